// The colour warps of the rotation and perspective steps (app/imaging/enhance/cubicwarp.cpp) give
// cv::warpAffine's and cv::warpPerspective's pixels bit for bit: recipes stored when the steps
// still called OpenCV must replay to the same pixels.
#include "app/imaging/enhance/enhancesteps.h"

#include <QTest>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace ridgeline::imaging;

namespace {

// Ridges over a colour gradient with noise and saturated patches (0 and 255 in the taps make the
// cubic's overshoot saturate both ways).
cv::Mat colourPattern(cv::Size size, int seed)
{
    cv::Mat out(size, CV_8UC3);
    cv::RNG rng(static_cast<uint64>(seed));
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x) {
            const double ridge = 0.5 + 0.5 * std::sin(x * 0.7 + y * 0.31);
            auto *p = out.ptr<uchar>(y) + x * 3;
            p[0] = cv::saturate_cast<uchar>(255 * ridge + rng.gaussian(20));
            p[1] = cv::saturate_cast<uchar>(x * 255.0 / std::max(1, size.width - 1) + rng.gaussian(10));
            p[2] = ((x / 7 + y / 5) % 3 == 0) ? 255 : (((x / 3) % 4 == 0) ? 0 : uchar(rng.uniform(0, 256)));
        }
    return out;
}

cv::Mat rotation(cv::Size in, cv::Size out, double angle, double scale = 1.0)
{
    const cv::Point2d centre((in.width - 1) / 2.0, (in.height - 1) / 2.0);
    cv::Mat m = cv::getRotationMatrix2D(centre, angle, scale);
    m.at<double>(0, 2) += (out.width - 1) / 2.0 - centre.x;
    m.at<double>(1, 2) += (out.height - 1) / 2.0 - centre.y;
    return m;
}

int differingPixels(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    return cv::countNonZero(diff.reshape(1));
}

} // namespace

class TestCubicWarp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesOpenCvBitForBit_data()
    {
        QTest::addColumn<QSize>("in");
        QTest::addColumn<QSize>("out");
        QTest::addColumn<double>("angle");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("fill");
        QTest::addColumn<int>("threads");
        // The benchmark's rotation (12.5 degrees, expanded) on both thread counts.
        QTest::newRow("2000x2000 12.5 expanded") << QSize(2000, 2000) << QSize(2386, 2386) << 12.5 << 1.0 << 255 << 2;
        QTest::newRow("2000x2000 12.5 expanded, 1 thread")
            << QSize(2000, 2000) << QSize(2386, 2386) << 12.5 << 1.0 << 255 << 1;
        // Not expanded, other angles, fills, odd and non-square sizes.
        QTest::newRow("641x397 -33.3 black") << QSize(641, 397) << QSize(641, 397) << -33.3 << 1.0 << 0 << 2;
        QTest::newRow("397x641 171.2 grey") << QSize(397, 641) << QSize(700, 700) << 171.2 << 1.0 << 128 << 2;
        QTest::newRow("300x200 0.01") << QSize(300, 200) << QSize(300, 200) << 0.01 << 1.0 << 255 << 2;
        QTest::newRow("300x200 45") << QSize(300, 200) << QSize(360, 360) << 45.0 << 1.0 << 255 << 2;
        QTest::newRow("257x129 89.99") << QSize(257, 129) << QSize(140, 270) << 89.99 << 1.0 << 10 << 2;
        // Scaled (fractional steps of every size), and sizes at and below the 4 x 4 kernel.
        QTest::newRow("200x150 7 scaled 2.37") << QSize(200, 150) << QSize(480, 360) << 7.0 << 2.37 << 255 << 2;
        QTest::newRow("200x150 -3 scaled 0.41") << QSize(200, 150) << QSize(90, 70) << -3.0 << 0.41 << 255 << 2;
        QTest::newRow("4x4") << QSize(4, 4) << QSize(6, 6) << 30.0 << 1.0 << 255 << 2;
        QTest::newRow("3x3") << QSize(3, 3) << QSize(5, 5) << 20.0 << 1.0 << 0 << 2;
        QTest::newRow("1x1") << QSize(1, 1) << QSize(3, 3) << 10.0 << 1.5 << 200 << 2;
        QTest::newRow("1x64 strip") << QSize(1, 64) << QSize(20, 70) << 15.0 << 1.0 << 255 << 2;
        QTest::newRow("64x2 strip") << QSize(64, 2) << QSize(70, 20) << -15.0 << 1.0 << 255 << 2;
    }

    void matchesOpenCvBitForBit()
    {
        QFETCH(QSize, in);
        QFETCH(QSize, out);
        QFETCH(double, angle);
        QFETCH(double, scale);
        QFETCH(int, fill);
        QFETCH(int, threads);
        const int previousThreads = cv::getNumThreads();
        cv::setNumThreads(threads);
        const cv::Mat src = colourPattern(cv::Size(in.width(), in.height()), in.width() * 31 + in.height());
        const cv::Size size(out.width(), out.height());
        const cv::Mat m = rotation(src.size(), size, angle, scale);
        cv::Mat expected;
        cv::warpAffine(src, expected, m, size, cv::INTER_CUBIC, cv::BORDER_CONSTANT, cv::Scalar::all(fill));
        cv::Mat actual(size, CV_8UC3, cv::Scalar::all(77)); // garbage that must all be overwritten
        const bool applied = steps::warpAffineCubic8uc3(src, actual, m, cv::Scalar::all(fill));
        cv::setNumThreads(previousThreads);
        QVERIFY2(applied, "the vectorised warp did not apply to an 8-bit colour image");
        QCOMPARE(differingPixels(actual, expected), 0);
    }

    // Many random transforms (rotation, scale, shear, shift) on a small image: every sub-pixel
    // position and every edge case of the 4 x 4 taps comes up.
    void randomTransformsMatch()
    {
        cv::RNG rng(2026);
        const cv::Mat src = colourPattern(cv::Size(97, 61), 7);
        for (int i = 0; i < 300; ++i) {
            cv::Mat m(2, 3, CV_64F);
            m.at<double>(0, 0) = rng.uniform(-2.0, 2.0);
            m.at<double>(0, 1) = rng.uniform(-2.0, 2.0);
            m.at<double>(1, 0) = rng.uniform(-2.0, 2.0);
            m.at<double>(1, 1) = rng.uniform(-2.0, 2.0);
            m.at<double>(0, 2) = rng.uniform(-150.0, 150.0);
            m.at<double>(1, 2) = rng.uniform(-150.0, 150.0);
            const cv::Size size(rng.uniform(1, 160), rng.uniform(1, 160));
            const int fill = rng.uniform(0, 256);
            cv::Mat expected;
            cv::warpAffine(src, expected, m, size, cv::INTER_CUBIC, cv::BORDER_CONSTANT, cv::Scalar::all(fill));
            cv::Mat actual(size, CV_8UC3, cv::Scalar::all(3));
            QVERIFY(steps::warpAffineCubic8uc3(src, actual, m, cv::Scalar::all(fill)));
            QVERIFY2(differingPixels(actual, expected) == 0, qPrintable(QStringLiteral("transform %1 differs").arg(i)));
        }
    }

    // The perspective step's warp: an oblique photograph's four corners to a rectangle, as the
    // step builds it, and random homographies (including ones that put the horizon in the image,
    // where OpenCV's weight W passes zero).
    void perspectiveMatchesOpenCv_data()
    {
        QTest::addColumn<QSize>("in");
        QTest::addColumn<QSize>("out");
        QTest::addColumn<int>("threads");
        QTest::newRow("2000x2000 to 1900x1800") << QSize(2000, 2000) << QSize(1900, 1800) << 2;
        QTest::newRow("2000x2000 to 1900x1800, 1 thread") << QSize(2000, 2000) << QSize(1900, 1800) << 1;
        QTest::newRow("301x157 to 97x203") << QSize(301, 157) << QSize(97, 203) << 2;
        QTest::newRow("120x90 to 500x7 (short rows: wider blocks)") << QSize(120, 90) << QSize(500, 7) << 2;
        QTest::newRow("5x5 to 3x40") << QSize(5, 5) << QSize(3, 40) << 2;
    }

    void perspectiveMatchesOpenCv()
    {
        QFETCH(QSize, in);
        QFETCH(QSize, out);
        QFETCH(int, threads);
        const int previousThreads = cv::getNumThreads();
        cv::setNumThreads(threads);
        const cv::Mat src = colourPattern(cv::Size(in.width(), in.height()), in.height());
        const float w = float(in.width());
        const float h = float(in.height());
        const std::vector<cv::Point2f> corners{
            {0.08f * w, 0.12f * h}, {0.93f * w, 0.02f * h}, {0.97f * w, 0.91f * h}, {0.03f * w, 0.79f * h}};
        const cv::Size size(out.width(), out.height());
        const std::vector<cv::Point2f> target{{-0.5f, -0.5f},
                                              {size.width - 0.5f, -0.5f},
                                              {size.width - 0.5f, size.height - 0.5f},
                                              {-0.5f, size.height - 0.5f}};
        const cv::Mat m = cv::getPerspectiveTransform(corners, target);
        cv::Mat expected;
        cv::warpPerspective(src, expected, m, size, cv::INTER_CUBIC, cv::BORDER_CONSTANT, cv::Scalar::all(255));
        cv::Mat actual(size, CV_8UC3, cv::Scalar::all(77));
        const bool applied = steps::warpPerspectiveCubic8uc3(src, actual, m, cv::Scalar::all(255));
        cv::setNumThreads(previousThreads);
        QVERIFY(applied);
        QCOMPARE(differingPixels(actual, expected), 0);
    }

    void randomHomographiesMatch()
    {
        cv::RNG rng(5);
        const cv::Mat src = colourPattern(cv::Size(83, 71), 11);
        for (int i = 0; i < 300; ++i) {
            cv::Mat m(3, 3, CV_64F);
            for (int r = 0; r < 2; ++r)
                for (int c = 0; c < 2; ++c)
                    m.at<double>(r, c) = rng.uniform(-2.0, 2.0);
            m.at<double>(0, 2) = rng.uniform(-120.0, 120.0);
            m.at<double>(1, 2) = rng.uniform(-120.0, 120.0);
            m.at<double>(2, 0) = rng.uniform(-0.03, 0.03);
            m.at<double>(2, 1) = rng.uniform(-0.03, 0.03);
            m.at<double>(2, 2) = rng.uniform(0.5, 1.5);
            if (std::abs(cv::determinant(m)) < 1e-6)
                continue;
            const cv::Size size(rng.uniform(1, 150), rng.uniform(1, 150));
            const int fill = rng.uniform(0, 256);
            cv::Mat expected;
            cv::warpPerspective(src, expected, m, size, cv::INTER_CUBIC, cv::BORDER_CONSTANT, cv::Scalar::all(fill));
            cv::Mat actual(size, CV_8UC3, cv::Scalar::all(3));
            QVERIFY(steps::warpPerspectiveCubic8uc3(src, actual, m, cv::Scalar::all(fill)));
            QVERIFY2(differingPixels(actual, expected) == 0,
                     qPrintable(QStringLiteral("homography %1 differs").arg(i)));
        }
    }

    // What it does not handle it leaves to OpenCV and says so.
    void declinesOtherImages()
    {
        const cv::Mat m = rotation(cv::Size(20, 20), cv::Size(20, 20), 10.0);
        cv::Mat grey(20, 20, CV_8UC1, cv::Scalar(9));
        cv::Mat greyOut(20, 20, CV_8UC1, cv::Scalar(1));
        QVERIFY(!steps::warpAffineCubic8uc3(grey, greyOut, m, cv::Scalar::all(0)));
        QCOMPARE(cv::countNonZero(greyOut != 1), 0);
        cv::Mat deep(20, 20, CV_16UC3, cv::Scalar::all(9));
        cv::Mat deepOut(20, 20, CV_16UC3, cv::Scalar::all(1));
        QVERIFY(!steps::warpAffineCubic8uc3(deep, deepOut, m, cv::Scalar::all(0)));
        cv::Mat colour = colourPattern(cv::Size(20, 20), 1);
        QVERIFY(!steps::warpAffineCubic8uc3(colour, colour, m, cv::Scalar::all(0))); // in place
        cv::Mat colourOut(20, 20, CV_8UC3);
        QVERIFY(!steps::warpPerspectiveCubic8uc3(colour, colourOut, m, cv::Scalar::all(0))); // 2 x 3
    }
};

QTEST_GUILESS_MAIN(TestCubicWarp)
#include "tst_cubicwarp.moc"
