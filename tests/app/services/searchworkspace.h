#pragma once

// A real encrypted workspace holding searchTestPackage(): users "admin", "examiner" (Adaeze
// Okafor) and "officer" (David Hartley, a case officer), unsigned packages accepted, the package
// imported by the officer. Shared by the tests of the exemplar listing and the comparison window.

#include "app/services/importservice.h"
#include "tests/app/services/searchtestpackage.h"
#include "tests/app/services/workspacetestsupport.h"

#include <QDir>

namespace ridgeline::testing {

struct SearchWorkspace
{
    static inline const QByteArray adminPass = "admin correct horse";
    static inline const QByteArray examinerPass = "examiner battery staple";
    static inline const QByteArray officerPass = "officer staple battery";
    QString path;
    CaseId caseId;
    int impressions = 0; // as the import counted them
    QString error;       // empty when made
};

inline SearchWorkspace makeSearchWorkspace(const QString &path, const QString &packageFolder)
{
    SearchWorkspace ws;
    ws.path = path;
    const auto fail = [&](const QString &why) {
        ws.error = why;
        return ws;
    };
    auto admin =
        LocalWorkspaceSession::create(path, QStringLiteral("admin"), SearchWorkspace::adminPass, fastOptions());
    if (!admin)
        return fail(admin.error().message());
    if (!(*admin)->addUser(QStringLiteral("examiner"), QStringLiteral("Adaeze Okafor"), Role::Examiner,
                           SearchWorkspace::examinerPass) ||
        !(*admin)->addUser(QStringLiteral("officer"), QStringLiteral("David Hartley"), Role::CaseOfficer,
                           SearchWorkspace::officerPass))
        return fail(QStringLiteral("the users could not be added"));
    WorkspacePolicy policy = (*admin)->policy();
    policy.acceptUnsignedPackages = true;
    if (!(*admin)->setPolicy(policy) || !(*admin)->logout())
        return fail(QStringLiteral("the policy could not be set"));
    auto officer =
        LocalWorkspaceSession::open(path, QStringLiteral("officer"), SearchWorkspace::officerPass, fastOptions());
    if (!officer)
        return fail(officer.error().message());
    auto folder = searchTestPackage().writeFolder(packageFolder);
    if (!folder)
        return fail(folder.error().message());
    const ImportService::Result imported = ImportService(**officer).importPackage(*folder);
    if (imported.refused())
        return fail(imported.error ? imported.error->message() : QStringLiteral("the import was refused"));
    ws.caseId = imported.outcome->caseId;
    ws.impressions = imported.outcome->impressions;
    if (!(*officer)->logout())
        return fail(QStringLiteral("the officer could not log out"));
    return ws;
}

} // namespace ridgeline::testing
