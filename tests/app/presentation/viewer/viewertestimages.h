#pragma once

#include <QImage>
#include <QPainter>

#include <cmath>

namespace ridgeline::testimages {

// A light grey mark with dark vertical ridges every `period` px from x = 100 to x = 500 and a
// ruler along the bottom with a dark graduation every `tickSpacing` px.
inline QImage ridgesAndRuler(int period = 10, int tickSpacing = 40)
{
    QImage image(800, 600, QImage::Format_Grayscale8);
    image.fill(220);
    for (int y = 0; y < 400; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 100; x < 500; ++x) {
            const double phase = std::cos(2 * M_PI * (x - 100 + period / 2.0) / period);
            row[x] = uchar(130 + 90 * phase);
        }
    }
    for (int y = 480; y < 540; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 20; x < 780; ++x)
            row[x] = ((x - 20) % tickSpacing < 2 && y < 520) ? 30 : 240;
    }
    return image;
}

} // namespace ridgeline::testimages
