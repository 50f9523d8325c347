// The records behind the supervisor's dashboard (issue 8), read from a real encrypted workspace
// after real casework steps: a mark identified, verified and signed off, another untouched; an
// exemplar search's top score labelled mated by the identification against that finger. Only a
// supervisor may read it; the read and a refusal are both in the audit trail.
#include "app/storage/sqlcipherauditlog.h"
#include "caseworkworkspace.h"
#include "workspacetestsupport.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().message()));                                                             \
    } while (false)

int eventsOf(LocalWorkspaceSession &s, const QString &action, AuditOutcome outcome)
{
    auto events = static_cast<storage::SqlCipherAuditLog &>(s.audit()).events();
    if (!events)
        return -1;
    return int(std::count_if(events->cbegin(), events->cend(),
                             [&](const AuditEvent &e) { return e.action == action && e.outcome == outcome; }));
}

} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supervisorReadsEveryRecordOnce()
    {
        QTemporaryDir dir;
        const CaseworkWorkspace ws =
            makeCaseworkWorkspace(dir.filePath(QStringLiteral("ws.rlw")), dir.filePath(QStringLiteral("pkg")), 2);
        QVERIFY2(ws.error.isEmpty(), qPrintable(ws.error));
        CaseworkSessions as(ws.path);
        LocalWorkspaceSession *examiner = as.as(QStringLiteral("examiner"));
        LocalWorkspaceSession *verifier = as.as(QStringLiteral("verifier"));
        LocalWorkspaceSession *supervisor = as.as(QStringLiteral("supervisor"));
        QVERIFY(examiner && verifier && supervisor);
        const MarkId mark = ws.marks[0];
        const ConclusionInput identified{ConclusionKind::Identification, QStringLiteral("12 points in sequence"),
                                         ws.exemplars[0]};

        auto work = examiner->startAnalysis(mark, examiner->markCasework(mark)->version);
        REQUIRE_OK(work);
        work = examiner->commitAnalysis(mark, AnalysisInput{}, work->version);
        REQUIRE_OK(work);
        work = examiner->beginComparison(mark, work->version);
        REQUIRE_OK(work);
        work = examiner->recordConclusion(mark, identified, work->version);
        REQUIRE_OK(work);
        work = examiner->submitForVerification(mark, work->version);
        REQUIRE_OK(work);
        work = verifier->recordVerification(mark, identified, verifier->markCasework(mark)->version);
        REQUIRE_OK(work);
        QCOMPARE(work->mark.state, MarkState::TechnicalReview);
        auto signedOff = supervisor->signOffCase(ws.caseId, {mark}, {{mark.toString(), work->version}},
                                                 CaseworkWorkspace::passOf(QStringLiteral("supervisor")));
        REQUIRE_OK(signedOff);

        // What an exemplar search of each mark records (ExemplarSearch::run): its top candidate.
        auto impressions = supervisor->exemplarImpressionsOfCase(ws.caseId);
        REQUIRE_OK(impressions);
        const auto first = std::find_if(impressions->cbegin(), impressions->cend(),
                                        [&](const auto &r) { return r.id.toString() == ws.exemplars[0]; });
        QVERIFY(first != impressions->cend());
        const QString top = QStringLiteral("compared=4; candidates=4; top=%1 finger %2 score %3")
                                .arg(first->person.toString())
                                .arg(first->fingerPosition)
                                .arg(63.5, 0, 'f', 1);
        QVERIFY(examiner->recordEvent(QStringLiteral("exemplar-search"), QStringLiteral("mark"), mark.toString(),
                                      AuditOutcome::Success, top));
        QVERIFY(examiner->recordEvent(QStringLiteral("exemplar-search"), QStringLiteral("mark"), ws.marks[1].toString(),
                                      AuditOutcome::Success, top));

        auto data = supervisor->dashboardData();
        REQUIRE_OK(data);
        QCOMPARE(data->cases.size(), 1);
        QCOMPARE(data->cases[0].id, ws.caseId);
        QCOMPARE(data->marks.size(), 2);
        const auto found = std::find_if(data->marks.cbegin(), data->marks.cend(),
                                        [&](const DashboardMark &m) { return m.id == mark; });
        QVERIFY(found != data->marks.cend());
        QCOMPARE(found->state, MarkState::SignedOff);
        QCOMPARE(found->examiner, QStringLiteral("examiner"));
        QCOMPARE(found->conclusions.size(), 2);
        QCOMPARE(found->conclusions[1].stage, ConclusionStage::Verification);
        QCOMPARE(found->conclusions[1].examiner, QStringLiteral("verifier"));
        QCOMPARE(found->signOffs.size(), 1);
        QVERIFY(found->signOffs[0].inForce);
        QCOMPARE(found->history.last().to, MarkState::SignedOff);
        QVERIFY(found->history.size() >= 6);
        QVERIFY(found->receivedUtc.isValid());
        // Only the identified mark's search has a known ground truth.
        QCOMPARE(data->scores.size(), 1);
        QCOMPARE(data->scores[0].markId, mark);
        QVERIFY(data->scores[0].mated);
        QCOMPARE(data->scores[0].score, 63.5);
        QCOMPARE(eventsOf(*supervisor, QStringLiteral("view-dashboard"), AuditOutcome::Success), 1);

        auto refused = examiner->dashboardData();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(eventsOf(*supervisor, QStringLiteral("view-dashboard"), AuditOutcome::Refused), 1);
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
