#pragma once

// The ACE-V workflow of a mark as one state machine (ARCHITECTURE.md section 3, issue 7): which
// stage may follow which, which permission each step needs, and the rules on people (the examiner
// assigned does the examination; a different examiner verifies; a supervisor who neither examined
// nor verified signs off) and on records (a committed analysis, a recorded conclusion, a
// verification or a policy exemption, a resolved conflict). Pure logic on the facts the caller
// gathers, no storage: the services are to call checkTransition before every change of state and
// audit the step with who and why. No thread affinity.

#include "app/core/domain.h"
#include "app/core/error.h"
#include "app/core/permissions.h"
#include "app/core/role.h"

#include <QList>
#include <QString>

namespace ridgeline {

struct MarkTransition
{
    MarkState from;
    MarkState to;
    Action action;    // the permission the step needs
    bool needsReason; // a step back or out of the ordinary must say why
};

// Every permitted step, in workflow order.
const QList<MarkTransition> &markTransitions();
// The stages that may follow `from` (for menus: which buttons to offer).
QList<MarkState> nextMarkStates(MarkState from);

// What the caller knows when a step is asked for.
struct WorkflowFacts
{
    QString actor; // user name asking
    Role role = Role::Examiner;
    QString examiner;                // user name of the examiner assigned to the mark; empty: none yet
    QString verifier;                // user name of whoever verified (or is verifying); empty: none
    bool analysisCommitted = false;  // the examiner's analysis snapshot is stored
    bool conclusionRecorded = false; // the examiner's conclusion (evaluation) is stored
    bool verificationRecorded = false;
    bool verificationExempt = false; // a recorded policy exemption from verification
    bool conflictResolved = false;   // a resolution record exists for the open conflict
    QString reason;                  // why, for steps that need one
};

// Ok, or why the step may not be taken: PermissionDenied for a step the workflow does not have,
// a missing record (the workflow state does not allow it yet), the wrong role or person; BadInput
// only for a missing reason. The message names the mark's stages and what is missing.
Status checkMarkTransition(MarkState from, MarkState to, const WorkflowFacts &facts);

} // namespace ridgeline
