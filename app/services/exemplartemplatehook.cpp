#include "app/services/exemplartemplatehook.h"

#include "app/imaging/exemplartemplate.h"
#include "app/services/exemplarsearch.h"
#include "app/services/workspacesession.h"

#include <QCoreApplication>

namespace ridgeline {

QString ExemplarTemplateHook::name() const
{
    return QCoreApplication::translate("ridgeline::ExemplarTemplateHook", "search templates");
}

Status ExemplarTemplateHook::process(WorkspaceSession &session, const ImportedOriginal &original)
{
    if (original.objectType != QLatin1String("exemplar"))
        return {};
    const Role role = session.user().role;
    if (!isAllowed(role, Action::RunSearch) && !isAllowed(role, Action::ImportTransmission))
        return {};
    auto entries = session.exemplarTemplates(imaging::templateAlgorithm(), false, original.objectId);
    if (!entries)
        return entries.error();
    if (entries->isEmpty() || entries->first().hasTemplate)
        return {};
    auto report = ExemplarSearch(session).buildTemplates(*entries, false, {}, nullptr);
    if (!report)
        return report.error();
    if (!report->failures.isEmpty())
        return Error(ErrorCode::BadInput, report->failures.first());
    return {};
}

} // namespace ridgeline
