#include "app/presentation/viewer/viewtransform.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace ridgeline {

ViewTransform::ViewTransform(QSize imageSize, QSize viewportSize)
    : m_imageSize(imageSize)
    , m_viewportSize(viewportSize)
{
    fit();
}

void ViewTransform::setImageSize(QSize size)
{
    m_imageSize = size;
    fit();
}

void ViewTransform::setViewportSize(QSize size)
{
    const bool wasFit = qFuzzyCompare(m_zoom, fitZoom());
    m_viewportSize = size;
    // A window resize keeps "fit" meaning fit; any other zoom stays as the examiner chose it.
    if (wasFit)
        m_zoom = fitZoom();
    m_zoom = std::clamp(m_zoom, minZoom(), maxZoom());
}

double ViewTransform::fitZoom() const
{
    if (m_imageSize.isEmpty() || m_viewportSize.isEmpty())
        return 1.0;
    // The bounding box of the rotated image must fit.
    const double radians = qDegreesToRadians(m_rotation);
    const double c = std::abs(std::cos(radians));
    const double s = std::abs(std::sin(radians));
    const double w = m_imageSize.width() * c + m_imageSize.height() * s;
    const double h = m_imageSize.width() * s + m_imageSize.height() * c;
    return std::min(m_viewportSize.width() / w, m_viewportSize.height() / h);
}

double ViewTransform::minZoom() const
{
    return std::min(fitZoom(), kMaxZoom);
}

double ViewTransform::maxZoom() const
{
    return std::max(kMaxZoom, minZoom());
}

void ViewTransform::setZoom(double zoom, QPointF viewPoint)
{
    const QPointF anchor = viewToImage(viewPoint);
    m_zoom = std::clamp(zoom, minZoom(), maxZoom());
    // The map is affine and its translation is the centre, so moving the centre by the drift puts
    // the anchor back under viewPoint.
    m_center += anchor - viewToImage(viewPoint);
    clampCenter();
}

void ViewTransform::fit()
{
    m_zoom = fitZoom();
    m_center = QPointF(m_imageSize.width() / 2.0, m_imageSize.height() / 2.0);
}

void ViewTransform::panBy(QPointF viewDelta)
{
    m_center = viewToImage(viewportCenter() - viewDelta);
    clampCenter();
}

void ViewTransform::centerOn(QPointF imagePoint)
{
    m_center = imagePoint;
    clampCenter();
}

void ViewTransform::setRotation(double degrees)
{
    const bool wasFit = qFuzzyCompare(m_zoom, fitZoom());
    double normalised = std::fmod(degrees, 360.0);
    if (normalised < 0)
        normalised += 360.0;
    m_rotation = normalised;
    m_zoom = wasFit ? fitZoom() : std::clamp(m_zoom, minZoom(), maxZoom());
}

void ViewTransform::setFlipped(bool flipped)
{
    m_flipped = flipped;
}

double ViewTransform::physicalZoom(double imagePpi, double screenDpi)
{
    if (imagePpi <= 0.0 || screenDpi <= 0.0)
        return 0.0;
    return screenDpi / imagePpi;
}

QTransform ViewTransform::transform() const
{
    Cache &c = m_cache;
    if (c.valid && c.viewport == m_viewportSize && c.zoom == m_zoom && c.center == m_center &&
        c.rotation == m_rotation && c.flipped == m_flipped)
        return c.transform;
    QTransform t;
    t.translate(m_viewportSize.width() / 2.0, m_viewportSize.height() / 2.0);
    t.rotate(m_rotation);
    t.scale(m_flipped ? -m_zoom : m_zoom, m_zoom);
    t.translate(-m_center.x(), -m_center.y());
    c = Cache{m_viewportSize, m_zoom, m_center, m_rotation, m_flipped, true, t};
    return t;
}

QPointF ViewTransform::imageToView(QPointF imagePoint) const
{
    return transform().map(imagePoint);
}

QPointF ViewTransform::viewToImage(QPointF viewPoint) const
{
    return transform().inverted().map(viewPoint);
}

QPolygonF ViewTransform::visiblePolygon() const
{
    const QTransform inverse = transform().inverted();
    return inverse.map(QPolygonF(QRectF(QPointF(0, 0), QSizeF(m_viewportSize))));
}

QRectF ViewTransform::visibleImageRect() const
{
    return visiblePolygon().boundingRect().intersected(QRectF(QPointF(0, 0), QSizeF(m_imageSize)));
}

void ViewTransform::clampCenter()
{
    m_center.setX(std::clamp(m_center.x(), 0.0, double(std::max(0, m_imageSize.width()))));
    m_center.setY(std::clamp(m_center.y(), 0.0, double(std::max(0, m_imageSize.height()))));
}

} // namespace ridgeline
