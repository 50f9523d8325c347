#pragma once

// The examiner's ACE-V steps on one mark as the casework panel offers them (issue 7): which steps
// the mark's stage has, and whether the signed-in user may take each, decided with the same state
// machine the session uses (app/core/markworkflow.h). Only for enabling buttons and saying why one
// is not available: the session decides every step and may still refuse it. Pure functions, no
// thread affinity.

#include "app/core/casework.h"
#include "app/core/domain.h"

#include <QList>
#include <QString>

namespace ridgeline {

enum class CaseworkStep
{
    StartAnalysis,         // received -> analysis
    CommitAnalysis,        // analysis -> analysis committed (the value decision, the snapshot)
    BeginComparison,       // analysis committed -> comparison (exemplars become visible)
    RecordConclusion,      // comparison -> evaluation
    SubmitForVerification, // evaluation -> verification
    RecordVerification,    // verification -> technical review, or conflict when it differs
    ResolveConflict,       // conflict -> resolution -> technical review
};
QList<CaseworkStep> allCaseworkSteps();
QString caseworkStepDisplayName(CaseworkStep step); // translated, no mnemonic
QString caseworkStepDescription(CaseworkStep step); // translated: what the step does, for tooltips

struct CaseworkStepOffer
{
    CaseworkStep step = CaseworkStep::StartAnalysis;
    bool offered = false; // the mark's stage has this step and the user's role takes such steps
    bool enabled = false; // and this user may take it now
    QString why;          // translated: why it is not enabled (empty when enabled or not offered)
};

// Whether `user` may take `step` on the mark as `casework` describes it.
CaseworkStepOffer caseworkStepOffer(CaseworkStep step, const MarkCasework &casework, const User &user);

// What the mark waits for when this user has nothing to do on it, e.g. "Waiting for a second
// examiner's verification"; empty when a step is open to them or the mark is finished.
QString caseworkWaitingText(const MarkCasework &casework, const User &user);

// Empty when the conclusion can be submitted; otherwise what is missing (translated): the basis in
// words, the exemplar impression an identification or exclusion refers to.
QString conclusionInputProblem(const ConclusionInput &input);

// Whether the session withholds the first examiner's analysis from `user` under blind verification
// (blindPolicy): an examiner other than the mark's examiner, before recording their own verification,
// while the mark is not signed off. The session then answers with a redacted AnalysisRecord whose
// value decision is a placeholder, so it must not be shown as the examiner's.
bool caseworkAnalysisWithheld(const MarkCasework &casework, const User &user, bool blindPolicy);

QString markupChangeDisplayName(MarkupChange::Kind kind); // "Added", "Moved", ... translated

// The conclusion of the given stage (the newest), or null.
const ConclusionRecord *caseworkConclusion(const MarkCasework &casework, ConclusionStage stage);

} // namespace ridgeline
