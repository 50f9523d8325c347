#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ridgeline::interop {

// An 8-bit grayscale raster as WSQ carries it: row-major, top row first, one byte per pixel
// (0 black, 255 white), no padding. Plain data; any thread.
struct WsqImage
{
    int width = 0;
    int height = 0;
    int ppi = -1;      // pixels per inch from the file's NIST comment; -1 when the file does not say
    QByteArray pixels; // width * height bytes

    bool isValid() const { return width > 0 && height > 0 && pixels.size() == qsizetype(width) * height; }
};

// Decoders refuse images whose header promises more than this before allocating anything.
inline constexpr qint64 kWsqMaxPixels = qint64(1) << 28;

// 8-bit binary PGM ("P5"), the interchange form of the CLI and the reference decoder's output.
// Interop links Qt Core only, so QImage is not available here.
Result<WsqImage> readPgm(QByteArrayView data);
QByteArray writePgm(const WsqImage &image);

} // namespace ridgeline::interop
