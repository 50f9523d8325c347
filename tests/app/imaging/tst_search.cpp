// Local search ranks the mate first, reports progress and stops when cancelled.
#include "app/imaging/extractor.h"
#include "app/imaging/search.h"
#include "app/imaging/synthesizer.h"

#include <QTest>

using namespace ridgeline;
using namespace ridgeline::imaging;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QList<GalleryEntry> m_gallery;
    FingerprintTemplate m_probe;

    static FingerprintTemplate templateOf(const QImage &image)
    {
        const auto r = extractMinutiae(image);
        return r ? FingerprintTemplate::fromMinutiae(r->minutiae) : FingerprintTemplate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (int finger = 1; finger <= 6; ++finger) {
            const MasterPrint master = synthesizeMaster(fingerSeed(41, finger), finger);
            m_gallery.append({QStringLiteral("finger-%1").arg(finger),
                              templateOf(synthesizeImpression(master, fingerSeed(41, finger), 1, false).image)});
            if (finger == 4)
                m_probe = templateOf(synthesizeImpression(master, fingerSeed(41, finger), 2, false).image);
        }
        // Pad the gallery so the work spans many batches.
        const QList<GalleryEntry> base = m_gallery;
        for (int k = 0; k < 40; ++k)
            for (const GalleryEntry &e : base)
                if (e.id != QLatin1String("finger-4"))
                    m_gallery.append({e.id + QStringLiteral("-copy"), e.fingerprint});
    }

    void mateRanksFirst()
    {
        qint64 lastDone = -1, total = 0;
        SearchOptions options;
        options.maxCandidates = 5;
        const SearchOutcome out = searchGallery(m_probe, m_gallery, options, [&](qint64 done, qint64 all) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            total = all;
        });
        QVERIFY(!out.cancelled);
        QCOMPARE(out.compared, qint64(m_gallery.size()));
        QCOMPARE(lastDone, total);
        QCOMPARE(out.candidates.size(), 5);
        QCOMPARE(out.candidates.first().id, QStringLiteral("finger-4"));
        QVERIFY(!out.candidates.first().pairs.isEmpty());
        QVERIFY(out.candidates[0].score > out.candidates[1].score);
    }

    void sameRankingWithOneThread()
    {
        SearchOptions one, all;
        one.threads = 1;
        const SearchOutcome a = searchGallery(m_probe, m_gallery, one), b = searchGallery(m_probe, m_gallery, all);
        QCOMPARE(a.candidates.size(), b.candidates.size());
        for (qsizetype i = 0; i < a.candidates.size(); ++i) {
            QCOMPARE(a.candidates[i].galleryIndex, b.candidates[i].galleryIndex);
            QCOMPARE(a.candidates[i].score, b.candidates[i].score);
        }
    }

    void cancelStopsEarly()
    {
        std::atomic<bool> cancel{false};
        SearchOptions oneThread;
        oneThread.threads = 1; // with one worker the stop point is exact
        const SearchOutcome out = searchGallery(
            m_probe, m_gallery, oneThread, [&](qint64, qint64) { cancel = true; }, &cancel);
        QVERIFY(out.cancelled);
        QVERIFY(out.compared < m_gallery.size());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
