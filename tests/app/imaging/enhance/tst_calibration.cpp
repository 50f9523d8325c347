// Calibration from a ruler in the image and measurement (distance, angle, ridge count).
#include "app/imaging/enhance/calibration.h"
#include "app/imaging/enhance/syntheticimages.h"

#include <QTest>

#include <cmath>

using namespace ridgeline::imaging;

namespace {

// Vertical dark ridges (raised-cosine profile) centred at x = first + k * period, with noise.
QImage stripes(int count, double first, double period, double noise)
{
    QImage img(int(first + count * period + 20), 40, QImage::Format_Grayscale8);
    quint32 state = 12345;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            double v = 220.0;
            for (int k = 0; k < count; ++k) {
                const double d = (x + 0.5 - (first + k * period)) / (0.3 * period);
                if (std::abs(d) < 1.0)
                    v -= 140.0 * 0.5 * (1 + std::cos(M_PI * d));
            }
            state = state * 1664525u + 1013904223u;
            v += noise * ((state >> 8) / double(1 << 24) - 0.5) * 2.0;
            img.scanLine(y)[x] = uchar(std::clamp(v, 0.0, 255.0));
        }
    return img;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoPointPpi()
    {
        auto ppi = ppiFromTwoPoints(QPointF(10, 10), QPointF(10 + 1000, 10), 25.4);
        QVERIFY(ppi.ok());
        QCOMPARE(ppi.value(), 1000.0);
        QVERIFY(!ppiFromTwoPoints(QPointF(1, 1), QPointF(1, 1), 10).ok());
        QVERIFY(!ppiFromTwoPoints(QPointF(1, 1), QPointF(100, 1), 0).ok());
    }

    void refinementSnapsRoughClicksOntoTheRuler_data()
    {
        QTest::addColumn<double>("ppi");
        QTest::addColumn<double>("angle");
        QTest::newRow("1000 ppi, 3 degrees") << 1000.0 << 3.0;
        QTest::newRow("500 ppi, -7 degrees") << 500.0 << -7.0;
        QTest::newRow("1200 ppi, 0 degrees") << 1200.0 << 0.0;
    }
    void refinementSnapsRoughClicksOntoTheRuler()
    {
        QFETCH(double, ppi);
        QFETCH(double, angle);
        SyntheticRulerOptions o;
        o.ppi = ppi;
        o.angle = angle;
        o.millimetres = 30;
        o.blur = 1.2;
        o.noise = 0.05;
        const SyntheticRuler ruler = syntheticRuler(o);
        const QPointF trueFrom = ruler.zero + ruler.mmStep * 5;
        const QPointF trueTo = ruler.zero + ruler.mmStep * 25;
        // Rough clicks: several pixels off along and across the scale.
        const QPointF from = trueFrom + QPointF(4.0, -3.0);
        const QPointF to = trueTo + QPointF(-5.0, 2.5);
        auto refined = refineOnRuler(ruler.image, from, to);
        QVERIFY2(refined.ok(), refined.ok() ? "" : qPrintable(refined.error().message()));
        QCOMPARE(refined->intervals, 20);
        QVERIFY(refined->ticksFound >= 20);
        // Snapped onto graduation 5 along the scale (across it the point stays on the user's line).
        const QPointF unit = ruler.mmStep / std::hypot(ruler.mmStep.x(), ruler.mmStep.y());
        const QPointF miss = refined->from - trueFrom;
        QVERIFY2(std::abs(miss.x() * unit.x() + miss.y() * unit.y()) < 0.5,
                 qPrintable(QStringLiteral("%1,%2").arg(miss.x()).arg(miss.y())));
        auto calibrated = calibrateFromRuler(ruler.image, from, to, 20.0, true);
        QVERIFY(calibrated.ok());
        const double error = std::abs(calibrated->ppi - ppi) / ppi;
        QVERIFY2(error < 0.005, qPrintable(QStringLiteral("ppi %1, error %2 %").arg(calibrated->ppi).arg(100 * error)));
        QVERIFY(calibrated->refined);
        QCOMPARE(calibrated->method, CalibrationMethod::TwoPoints);
        // The rough clicks alone are measurably worse.
        auto rough = calibrateFromRuler(ruler.image, from, to, 20.0, false);
        QVERIFY(std::abs(rough->ppi - ppi) / ppi > error);
    }

    void refinementRefusesALineWithoutGraduations()
    {
        QImage blank(400, 100, QImage::Format_Grayscale8);
        blank.fill(200);
        auto r = refineOnRuler(blank, QPointF(20, 50), QPointF(380, 50));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("graduations")));
    }

    void calibrationJsonRoundTrip()
    {
        Calibration c;
        c.method = CalibrationMethod::TwoPoints;
        c.ppi = 1003.5;
        c.from = QPointF(1.5, 2.5);
        c.to = QPointF(400.25, 3.5);
        c.millimetres = 10;
        c.refined = true;
        c.graduations = 10;
        auto back = Calibration::fromJson(c.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->ppi, c.ppi);
        QCOMPARE(back->to, c.to);
        QCOMPARE(back->method, CalibrationMethod::TwoPoints);
        QVERIFY(back->refined);
        QCOMPARE(calibrationMethodName(CalibrationMethod::File), QStringLiteral("file"));
        QVERIFY(!Calibration::fromJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("guess")}}).ok());
    }

    void distancesAndAngles()
    {
        QCOMPARE(distancePixels(QPointF(0, 0), QPointF(3, 4)), 5.0);
        QCOMPARE(distanceMillimetres(QPointF(0, 0), QPointF(1000, 0), 1000.0), 25.4);
        QCOMPARE(distanceMillimetres(QPointF(0, 0), QPointF(1000, 0), 0.0), 0.0);
        QCOMPARE(lineAngleDegrees(QPointF(0, 0), QPointF(10, 0)), 0.0);
        QCOMPARE(lineAngleDegrees(QPointF(0, 0), QPointF(0, -10)), 90.0); // up on screen
        QCOMPARE(angleAtDegrees(QPointF(0, 0), QPointF(10, 0), QPointF(0, 10)), 90.0);
        QVERIFY(std::abs(angleAtDegrees(QPointF(0, 0), QPointF(10, 0), QPointF(-10, 10)) - 135.0) < 1e-9);
    }

    void ridgeCountOnAKnownPattern_data()
    {
        QTest::addColumn<double>("period");
        QTest::addColumn<double>("noise");
        QTest::newRow("10 px, clean") << 10.0 << 0.0;
        QTest::newRow("9 px, noisy") << 9.0 << 60.0;
        QTest::newRow("18 px (1000 ppi), noisy") << 18.0 << 60.0;
    }
    void ridgeCountOnAKnownPattern()
    {
        QFETCH(double, period);
        QFETCH(double, noise);
        const int ridges = 16;
        const double first = 20.0;
        const QImage img = stripes(ridges, first, period, noise);
        // Endpoints in furrows: every ridge is crossed.
        auto all = countRidges(img, QPointF(first - period / 2, 20), QPointF(first + (ridges - 0.5) * period, 20.5));
        QVERIFY(all.ok());
        QCOMPARE(all->count, ridges);
        QCOMPARE(all->crossings.size(), ridges);
        QVERIFY(std::abs(all->crossings.first().x() - first) < 2.0);
        // Endpoints on the first and last ridge: those two are not counted.
        auto inner = countRidges(img, QPointF(first, 20), QPointF(first + (ridges - 1) * period, 20));
        QVERIFY(inner.ok());
        QCOMPARE(inner->count, ridges - 2);
        // Light ridges (a reversed mark) are counted with darkRidges off.
        QImage reversed = img;
        reversed.invertPixels();
        RidgeCountOptions light;
        light.darkRidges = false;
        QCOMPARE(
            countRidges(reversed, QPointF(first - period / 2, 20), QPointF(first + (ridges - 0.5) * period, 20), light)
                ->count,
            ridges);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
