#include "app/presentation/casework/caseworksteps.h"

#include "app/core/markworkflow.h"

#include <QCoreApplication>

namespace ridgeline {

namespace {

struct StepEdge
{
    MarkState from;
    MarkState to;
};

// The transition each step asks for. Recording a verification that differs goes to conflict
// instead; whoever may take the agreeing step may take that one (the session decides which).
StepEdge edgeOf(CaseworkStep step)
{
    switch (step) {
    case CaseworkStep::StartAnalysis:
        return {MarkState::Received, MarkState::Analysis};
    case CaseworkStep::CommitAnalysis:
        return {MarkState::Analysis, MarkState::AnalysisCommitted};
    case CaseworkStep::BeginComparison:
        return {MarkState::AnalysisCommitted, MarkState::Comparison};
    case CaseworkStep::RecordConclusion:
        return {MarkState::Comparison, MarkState::Evaluation};
    case CaseworkStep::SubmitForVerification:
        return {MarkState::Evaluation, MarkState::Verification};
    case CaseworkStep::RecordVerification:
        return {MarkState::Verification, MarkState::TechnicalReview};
    case CaseworkStep::ResolveConflict:
        return {MarkState::Conflict, MarkState::Resolution};
    }
    return {MarkState::Received, MarkState::Analysis};
}

// The facts as they would stand once the step's own record is given (the form supplies it).
WorkflowFacts factsFor(CaseworkStep step, const MarkCasework &casework, const User &user)
{
    WorkflowFacts facts;
    facts.actor = user.name;
    facts.role = user.role;
    facts.examiner = casework.examiner;
    facts.verifier = casework.verifier;
    facts.analysisCommitted = casework.analysis.has_value() || step == CaseworkStep::CommitAnalysis;
    facts.conclusionRecorded =
        caseworkConclusion(casework, ConclusionStage::Evaluation) != nullptr || step == CaseworkStep::RecordConclusion;
    facts.verificationRecorded = caseworkConclusion(casework, ConclusionStage::Verification) != nullptr ||
                                 step == CaseworkStep::RecordVerification;
    facts.verificationExempt = !casework.exemptionReason.isEmpty();
    facts.conflictResolved = casework.resolution.has_value();
    if (step == CaseworkStep::ResolveConflict)
        facts.reason = QStringLiteral("resolution"); // the form asks for what was re-examined
    return facts;
}

} // namespace

QList<CaseworkStep> allCaseworkSteps()
{
    return {CaseworkStep::StartAnalysis,    CaseworkStep::CommitAnalysis,        CaseworkStep::BeginComparison,
            CaseworkStep::RecordConclusion, CaseworkStep::SubmitForVerification, CaseworkStep::RecordVerification,
            CaseworkStep::ResolveConflict};
}

QString caseworkStepDisplayName(CaseworkStep step)
{
    switch (step) {
    case CaseworkStep::StartAnalysis:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Start Analysis");
    case CaseworkStep::CommitAnalysis:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Commit Analysis");
    case CaseworkStep::BeginComparison:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Begin Comparison");
    case CaseworkStep::RecordConclusion:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Record Conclusion");
    case CaseworkStep::SubmitForVerification:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Submit for Verification");
    case CaseworkStep::RecordVerification:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Record Verification");
    case CaseworkStep::ResolveConflict:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Resolve Conflict");
    }
    return {};
}

QString caseworkStepDescription(CaseworkStep step)
{
    switch (step) {
    case CaseworkStep::StartAnalysis:
        return QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "Take the mark and start its analysis; exemplars stay hidden until the analysis is committed");
    case CaseworkStep::CommitAnalysis:
        return QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "Record the value decision and notes and commit the analysis; its snapshot of the markup "
            "becomes immutable");
    case CaseworkStep::BeginComparison:
        return QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "Open the exemplars of the case to comparison; markup changes from now on are flagged");
    case CaseworkStep::RecordConclusion:
        return QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "Record your conclusion with its basis and the exemplar impression it refers to");
    case CaseworkStep::SubmitForVerification:
        return QCoreApplication::translate("ridgeline::CaseworkSteps",
                                           "Hand the mark on for verification by a second examiner");
    case CaseworkStep::RecordVerification:
        return QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "Record your own conclusion as the verifier; a different conclusion puts the mark in conflict");
    case CaseworkStep::ResolveConflict:
        return QCoreApplication::translate("ridgeline::CaseworkSteps",
                                           "Record what was re-examined, the outcome and the conclusion that stands");
    }
    return {};
}

const ConclusionRecord *caseworkConclusion(const MarkCasework &casework, ConclusionStage stage)
{
    const ConclusionRecord *found = nullptr;
    for (const ConclusionRecord &record : casework.conclusions)
        if (record.stage == stage)
            found = &record;
    return found;
}

CaseworkStepOffer caseworkStepOffer(CaseworkStep step, const MarkCasework &casework, const User &user)
{
    CaseworkStepOffer offer;
    offer.step = step;
    const StepEdge edge = edgeOf(step);
    if (casework.mark.state != edge.from || !nextMarkStates(edge.from).contains(edge.to))
        return offer;
    // A step the user's role never takes is not offered at all; one this user may not take on this
    // mark (their own examination, someone else's mark) is offered disabled, saying why.
    for (const MarkTransition &t : markTransitions())
        if (t.from == edge.from && t.to == edge.to)
            offer.offered = isAllowed(user.role, t.action);
    if (!offer.offered)
        return offer;
    if (const Status allowed = checkMarkTransition(edge.from, edge.to, factsFor(step, casework, user)); !allowed) {
        offer.why = allowed.error().message();
        return offer;
    }
    if (step == CaseworkStep::BeginComparison && casework.analysis &&
        casework.analysis->input.value == ValueDecision::NoValue) {
        offer.why = QCoreApplication::translate("ridgeline::CaseworkSteps",
                                                "The analysis found the mark of no value: it is not compared.");
        return offer;
    }
    if (step == CaseworkStep::ResolveConflict && (user.name == casework.examiner || user.name == casework.verifier)) {
        offer.why = QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "The examiner and the verifier of a mark do not resolve its conflict themselves.");
        return offer;
    }
    offer.enabled = true;
    return offer;
}

QString caseworkWaitingText(const MarkCasework &casework, const User &user)
{
    for (CaseworkStep step : allCaseworkSteps())
        if (caseworkStepOffer(step, casework, user).enabled)
            return {};
    const QString examiner = casework.examiner;
    switch (casework.mark.state) {
    case MarkState::Received:
        return examiner.isEmpty() ? QCoreApplication::translate("ridgeline::CaseworkSteps",
                                                                "Waiting for an examiner to start the analysis.")
                                  : QCoreApplication::translate("ridgeline::CaseworkSteps",
                                                                "Assigned to %1; waiting for the analysis to start.")
                                        .arg(examiner);
    case MarkState::AnalysisCommitted:
        if (casework.analysis && casework.analysis->input.value == ValueDecision::NoValue)
            return QCoreApplication::translate("ridgeline::CaseworkSteps",
                                               "Analysed as of no value by %1: not compared.")
                .arg(examiner);
        [[fallthrough]];
    case MarkState::Analysis:
    case MarkState::Comparison:
    case MarkState::Evaluation:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Being examined by %1.")
            .arg(examiner.isEmpty() ? QCoreApplication::translate("ridgeline::CaseworkSteps", "an examiner")
                                    : examiner);
    case MarkState::Verification:
        return user.name == examiner
                   ? QCoreApplication::translate("ridgeline::CaseworkSteps",
                                                 "Waiting for verification by a second examiner.")
                   : QCoreApplication::translate("ridgeline::CaseworkSteps",
                                                 "Waiting for verification by an examiner other than %1.")
                         .arg(examiner);
    case MarkState::Conflict:
        return QCoreApplication::translate(
            "ridgeline::CaseworkSteps",
            "In conflict: waiting for a resolution by someone who neither examined nor verified the mark.");
    case MarkState::Resolution:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "The conflict is being resolved.");
    case MarkState::TechnicalReview:
        return QCoreApplication::translate("ridgeline::CaseworkSteps",
                                           "Waiting for a supervisor's technical review and sign-off.");
    case MarkState::SignedOff:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Signed off.");
    case MarkState::Closed:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Closed.");
    }
    return {};
}

QString conclusionInputProblem(const ConclusionInput &input)
{
    QStringList missing;
    if (input.basis.trimmed().isEmpty())
        missing << QCoreApplication::translate("ridgeline::CaseworkSteps", "the basis of the conclusion in words");
    if (input.conclusion != ConclusionKind::Inconclusive && input.exemplarRef.trimmed().isEmpty())
        missing << QCoreApplication::translate("ridgeline::CaseworkSteps", "the exemplar impression the %1 refers to")
                       .arg(conclusionDisplayName(input.conclusion).toLower());
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("ridgeline::CaseworkSteps", "Still needed: %1.")
        .arg(missing.join(QCoreApplication::translate("ridgeline::CaseworkSteps", "; ")));
}

bool caseworkAnalysisWithheld(const MarkCasework &casework, const User &user, bool blindPolicy)
{
    if (casework.analysis && casework.analysis->withheld) // the session says so
        return true;
    if (!blindPolicy || user.role != Role::Examiner || casework.examiner.isEmpty() || casework.examiner == user.name ||
        casework.signedOff())
        return false;
    for (const ConclusionRecord &c : casework.conclusions)
        if (c.stage == ConclusionStage::Verification && c.examiner == user.name)
            return false;
    return true;
}

QString markupChangeDisplayName(MarkupChange::Kind kind)
{
    switch (kind) {
    case MarkupChange::Kind::Added:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Added");
    case MarkupChange::Kind::Moved:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Moved");
    case MarkupChange::Kind::Retyped:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Retyped");
    case MarkupChange::Kind::Deleted:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Deleted");
    case MarkupChange::Kind::Edited:
        return QCoreApplication::translate("ridgeline::CaseworkSteps", "Edited");
    }
    return {};
}

} // namespace ridgeline
