#include "app/storage/evidencestore.h"
#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/sqlciphercaserepository.h"
#include "app/storage/sqlcipherintakerepository.h"
#include "app/storage/workspacedatabase.h"
#include "app/storage/workstationkey.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace ridgeline;
using namespace ridgeline::storage;

namespace {

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

// A small plan as the preparer would make it: one mark, one person, one document.
ImportPlan plan(const QString &packageId, const QString &reference, const QByteArray &image, const Person &person)
{
    ImportPlan p;
    p.packageName = QStringLiteral("pkg-") + packageId.left(4);
    p.manifestJson = "{\"id\":\"" + packageId.toUtf8() + "\"}";
    p.transmission.id = TransmissionId::fromString(packageId);
    p.transmission.senderForce = person.force;
    p.transmission.deviceId = QStringLiteral("WYP-CSI-0042");
    p.transmission.sceneExaminer = QStringLiteral("CSI Jane Holt");
    p.transmission.caseReference = reference;
    p.transmission.receivedUtc = QDateTime::currentDateTimeUtc();
    p.caseRecord.id = CaseId::create();
    p.caseRecord.reference = CaseReference::parse(reference).value();
    p.caseRecord.force = QStringLiteral("West Yorkshire Police");
    p.caseRecord.offence = QStringLiteral("Burglary dwelling");
    p.caseRecord.officerInCase = QStringLiteral("DC Amir Shah");
    p.caseRecord.summary = QStringLiteral("Burglary dwelling, 14 Mill Lane, Otley");
    p.caseRecord.createdUtc = p.caseRecord.updatedUtc = QDateTime::currentDateTimeUtc();
    p.blobs = {{sha(image), image, QStringLiteral("image/png")}};
    ImportMark m;
    m.mark.id = MarkId::create();
    m.mark.caseId = p.caseRecord.id;
    m.mark.exhibitReference = QStringLiteral("JH/1");
    m.mark.originalSha256 = sha(image);
    m.mark.calibration = {1000, CalibrationSource::Manifest};
    m.image = {400, 300, 1, 8, 1};
    m.developmentMethod = QStringLiteral("aluminium powder");
    p.marks = {m};
    p.persons = {{QStringLiteral("P1"), person, PersonRole::Suspect}};
    ImportDocument d;
    d.document.id = DocumentId::create();
    d.document.title = QStringLiteral("Statement of Margaret Ackroyd");
    d.document.mediaType = QStringLiteral("application/pdf");
    d.document.sha256 = sha("pdf bytes");
    d.document.pageCount = 1;
    d.text = QStringLiteral("I found the kitchen window broken; a silver Vauxhall was parked outside.");
    p.blobs.append({sha("pdf bytes"), "pdf bytes", QStringLiteral("application/pdf")});
    p.documents = {d};
    p.links = {{QStringLiteral("JH/1"), QStringLiteral("P1"), QStringLiteral("comparison requested")}};
    return p;
}

Person person(const QString &family, const QString &given, const QDate &dob, const QString &force,
              const QString &pnc = {})
{
    Person p;
    p.id = PersonId::create();
    p.familyName = family;
    p.givenNames = given;
    p.dateOfBirth = dob;
    p.force = force;
    if (!pnc.isEmpty())
        p.identifiers = {{QStringLiteral("PNC"), pnc}};
    return p;
}

} // namespace

class TestSqlCipherIntakeRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<WorkstationKey> m_key;
    std::unique_ptr<SqlCipherAuditLog> m_audit;

    qint64 count(const char *sql) { return m_db->sql().queryInt(sql).value(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("ws-%1.ridgeline").arg(QDateTime::currentMSecsSinceEpoch()));
        auto db = WorkspaceDatabase::create(path, SecretBytes::random(32));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(*db);
        auto key = WorkstationKey::loadOrCreate(m_db->sql());
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message()));
        m_key = std::make_unique<WorkstationKey>(std::move(*key));
        m_audit = std::make_unique<SqlCipherAuditLog>(m_db->sql(), *m_key, m_db->databaseId(), QStringLiteral("test"));
    }

    void cleanup()
    {
        m_audit.reset();
        m_key.reset();
        m_db.reset();
    }

    void filesEverythingAndAudits()
    {
        SqlCipherIntakeRepository intake(m_db->sql());
        const Person craig =
            person(QStringLiteral("Barraclough"), QStringLiteral("Craig"), QDate(1990, 5, 14), QStringLiteral("WYP"));
        auto outcome = intake.commit(
            plan(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("WYP/2026/004117"), "png-1", craig),
            QStringLiteral("ajones"), *m_audit, {true});
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message()));
        QVERIFY(outcome->caseCreated);
        QCOMPARE(outcome->marks, 1);
        QCOMPARE(outcome->documents, 1);
        QCOMPARE(outcome->persons, 1);
        QCOMPARE(outcome->blobsStored, 2);
        SqlCipherCaseRepository cases(m_db->sql());
        const auto marks = cases.marksOfCase(outcome->caseId).value();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().calibration.ppi, 1000.0);
        QCOMPARE(EvidenceStore(m_db->sql()).read(sha("png-1")).value(), QByteArray("png-1"));
        QCOMPARE(count("SELECT COUNT(*) FROM mark_details WHERE development_method = 'aluminium powder'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM exhibit_person_links"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'import'"), 1);
        QVERIFY(count("SELECT COUNT(*) FROM audit_events WHERE action = 'create'") >= 3);
        QCOMPARE(intake.transmissions().value().first().status, TransmissionStatus::Imported);
        // Full-text search finds the case by reference, the person by name, the document by its text.
        QCOMPARE(intake.search(QStringLiteral("004117")).value().size(), 1);
        QCOMPARE(intake.search(QStringLiteral("barracl")).value().first().kind, QStringLiteral("person"));
        const auto hits = intake.search(QStringLiteral("vauxhall"));
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().caseId, outcome->caseId);
        QVERIFY(hits.value().first().snippet.contains(QStringLiteral("[Vauxhall]")));
    }

    void samePackageTwiceDuplicatesNothing()
    {
        SqlCipherIntakeRepository intake(m_db->sql());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Person p =
            person(QStringLiteral("Hirst"), QStringLiteral("Deborah"), QDate(1979, 9, 22), QStringLiteral("SYP"));
        QVERIFY(
            intake
                .commit(plan(id, QStringLiteral("SYP/2026/011902"), "png-2", p), QStringLiteral("u"), *m_audit, {true})
                .ok());
        const qint64 marks = count("SELECT COUNT(*) FROM marks"), persons = count("SELECT COUNT(*) FROM persons");
        auto again = intake.commit(plan(id, QStringLiteral("SYP/2026/011902"), "png-2", p), QStringLiteral("u"),
                                   *m_audit, {true});
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
        QCOMPARE(count("SELECT COUNT(*) FROM marks"), marks);
        QCOMPARE(count("SELECT COUNT(*) FROM persons"), persons);
        QCOMPARE(count("SELECT COUNT(*) FROM cases"), 1);
    }

    void sameBytesInTwoPackagesStoredOnce()
    {
        SqlCipherIntakeRepository intake(m_db->sql());
        const Person p =
            person(QStringLiteral("Wragg"), QStringLiteral("Thomas"), QDate(1996, 11, 21), QStringLiteral("SYP"));
        QVERIFY(intake
                    .commit(plan(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("SYP/2026/000001"),
                                 "same", p),
                            QStringLiteral("u"), *m_audit, {true})
                    .ok());
        auto second = intake.commit(
            plan(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("SYP/2026/000002"), "same", p),
            QStringLiteral("u"), *m_audit, {true});
        QVERIFY(second.ok());
        QCOMPARE(second->blobsStored, 0);
        QCOMPARE(second->blobsAlreadyPresent, 2);
        QCOMPARE(count("SELECT COUNT(*) FROM evidence_blobs"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM marks"), 2);   // linked twice
        QCOMPARE(count("SELECT COUNT(*) FROM persons"), 1); // the same force's same person is one record
    }

    void crossForceRecordsAreLinkedAndNearMatchesProposed()
    {
        SqlCipherIntakeRepository intake(m_db->sql());
        auto commit = [&](const QString &ref, const Person &p) {
            return intake.commit(plan(QUuid::createUuid().toString(QUuid::WithoutBraces), ref, ref.toUtf8(), p),
                                 QStringLiteral("u"), *m_audit, {true});
        };
        QVERIFY(commit(QStringLiteral("WYP/2026/000010"),
                       person(QStringLiteral("Barraclough"), QStringLiteral("Craig"), QDate(1990, 5, 14),
                              QStringLiteral("WYP"), QStringLiteral("90/334455K")))
                    .ok());
        auto syp = commit(QStringLiteral("SYP/2026/000011"),
                          person(QStringLiteral("Barraclough"), QStringLiteral("Craig"), QDate(1990, 5, 14),
                                 QStringLiteral("SYP"), QStringLiteral("90/334455K")));
        QVERIFY(syp.ok());
        QCOMPARE(syp->personsLinked, 1);
        QVERIFY(syp->proposals.isEmpty());
        QCOMPARE(count("SELECT COUNT(*) FROM persons"), 2); // each force keeps its record ...
        QCOMPARE(count("SELECT COUNT(*) FROM person_links WHERE status = 'linked' AND kind = 'same-identifier'"),
                 1); // ... linked
        QVERIFY(commit(QStringLiteral("NWP/2026/000012"), person(QStringLiteral("Hughes"), QStringLiteral("Siân"),
                                                                 QDate(1984, 3, 2), QStringLiteral("NWP")))
                    .ok());
        auto wyp = commit(QStringLiteral("WYP/2026/000013"), person(QStringLiteral("Hughs"), QStringLiteral("Sian"),
                                                                    QDate(1984, 2, 3), QStringLiteral("WYP")));
        QVERIFY(wyp.ok());
        QCOMPARE(wyp->proposals.size(), 1);
        QCOMPARE(wyp->personsLinked, 0);
        const auto proposed = intake.personLinks(QStringLiteral("proposed")).value();
        QCOMPARE(proposed.size(), 1);
        QVERIFY(proposed.first().reasons.join(QLatin1Char(' ')).contains(QStringLiteral("typing slip")));
        QVERIFY(intake.decidePersonLink(proposed.first().id, false, QStringLiteral("officer"), *m_audit).ok());
        QCOMPARE(intake.personLinks(QStringLiteral("rejected")).value().size(), 1);
        QCOMPARE(intake.decidePersonLink(proposed.first().id, true, QStringLiteral("officer"), *m_audit).error().code(),
                 ErrorCode::Conflict);
    }

    void signaturesAreChecked()
    {
        SqlCipherIntakeRepository intake(m_db->sql());
        unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        const Person p =
            person(QStringLiteral("Roberts"), QStringLiteral("Dafydd"), QDate(1969, 8, 8), QStringLiteral("NWP"));
        ImportPlan signedPlan =
            plan(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("NWP/2026/002406"), "x", p);
        QByteArray sig(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(signedPlan.manifestJson.constData()),
                             quint64(signedPlan.manifestJson.size()), sk);
        signedPlan.signature = sig;
        // Unknown device: refused, nothing written.
        auto unknown = intake.commit(signedPlan, QStringLiteral("u"), *m_audit, {false});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message().contains(QStringLiteral("not registered")),
                 qPrintable(unknown.error().message()));
        QCOMPARE(count("SELECT COUNT(*) FROM cases"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM evidence_blobs"), 0);
        QVERIFY(intake
                    .registerDevice({QStringLiteral("WYP-CSI-0042"),
                                     QStringLiteral("WYP"),
                                     QByteArray(reinterpret_cast<const char *>(pk), sizeof pk),
                                     QStringLiteral("admin"),
                                     {},
                                     true})
                    .ok());
        // Altered manifest: refused.
        ImportPlan altered = signedPlan;
        altered.manifestJson.append(' ');
        auto bad = intake.commit(altered, QStringLiteral("u"), *m_audit, {false});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message().contains(QStringLiteral("does not verify")));
        // Unsigned while the policy wants signatures: refused.
        ImportPlan unsignedPlan = signedPlan;
        unsignedPlan.signature.reset();
        QVERIFY(intake.commit(unsignedPlan, QStringLiteral("u"), *m_audit, {false})
                    .error()
                    .message()
                    .contains(QStringLiteral("not signed")));
        QCOMPARE(count("SELECT COUNT(*) FROM cases"), 0);
        // Good signature from the registered device: filed.
        QVERIFY(intake.commit(signedPlan, QStringLiteral("u"), *m_audit, {false}).ok());
        QCOMPARE(count("SELECT COUNT(*) FROM cases"), 1);
    }

    void aFailureHalfwayLeavesNothing()
    {
        SqlCipherIntakeRepository intake(m_db->sql());
        const Person p =
            person(QStringLiteral("Staniforth"), QStringLiteral("Lee"), QDate(1987, 1, 30), QStringLiteral("NWP"));
        ImportPlan broken =
            plan(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("NWP/2026/002318"), "y", p);
        broken.blobs.first().sha256 = sha("something else"); // the store will hash to a different address
        auto outcome = intake.commit(broken, QStringLiteral("u"), *m_audit, {true});
        QVERIFY(!outcome.ok());
        for (const char *table : {"cases", "marks", "persons", "evidence_blobs", "evidence_chunks", "documents",
                                  "transmissions", "search_index"})
            QCOMPARE(m_db->sql().queryInt((QByteArray("SELECT COUNT(*) FROM ") + table).constData()).value(), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'create'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherIntakeRepository)
#include "tst_sqlcipherintakerepository.moc"
