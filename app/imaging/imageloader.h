#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ridgeline::imaging {

// Limits checked against the file header before any pixel is decoded.
struct LoadLimits
{
    qint64 maxPixels = 64LL * 1024 * 1024; // refuse larger images (memory budget)
    int minSide = 64;                      // a print needs at least a few ridges
};

struct LoadedImage
{
    QImage image;     // Format_Grayscale8 (colour and 16-bit inputs are converted)
    double ppi = 0.0; // from the file's resolution tag, 0 when absent or implausible
};

// Decodes an image file to 8-bit grey. Errors (ErrorCode::BadInput / NotFound) name the file and
// the reason: unreadable, not an image, truncated, too small, over the pixel budget.
// Thread-safe (no shared state).
Result<LoadedImage> loadGreyImage(const QString &path, const LoadLimits &limits = {});

// The same for an encoded image held in memory (an original read from the workspace); `name` is
// what error messages call it.
Result<LoadedImage> decodeGreyImage(const QByteArray &bytes, const QString &name, const LoadLimits &limits = {});

// The same checks for an image already in memory (format conversion included).
Result<QImage> validateGreyImage(const QImage &image, const QString &name, const LoadLimits &limits = {});

} // namespace ridgeline::imaging
