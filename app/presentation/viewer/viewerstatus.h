#pragma once

#include <QPointF>
#include <QSize>
#include <QString>

namespace ridgeline {

// The status bar texts of the mark viewer, display-free so they are tested without a window.
namespace viewerstatus {

// "Zoom 250%".
QString zoomText(double zoom);
// "x 1234, y 567 px · 31.34, 14.40 mm" inside the image, "Outside the image" outside it, and
// "x 1234, y 567 px · Uncalibrated" when there is no ppi.
QString positionText(QPointF imagePos, QSize imageSize, double ppi);
// The whole line: zoom, position (when the cursor is over the canvas) and calibration.
QString statusText(double zoom, const QPointF *imagePos, QSize imageSize, double ppi);

} // namespace viewerstatus

} // namespace ridgeline
