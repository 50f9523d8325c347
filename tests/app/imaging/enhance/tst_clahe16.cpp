// The 16-bit CLAHE (app/imaging/enhance/clahe16.cpp) gives cv::createCLAHE's pixels bit for bit:
// recipes stored when the step still called OpenCV's must replay to the same pixels.
#include "app/imaging/enhance/enhancesteps.h"

#include <QTest>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace ridgeline::imaging;

namespace {

// A print-like pattern over `range` grey levels around `base`, with noise.
cv::Mat pattern(cv::Size size, int base, int range, int seed)
{
    cv::Mat noise(size, CV_32F);
    cv::RNG rng(static_cast<uint64>(seed));
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
    cv::Mat out(size, CV_16U);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            out.at<ushort>(y, x) = cv::saturate_cast<ushort>(
                base + range * (0.5 + 0.35 * std::sin(x * 0.41 + y * 0.07) * std::cos(y * 0.05)) +
                0.05 * range * noise.at<float>(y, x));
    return out;
}

} // namespace

class TestClahe16 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesOpenCvBitForBit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QSize>("grid");
        QTest::addColumn<double>("clip");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("range");
        QTest::addColumn<int>("threads");
        // The step's default on the benchmark size, on 1 and 2 threads.
        QTest::newRow("2000x2000 16x16 clip 2") << QSize(2000, 2000) << QSize(16, 16) << 2.0 << 0 << 65535 << 2;
        QTest::newRow("2000x2000 16x16 clip 2, 1 thread")
            << QSize(2000, 2000) << QSize(16, 16) << 2.0 << 0 << 65535 << 1;
        // Sizes the grid does not divide (OpenCV pads; one side even, the other not).
        QTest::newRow("384x320 3x3") << QSize(384, 320) << QSize(3, 3) << 2.0 << 0 << 65535 << 2;
        QTest::newRow("400x333 4x4 (width divides)") << QSize(400, 333) << QSize(4, 4) << 3.0 << 0 << 65535 << 2;
        QTest::newRow("257x131 5x3 clip 40") << QSize(257, 131) << QSize(5, 3) << 40.0 << 1000 << 5000 << 2;
        // A single tile; a narrow range (most bins empty); one level for all pixels.
        QTest::newRow("64x64 1x1") << QSize(64, 64) << QSize(1, 1) << 3.0 << 100 << 20 << 2;
        QTest::newRow("flat") << QSize(300, 200) << QSize(3, 2) << 2.0 << 30000 << 0 << 2;
        // Tiles of more than 65,536 pixels: the clipped excess is spread over every bin too.
        QTest::newRow("600x600 2x2 clip 1") << QSize(600, 600) << QSize(2, 2) << 1.0 << 0 << 65535 << 2;
        QTest::newRow("600x600 2x2 clip 40") << QSize(600, 600) << QSize(2, 2) << 40.0 << 2000 << 3000 << 2;
        // Many small tiles, wide strip.
        QTest::newRow("4096x300 256x20") << QSize(4096, 300) << QSize(256, 20) << 2.0 << 0 << 65535 << 2;
    }
    void matchesOpenCvBitForBit()
    {
        QFETCH(QSize, size);
        QFETCH(QSize, grid);
        QFETCH(double, clip);
        QFETCH(int, base);
        QFETCH(int, range);
        QFETCH(int, threads);
        const cv::Mat in = pattern(cv::Size(size.width(), size.height()), base, range, size.width() + grid.width());
        const cv::Size tiles(grid.width(), grid.height());
        const int previousThreads = cv::getNumThreads();
        cv::setNumThreads(threads);
        cv::Mat expected;
        cv::createCLAHE(clip, tiles)->apply(in, expected);
        const cv::Mat out = steps::clahe16(in, clip, tiles);
        cv::setNumThreads(previousThreads);
        QCOMPARE(out.type(), CV_16UC1);
        QCOMPARE(out.size(), expected.size());
        QCOMPARE(cv::norm(out, expected, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(out, in, cv::NORM_INF) > 0.0 || range == 0); // it did something
    }
};

QTEST_GUILESS_MAIN(TestClahe16)
#include "tst_clahe16.moc"
