#pragma once

// Private to app/imaging: the one wording of a refused image ("Image JH-1: is truncated ..."),
// shared by the inspector and the PNG check so intake's reasons read alike whatever the format.

#include "app/core/error.h"

#include <QCoreApplication>

namespace ridgeline::imaging {

inline QString inspectorText(const char *text)
{
    return QCoreApplication::translate("ridgeline::imaging::ImageInspector", text);
}

inline Error refusedImage(const QString &name, const QString &reason)
{
    return Error(ErrorCode::BadInput, inspectorText("Image %1: %2").arg(name, reason));
}

} // namespace ridgeline::imaging
