#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QString>

namespace ridgeline::imaging {

// What intake needs to know about an incoming evidence image before it is stored: that it is an
// image of an accepted kind, that it fits the pixel budget (checked from the header, before any
// pixel is decoded), that every page decodes completely (truncated files are refused), and its
// size, depth and resolution. Thread-safe; decoding can take a second on big files: call it from
// a worker thread.
struct ImageInfo
{
    QString format;    // "png", "jpeg", "tiff", "bmp", "jp2"
    QString mediaType; // "image/png", ...
    int width = 0;
    int height = 0;
    int pages = 1;    // TIFF may hold several; each is checked
    int bitDepth = 8; // per channel: 8 or 16
    int channels = 1; // 1 grey, 3 colour, 4 with alpha
    double ppi = 0.0; // from the file's resolution tag; 0 when absent or implausible
};

struct InspectLimits
{
    qint64 maxPixels = 200LL * 1000 * 1000; // per page
    int maxPages = 64;
};

// Accepted: PNG, JPEG, TIFF (8/16-bit, multi-page), BMP, JPEG 2000 (JP2 and raw codestream).
// Errors are ErrorCode::BadInput naming `name` and the reason.
Result<ImageInfo> inspectImage(const QByteArray &bytes, const QString &name, const InspectLimits &limits = {});

// Header-only: the declared size of the first page, without decoding pixels.
Result<ImageInfo> readImageHeader(const QByteArray &bytes, const QString &name);

} // namespace ridgeline::imaging
