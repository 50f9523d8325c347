#include "app/core/markworkflow.h"

#include <QCoreApplication>

namespace ridgeline {

namespace {

using S = MarkState;

bool examinerStep(S from)
{
    return from == S::Received || from == S::Analysis || from == S::AnalysisCommitted || from == S::Comparison ||
           from == S::Evaluation;
}

} // namespace

const QList<MarkTransition> &markTransitions()
{
    static const QList<MarkTransition> transitions{
        {S::Received, S::Analysis, Action::AnnotateMark, false},
        {S::Analysis, S::AnalysisCommitted, Action::CommitAnalysis, false},
        {S::AnalysisCommitted, S::Comparison, Action::CompareExemplar, false},
        {S::Comparison, S::Evaluation, Action::RecordConclusion, false},
        {S::Evaluation, S::Verification, Action::RecordConclusion, false},
        {S::Evaluation, S::TechnicalReview, Action::TechnicalReview, true}, // verification exempted by policy
        {S::Verification, S::TechnicalReview, Action::VerifyConclusion, false},
        {S::Verification, S::Conflict, Action::VerifyConclusion, true},
        {S::Conflict, S::Resolution, Action::ResolveConflict, true},
        {S::Resolution, S::TechnicalReview, Action::ResolveConflict, false},
        {S::TechnicalReview, S::SignedOff, Action::SignOff, false},
        {S::TechnicalReview, S::Comparison, Action::TechnicalReview, true}, // sent back for more work
        {S::SignedOff, S::TechnicalReview, Action::TechnicalReview, true},  // a later change voids the sign-off
        {S::SignedOff, S::Closed, Action::SignOff, false},
    };
    return transitions;
}

QList<MarkState> nextMarkStates(MarkState from)
{
    QList<MarkState> next;
    for (const MarkTransition &t : markTransitions())
        if (t.from == from)
            next.append(t.to);
    return next;
}

Status checkMarkTransition(MarkState from, MarkState to, const WorkflowFacts &facts)
{
    const auto bad = [&](const QString &why) {
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::MarkWorkflow",
                                                                      "The mark cannot go from \"%1\" to \"%2\": %3")
                                              .arg(markStateDisplayName(from), markStateDisplayName(to), why));
    };
    const auto denied = [&](const QString &why) {
        return Error(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("ridgeline::MarkWorkflow", "The mark cannot go from \"%1\" to \"%2\": %3")
                .arg(markStateDisplayName(from), markStateDisplayName(to), why));
    };
    const MarkTransition *step = nullptr;
    for (const MarkTransition &t : markTransitions())
        if (t.from == from && t.to == to)
            step = &t;
    if (!step)
        return denied(QCoreApplication::translate("ridgeline::MarkWorkflow", "the workflow has no such step"));
    if (!isAllowed(facts.role, step->action))
        return denied(QCoreApplication::translate("ridgeline::MarkWorkflow", "a %1 may not take this step")
                          .arg(roleDisplayName(facts.role)));
    if (step->needsReason && facts.reason.trimmed().isEmpty())
        return bad(QCoreApplication::translate("ridgeline::MarkWorkflow", "this step needs a reason"));
    if (examinerStep(from) && to != S::TechnicalReview) {
        if (from == S::Received && facts.examiner.isEmpty()) {
            // The first examiner to start the analysis takes the mark.
        } else if (facts.actor != facts.examiner) {
            return denied(
                facts.examiner.isEmpty()
                    ? QCoreApplication::translate("ridgeline::MarkWorkflow", "no examiner is assigned to the mark")
                    : QCoreApplication::translate("ridgeline::MarkWorkflow",
                                                  "the mark is assigned to %1; only they examine it")
                          .arg(facts.examiner));
        }
    }
    switch (to) {
    case S::AnalysisCommitted:
        if (!facts.analysisCommitted)
            return denied(QCoreApplication::translate(
                "ridgeline::MarkWorkflow", "the analysis (value decision and markup) has not been committed"));
        break;
    case S::Verification:
        if (!facts.conclusionRecorded)
            return denied(QCoreApplication::translate("ridgeline::MarkWorkflow", "no conclusion has been recorded"));
        break;
    case S::Conflict:
        if (facts.actor == facts.examiner)
            return denied(
                QCoreApplication::translate("ridgeline::MarkWorkflow", "nobody verifies their own examination"));
        break;
    case S::TechnicalReview:
        if (from == S::Verification) {
            if (facts.actor == facts.examiner)
                return denied(
                    QCoreApplication::translate("ridgeline::MarkWorkflow", "nobody verifies their own examination"));
            if (!facts.verificationRecorded)
                return denied(
                    QCoreApplication::translate("ridgeline::MarkWorkflow", "no verification has been recorded"));
        } else if (from == S::Evaluation && !facts.verificationExempt) {
            return denied(QCoreApplication::translate(
                "ridgeline::MarkWorkflow", "verification is only skipped under a recorded policy exemption"));
        } else if (from == S::Resolution && !facts.conflictResolved) {
            return denied(
                QCoreApplication::translate("ridgeline::MarkWorkflow", "the conflict has no resolution record"));
        }
        break;
    case S::SignedOff:
        if (facts.actor == facts.examiner || (!facts.verifier.isEmpty() && facts.actor == facts.verifier))
            return denied(QCoreApplication::translate("ridgeline::MarkWorkflow",
                                                      "nobody signs off an examination they made or verified"));
        if (!facts.analysisCommitted)
            return denied(
                QCoreApplication::translate("ridgeline::MarkWorkflow", "the analysis has not been committed"));
        if (!facts.conclusionRecorded)
            return denied(QCoreApplication::translate("ridgeline::MarkWorkflow", "no conclusion has been recorded"));
        if (!facts.verificationRecorded && !facts.verificationExempt)
            return denied(QCoreApplication::translate(
                "ridgeline::MarkWorkflow", "the conclusion has been neither verified nor exempted from verification"));
        break;
    default:
        break;
    }
    return {};
}

} // namespace ridgeline
