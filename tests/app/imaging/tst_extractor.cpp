// Extraction finds the true minutiae of synthetic prints and reports them in the input's pixels.
#include "app/imaging/extractor.h"
#include "app/imaging/synthesizer.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

struct Score
{
    int truth = 0, found = 0, extracted = 0;
};

// A true minutia counts as found when an unused extracted one lies within 10 px and 20 degrees.
void accumulate(Score &s, const MinutiaList &truth, const MinutiaList &extracted, double scale = 1.0)
{
    std::vector<char> used(size_t(extracted.size()), 0);
    for (const Minutia &t : truth) {
        for (qsizetype j = 0; j < extracted.size(); ++j) {
            const Minutia &e = extracted[j];
            double da = std::fmod(std::fabs(e.angle - t.angle), 2 * std::numbers::pi);
            da = std::min(da, 2 * std::numbers::pi - da);
            if (!used[size_t(j)] && std::hypot(e.x * scale - t.x, e.y * scale - t.y) <= 10.0 &&
                da <= 20.0 * std::numbers::pi / 180.0) {
                used[size_t(j)] = 1;
                ++s.found;
                break;
            }
        }
    }
    s.truth += int(truth.size());
    s.extracted += int(extracted.size());
}

constexpr int kSide = 320;
constexpr double kPeriod = 10.0;

// A constructed print: horizontal ridges of period 10 px (dark where cos(phase) > level), optionally
// with a phase spiral at (cx, cy), which adds exactly one ridge to the right of that point: a ridge
// ending when the ridges are thin (level > 0), a bifurcation when they are thick (level < 0).
QImage ridgePattern(double level, bool spiral, double cx = kSide / 2.0, double cy = kSide / 2.0 + 2.5)
{
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    for (int y = 0; y < kSide; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < kSide; ++x) {
            double phase = 2 * std::numbers::pi * y / kPeriod;
            if (spiral)
                phase += std::atan2(y - cy, x - cx);
            row[x] = uchar(std::lround(128.0 - 100.0 * std::tanh(4.0 * (std::cos(phase) - level))));
        }
    }
    image.setDotsPerMeterX(19685); // 500 ppi
    image.setDotsPerMeterY(19685);
    return image;
}

// Ridge centres of ridgePattern() without a spiral: cos(phase) = 1.
int ridgeRow(int k)
{
    return int(k * kPeriod);
}

void paintRect(QImage &image, int x, int y, int w, int h, uchar grey)
{
    for (int j = y; j < y + h; ++j)
        for (int i = x; i < x + w; ++i)
            image.scanLine(j)[i] = grey;
}

// Minutiae reported within `radius` of (x, y).
int minutiaeNear(const MinutiaList &list, double x, double y, double radius)
{
    return int(std::count_if(list.begin(), list.end(),
                             [&](const Minutia &m) { return std::hypot(m.x - x, m.y - y) <= radius; }));
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recallAndPrecisionOnPlainPrints()
    {
        Score s;
        for (int finger = 1; finger <= 3; ++finger) {
            const MasterPrint master = synthesizeMaster(fingerSeed(2024, finger), finger);
            for (int i = 1; i <= 2; ++i) {
                const SynthImpression imp = synthesizeImpression(master, fingerSeed(2024, finger), i, false);
                const auto r = extractMinutiae(imp.image);
                QVERIFY(r);
                QCOMPARE(r->width, imp.image.width());
                accumulate(s, imp.minutiae, r->minutiae);
            }
        }
        const double recall = double(s.found) / s.truth, precision = double(s.found) / s.extracted;
        qInfo("recall %.3f precision %.3f (%d true, %d extracted)", recall, precision, s.truth, s.extracted);
        // Floors well under the benchmark figures: a regression, not noise, trips them.
        QVERIFY2(recall >= 0.85, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.85, qPrintable(QString::number(precision)));
    }

    void otherResolutionsAreReportedInInputPixels()
    {
        const MasterPrint master = synthesizeMaster(fingerSeed(2024, 7), 7);
        const SynthImpression imp = synthesizeImpression(master, fingerSeed(2024, 7), 1, false);
        // The same print scanned at 1000 ppi: twice the pixels, coordinates must double.
        const QImage big = imp.image.scaled(imp.image.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        ExtractionOptions options;
        options.ppi = 1000;
        const auto r = extractMinutiae(big, options);
        QVERIFY(r);
        QCOMPARE(r->ppi, 1000.0);
        QCOMPARE(r->regionOfInterest.size(), big.size());
        Score s;
        accumulate(s, imp.minutiae, r->minutiae, 0.5);
        QVERIFY2(double(s.found) / s.truth >= 0.6, qPrintable(QString::number(double(s.found) / s.truth)));
    }

    void mapsCoverTheImage()
    {
        const MasterPrint master = synthesizeMaster(fingerSeed(2024, 8), 8);
        const SynthImpression imp = synthesizeImpression(master, fingerSeed(2024, 8), 1, false);
        const auto r = extractMinutiae(imp.image);
        QVERIFY(r);
        QVERIFY(r->emptyReason.isEmpty());
        QCOMPARE(r->orientation.size(), r->quality.size());
        QVERIFY(r->orientation.width() * r->blockSize >= imp.image.width());
        QVERIFY(r->ridgePeriod > 7.0 && r->ridgePeriod < 13.0);
        for (const Minutia &m : r->minutiae) {
            QVERIFY(m.quality > 0.0f && m.quality <= 1.0f);
            QVERIFY(m.angle >= 0.0f && m.angle < float(2 * std::numbers::pi) + 1e-4f);
        }
    }

    // One ridge starts at a known point: the extractor reports it there, with its type and with a
    // direction pointing into the new ridge (ending) or into the fork (bifurcation), and nothing
    // else in the clean pattern.
    void singleMinutiaOfKnownTypeAndDirection_data()
    {
        QTest::addColumn<double>("level");
        QTest::addColumn<int>("type");
        QTest::newRow("thin ridges: ending") << 0.35 << int(MinutiaType::Ending);
        QTest::newRow("thick ridges: bifurcation") << -0.35 << int(MinutiaType::Bifurcation);
    }
    void singleMinutiaOfKnownTypeAndDirection()
    {
        QFETCH(double, level);
        QFETCH(int, type);
        const auto r = extractMinutiae(ridgePattern(level, true));
        QVERIFY(r);
        QCOMPARE(r->minutiae.size(), 1);
        const Minutia &m = r->minutiae.first();
        QCOMPARE(int(m.type), type);
        QVERIFY2(std::hypot(m.x - kSide / 2.0, m.y - kSide / 2.0) < 8.0,
                 qPrintable(QStringLiteral("at %1,%2").arg(m.x).arg(m.y)));
        // The added ridge runs to the right: direction 0 degrees.
        const double degrees = angleDegrees(m);
        QVERIFY2(std::min(degrees, 360.0 - degrees) < 20.0, qPrintable(QString::number(degrees)));
    }

    // Flaws that are not minutiae: a ridge broken by a dry spot, a bridge of ink across a valley, a
    // spur, a dot in a valley. None of them may be reported. (The break and the dot survive the
    // contextual enhancement and are removed by the false-minutiae rules; the enhancement already
    // smooths the bridge and the spur away.)
    void flawsAreNotMinutiae_data()
    {
        QTest::addColumn<int>("flaw");
        QTest::newRow("broken ridge") << 0;
        QTest::newRow("bridge") << 1;
        QTest::newRow("spur") << 2;
        QTest::newRow("dot") << 3;
    }
    void flawsAreNotMinutiae()
    {
        QFETCH(int, flaw);
        QImage image = ridgePattern(0.0, false);
        const int x = kSide / 2, ridge = ridgeRow(16), valley = ridge + int(kPeriod / 2);
        switch (flaw) {
        case 0:
            paintRect(image, x - 6, ridge - 4, 12, 9, 228);
            break;
        case 1:
            paintRect(image, x - 4, ridge, 9, int(kPeriod) + 1, 20);
            break;
        case 2:
            paintRect(image, x - 3, ridge, 7, int(kPeriod / 2) + 3, 20);
            break;
        default:
            paintRect(image, x - 9, valley - 2, 18, 5, 20);
            break;
        }
        const auto r = extractMinutiae(image);
        QVERIFY(r);
        QCOMPARE(minutiaeNear(r->minutiae, x, ridge, 40.0), 0);
        QCOMPARE(r->minutiae.size(), 0);
    }

    // Ridges cut off by the edge of the print are not endings: with the right part of the image
    // blank, nothing is reported along the cut.
    void printEdgeIsNotMinutiae()
    {
        QImage image = ridgePattern(0.0, false);
        paintRect(image, 220, 0, kSide - 220, kSide, 230);
        const auto r = extractMinutiae(image);
        QVERIFY(r);
        for (const Minutia &m : r->minutiae)
            QVERIFY2(m.x < 200, qPrintable(QStringLiteral("minutia at %1,%2").arg(m.x).arg(m.y)));
        QVERIFY(r->regionOfInterest.pixelColor(100, 160).red() == 255);
        QVERIFY(r->regionOfInterest.pixelColor(300, 160).red() == 0);
    }

    void sameImageSameMinutiae()
    {
        const MasterPrint master = synthesizeMaster(fingerSeed(2024, 9), 9);
        const QImage image = synthesizeImpression(master, fingerSeed(2024, 9), 1, false).image;
        const auto a = extractMinutiae(image), b = extractMinutiae(image);
        QCOMPARE(a->minutiae.size(), b->minutiae.size());
        for (qsizetype i = 0; i < a->minutiae.size(); ++i)
            QCOMPARE(a->minutiae[i].x, b->minutiae[i].x);
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
