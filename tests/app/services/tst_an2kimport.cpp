// ANSI/NIST-ITL transactions imported into a real workspace (docs/formats/an2k.md, "Import"): the
// NIST reference files of ../shared/interop/an2k become marks, exemplar impressions and a person,
// with the transaction kept whole; damaged or lying files are refused with nothing written, and the
// inbox announces them and quarantines the refused.
#include "app/core/markupjson.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/interop/an2ktype9.h"
#include "app/interop/an2kwriter.h"
#include "app/services/importservice.h"
#include "app/services/inboxwatcher.h"
#include "app/services/localworkspacesession.h"
#include "tests/app/services/workspacetestsupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QLineF>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("an2k import passphrase");

QString folder()
{
    return QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k");
}

qint64 count(LocalWorkspaceSession &session, const char *sql)
{
    return session.database().sql().queryInt(sql).value();
}

template<class T> T orEmpty(Result<T> r)
{
    return r ? *r : T();
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

class TestAn2kImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    std::unique_ptr<LocalWorkspaceSession> workspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.ridgeline").arg(++m_next));
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("ada"), kPassphrase, testing::fastOptions());
        if (!admin)
            return nullptr;
        (void)(*admin)->addUser(QStringLiteral("cora"), QStringLiteral("Cora"), Role::CaseOfficer, kPassphrase);
        (void)(*admin)->logout();
        auto officer = LocalWorkspaceSession::open(path, QStringLiteral("cora"), kPassphrase, testing::fastOptions());
        return officer ? std::move(*officer) : nullptr;
    }

    // A copy of a reference file with `from` replaced by `to` (same length: every length stays true).
    QString altered(const QString &name, const QByteArray &from, const QByteArray &to)
    {
        QByteArray bytes = testing::readAll(QDir(folder()).filePath(name));
        const qsizetype at = bytes.indexOf(from);
        if (at < 0 || from.size() != to.size())
            return {};
        bytes.replace(at, from.size(), to);
        const QString path = m_dir.filePath(QStringLiteral("altered-%1-%2").arg(++m_next).arg(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    struct Imported
    {
        ImportService::Result result;
        QList<Mark> marks;
        QList<ExemplarImpressionRecord> impressions;
        QList<std::pair<Person, PersonRole>> persons;
        QList<Document> documents;
    };

    Imported import(LocalWorkspaceSession &session, const QString &name, const QString &caseRef)
    {
        Imported i;
        ImportService service(session);
        i.result = service.importAn2k({QDir(folder()).filePath(name), caseRef, QStringLiteral("cora")});
        if (!i.result.outcome)
            return i;
        const CaseId id = i.result.outcome->caseId;
        i.marks = orEmpty(session.caseStore().marksOfCase(id));
        i.impressions = orEmpty(session.exemplarImpressionsOfCase(id));
        i.persons = orEmpty(session.caseStore().personsOfCase(id));
        i.documents = orEmpty(session.caseStore().documentsOfCase(id));
        return i;
    }

    // The original of the mark decodes in the viewer at the size the record declared.
    void checkDisplayable(LocalWorkspaceSession &session, const Mark &mark, QSize size)
    {
        auto original = session.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
        QVERIFY2(original, original ? "" : qPrintable(original.error().message()));
        auto decoded = imaging::decodeEvidenceImage(*original, mark.exhibitReference);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message()));
        QCOMPARE(decoded->image.size(), size);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
    }

    void latentAndExemplarOfOneTransaction()
    {
        auto session = workspace();
        QVERIFY(session);
        const Imported i =
            import(*session, QStringLiteral("type-13-14-latent-match.an2"), QStringLiteral("NIST/2026/1"));
        QVERIFY2(i.result.outcome, i.result.error ? qPrintable(i.result.error->message()) : "");
        QCOMPARE(i.result.outcome->caseReference, QStringLiteral("NIST/2026/000001"));
        QVERIFY(i.result.outcome->caseCreated);
        // Type-13: one latent, 800 x 768 uncompressed at SLC 1, 500 ppi.
        QCOMPARE(i.marks.size(), 1);
        const Mark &mark = i.marks.first();
        QCOMPARE(mark.kind, MarkKind::LatentFinger);
        QCOMPARE(mark.calibration.ppi, 500.0);
        QCOMPARE(mark.calibration.source, CalibrationSource::FileMetadata);
        QVERIFY2(mark.provenance.place.contains(QStringLiteral("Type-13")), qPrintable(mark.provenance.place));
        checkDisplayable(*session, mark, QSize(800, 768));
        // Type-14: one exemplar of finger 8, the subject unnamed (Type-2 names nobody).
        QCOMPARE(i.impressions.size(), 1);
        QCOMPARE(i.impressions.first().fingerPosition, 8);
        QCOMPARE(i.impressions.first().size, QSize(800, 768));
        QCOMPARE(i.persons.size(), 1);
        QCOMPARE(i.persons.first().first.familyName, QStringLiteral("Unnamed subject"));
        // The transaction itself, byte for byte, as a document of the case.
        const QByteArray file =
            testing::readAll(QDir(folder()).filePath(QStringLiteral("type-13-14-latent-match.an2")));
        QCOMPARE(i.documents.size(), 1);
        QCOMPARE(i.documents.first().sha256, sha(file));
        auto kept = session->readOriginal(i.documents.first().sha256, QStringLiteral("document"),
                                          i.documents.first().id.toString());
        QVERIFY(kept);
        QCOMPARE(*kept, file);
        QVERIFY(mark.provenance.place.contains(QString::fromLatin1(sha(file).toHex())));

        // The same file again into the same case: recognised, nothing duplicated.
        const Imported again =
            import(*session, QStringLiteral("type-13-14-latent-match.an2"), QStringLiteral("NIST/2026/1"));
        QVERIFY(again.result.outcome && again.result.outcome->alreadyImported);
        QCOMPARE(count(*session, "SELECT count(*) FROM marks"), 1);
    }

    void tenprintCards()
    {
        auto session = workspace();
        QVERIFY(session);
        // Type-4: WSQ, resolution from 1.011 (19.69 pixels per mm), rolled (IMP 3).
        const Imported t4 = import(*session, QStringLiteral("type-4-tpcard.an2"), QStringLiteral("NIST/2026/4"));
        QVERIFY2(t4.result.outcome, t4.result.error ? qPrintable(t4.result.error->message()) : "");
        QCOMPARE(t4.marks.size(), 0);
        QCOMPARE(t4.impressions.size(), 14);
        QList<int> positions;
        for (const ExemplarImpressionRecord &e : t4.impressions)
            positions.append(e.fingerPosition);
        std::sort(positions.begin(), positions.end());
        QCOMPARE(positions, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
        for (const ExemplarImpressionRecord &e : t4.impressions) {
            QCOMPARE(e.ppi, 19.69 * 25.4);
            QCOMPARE(e.rolled, e.fingerPosition <= 10);
        }
        // Every exemplar is stored as a lossless PNG the viewer decodes at the declared size.
        const ExemplarImpressionRecord &first = t4.impressions.first();
        auto png = session->readOriginal(first.originalSha256, QStringLiteral("exemplar"), first.id.toString());
        QVERIFY(png);
        auto decoded = imaging::decodeEvidenceImage(*png, first.exhibitReference);
        QVERIFY(decoded);
        QCOMPARE(decoded->image.size(), first.size);

        // Type-14: SLC 2 (197 pixels per cm).
        const Imported t14 = import(*session, QStringLiteral("type-14-tpcard-nqm.an2"), QStringLiteral("NIST/2026/14"));
        QVERIFY2(t14.result.outcome, t14.result.error ? qPrintable(t14.result.error->message()) : "");
        QCOMPARE(t14.impressions.size(), 14);
        QCOMPARE(t14.impressions.first().ppi, 197 * 2.54);
        QCOMPARE(t14.result.outcome->documents, 1);
    }

    void palms()
    {
        auto session = workspace();
        QVERIFY(session);
        const Imported i = import(*session, QStringLiteral("type-15-palms.an2"), QStringLiteral("NIST/2026/15"));
        QVERIFY2(i.result.outcome, i.result.error ? qPrintable(i.result.error->message()) : "");
        // A WSQ palm (900 x 2500, 500 ppi) and a JPEG 2000 lossless one (2750 x 2750, 1000 ppi).
        QCOMPARE(i.impressions.size(), 2);
        QList<double> ppis;
        for (const ExemplarImpressionRecord &e : i.impressions) {
            QVERIFY2(e.fingerPosition >= 20 && e.fingerPosition <= 38, qPrintable(QString::number(e.fingerPosition)));
            QVERIFY(fingerPositionDisplayName(e.fingerPosition).contains(QStringLiteral("palm")));
            ppis.append(e.ppi);
            // Readable by the viewer (OpenCV) and by Qt (thumbnails, search templates, reports).
            auto original = session->readOriginal(e.originalSha256, QStringLiteral("exemplar"), e.id.toString());
            QVERIFY(original);
            auto decoded = imaging::decodeEvidenceImage(*original, e.exhibitReference);
            QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message()));
            QCOMPARE(decoded->image.size(), e.size);
            QCOMPARE(QImage::fromData(*original).size(), e.size);
        }
        std::sort(ppis.begin(), ppis.end());
        QCOMPARE(ppis, (QList<double>{500.0, 1000.0}));
    }

    void binaryImages()
    {
        // Type-6: 1-bit pixels, rows padded to whole bytes, a set bit black; about a third ink.
        auto session = workspace();
        QVERIFY(session);
        const Imported i = import(*session, QStringLiteral("type-6.an2"), QStringLiteral("NIST/2026/6"));
        QVERIFY2(i.result.outcome, i.result.error ? qPrintable(i.result.error->message()) : "");
        QCOMPARE(i.impressions.size(), 1);
        const ExemplarImpressionRecord &e = i.impressions.first();
        QCOMPARE(e.size, QSize(804, 752));
        auto original = session->readOriginal(e.originalSha256, QStringLiteral("exemplar"), e.id.toString());
        QVERIFY(original);
        auto decoded = imaging::decodeEvidenceImage(*original, e.exhibitReference);
        QVERIFY(decoded);
        qint64 black = 0;
        for (int y = 0; y < 752; ++y) {
            const uchar *row = decoded->image.constScanLine(y);
            for (int x = 0; x < 804; ++x) {
                QVERIFY(row[x] == 0 || row[x] == 255);
                black += row[x] == 0 ? 1 : 0;
            }
        }
        QVERIFY2(black > 804 * 752 / 5 && black < 804 * 752 / 2, qPrintable(QString::number(black)));
    }

    void minutiaeTransaction()
    {
        auto session = workspace();
        QVERIFY(session);
        const Imported i = import(*session, QStringLiteral("type-9-13-std.an2"), QStringLiteral("NIST/2026/9"));
        QVERIFY2(i.result.outcome, i.result.error ? qPrintable(i.result.error->message()) : "");
        QCOMPARE(i.marks.size(), 1);
        checkDisplayable(*session, i.marks.first(), QSize(800, 768));
        // The Type-9 standard block's 48 minutiae (9.010) are the mark's first markup revision,
        // filed by the importing user, its features keeping their origin in the file.
        QCOMPARE(i.result.outcome->markups, 1);
        auto revision = session->markupRevision(i.marks.first().id);
        QVERIFY2(revision, revision ? "" : qPrintable(revision.error().message()));
        QCOMPARE(revision->revision, 1);
        QCOMPARE(revision->author, QStringLiteral("cora"));
        auto markup = markupFromJson(revision->json);
        QVERIFY2(markup, markup ? "" : qPrintable(markup.error().message()));
        const auto all = markup->features + markup->suggestions;
        const auto isMinutia = [](const MarkupFeature &f) {
            return f.type == FeatureType::MinutiaEnding || f.type == FeatureType::MinutiaBifurcation ||
                   f.type == FeatureType::MinutiaUnknown;
        };
        QCOMPARE(std::count_if(all.begin(), all.end(), isMinutia), 48);
        // And the one core (9.008) and one delta (9.009).
        QCOMPARE(all.size(), 50);
        QCOMPARE(markup->imageSha256, QString::fromLatin1(i.marks.first().originalSha256.toHex()));
        QCOMPARE(markup->imageSize, QSize(800, 768));
        for (const MarkupFeature &f : all)
            QVERIFY(f.origin.engine.contains(QStringLiteral("Type-9")));
        auto revisions = session->markupRevisions(i.marks.first().id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 1);
    }

    // A transaction as Ridgeline's writer exports it comes back as the case, exhibit, person,
    // latent, exemplar and markup it was made from (Type-2 mapping of an2kwriter.h).
    void writerTransactionsComeBackAsTheyLeft()
    {
        const QSize size(320, 240);
        QByteArray pixels(size.width() * size.height(), char(0));
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                pixels[y * size.width() + x] = char((x * 7 + y * 3) & 0xff);
        const interop::An2kGrayImage image{size, pixels, 500};
        interop::Type9Markup features;
        features.markup = Markup::forImage(QString(), size);
        const QDateTime when = QDateTime::currentDateTimeUtc();
        for (int n = 0; n < 5; ++n) {
            MarkupFeature f;
            f.id = FeatureId::create();
            f.type = n % 2 ? FeatureType::MinutiaBifurcation : FeatureType::MinutiaEnding;
            f.position = QPointF(40.0 + 50 * n, 30.0 + 35 * n);
            f.direction = 30.0 * n;
            f.author = QStringLiteral("jholt");
            f.createdUtc = f.modifiedUtc = when;
            features.markup.features.append(f);
        }
        features.examiner = QStringLiteral("Holt, Jane (WYP)");
        interop::An2kTransactionInfo info;
        info.typeOfTransaction = "LFFS";
        info.date = QDate(2026, 11, 30);
        info.destinationAgency = "NIST";
        info.originatingAgency = "WYP";
        info.controlNumber = "WYP-TX-1";
        const QList<interop::An2kRecord> records{
            interop::type2Record({QStringLiteral("WYP/2026/000321"), QStringLiteral("JH/4"), QStringLiteral("Holt"),
                                  QStringLiteral("Jane Ann"), QDate(1980, 2, 3), QStringLiteral("F")},
                                 0),
            interop::type13Record({1, "WYP", QDate(2026, 11, 29), 4, 2, {}}, image),
            interop::type9Record(features, 1, size, 500),
            interop::type14Record({2, "WYP", QDate(2026, 11, 29), 1, 3, {}}, image)};
        const QString path = m_dir.filePath(QStringLiteral("exported.an2"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(interop::writeAn2k(interop::makeTransaction(info, records)));
        f.close();

        auto session = workspace();
        QVERIFY(session);
        ImportService service(*session);
        const auto r = service.importAn2k({path, QString(), QStringLiteral("cora")});
        QVERIFY2(r.outcome, r.error ? qPrintable(r.error->message()) : "");
        QCOMPARE(r.outcome->caseReference, QStringLiteral("WYP/2026/000321"));
        auto marks = session->caseStore().marksOfCase(r.outcome->caseId);
        QVERIFY(marks);
        QCOMPARE(marks->size(), 1);
        QCOMPARE(marks->first().exhibitReference, QStringLiteral("JH/4"));
        QCOMPARE(marks->first().calibration.ppi, 500.0);
        auto original =
            session->readOriginal(marks->first().originalSha256, QStringLiteral("mark"), marks->first().id.toString());
        QVERIFY(original);
        auto decoded = imaging::decodeEvidenceImage(*original, QStringLiteral("JH/4"));
        QVERIFY(decoded);
        QCOMPARE(decoded->image.format(), QImage::Format_Grayscale8);
        for (int y = 0; y < size.height(); ++y)
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(decoded->image.constScanLine(y)), size.width()),
                     pixels.mid(y * size.width(), size.width()));
        auto persons = session->caseStore().personsOfCase(r.outcome->caseId);
        QVERIFY(persons);
        QCOMPARE(persons->size(), 1);
        QCOMPARE(persons->first().first.familyName, QStringLiteral("Holt"));
        QCOMPARE(persons->first().first.givenNames, QStringLiteral("Jane Ann"));
        QCOMPARE(persons->first().first.dateOfBirth, QDate(1980, 2, 3));
        auto exemplars = session->exemplarImpressionsOfCase(r.outcome->caseId);
        QVERIFY(exemplars);
        QCOMPARE(exemplars->size(), 1);
        QCOMPARE(exemplars->first().fingerPosition, 3);
        QVERIFY(exemplars->first().rolled);
        auto revision = session->markupRevision(marks->first().id);
        QVERIFY(revision);
        auto markup = markupFromJson(revision->json);
        QVERIFY(markup);
        QCOMPARE(markup->features.size(), 5);
        for (int n = 0; n < 5; ++n) {
            const MarkupFeature &back = markup->features.at(n);
            QCOMPARE(back.type, features.markup.features.at(n).type);
            QVERIFY(QLineF(back.position, features.markup.features.at(n).position).length() < 0.1);
        }

        // The same file again: already imported, nothing duplicated.
        const auto again = service.importAn2k({path, QString(), QStringLiteral("cora")});
        QVERIFY2(again.outcome, again.error ? qPrintable(again.error->message()) : "");
        QVERIFY(again.outcome->alreadyImported);
        // Another transaction naming the same exhibit of the same case: two marks would answer to
        // JH/4, so it is refused and nothing is added.
        info.controlNumber = "WYP-TX-2";
        const QString other = m_dir.filePath(QStringLiteral("exported-again.an2"));
        QFile g(other);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(interop::writeAn2k(interop::makeTransaction(info, records)));
        g.close();
        const auto clash = service.importAn2k({other, QString(), QStringLiteral("cora")});
        QVERIFY(clash.refused());
        QCOMPARE(clash.error->code(), ErrorCode::BadInput);
        QVERIFY2(clash.error->message().contains(QStringLiteral("already has an exhibit JH/4")),
                 qPrintable(clash.error->message()));
        QCOMPARE(orEmpty(session->caseStore().marksOfCase(r.outcome->caseId)).size(), 1);
    }

    void refusedFilesWriteNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("caseRef");
        QTest::addColumn<QString>("expected");
        const QString name = QStringLiteral("type-13-14-latent-match.an2");
        // Cut short: the reader refuses it.
        const QByteArray whole = testing::readAll(QDir(folder()).filePath(name));
        const QString cut = m_dir.filePath(QStringLiteral("cut.an2"));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whole.left(whole.size() / 2));
        f.close();
        QTest::newRow("truncated") << cut << QStringLiteral("NIST/2026/2") << QStringLiteral("cut.an2");
        // The latent's declared width does not match its 800 x 768 bytes.
        QTest::newRow("size") << altered(name, "13.006:800", "13.006:801") << QStringLiteral("NIST/2026/2")
                              << QStringLiteral("Type-13");
        // A WSQ fingerprint whose record declares a width its frame does not have.
        QTest::newRow("wsq size") << altered(QStringLiteral("type-14-tpcard-nqm.an2"), "14.006:804", "14.006:805")
                                  << QStringLiteral("NIST/2026/2")
                                  << QStringLiteral("WSQ image is 804 x 752 pixels but the record declares 805");
        QTest::newRow("finger") << altered(name, "14.013:8", "14.013:A") << QStringLiteral("NIST/2026/2")
                                << QStringLiteral("14.013");
        QTest::newRow("type-9 idc") << altered(QStringLiteral("type-9-13-std.an2"), "9.002:01", "9.002:07")
                                    << QStringLiteral("NIST/2026/2") << QStringLiteral("9.002");
        // A lossless JPEG fingerprint (Type-14, JPEGL) that no decoder here reads: the whole
        // transaction is refused, naming the record and the reason.
        QTest::newRow("jpegl") << QDir(folder()).filePath(QStringLiteral("type-10-14-17-piv-index-iris.an2"))
                               << QStringLiteral("NIST/2026/2") << QStringLiteral("record 5 (Type-14, IDC 03)");
        QTest::newRow("no case") << QDir(folder()).filePath(name) << QString() << QStringLiteral("--case");
    }

    void refusedFilesWriteNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, caseRef);
        QFETCH(QString, expected);
        QVERIFY(!path.isEmpty());
        auto session = workspace();
        QVERIFY(session);
        const qint64 blobs = count(*session, "SELECT count(*) FROM evidence_blobs");
        ImportService service(*session);
        const auto r = service.importAn2k({path, caseRef, QStringLiteral("cora")});
        QVERIFY(r.refused());
        QCOMPARE(r.error->code(), ErrorCode::BadInput);
        QVERIFY2(r.error->message().contains(expected), qPrintable(r.error->message()));
        QCOMPARE(count(*session, "SELECT count(*) FROM cases"), 0);
        QCOMPARE(count(*session, "SELECT count(*) FROM marks"), 0);
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), blobs);
        // Recorded as a quarantined transmission with its reason.
        auto transmissions = session->transmissions();
        QVERIFY(transmissions);
        QCOMPARE(transmissions->size(), 1);
        QCOMPARE(transmissions->first().status, TransmissionStatus::Quarantined);
        // Its capture time is not known, and the inbox must not say 1 January 1970.
        QVERIFY(!transmissions->first().capturedUtc.isValid());
    }

    void inboxAnnouncesAndQuarantines()
    {
        auto session = workspace();
        QVERIFY(session);
        const QString inbox = InboxWatcher::inboxPathFor(session->databasePath());
        InboxWatcher watcher(inbox, std::chrono::milliseconds(50));
        QSignalSpy ready(&watcher, &InboxWatcher::packageReady);
        QVERIFY(watcher.start());
        const QByteArray whole =
            testing::readAll(QDir(folder()).filePath(QStringLiteral("type-13-14-latent-match.an2")));
        const QString bad = QDir(inbox).filePath(QStringLiteral("damaged.eft"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whole.left(1000));
        f.close();
        // Settled once its size and time stay the same on two looks.
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(ready.first().first().toString(), QFileInfo(bad).absoluteFilePath());
        ImportService service(*session);
        const auto r = service.importPackage(bad);
        QVERIFY(r.refused());
        QCOMPARE(r.error->code(), ErrorCode::BadInput);
        auto moved = watcher.moveToQuarantine(bad, r.error->message());
        QVERIFY(moved);
        QVERIFY(!QFile::exists(bad));
        QVERIFY(QFile::exists(*moved + QStringLiteral(".reason.txt")));
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 0);
    }
};

QTEST_GUILESS_MAIN(TestAn2kImport)
#include "tst_an2kimport.moc"
