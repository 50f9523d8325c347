// ACE-V casework through the session on a real encrypted workspace (issue 7): a latent mark goes
// from received to signed off through three users (examiner, verifier, supervisor), with the
// sequestration of exemplar material during the analysis (refused and audited at the service
// layer), blind verification, a conflict and its resolution, version conflicts and idempotent
// retries, the supervisor's Ed25519 sign-off over the canonical case revision, a later change
// voiding it, and tampering with a signed record found by verify.
#include "app/services/exemplarsearch.h"
#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/sqlitedatabase.h"
#include "searchworkspace.h"
#include "workspacetestsupport.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

const QByteArray kVerifierPass = "verifier second pair of eyes";
const QByteArray kSupervisorPass = "supervisor signs with care";

int eventsOf(LocalWorkspaceSession &s, const QString &action, AuditOutcome outcome)
{
    auto events = static_cast<storage::SqlCipherAuditLog &>(s.audit()).events();
    if (!events)
        return -1;
    return int(std::count_if(events->cbegin(), events->cend(),
                             [&](const AuditEvent &e) { return e.action == action && e.outcome == outcome; }));
}

// Fails the test with the error's message when a call did not succeed.
#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().message()));                                                             \
    } while (false)

const QByteArray kMarkup = R"({"format":"ridgeline-markup","version":1})";

} // namespace

class TestCasework : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SearchWorkspace m_ws;
    MarkId m_mark;
    QString m_exemplar; // an impression of the case's person

    std::unique_ptr<LocalWorkspaceSession> as(const QString &user, const QByteArray &pass)
    {
        auto session = LocalWorkspaceSession::open(m_ws.path, user, pass, fastOptions());
        if (!session)
            qWarning() << session.error().message();
        return session ? std::move(*session) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = makeSearchWorkspace(m_dir.filePath(QStringLiteral("ws.rlw")), m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        auto admin = as(QStringLiteral("admin"), SearchWorkspace::adminPass);
        QVERIFY(admin);
        QVERIFY(admin->addUser(QStringLiteral("verifier"), QStringLiteral("Gwen Prys"), Role::Examiner, kVerifierPass));
        QVERIFY(admin->addUser(QStringLiteral("supervisor"), QStringLiteral("Margaret Collins"), Role::Supervisor,
                               kSupervisorPass));
        QVERIFY(admin->logout());
        auto officer = as(QStringLiteral("officer"), SearchWorkspace::officerPass);
        QVERIFY(officer);
        auto marks = officer->caseStore().marksOfCase(m_ws.caseId);
        QVERIFY(marks && !marks->isEmpty());
        m_mark = marks->first().id;
        auto impressions = officer->exemplarImpressionsOfCase(m_ws.caseId);
        QVERIFY(impressions && !impressions->isEmpty());
        m_exemplar = impressions->first().id.toString();
        QVERIFY(officer->logout());
    }

    // The whole path, with every rule on the way.
    void receivedToSignedOff()
    {
        auto examiner = as(QStringLiteral("examiner"), SearchWorkspace::examinerPass);
        QVERIFY(examiner);
        auto work = examiner->markCasework(m_mark);
        REQUIRE_OK(work);
        QCOMPARE(work->mark.state, MarkState::Received);

        // Committing an analysis that was never started is not a step of the workflow.
        auto skipped = examiner->commitAnalysis(m_mark, AnalysisInput{}, work->version);
        QVERIFY(!skipped);
        QCOMPARE(skipped.error().code(), ErrorCode::PermissionDenied);

        const int received = work->version;
        work = examiner->startAnalysis(m_mark, work->version);
        REQUIRE_OK(work);
        // A second workstation taking the same step on the version it read: refused, both named.
        {
            auto other = as(QStringLiteral("verifier"), kVerifierPass);
            QVERIFY(other);
            auto late = other->startAnalysis(m_mark, received);
            QVERIFY(!late);
            QCOMPARE(late.error().code(), ErrorCode::Conflict);
            QVERIFY2(late.error().message().contains(QStringLiteral("by examiner")),
                     qPrintable(late.error().message()));
            QVERIFY(other->logout());
        }
        // The examiner's own retry of the step is answered with the record, not a conflict.
        auto retriedStart = examiner->startAnalysis(m_mark, received);
        REQUIRE_OK(retriedStart);
        QCOMPARE(retriedStart->version, work->version);
        QCOMPARE(work->mark.state, MarkState::Analysis);
        QCOMPARE(work->examiner, QStringLiteral("examiner"));

        // Sequestration, at the service layer: every kind of exemplar material refused and audited.
        const int before = eventsOf(*examiner, QStringLiteral("sequestration"), AuditOutcome::Refused);
        auto listing = examiner->exemplarImpressionsOfCase(m_ws.caseId);
        QVERIFY(!listing);
        QCOMPARE(listing.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(listing.error().message().contains(work->mark.exhibitReference));
        QVERIFY(!examiner->exemplarCountsOfCase(m_ws.caseId));
        QVERIFY(!examiner->cases().personsOfCase(m_ws.caseId));
        auto impressions = LocalWorkspaceSession::open(m_ws.path, QStringLiteral("officer"),
                                                       SearchWorkspace::officerPass, fastOptions());
        QVERIFY(impressions);
        auto listed = (*impressions)->exemplarImpressionsOfCase(m_ws.caseId);
        QVERIFY(listed && !listed->isEmpty());
        QVERIFY((*impressions)->logout());
        auto image = examiner->readOriginal(listed->first().originalSha256, QStringLiteral("exemplar"),
                                            listed->first().id.toString());
        QVERIFY(!image);
        QCOMPARE(image.error().code(), ErrorCode::PermissionDenied);
        auto candidates = ExemplarSearch(*examiner).searchMark(work->mark, ExemplarSearchOptions{});
        QVERIFY(!candidates);
        QCOMPARE(candidates.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(eventsOf(*examiner, QStringLiteral("sequestration"), AuditOutcome::Refused), before + 5);

        // The analysis: the examiner's markup draft becomes the snapshot.
        QVERIFY(examiner->saveMarkupDraft(m_mark, 0, kMarkup));
        AnalysisInput analysis;
        analysis.value = ValueDecision::OfValueForIdentification;
        analysis.substrate = QStringLiteral("glass, smooth, non-porous");
        analysis.developmentMethod = QStringLiteral("aluminium powder, lifted");
        analysis.distortionNotes = QStringLiteral("slight lateral slippage at the tip");
        work = examiner->commitAnalysis(m_mark, analysis, work->version);
        REQUIRE_OK(work);
        QCOMPARE(work->mark.state, MarkState::AnalysisCommitted);
        QVERIFY(work->analysis);
        QCOMPARE(work->analysis->input.substrate, analysis.substrate);
        QCOMPARE(work->analysis->markupRevision, 1);
        QCOMPARE(work->analysis->markupJson, kMarkup);
        QCOMPARE(work->analysis->snapshotSha256.size(), 32);
        QVERIFY(!work->analysis->exposedBeforeUtc.isValid());
        // Retrying the same commit (a lost answer) is not a second analysis.
        auto retried = examiner->commitAnalysis(m_mark, analysis, work->version - 1);
        REQUIRE_OK(retried);
        QCOMPARE(retried->version, work->version);

        // Exemplars open once the analysis is committed.
        QVERIFY(examiner->exemplarImpressionsOfCase(m_ws.caseId));
        work = examiner->beginComparison(m_mark, work->version);
        REQUIRE_OK(work);
        QVERIFY(work->firstExposureUtc.isValid());

        ConclusionInput noBasis{ConclusionKind::Identification, {}, m_exemplar};
        QCOMPARE(examiner->recordConclusion(m_mark, noBasis, work->version).error().code(), ErrorCode::BadInput);
        ConclusionInput identification{ConclusionKind::Identification,
                                       QStringLiteral("12 corresponding minutiae in agreement, no discrepancy"),
                                       m_exemplar};
        work = examiner->recordConclusion(m_mark, identification, work->version);
        REQUIRE_OK(work);
        QCOMPARE(work->mark.state, MarkState::Evaluation);
        // Nobody verifies their own examination, even with the state right.
        work = examiner->submitForVerification(m_mark, work->version);
        REQUIRE_OK(work);
        auto own = examiner->recordVerification(m_mark, identification, work->version);
        QVERIFY(!own);
        QCOMPARE(own.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(examiner->logout());

        // Blind verification: the verifier sees none of the first examination.
        auto verifier = as(QStringLiteral("verifier"), kVerifierPass);
        QVERIFY(verifier);
        auto blind = verifier->markCasework(m_mark);
        QVERIFY(blind);
        QVERIFY(blind->conclusions.isEmpty());
        QVERIFY(blind->analysis && blind->analysis->markupJson.isEmpty() && blind->analysis->input.substrate.isEmpty());
        QVERIFY(!blind->withheld.isEmpty());
        auto peek = verifier->markupRevision(m_mark, 0);
        QVERIFY(!peek);
        QCOMPARE(peek.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(!verifier->markupRevisions(m_mark));
        ConclusionInput inconclusive{ConclusionKind::Inconclusive, QStringLiteral("too little clear detail"), {}};
        auto verified = verifier->recordVerification(m_mark, inconclusive, blind->version);
        REQUIRE_OK(verified);
        QCOMPARE(verified->mark.state, MarkState::Conflict);
        QCOMPARE(verified->conclusions.size(), 2); // now both are open to the verifier
        REQUIRE_OK(verifier->markupRevision(m_mark, 0));
        QVERIFY(verified->conclusions.last().blind);

        // A supervisor cannot sign off a mark in conflict.
        auto supervisor = as(QStringLiteral("supervisor"), kSupervisorPass);
        QVERIFY(supervisor);
        auto early =
            supervisor->signOffCase(m_ws.caseId, {m_mark}, {{m_mark.toString(), verified->version}}, kSupervisorPass);
        QVERIFY(!early);
        // The verifier may not resolve their own conflict; the supervisor does.
        auto selfResolved = verifier->resolveConflict(m_mark, QStringLiteral("x"), QStringLiteral("y"), identification,
                                                      verified->version);
        QVERIFY(!selfResolved);
        QVERIFY(verifier->logout());
        auto resolved = supervisor->resolveConflict(
            m_mark, QStringLiteral("the mark and the left thumb at 10x, ridge by ridge"),
            QStringLiteral("the verifier agrees after re-examination: identification stands"), identification,
            verified->version);
        REQUIRE_OK(resolved);
        QCOMPARE(resolved->mark.state, MarkState::TechnicalReview);
        QVERIFY(resolved->resolution);

        // The review queue lists it; a wrong passphrase signs nothing.
        auto queue = supervisor->caseworkQueue(CaseworkQueue::ReviewQueue);
        QVERIFY(queue);
        QVERIFY(std::any_of(queue->cbegin(), queue->cend(),
                            [&](const CaseworkQueueEntry &e) { return e.markId == m_mark; }));
        const QHash<QString, int> versions{{m_mark.toString(), resolved->version}};
        auto wrong = supervisor->signOffCase(m_ws.caseId, {m_mark}, versions, "not the passphrase");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::AuthenticationFailed);
        auto signedOff = supervisor->signOffCase(m_ws.caseId, {m_mark}, versions, kSupervisorPass);
        REQUIRE_OK(signedOff);
        QCOMPARE(signedOff->revision, 1);
        QCOMPARE(signedOff->signature.size(), 64);
        const QJsonObject doc = QJsonDocument::fromJson(signedOff->document).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("ridgeline-case-revision"));
        QCOMPARE(supervisor->markCasework(m_mark)->mark.state, MarkState::SignedOff);
        auto report = supervisor->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->signOffsChecked, 1);
        QVERIFY(supervisor->logout());

        // A later change by the examiner voids the sign-off and makes a new revision necessary.
        examiner = as(QStringLiteral("examiner"), SearchWorkspace::examinerPass);
        QVERIFY(examiner);
        QVERIFY(examiner->saveMarkupDraft(m_mark, 1, R"({"format":"ridgeline-markup","version":1,"x":1})"));
        QVERIFY(examiner->commitMarkup(m_mark));
        QCOMPARE(examiner->markCasework(m_mark)->mark.state, MarkState::TechnicalReview);
        auto list = examiner->signOffs(m_ws.caseId);
        QVERIFY(list && list->size() == 1);
        QVERIFY(!list->first().inForce());
        QVERIFY(list->first().voidReason.contains(QStringLiteral("markup revision 2")));
        QVERIFY(examiner->logout());

        supervisor = as(QStringLiteral("supervisor"), kSupervisorPass);
        QVERIFY(supervisor);
        auto again = supervisor->markCasework(m_mark);
        auto second =
            supervisor->signOffCase(m_ws.caseId, {m_mark}, {{m_mark.toString(), again->version}}, kSupervisorPass);
        REQUIRE_OK(second);
        QCOMPARE(second->revision, 2);
        QCOMPARE(second->publicKey, signedOff->publicKey); // the same supervisor's key
        report = supervisor->verify();
        REQUIRE_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->signOffsChecked, 2);

        // Tampering behind the program's back: a conclusion of the signed mark rewritten in SQL.
        storage::SqliteDatabase &db = supervisor->database().sql();
        QVERIFY(db.exec("DROP TRIGGER mark_conclusions_no_update"));
        QVERIFY(db.exec("UPDATE mark_conclusions SET conclusion = 'exclusion' WHERE stage = 'evaluation'"));
        report = supervisor->verify();
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("no longer match")));
        // And a signed document altered in place.
        QVERIFY(db.exec("DROP TRIGGER case_signoffs_frozen"));
        QVERIFY(db.exec("UPDATE case_signoffs SET document = CAST(replace(CAST(document AS TEXT), 'identification', "
                        "'exclusion') AS BLOB) WHERE revision = 1"));
        report = supervisor->verify();
        QVERIFY(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("altered after signing")));
        QVERIFY(supervisor->logout());
    }
};

QTEST_GUILESS_MAIN(TestCasework)
#include "tst_casework.moc"
