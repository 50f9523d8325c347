// Listing a case's exemplar impressions for the exemplar chooser (issue 6) on a real encrypted
// workspace: a package with two persons' tenprint impressions is imported through intake; the
// listing names each impression's person, finger, size and original, in card order, only for the
// persons of the case, once per person, without reading evidence; a role without ViewCase is
// refused (audited) and a case with no persons lists nothing.
#include "app/services/importservice.h"
#include "app/storage/sqlcipherauditlog.h"
#include "searchtestpackage.h"
#include "searchworkspace.h"
#include "workspacetestsupport.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QByteArray kAdminPass = SearchWorkspace::adminPass;
const QByteArray kExaminerPass = SearchWorkspace::examinerPass;
const QByteArray kOfficerPass = SearchWorkspace::officerPass;

int eventsOf(LocalWorkspaceSession &s, const QString &action, AuditOutcome outcome, const QString &objectId = {})
{
    auto events = static_cast<storage::SqlCipherAuditLog &>(s.audit()).events();
    if (!events)
        return -1;
    return int(std::count_if(events->cbegin(), events->cend(), [&](const AuditEvent &e) {
        return e.action == action && e.outcome == outcome && (objectId.isEmpty() || e.objectId == objectId);
    }));
}

} // namespace

class TestExemplarImpressions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    CaseId m_case;
    // What the package held, per exhibit reference: the original's SHA-256 and size.
    QHash<QString, std::pair<QByteArray, QSize>> m_files;

    std::unique_ptr<LocalWorkspaceSession> as(const QString &user, const QByteArray &pass)
    {
        auto session = LocalWorkspaceSession::open(m_db, user, pass, fastOptions());
        if (!session)
            qWarning() << session.error().message();
        return session ? std::move(*session) : nullptr;
    }

    CaseId newCase(LocalWorkspaceSession &officer, int number)
    {
        CaseRecord c;
        c.reference = CaseReference(QStringLiteral("WYP"), 2026, number);
        c.force = QStringLiteral("West Yorkshire Police");
        c.offence = QStringLiteral("Theft from motor vehicle");
        auto created = officer.cases().saveCase(c);
        if (!created)
            qWarning() << created.error().message();
        return created ? created->id : CaseId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const SearchWorkspace ws = makeSearchWorkspace(m_dir.filePath(QStringLiteral("cards.ridgeline")),
                                                       m_dir.filePath(QStringLiteral("inbox/pkg")));
        QVERIFY2(ws.error.isEmpty(), qPrintable(ws.error));
        QCOMPARE(ws.impressions, 6);
        m_db = ws.path;
        m_case = ws.caseId;

        for (int finger = 1; finger <= 3; ++finger) {
            for (const auto &[exhibit, seed] :
                 {std::pair{QStringLiteral("TA/%1"), 100}, std::pair{QStringLiteral("TB/%1"), 200}}) {
                const QByteArray png = impressionPng(quint64(seed + finger), finger, 0);
                m_files.insert(exhibit.arg(finger), {QCryptographicHash::hash(png, QCryptographicHash::Sha256),
                                                     QImage::fromData(png).size()});
            }
        }
    }

    // Card order: Ackroyd's right thumb, index, middle, then Brook's; every field as filed.
    void listsTheImpressionsOfTheCasePersonsInCardOrder()
    {
        auto examiner = as(QStringLiteral("examiner"), kExaminerPass);
        QVERIFY(examiner);
        const int readsBefore = eventsOf(*examiner, QStringLiteral("read-evidence"), AuditOutcome::Success);
        auto listed = examiner->exemplarImpressionsOfCase(m_case);
        QVERIFY2(listed, qPrintable(errorTextOf(listed)));
        QCOMPARE(listed->size(), 6);
        const QStringList names{QStringLiteral("ACKROYD, Margaret"), QStringLiteral("BROOK, Samuel")};
        for (int i = 0; i < 6; ++i) {
            const ExemplarImpressionRecord &r = listed->at(i);
            const int finger = i % 3 + 1;
            const QString exhibit =
                QStringLiteral("%1/%2").arg(i < 3 ? QStringLiteral("TA") : QStringLiteral("TB")).arg(finger);
            QCOMPARE(r.personName, names.at(i / 3));
            QCOMPARE(r.fingerPosition, finger);
            QCOMPARE(r.exhibitReference, exhibit);
            QVERIFY(r.rolled);
            QCOMPARE(r.ppi, 500.0);
            QCOMPARE(r.originalSha256, m_files.value(exhibit).first);
            QCOMPARE(r.size, m_files.value(exhibit).second);
            QVERIFY(!r.id.isNull());
            QCOMPARE(r.person, listed->at(i / 3 * 3).person);
        }
        QVERIFY(listed->at(0).person != listed->at(3).person);
        // A listing, not a read of evidence.
        QCOMPARE(eventsOf(*examiner, QStringLiteral("read-evidence"), AuditOutcome::Success), readsBefore);
        QVERIFY(examiner->logout());
    }

    // Another case with only Brook, linked twice (suspect and witness): Brook's three impressions,
    // each once; a case with nobody linked lists nothing.
    void listsOnlyTheCasesOwnPersonsOnce()
    {
        auto officer = as(QStringLiteral("officer"), kOfficerPass);
        QVERIFY(officer);
        auto all = officer->exemplarImpressionsOfCase(m_case);
        QVERIFY(all);
        const PersonId brook = all->at(3).person;
        const CaseId other = newCase(*officer, 8101);
        QVERIFY(!other.isNull());
        QVERIFY(officer->caseStore().linkPerson(other, brook, PersonRole::Suspect));
        QVERIFY(officer->caseStore().linkPerson(other, brook, PersonRole::Witness));
        auto listed = officer->exemplarImpressionsOfCase(other);
        QVERIFY2(listed, qPrintable(errorTextOf(listed)));
        QCOMPARE(listed->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(listed->at(i).person, brook);
            QCOMPARE(listed->at(i).fingerPosition, i + 1);
        }

        const CaseId empty = newCase(*officer, 8102);
        QVERIFY(!empty.isNull());
        auto none = officer->exemplarImpressionsOfCase(empty);
        QVERIFY2(none, qPrintable(errorTextOf(none)));
        QVERIFY(none->isEmpty());
        QVERIFY(officer->logout());
    }

    // The administrator may not view cases: refused, and the refusal is in the audit trail.
    void aRoleWithoutViewCaseIsRefused()
    {
        auto admin = as(QStringLiteral("admin"), kAdminPass);
        QVERIFY(admin);
        const int before = eventsOf(*admin, QStringLiteral("view-case"), AuditOutcome::Refused, m_case.toString());
        auto listed = admin->exemplarImpressionsOfCase(m_case);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(eventsOf(*admin, QStringLiteral("view-case"), AuditOutcome::Refused, m_case.toString()), before + 1);
        QVERIFY(admin->logout());
    }

private:
    template<class T> static QString errorTextOf(const Result<T> &r) { return r ? QString() : r.error().message(); }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QImage decoding of the package's PNGs
    TestExemplarImpressions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exemplarimpressions.moc"
