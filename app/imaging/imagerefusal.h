#pragma once

// Private to app/imaging: the one wording of a refused image ("Image JH-1: is truncated ..."),
// shared by the inspector and the PNG check so intake's reasons read alike whatever the format.

#include "app/core/error.h"
#include "app/imaging/imageinspector.h"

#include <QCoreApplication>

#include <optional>

namespace ridgeline::imaging {

inline QString inspectorText(const char *text)
{
    return QCoreApplication::translate("ridgeline::imaging::ImageInspector", text);
}

inline Error refusedImage(const QString &name, const QString &reason)
{
    return Error(
        ErrorCode::BadInput,
        inspectorText(QT_TRANSLATE_NOOP("ridgeline::imaging::ImageInspector", "Image %1: %2")).arg(name, reason));
}

// Null when a `width` x `height` page fits the pixel budget, else the refusal (the header alone
// decides it: nothing has been decoded).
inline std::optional<Error> overPixelBudget(const QString &name, qint64 width, qint64 height,
                                            const InspectLimits &limits)
{
    if (width * height <= limits.maxPixels)
        return std::nullopt;
    return refusedImage(name, inspectorText(QT_TRANSLATE_NOOP("ridgeline::imaging::ImageInspector",
                                                              "is %1 x %2 pixels, over the budget of %3 megapixels; it "
                                                              "was not decoded"))
                                  .arg(width)
                                  .arg(height)
                                  .arg(limits.maxPixels / 1000000));
}

} // namespace ridgeline::imaging
