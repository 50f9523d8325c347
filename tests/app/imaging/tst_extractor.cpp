// Extraction finds the true minutiae of synthetic prints and reports them in the input's pixels.
#include "app/imaging/extractor.h"
#include "app/imaging/synthesizer.h"

#include <QTest>

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
        QVERIFY2(recall >= 0.70, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.70, qPrintable(QString::number(precision)));
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
