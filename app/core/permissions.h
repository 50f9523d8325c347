#pragma once

#include "app/core/role.h"

#include <QList>
#include <QString>

namespace ridgeline {

// Everything a signed-in user can ask the system to do. Workflow rules (ACE-V state, who examined
// what) are checked on top of this table by the services; this table is only "may this role ever".
enum class Action
{
    ChangeOwnPassphrase,
    ViewCaseList,
    ViewCase,
    CreateCase,
    EditCase,
    AddCaseNote,
    AttachDocument,
    ImportTransmission,
    ViewEvidence,
    EnhanceMark,
    AnnotateMark,
    CommitAnalysis,
    CompareExemplar,
    RecordConclusion,
    VerifyConclusion,
    ResolveConflict,
    TechnicalReview,
    SignOff,
    AssignWork,
    ConfirmPersonLink,
    RunSearch,
    ViewDashboard,
    ExportReport,
    ViewAudit,
    ExportAudit,
    VerifyWorkspace,
    ManageUsers,
    ManageDevices,
    ManagePolicy,
    Backup,
};

QList<Action> allActions();
QString actionKey(Action action);

// The one permission table of the program.
bool isAllowed(Role role, Action action);

} // namespace ridgeline
