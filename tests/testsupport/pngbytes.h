#pragma once

// Images for tests and benchmarks, encoded in memory the way a file or a package holds them.

#include <QBuffer>
#include <QByteArray>
#include <QImage>

#include <cmath>

namespace ridgeline::testing {

inline QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Straight sloping ridges: enough for the intake's checks, not for minutiae. ppi > 0 is written
// into the file's resolution.
inline QByteArray ridgePng(int w, int h, int phase = 0, double ppi = 0, double slope = 0.4, double frequency = 0.66)
{
    QImage image(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.scanLine(y)[x] = uchar(128 + 100 * std::sin((x + phase + y * slope) * frequency));
    if (ppi > 0) {
        image.setDotsPerMeterX(int(ppi / 0.0254 + 0.5));
        image.setDotsPerMeterY(int(ppi / 0.0254 + 0.5));
    }
    return pngBytes(image);
}

} // namespace ridgeline::testing
