// Streaming intake (decision 0003): originals are filed into the open import transaction while
// later items are still being checked, each hashed once by the store; a check that fails late
// leaves nothing behind; and what follows the commit: derived data (thumbnails) stored apart from
// the evidence, through the session contract, with its permissions.
#include "app/reports/statementpdf.h"
#include "app/services/importservice.h"
#include "app/services/localworkspacesession.h"
#include "app/services/packagebuilder.h"
#include "app/services/thumbnails.h"
#include "tests/app/services/workspacetestsupport.h"
#include "tests/testsupport/pngbytes.h"

#include <QCryptographicHash>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using testing::ridgePng;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("streaming import passphrase");

QByteArray statementPdf()
{
    WitnessStatement s;
    s.caseReference = QStringLiteral("WYP/2026/000777");
    s.witnessName = QStringLiteral("Ann Booth");
    s.date = QDate(2026, 11, 24);
    s.paragraphs = {QStringLiteral("I saw the van leave at ten past nine.")};
    return renderWitnessStatementPdf(s);
}

// `marks` PNG marks, then a statement; with `badLast`, the last mark is a PNG cut short whose
// manifest hash is right (so only decoding it finds the damage, after earlier items were filed).
PackageBuilder package(int marks, bool badLast = false)
{
    TransmissionManifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.createdUtc = QDateTime::currentDateTimeUtc();
    m.senderForce = QStringLiteral("WYP");
    m.deviceId = QStringLiteral("WYP-CSI-0042");
    m.sceneExaminer = QStringLiteral("CSI Jane Holt");
    m.caseReference = QStringLiteral("WYP/2026/000777");
    m.offence = QStringLiteral("Burglary");
    m.scenePlace = QStringLiteral("Otley");
    PackageBuilder b(m);
    for (int i = 0; i < marks; ++i) {
        TransmissionItem item;
        item.exhibitReference = QStringLiteral("AB/%1").arg(i + 1);
        item.kind = TransmissionItemKind::LatentFinger;
        item.path = QStringLiteral("marks/%1.png").arg(i + 1);
        QByteArray png = ridgePng(300 + i, 240, i);
        if (badLast && i == marks - 1)
            png.truncate(png.size() / 2);
        b.addFile(item, png);
    }
    TransmissionItem doc;
    doc.exhibitReference = QStringLiteral("DOC/1");
    doc.kind = TransmissionItemKind::Document;
    doc.path = QStringLiteral("docs/statement.pdf");
    doc.documentKind = DocumentKind::Statement;
    b.addFile(doc, statementPdf());
    return b;
}

qint64 count(LocalWorkspaceSession &session, const char *sql)
{
    return session.database().sql().queryInt(sql).value();
}

} // namespace

class TestStreamingImport : public QObject
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
        WorkspacePolicy policy = (*admin)->policy();
        policy.acceptUnsignedPackages = true;
        (void)(*admin)->setPolicy(policy);
        (void)(*admin)->addUser(QStringLiteral("cora"), QStringLiteral("Cora"), Role::CaseOfficer, kPassphrase);
        (void)(*admin)->logout();
        auto officer = LocalWorkspaceSession::open(path, QStringLiteral("cora"), kPassphrase, testing::fastOptions());
        return officer ? std::move(*officer) : nullptr;
    }

private Q_SLOTS:
    void originalsAreFiledWhileLaterItemsAreChecked()
    {
        auto session = workspace();
        QVERIFY(session);
        const QString path = m_dir.filePath(QStringLiteral("good"));
        QVERIFY(package(9).writeFolder(path));
        QList<qint64> progress;
        ImportService service(*session);
        const auto result = service.importPackage(path, [&](qint64 done, qint64) { progress.append(done); });
        QVERIFY2(result.outcome, result.error ? qPrintable(result.error->message()) : "");
        QCOMPARE(result.outcome->marks, 9);
        QCOMPARE(result.outcome->documents, 1);
        QCOMPARE(result.outcome->blobsStored, 10);
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 10);
        // Progress moved in steps while the package was checked and filed, not once at the end.
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last(), 10);
        // What the post-import hooks get: every mark and the document, by the ids they were filed under.
        QCOMPARE(result.originals.size(), 10);
        auto marks = session->caseStore().marksOfCase(result.outcome->caseId);
        QVERIFY(marks);
        QCOMPARE(result.originals.first().objectType, QStringLiteral("mark"));
        QCOMPARE(result.originals.first().objectId, marks->first().id.toString());
        QCOMPARE(result.originals.first().mediaType, QStringLiteral("image/png"));
        auto original =
            session->readOriginal(marks->first().originalSha256, QStringLiteral("mark"), marks->first().id.toString());
        QVERIFY(original);
        QCOMPARE(QCryptographicHash::hash(*original, QCryptographicHash::Sha256), marks->first().originalSha256);

        // The same package again: already imported, nothing stored twice.
        const auto again = service.importPackage(path);
        QVERIFY(again.outcome && again.outcome->alreadyImported);
        QVERIFY(again.originals.isEmpty());
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 10);
    }

    void aLateFailureLeavesNothingOfThePackage()
    {
        auto session = workspace();
        QVERIFY(session);
        const QString path = m_dir.filePath(QStringLiteral("bad-late"));
        QVERIFY(package(9, true).writeFolder(path)); // the first eight are filed before the ninth fails
        ImportService service(*session);
        const auto result = service.importPackage(path);
        QVERIFY(result.refused());
        QVERIFY2(result.error->message().contains(QStringLiteral("AB/9")), qPrintable(result.error->message()));
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 0);
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_chunks"), 0);
        QCOMPARE(count(*session, "SELECT count(*) FROM marks"), 0);
        QCOMPARE(count(*session, "SELECT count(*) FROM transmissions WHERE status = 'quarantined'"), 1);
        // The session is usable afterwards: a good package imports.
        QVERIFY(package(2).writeFolder(m_dir.filePath(QStringLiteral("after"))));
        QVERIFY(service.importPackage(m_dir.filePath(QStringLiteral("after"))).outcome);
    }

    void aFileAlteredInTransitIsReportedByItsHash()
    {
        auto session = workspace();
        QVERIFY(session);
        const QString path = m_dir.filePath(QStringLiteral("altered"));
        QVERIFY(package(3).writeFolder(path));
        testing::flipByte(path + QStringLiteral("/marks/2.png"), 100);
        const auto result = ImportService(*session).importPackage(path);
        QVERIFY(result.refused());
        QVERIFY2(result.error->message().contains(QStringLiteral("AB/2")) &&
                     result.error->message().contains(QStringLiteral("SHA-256")),
                 qPrintable(result.error->message()));
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 0);
    }

    void anAbortedImportRollsBackWhatWasStaged()
    {
        auto session = workspace();
        QVERIFY(session);
        ImportPlan header;
        header.transmission.id = TransmissionId::create();
        header.packageName = QStringLiteral("by-hand");
        QVERIFY(session->beginImport(header));
        QVERIFY(!session->beginImport(header)); // one import at a time
        const QByteArray bytes = ridgePng(64, 64, 1);
        auto sha = session->stageOriginal({{}, bytes, QStringLiteral("image/png")});
        QVERIFY(sha);
        QCOMPARE(*sha, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)); // computed by the store
        session->abortImport();
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 0);
        QVERIFY(!session->stageOriginal({{}, bytes, QStringLiteral("image/png")})); // nothing open any more
    }

    void thumbnailsAreDerivedDataApartFromTheEvidence()
    {
        auto session = workspace();
        QVERIFY(session);
        const QString path = m_dir.filePath(QStringLiteral("thumbs"));
        QVERIFY(package(2).writeFolder(path));
        const auto result = ImportService(*session).importPackage(path);
        QVERIFY(result.outcome);
        const ImportedOriginal mark = result.originals.first();
        QCOMPARE(session->derivedData(mark.sha256, kThumbnailKind).error().code(), ErrorCode::NotFound);

        ThumbnailHook hook;
        QVERIFY(hook.process(*session, mark));
        auto png = session->derivedData(mark.sha256, kThumbnailKind);
        QVERIFY(png);
        const QImage thumbnail = QImage::fromData(*png, "PNG");
        QCOMPARE(thumbnail.width(), kThumbnailPixels); // 300 x 240 scaled to fit 192
        QCOMPARE(thumbnail.height(), kThumbnailPixels * 240 / 300);
        // Built once: a second run finds it and reads no evidence.
        const auto reads = [&] {
            return count(*session, "SELECT count(*) FROM audit_events WHERE action = 'read-evidence'");
        };
        const qint64 before = reads();
        QVERIFY(hook.process(*session, mark));
        QCOMPARE(reads(), before);
        // The PDF's first-page thumbnail was filed with the import; the hook leaves documents to it.
        const ImportedOriginal document = result.originals.last();
        QCOMPARE(document.objectType, QStringLiteral("document"));
        QVERIFY(session->derivedData(document.sha256, kThumbnailKind));

        // Kept apart: not an original, not counted by verify, removable by prefix.
        QCOMPARE(count(*session, "SELECT count(*) FROM evidence_blobs"), 3);
        QVERIFY(session->storeDerivedData(mark.sha256, QStringLiteral("tiles/0/0/0"), "t0"));
        QVERIFY(session->storeDerivedData(mark.sha256, QStringLiteral("tiles/1/0/0"), "t1"));
        QVERIFY(session->removeDerivedData(mark.sha256, QStringLiteral("tiles/")));
        QCOMPARE(session->derivedData(mark.sha256, QStringLiteral("tiles/1/0/0")).error().code(), ErrorCode::NotFound);
        QVERIFY(session->derivedData(mark.sha256, kThumbnailKind)); // another kind stays
        QStringList problems;
        QCOMPARE(storage::EvidenceStore(session->database().sql()).verifyAll(problems).value(), 3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Derived data of an original the workspace does not hold is refused.
        QCOMPARE(session->storeDerivedData(QByteArray(32, 'x'), kThumbnailKind, "x").error().code(),
                 ErrorCode::NotFound);
    }

    void derivedDataFollowsTheRoles()
    {
        auto session = workspace();
        QVERIFY(session);
        const QString path = session->databasePath();
        QVERIFY(package(1).writeFolder(m_dir.filePath(QStringLiteral("roles"))));
        const auto result = ImportService(*session).importPackage(m_dir.filePath(QStringLiteral("roles")));
        QVERIFY(result.outcome);
        const QByteArray sha = result.originals.first().sha256;
        QVERIFY(session->logout());
        // An administrator may import (and so store thumbnails) but not view cases.
        auto admin = LocalWorkspaceSession::open(path, QStringLiteral("ada"), kPassphrase, testing::fastOptions());
        QVERIFY(admin);
        QVERIFY((*admin)->storeDerivedData(sha, kThumbnailKind, "png"));
        auto refused = (*admin)->derivedData(sha, kThumbnailKind);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(count(**admin, "SELECT count(*) FROM audit_events WHERE outcome = 'refused' AND "
                                "object_type = 'derived-data'"),
                 1);
        // And the thumbnail hook skips them without a refusal: the viewer builds it later.
        QVERIFY(ThumbnailHook().process(**admin, result.originals.first()));
    }
};

QTEST_MAIN(TestStreamingImport)
#include "tst_streamingimport.moc"
