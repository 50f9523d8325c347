#include "app/presentation/viewer/viewerstatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

#include <cmath>

namespace ridgeline::viewerstatus {

namespace {
constexpr double kMillimetresPerInch = 25.4;
} // namespace

QString zoomText(double zoom)
{
    const double percent = zoom * 100.0;
    return QCoreApplication::translate("ridgeline::ViewerStatus", "Zoom %1%")
        .arg(percent, 0, 'f', percent < 10.0 ? 1 : 0);
}

QString positionText(QPointF imagePos, QSize imageSize, double ppi)
{
    if (!QRectF(QPointF(0, 0), QSizeF(imageSize)).contains(imagePos))
        return QCoreApplication::translate("ridgeline::ViewerStatus", "Outside the image");
    const int x = int(std::floor(imagePos.x()));
    const int y = int(std::floor(imagePos.y()));
    const QString pixels = QCoreApplication::translate("ridgeline::ViewerStatus", "x %1, y %2 px")
                               .arg(QLocale().toString(x), QLocale().toString(y));
    if (ppi <= 0)
        return QCoreApplication::translate("ridgeline::ViewerStatus", "%1 · Uncalibrated").arg(pixels);
    const double mmPerPixel = kMillimetresPerInch / ppi;
    return QCoreApplication::translate("ridgeline::ViewerStatus", "%1 · %2, %3 mm")
        .arg(pixels, QLocale().toString(imagePos.x() * mmPerPixel, 'f', 2),
             QLocale().toString(imagePos.y() * mmPerPixel, 'f', 2));
}

QString statusText(double zoom, const QPointF *imagePos, QSize imageSize, double ppi)
{
    QString text = zoomText(zoom);
    if (imagePos)
        text += QStringLiteral(" · ") + positionText(*imagePos, imageSize, ppi);
    else if (ppi <= 0)
        text += QStringLiteral(" · ") + QCoreApplication::translate("ridgeline::ViewerStatus", "Uncalibrated");
    else
        text += QStringLiteral(" · ") +
                QCoreApplication::translate("ridgeline::ViewerStatus", "%1 ppi").arg(ppi, 0, 'f', 1);
    return text;
}

} // namespace ridgeline::viewerstatus
