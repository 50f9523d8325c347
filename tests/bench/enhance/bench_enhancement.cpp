// Issue 5 benchmarks: each enhancement step on a 2000 x 2000 image (target 50 ms, FFT suppression
// 150 ms; median of several runs), and calibration accuracy on generated rulers (target: derived
// ppi within 0.5 % of the truth, starting from rough clicks several px off).
#include "app/imaging/enhance/calibration.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/syntheticimages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

using namespace ridgeline::imaging;

namespace {

struct Timing
{
    double wallMs = 0.0; // median
    double cpuMs = 0.0;  // median process CPU time (the machine is shared: wall time includes waiting)
};

Timing median(const std::function<void()> &work, int runs)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t c0 = std::clock();
        work();
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// The 1-minute load average (Linux), printed with the figures: wall times mean little on a busy
// machine.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

EnhancementStep step(const char *kind, const QVariantMap &parameters = {})
{
    EnhancementStep s = defaultStep(QString::fromLatin1(kind));
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        s.parameters.insert(it.key(), it.value());
    return s;
}

} // namespace

class BenchEnhancement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStepOn2000x2000_data()
    {
        QTest::addColumn<bool>("sixteen");
        QTest::addColumn<bool>("colour");
        QTest::newRow("grey8") << false << false;
        QTest::newRow("grey16") << true << false;
        QTest::newRow("rgb8") << false << true;
    }
    void eachStepOn2000x2000()
    {
        QFETCH(bool, sixteen);
        QFETCH(bool, colour);
        SyntheticPrintOptions o;
        o.size = QSize(2000, 2000);
        o.sixteenBit = sixteen;
        o.colour = colour;
        o.patternPeriod = 6.0;
        const QImage image = syntheticPrint(o);
        const QList<EnhancementStep> steps{
            step("levels", {{"black", 0.1}, {"white", 0.9}, {"gamma", 1.3}}),
            step("invert"),
            step("channel", {{"channel", "lab-l"}}),
            step("clahe"),
            step("unsharp"),
            step("gaussian", {{"sigma", 2.0}}),
            step("median", {{"size", 5}}),
            step("background", {{"radius", 20.0}}),
            step("fft"),
            step("rotate", {{"angle", 12.5}}),
            step("crop", {{"x", 100}, {"y", 100}, {"width", 1500}, {"height", 1500}}),
            step("perspective", {{"corners", pointsToVariant({QPointF(50, 40), QPointF(1950, 10), QPointF(1990, 1960),
                                                              QPointF(20, 1990)})}}),
            step("resample", {{"targetPpi", 1000.0}})};
        ApplyOptions options;
        options.sourcePpi = 1000.0;
        int failures = 0;
        const QString label = QString::fromLatin1(QTest::currentDataTag());
        qInfo().noquote() << QStringLiteral("%1: load average %2 at the start").arg(label, loadAverage());
        for (const EnhancementStep &s : steps) {
            Recipe recipe{{s}, {}, {}};
            ApplyOptions o2 = options;
            if (s.kind == QStringLiteral("resample"))
                o2.sourcePpi = 500.0; // the case: a 500 ppi mark exported at 1000 ppi (4000 x 4000 out)
            QVERIFY(applyRecipe(image, recipe, o2).ok()); // warm-up
            const Timing t = median([&] { (void)applyRecipe(image, recipe, o2); }, 7);
            // The whole call is timed: step plus the QImage <-> Mat copies in and out. The target
            // is on wall time on a quiet machine; CPU time (all threads added) is shown beside it,
            // and is what to compare when other jobs hold the shared cores.
            const double target = s.kind == QStringLiteral("fft") ? 150.0 : 50.0;
            const bool met = t.wallMs <= target;
            failures += met ? 0 : 1;
            qInfo().noquote() << QStringLiteral("%1 %2: median wall %3 ms, CPU %4 ms (target %5 ms) %6%7")
                                     .arg(label, -6)
                                     .arg(s.kind, -12)
                                     .arg(t.wallMs, 7, 'f', 1)
                                     .arg(t.cpuMs, 7, 'f', 1)
                                     .arg(target, 0, 'f', 0)
                                     .arg(met ? QStringLiteral("met") : QStringLiteral("NOT MET"))
                                     .arg(t.cpuMs <= target ? QString() : QStringLiteral(" (CPU over)"));
        }
        qInfo().noquote() << QStringLiteral("%1: %2 of %3 steps within target by wall time; load average %4")
                                 .arg(label)
                                 .arg(steps.size() - failures)
                                 .arg(steps.size())
                                 .arg(loadAverage());
    }

    void calibrationAccuracy_data()
    {
        QTest::addColumn<double>("ppi");
        QTest::addColumn<double>("angle");
        QTest::addColumn<double>("blur");
        QTest::addColumn<double>("noise");
        QTest::newRow("1000 ppi, 2.5 deg, blur 1.5, noise 5 %") << 1000.0 << 2.5 << 1.5 << 0.05;
        QTest::newRow("1000 ppi, -8 deg, blur 2.5, noise 10 %") << 1000.0 << -8.0 << 2.5 << 0.10;
        QTest::newRow("500 ppi, 4 deg, blur 1.0, noise 5 %") << 500.0 << 4.0 << 1.0 << 0.05;
        QTest::newRow("600 ppi, 1 deg, blur 0.8, noise 8 %") << 600.0 << 1.0 << 0.8 << 0.08;
    }
    void calibrationAccuracy()
    {
        QFETCH(double, ppi);
        QFETCH(double, angle);
        QFETCH(double, blur);
        QFETCH(double, noise);
        SyntheticRulerOptions o;
        o.ppi = ppi;
        o.angle = angle;
        o.blur = blur;
        o.noise = noise;
        o.millimetres = 50;
        const SyntheticRuler ruler = syntheticRuler(o);
        double worst = 0.0;
        double worstRough = 0.0;
        QElapsedTimer timer;
        timer.start();
        int trials = 0;
        // Rough clicks: several px off along and across the scale, in a fixed spread of directions.
        for (int i = 0; i < 8; ++i) {
            const double a = i * M_PI / 4;
            const double off = 3.0 + i % 3 * 1.5; // 3 to 6 px
            const QPointF from = ruler.zero + ruler.mmStep * 5 + QPointF(off * std::cos(a), off * std::sin(a));
            const QPointF to = ruler.zero + ruler.mmStep * 45 + QPointF(off * std::sin(a), -off * std::cos(a));
            auto refined = calibrateFromRuler(ruler.image, from, to, 40.0, true);
            QVERIFY2(refined.ok(), refined.ok() ? "" : qPrintable(refined.error().message()));
            auto rough = calibrateFromRuler(ruler.image, from, to, 40.0, false);
            worst = std::max(worst, std::abs(refined->ppi - ppi) / ppi);
            worstRough = std::max(worstRough, std::abs(rough->ppi - ppi) / ppi);
            ++trials;
        }
        qInfo().noquote()
            << QStringLiteral(
                   "%1: worst error refined %2 %, rough clicks %3 % (target 0.5 %) %4; %5 ms per calibration")
                   .arg(QString::fromLatin1(QTest::currentDataTag()))
                   .arg(100 * worst, 0, 'f', 3)
                   .arg(100 * worstRough, 0, 'f', 3)
                   .arg(worst <= 0.005 ? QStringLiteral("met") : QStringLiteral("NOT MET"))
                   .arg(double(timer.elapsed()) / trials / 2, 0, 'f', 1);
        QVERIFY(worst <= 0.005);
    }
};

QTEST_GUILESS_MAIN(BenchEnhancement)
#include "bench_enhancement.moc"
