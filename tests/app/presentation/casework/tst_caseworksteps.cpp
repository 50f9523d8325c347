// Which ACE-V steps the casework panel offers on a mark and to whom (issue 7): the steps of the
// mark's stage only, enabled for the user the state machine lets take them, disabled with the
// reason otherwise; what the mark waits for when nothing is open to the user; what a conclusion
// still needs.
#include "app/presentation/casework/caseworksteps.h"

#include <QTest>

using namespace ridgeline;

namespace {

User user(const QString &name, Role role)
{
    User u;
    u.id = UserId::create();
    u.name = name;
    u.displayName = name;
    u.role = role;
    return u;
}

const User kOkafor = user(QStringLiteral("aokafor"), Role::Examiner);
const User kPrys = user(QStringLiteral("gprys"), Role::Examiner);
const User kHartley = user(QStringLiteral("dhartley"), Role::CaseOfficer);
const User kCollins = user(QStringLiteral("mcollins"), Role::Supervisor);

MarkCasework at(MarkState state, const QString &examiner = {}, const QString &verifier = {})
{
    MarkCasework c;
    c.mark.id = MarkId::create();
    c.mark.exhibitReference = QStringLiteral("JH/1");
    c.mark.state = state;
    c.examiner = examiner;
    c.verifier = verifier;
    c.version = 4;
    if (state != MarkState::Received && state != MarkState::Analysis) {
        AnalysisRecord a;
        a.examiner = examiner;
        a.input.value = ValueDecision::OfValueForIdentification;
        c.analysis = a;
    }
    const auto conclude = [&](ConclusionStage stage, const QString &who, ConclusionKind kind) {
        ConclusionRecord r;
        r.stage = stage;
        r.examiner = who;
        r.input.conclusion = kind;
        r.input.basis = QStringLiteral("agreement in sequence");
        c.conclusions.append(r);
    };
    if (state >= MarkState::Evaluation)
        conclude(ConclusionStage::Evaluation, examiner, ConclusionKind::Identification);
    if (state == MarkState::Conflict)
        conclude(ConclusionStage::Verification, verifier, ConclusionKind::Inconclusive);
    return c;
}

QList<CaseworkStep> offered(const MarkCasework &c, const User &u)
{
    QList<CaseworkStep> steps;
    for (CaseworkStep step : allCaseworkSteps())
        if (caseworkStepOffer(step, c, u).offered)
            steps << step;
    return steps;
}

} // namespace

class TestCaseworkSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachStageOffersItsOwnStep_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("step");
        QTest::newRow("received") << int(MarkState::Received) << int(CaseworkStep::StartAnalysis);
        QTest::newRow("analysis") << int(MarkState::Analysis) << int(CaseworkStep::CommitAnalysis);
        QTest::newRow("committed") << int(MarkState::AnalysisCommitted) << int(CaseworkStep::BeginComparison);
        QTest::newRow("comparison") << int(MarkState::Comparison) << int(CaseworkStep::RecordConclusion);
        QTest::newRow("evaluation") << int(MarkState::Evaluation) << int(CaseworkStep::SubmitForVerification);
        QTest::newRow("verification") << int(MarkState::Verification) << int(CaseworkStep::RecordVerification);
        QTest::newRow("conflict") << int(MarkState::Conflict) << int(CaseworkStep::ResolveConflict);
    }
    void eachStageOffersItsOwnStep()
    {
        QFETCH(int, state);
        QFETCH(int, step);
        const MarkCasework c = at(MarkState(state), QStringLiteral("aokafor"), QStringLiteral("gprys"));
        QCOMPARE(offered(c, kOkafor), QList<CaseworkStep>{CaseworkStep(step)});
    }

    void nothingIsOfferedAtReviewOrAfter()
    {
        for (MarkState state : {MarkState::TechnicalReview, MarkState::SignedOff, MarkState::Closed})
            QVERIFY(offered(at(state, QStringLiteral("aokafor")), kCollins).isEmpty());
    }

    void anyExaminerMayTakeAReceivedMarkNobodyHas()
    {
        const MarkCasework c = at(MarkState::Received);
        QVERIFY(caseworkStepOffer(CaseworkStep::StartAnalysis, c, kOkafor).enabled);
        QVERIFY(caseworkStepOffer(CaseworkStep::StartAnalysis, c, kPrys).enabled);
        // A case officer never examines: the step is not offered at all.
        QVERIFY(!caseworkStepOffer(CaseworkStep::StartAnalysis, c, kHartley).offered);
        QCOMPARE(caseworkWaitingText(c, kHartley), QStringLiteral("Waiting for an examiner to start the analysis."));
        QVERIFY(caseworkWaitingText(c, kOkafor).isEmpty());
    }

    void onlyTheAssignedExaminerExamines()
    {
        for (MarkState state :
             {MarkState::Analysis, MarkState::AnalysisCommitted, MarkState::Comparison, MarkState::Evaluation}) {
            const MarkCasework c = at(state, QStringLiteral("aokafor"));
            const CaseworkStep step = offered(c, kOkafor).constFirst();
            QVERIFY(caseworkStepOffer(step, c, kOkafor).enabled);
            const CaseworkStepOffer other = caseworkStepOffer(step, c, kPrys);
            QVERIFY(other.offered);
            QVERIFY(!other.enabled);
            QVERIFY2(other.why.contains(QStringLiteral("assigned to aokafor")), qPrintable(other.why));
            QCOMPARE(caseworkWaitingText(c, kPrys), QStringLiteral("Being examined by aokafor."));
        }
    }

    void aMarkOfNoValueIsNotCompared()
    {
        MarkCasework c = at(MarkState::AnalysisCommitted, QStringLiteral("aokafor"));
        c.analysis->input.value = ValueDecision::NoValue;
        const CaseworkStepOffer offer = caseworkStepOffer(CaseworkStep::BeginComparison, c, kOkafor);
        QVERIFY(offer.offered);
        QVERIFY(!offer.enabled);
        QVERIFY2(offer.why.contains(QStringLiteral("no value")), qPrintable(offer.why));
        QCOMPARE(caseworkWaitingText(c, kOkafor), QStringLiteral("Analysed as of no value by aokafor: not compared."));
    }

    void nobodyVerifiesTheirOwnExamination()
    {
        const MarkCasework c = at(MarkState::Verification, QStringLiteral("aokafor"));
        const CaseworkStepOffer own = caseworkStepOffer(CaseworkStep::RecordVerification, c, kOkafor);
        QVERIFY(!own.enabled);
        QVERIFY2(own.why.contains(QStringLiteral("nobody verifies their own examination")), qPrintable(own.why));
        QCOMPARE(caseworkWaitingText(c, kOkafor), QStringLiteral("Waiting for verification by a second examiner."));
        QVERIFY(caseworkStepOffer(CaseworkStep::RecordVerification, c, kPrys).enabled);
        QVERIFY(!caseworkStepOffer(CaseworkStep::RecordVerification, c, kCollins).offered); // a supervisor
    }

    void aConflictIsResolvedBySomeoneElse()
    {
        const MarkCasework c = at(MarkState::Conflict, QStringLiteral("aokafor"), QStringLiteral("gprys"));
        for (const User &u : {kOkafor, kPrys}) {
            const CaseworkStepOffer offer = caseworkStepOffer(CaseworkStep::ResolveConflict, c, u);
            QVERIFY(offer.offered);
            QVERIFY(!offer.enabled);
            QVERIFY(!offer.why.isEmpty());
        }
        QVERIFY(caseworkStepOffer(CaseworkStep::ResolveConflict, c, kCollins).enabled);
        QVERIFY(
            caseworkStepOffer(CaseworkStep::ResolveConflict, c, user(QStringLiteral("third"), Role::Examiner)).enabled);
        QVERIFY(!caseworkStepOffer(CaseworkStep::ResolveConflict, c, kHartley).offered);
    }

    // Whose view of the first examiner's analysis the session redacts (blind verification).
    void theAnalysisIsWithheldFromAVerifierUntilTheirOwnVerification()
    {
        MarkCasework c = at(MarkState::Verification, QStringLiteral("aokafor"));
        QVERIFY(caseworkAnalysisWithheld(c, kPrys, true));
        QVERIFY(!caseworkAnalysisWithheld(c, kPrys, false));   // not blind by policy
        QVERIFY(!caseworkAnalysisWithheld(c, kOkafor, true));  // her own
        QVERIFY(!caseworkAnalysisWithheld(c, kCollins, true)); // a supervisor reviews it
        ConclusionRecord own;
        own.stage = ConclusionStage::Verification;
        own.examiner = QStringLiteral("gprys");
        c.conclusions.append(own);
        QVERIFY(!caseworkAnalysisWithheld(c, kPrys, true));
    }

    void aConclusionNeedsItsBasisAndExemplar()
    {
        ConclusionInput input;
        input.conclusion = ConclusionKind::Identification;
        QVERIFY(conclusionInputProblem(input).contains(QStringLiteral("basis")));
        QVERIFY(conclusionInputProblem(input).contains(QStringLiteral("exemplar impression the identification")));
        input.basis = QStringLiteral("14 minutiae in agreement, no unexplained difference");
        QCOMPARE(conclusionInputProblem(input),
                 QStringLiteral("Still needed: the exemplar impression the identification refers to."));
        input.exemplarRef = ImpressionId::create().toString();
        QVERIFY(conclusionInputProblem(input).isEmpty());
        input.conclusion = ConclusionKind::Inconclusive;
        input.exemplarRef.clear();
        QVERIFY(conclusionInputProblem(input).isEmpty());
        input.basis = QStringLiteral("   ");
        QVERIFY(!conclusionInputProblem(input).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseworkSteps)
#include "tst_caseworksteps.moc"
