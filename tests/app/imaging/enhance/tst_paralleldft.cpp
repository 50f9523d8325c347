// The FFT step's transforms (app/imaging/enhance/paralleldft.cpp) give cv::dft's values bit for
// bit, on any size and with any number of threads: recipes stored before they were spread over
// threads must replay to the same pixels.
#include "app/imaging/enhance/enhancesteps.h"

#include <QTest>

#include <opencv2/core/utility.hpp>

#include <cstring>

using namespace ridgeline::imaging;

namespace {

cv::Mat noise(cv::Size size, int seed)
{
    cv::Mat m(size, CV_32F);
    cv::RNG rng(static_cast<uint64>(seed));
    rng.fill(m, cv::RNG::UNIFORM, 0.0, 255.0);
    return m;
}

bool sameBits(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return false;
    const size_t rowBytes = size_t(a.cols) * a.elemSize();
    for (int y = 0; y < a.rows; ++y)
        if (std::memcmp(a.ptr(y), b.ptr(y), rowBytes) != 0)
            return false;
    return true;
}

} // namespace

class TestParallelDft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesCvDftBitForBit_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("threads");
        // Even and odd sides, the smallest the step transforms, sizes that are not fast DFT sizes
        // (1-D kernels with other factors), the validation suite's and the benchmark's.
        const QList<QSize> sizes{{2, 2},   {2, 3},     {3, 2},     {5, 7},       {16, 9},
                                 {97, 64}, {384, 320}, {375, 405}, {1000, 1215}, {2000, 2000}};
        for (const QSize s : sizes)
            for (const int threads : {1, 2, 4})
                QTest::addRow("%dx%d, %d threads", s.width(), s.height(), threads)
                    << s.width() << s.height() << threads;
    }
    void matchesCvDftBitForBit()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, threads);
        const cv::Mat real = noise(cv::Size(width, height), width * 31 + height);
        const int previousThreads = cv::getNumThreads();
        cv::setNumThreads(threads);

        cv::Mat full;
        cv::dft(real, full, cv::DFT_COMPLEX_OUTPUT);
        const cv::Mat half = steps::halfSpectrum(real);
        QCOMPARE(half.cols, width / 2 + 1);
        QVERIFY2(sameBits(half, full.colRange(0, half.cols)), "forward transform differs from cv::dft");

        // A notch-like change on the kept columns, so the inverse has something to undo.
        cv::Mat edited = half.clone();
        for (int y = 0; y < edited.rows; y += 3)
            for (int x = 1; x < edited.cols; x += 2)
                edited.at<cv::Vec2f>(y, x) *= 0.37f;
        edited.copyTo(full.colRange(0, half.cols));
        cv::Mat expected;
        cv::dft(full, expected, cv::DFT_INVERSE | cv::DFT_SCALE | cv::DFT_REAL_OUTPUT);
        cv::Mat back(height, width, CV_32F, cv::Scalar(-1.0f));
        steps::inverseHalfSpectrum(edited, back);

        cv::setNumThreads(previousThreads);
        QVERIFY2(sameBits(back, expected), "inverse transform differs from cv::dft");
    }

    void inverseUndoesForward()
    {
        // Plain numerical sanity on top of the bit comparison: the pair is a round trip.
        const cv::Mat real = noise(cv::Size(250, 180), 5);
        cv::Mat back(real.size(), CV_32F);
        steps::inverseHalfSpectrum(steps::halfSpectrum(real), back);
        QVERIFY(cv::norm(back, real, cv::NORM_INF) < 1e-2);
    }
};

QTEST_GUILESS_MAIN(TestParallelDft)
#include "tst_paralleldft.moc"
