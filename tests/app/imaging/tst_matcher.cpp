// The matcher's promises: mated pairs outscore non-mated ones, scores are symmetric and
// reproducible, every score is explained by pairs, and templates survive a trip through bytes.
#include "app/imaging/extractor.h"
#include "app/imaging/matcher.h"
#include "app/imaging/scorecalibration.h"
#include "app/imaging/synthesizer.h"

#include <QTest>

#include <algorithm>

using namespace ridgeline;
using namespace ridgeline::imaging;

class TestMatcher : public QObject
{
    Q_OBJECT

private:
    // m_templates[finger][impression]
    QList<QList<FingerprintTemplate>> m_templates;

private Q_SLOTS:
    void initTestCase()
    {
        for (int finger = 1; finger <= 4; ++finger) {
            const MasterPrint master = synthesizeMaster(fingerSeed(31, finger), finger);
            QList<FingerprintTemplate> row;
            for (int i = 1; i <= 3; ++i) {
                const auto r = extractMinutiae(synthesizeImpression(master, fingerSeed(31, finger), i, false).image);
                QVERIFY(r);
                row.append(FingerprintTemplate::fromMinutiae(r->minutiae, r->ppi));
            }
            m_templates.append(row);
        }
    }

    void matedScoresAboveNonMated()
    {
        double lowestMated = 1e9, highestNonMated = 0;
        for (int f = 0; f < m_templates.size(); ++f)
            for (int g = 0; g < m_templates.size(); ++g)
                for (int i = 0; i < 3; ++i)
                    for (int j = 0; j < 3; ++j) {
                        if (f == g && i == j)
                            continue;
                        const double s = compareTemplates(m_templates[f][i], m_templates[g][j]).score;
                        if (f == g)
                            lowestMated = std::min(lowestMated, s);
                        else
                            highestNonMated = std::max(highestNonMated, s);
                    }
        qInfo("lowest mated %.2f, highest non-mated %.2f", lowestMated, highestNonMated);
        QVERIFY(lowestMated > highestNonMated);
    }

    void symmetricAndDeterministic()
    {
        for (int f = 0; f < m_templates.size(); ++f)
            for (int g = 0; g < m_templates.size(); ++g) {
                const FingerprintTemplate &a = m_templates[f][0], &b = m_templates[g][1];
                const MatchResult ab = compareTemplates(a, b), ba = compareTemplates(b, a),
                                  again = compareTemplates(a, b);
                QCOMPARE(ab.score, ba.score);
                QCOMPARE(ab.score, again.score);
                QCOMPARE(ab.pairs.size(), ba.pairs.size());
                for (qsizetype k = 0; k < ab.pairs.size(); ++k) {
                    QCOMPARE(ab.pairs[k].indexA, ba.pairs[k].indexB);
                    QCOMPARE(ab.pairs[k].indexB, ba.pairs[k].indexA);
                }
            }
    }

    void pairsExplainTheScore()
    {
        const FingerprintTemplate &a = m_templates[0][0], &b = m_templates[0][1];
        const MatchResult r = compareTemplates(a, b);
        QVERIFY(r.pairs.size() >= 8);
        QList<int> usedA, usedB;
        for (const MinutiaPair &p : r.pairs) {
            QVERIFY(p.indexA >= 0 && p.indexA < a.minutiae().size());
            QVERIFY(p.indexB >= 0 && p.indexB < b.minutiae().size());
            QVERIFY(!usedA.contains(p.indexA) && !usedB.contains(p.indexB)); // one-to-one
            usedA.append(p.indexA);
            usedB.append(p.indexB);
        }
        QCOMPARE(compareTemplates(a, FingerprintTemplate()).score, 0.0);
    }

    void templateBytesRoundTrip()
    {
        const FingerprintTemplate &a = m_templates[1][0], &b = m_templates[1][2];
        const QByteArray bytes = a.toBytes();
        const auto loaded = FingerprintTemplate::fromBytes(bytes);
        QVERIFY(loaded);
        QCOMPARE(loaded->minutiae().size(), a.minutiae().size());
        QCOMPARE(compareTemplates(loaded.value(), b).score, compareTemplates(a, b).score);
        QVERIFY(!FingerprintTemplate::fromBytes(bytes.left(bytes.size() - 3)));
        QVERIFY(!FingerprintTemplate::fromBytes(QByteArray("not a template")));
    }

    void interpretationIsMonotoneAndLabelled()
    {
        const ScoreInterpretation low = interpretScore(5), high = interpretScore(150);
        QVERIFY(high.falseMatchRate < low.falseMatchRate);
        QVERIFY(high.likelihoodRatio > low.likelihoodRatio);
        QVERIFY(high.label.contains(QStringLiteral("not an examiner's conclusion")));
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
