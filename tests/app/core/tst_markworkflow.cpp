// The ACE-V state machine of a mark (issue 7, first step): the order of the stages, who may take
// each step, and the records each step needs.
#include "app/core/markworkflow.h"

#include <QTest>

using namespace ridgeline;
using S = MarkState;

namespace {

WorkflowFacts examiner(const QString &name = QStringLiteral("aokafor"))
{
    WorkflowFacts f;
    f.actor = name;
    f.role = Role::Examiner;
    f.examiner = QStringLiteral("aokafor");
    return f;
}

} // namespace

class TestMarkWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theHappyPathRunsInOrder()
    {
        WorkflowFacts f = examiner();
        f.examiner.clear(); // nobody has taken the mark yet: the first examiner does
        QVERIFY(checkMarkTransition(S::Received, S::Analysis, f));
        f.examiner = QStringLiteral("aokafor");
        f.analysisCommitted = true;
        QVERIFY(checkMarkTransition(S::Analysis, S::AnalysisCommitted, f));
        QVERIFY(checkMarkTransition(S::AnalysisCommitted, S::Comparison, f));
        QVERIFY(checkMarkTransition(S::Comparison, S::Evaluation, f));
        f.conclusionRecorded = true;
        QVERIFY(checkMarkTransition(S::Evaluation, S::Verification, f));
        WorkflowFacts v = f;
        v.actor = v.verifier = QStringLiteral("gprys");
        v.verificationRecorded = true;
        QVERIFY(checkMarkTransition(S::Verification, S::TechnicalReview, v));
        WorkflowFacts s = v;
        s.actor = QStringLiteral("mcollins");
        s.role = Role::Supervisor;
        QVERIFY(checkMarkTransition(S::TechnicalReview, S::SignedOff, s));
        QVERIFY(checkMarkTransition(S::SignedOff, S::Closed, s));
        QCOMPARE(nextMarkStates(S::Verification), (QList<MarkState>{S::TechnicalReview, S::Conflict}));
    }

    void noSkippingAndNoStepsBackWithoutAReason()
    {
        WorkflowFacts f = examiner();
        f.analysisCommitted = f.conclusionRecorded = true;
        const Status skip = checkMarkTransition(S::Analysis, S::Comparison, f); // sequestration: analysis first
        QVERIFY(!skip);
        QCOMPARE(skip.error().code(), ErrorCode::PermissionDenied);
        QVERIFY2(skip.error().message().contains(QStringLiteral("no such step")), qPrintable(skip.error().message()));
        QVERIFY(!checkMarkTransition(S::Closed, S::Analysis, f));
        WorkflowFacts s;
        s.actor = QStringLiteral("mcollins");
        s.role = Role::Supervisor;
        const Status reopen = checkMarkTransition(S::SignedOff, S::TechnicalReview, s);
        QVERIFY(!reopen);
        QVERIFY(reopen.error().message().contains(QStringLiteral("reason")));
        s.reason = QStringLiteral("exemplar re-scanned at 1000 ppi");
        QVERIFY(checkMarkTransition(S::SignedOff, S::TechnicalReview, s));
    }

    void onlyTheAssignedExaminerExaminesAndNeedsTheRecords()
    {
        WorkflowFacts other = examiner(QStringLiteral("gprys"));
        other.analysisCommitted = true;
        const Status refused = checkMarkTransition(S::Analysis, S::AnalysisCommitted, other);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(refused.error().message().contains(QStringLiteral("assigned to aokafor")));
        WorkflowFacts f = examiner();
        QVERIFY(!checkMarkTransition(S::Analysis, S::AnalysisCommitted, f)); // nothing committed yet
        QVERIFY(!checkMarkTransition(S::Evaluation, S::Verification, f));    // no conclusion yet
        WorkflowFacts officer = examiner(QStringLiteral("dhartley"));
        officer.role = Role::CaseOfficer;
        const Status byRole = checkMarkTransition(S::Received, S::Analysis, officer);
        QCOMPARE(byRole.error().code(), ErrorCode::PermissionDenied);
    }

    void nobodyVerifiesOrSignsOffTheirOwnExamination()
    {
        WorkflowFacts f = examiner();
        f.analysisCommitted = f.conclusionRecorded = f.verificationRecorded = true;
        const Status self = checkMarkTransition(S::Verification, S::TechnicalReview, f);
        QCOMPARE(self.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(self.error().message().contains(QStringLiteral("own examination")));
        f.reason = QStringLiteral("disagree");
        QCOMPARE(checkMarkTransition(S::Verification, S::Conflict, f).error().code(), ErrorCode::PermissionDenied);
        WorkflowFacts s = f;
        s.role = Role::Supervisor; // a supervisor account of the examiner's name: still the examiner
        QCOMPARE(checkMarkTransition(S::TechnicalReview, S::SignedOff, s).error().code(), ErrorCode::PermissionDenied);
        s.actor = QStringLiteral("gprys");
        s.verifier = QStringLiteral("gprys");
        QCOMPARE(checkMarkTransition(S::TechnicalReview, S::SignedOff, s).error().code(), ErrorCode::PermissionDenied);
        s.actor = QStringLiteral("mcollins");
        QVERIFY(checkMarkTransition(S::TechnicalReview, S::SignedOff, s));
        s.verificationRecorded = false; // neither verified nor exempted
        QCOMPARE(checkMarkTransition(S::TechnicalReview, S::SignedOff, s).error().code(), ErrorCode::PermissionDenied);
        s.verificationExempt = true;
        QVERIFY(checkMarkTransition(S::TechnicalReview, S::SignedOff, s));
    }

    void aConflictNeedsAResolutionRecord()
    {
        WorkflowFacts s;
        s.actor = QStringLiteral("mcollins");
        s.role = Role::Supervisor;
        s.examiner = QStringLiteral("aokafor");
        s.reason = QStringLiteral("both examiners re-examined the core area");
        QVERIFY(checkMarkTransition(S::Conflict, S::Resolution, s));
        QCOMPARE(checkMarkTransition(S::Resolution, S::TechnicalReview, s).error().code(), ErrorCode::PermissionDenied);
        s.conflictResolved = true;
        QVERIFY(checkMarkTransition(S::Resolution, S::TechnicalReview, s));
    }
};

QTEST_GUILESS_MAIN(TestMarkWorkflow)
#include "tst_markworkflow.moc"
