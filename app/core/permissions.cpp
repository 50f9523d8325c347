#include "app/core/permissions.h"

#include <array>
#include <utility>

namespace ridgeline {
namespace {

struct Row
{
    Action action;
    const char *key;
    bool examiner;
    bool caseOfficer;
    bool supervisor;
    bool admin;
};

// Separation of duties: administrators manage accounts and devices but never read evidence;
// case officers see the case but never examine; supervisors review and sign off but do not
// record examinations of their own through this role.
// clang-format off
constexpr std::array kTable{
    //  action                        key                    exam  co     sup    admin
    Row{Action::ChangeOwnPassphrase, "change-own-passphrase", true, true, true, true},
    Row{Action::ViewCaseList, "view-case-list", true, true, true, true},
    Row{Action::ViewCase, "view-case", true, true, true, false},
    Row{Action::CreateCase, "create-case", false, true, false, false},
    Row{Action::EditCase, "edit-case", false, true, false, false},
    Row{Action::AddCaseNote, "add-case-note", true, true, true, false},
    Row{Action::AttachDocument, "attach-document", false, true, false, false},
    Row{Action::ImportTransmission, "import-transmission", true, true, false, true},
    Row{Action::ViewEvidence, "view-evidence", true, true, true, false},
    Row{Action::EnhanceMark, "enhance-mark", true, false, false, false},
    Row{Action::AnnotateMark, "annotate-mark", true, false, false, false},
    Row{Action::CommitAnalysis, "commit-analysis", true, false, false, false},
    Row{Action::CompareExemplar, "compare-exemplar", true, false, false, false},
    Row{Action::RecordConclusion, "record-conclusion", true, false, false, false},
    Row{Action::VerifyConclusion, "verify-conclusion", true, false, false, false},
    Row{Action::ResolveConflict, "resolve-conflict", true, false, true, false},
    Row{Action::TechnicalReview, "technical-review", false, false, true, false},
    Row{Action::SignOff, "sign-off", false, false, true, false},
    Row{Action::AssignWork, "assign-work", false, false, true, false},
    Row{Action::ConfirmPersonLink, "confirm-person-link", false, true, false, false},
    Row{Action::RunSearch, "run-search", true, false, false, false},
    Row{Action::ViewDashboard, "view-dashboard", false, false, true, false},
    Row{Action::ExportReport, "export-report", true, true, true, false},
    Row{Action::ViewAudit, "view-audit", false, false, true, true},
    Row{Action::ExportAudit, "export-audit", false, false, true, true},
    Row{Action::VerifyWorkspace, "verify-workspace", false, false, true, true},
    Row{Action::ManageUsers, "manage-users", false, false, false, true},
    Row{Action::ManageDevices, "manage-devices", false, false, false, true},
    Row{Action::ManagePolicy, "manage-policy", false, false, false, true},
    Row{Action::Backup, "backup", false, false, false, true},
};
// clang-format on

const Row *rowFor(Action action)
{
    for (const Row &row : kTable) {
        if (row.action == action)
            return &row;
    }
    return nullptr;
}

} // namespace

QList<Action> allActions()
{
    QList<Action> actions;
    actions.reserve(qsizetype(kTable.size()));
    for (const Row &row : kTable)
        actions.append(row.action);
    return actions;
}

QString actionKey(Action action)
{
    const Row *row = rowFor(action);
    return row ? QString::fromLatin1(row->key) : QString();
}

bool isAllowed(Role role, Action action)
{
    const Row *row = rowFor(action);
    if (!row)
        return false;
    switch (role) {
    case Role::Examiner:
        return row->examiner;
    case Role::CaseOfficer:
        return row->caseOfficer;
    case Role::Supervisor:
        return row->supervisor;
    case Role::Admin:
        return row->admin;
    }
    return false;
}

} // namespace ridgeline
