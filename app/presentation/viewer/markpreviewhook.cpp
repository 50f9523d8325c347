#include "app/presentation/viewer/markpreviewhook.h"

#include "app/core/permissions.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/services/workspacesession.h"

#include <QCoreApplication>

namespace ridgeline {

QString MarkPreviewHook::name() const
{
    return QCoreApplication::translate("ridgeline::MarkPreviewHook", "mark viewer previews");
}

Status MarkPreviewHook::process(WorkspaceSession &session, const ImportedOriginal &original)
{
    if (original.objectType != QLatin1String("mark") || !original.mediaType.startsWith(QLatin1String("image/")) ||
        !isAllowed(session.user().role, Action::ViewEvidence))
        return {};
    if (auto stored = session.derivedData(original.sha256, MarkDocument::kPreviewKind); stored)
        return {};
    else if (stored.error().code() != ErrorCode::NotFound)
        return stored.error();
    auto bytes = session.readOriginal(original.sha256, original.objectType, original.objectId);
    if (!bytes)
        return bytes.error();
    auto mark = loadMark(bytes.value(), original.objectId);
    if (!mark)
        return mark.error();
    const QByteArray png = encodeMarkPreview(*mark->pyramid);
    if (png.isEmpty())
        return {}; // small enough to decode at once
    return session.storeDerivedData(original.sha256, MarkDocument::kPreviewKind, png);
}

} // namespace ridgeline
