#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace ridgeline {

// How an image lies on the canvas: zoom, the image point at the viewport's centre, rotation and
// horizontal flip. A plain value, no thread affinity. Image coordinates are pixels of the original
// (0,0 = top-left corner of the first pixel); view coordinates are device-independent pixels of the
// viewport. zoom() is view pixels per image pixel; rotation() is in degrees, clockwise on screen.
class ViewTransform
{
public:
    static constexpr double kMaxZoom = 32.0;

    ViewTransform() = default;
    ViewTransform(QSize imageSize, QSize viewportSize);

    QSize imageSize() const { return m_imageSize; }
    QSize viewportSize() const { return m_viewportSize; }
    void setImageSize(QSize size);
    // Keeps the image point at the centre where it is.
    void setViewportSize(QSize size);

    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; }
    double rotation() const { return m_rotation; }
    bool isFlipped() const { return m_flipped; }

    // The zoom at which the whole (rotated) image fits the viewport; the lower zoom limit.
    double fitZoom() const;
    double minZoom() const;
    double maxZoom() const;

    // Zoom clamped to [minZoom, maxZoom] keeping the image point under viewPoint fixed on screen.
    void setZoom(double zoom, QPointF viewPoint);
    void setZoom(double zoom) { setZoom(zoom, viewportCenter()); }
    void zoomBy(double factor, QPointF viewPoint) { setZoom(m_zoom * factor, viewPoint); }
    // Whole image centred at fit zoom.
    void fit();
    // Moves the content by delta view pixels (drag direction).
    void panBy(QPointF viewDelta);
    // Puts this image point at the viewport centre.
    void centerOn(QPointF imagePoint);
    void setCenter(QPointF imagePoint) { centerOn(imagePoint); }
    // Rotation about the viewport centre, normalised to [0, 360).
    void setRotation(double degrees);
    void rotateBy(double degrees) { setRotation(m_rotation + degrees); }
    void setFlipped(bool flipped);

    // The zoom that shows the image at life size: image ppi and the screen's physical dots per
    // inch. 0 when either is unknown.
    static double physicalZoom(double imagePpi, double screenDpi);

    // Image -> view.
    QTransform transform() const;
    QPointF imageToView(QPointF imagePoint) const;
    QPointF viewToImage(QPointF viewPoint) const;
    // The viewport's outline in image coordinates (a rotated rectangle in general).
    QPolygonF visiblePolygon() const;
    // Bounding box of the visible part of the image, clipped to the image.
    QRectF visibleImageRect() const;

    friend bool operator==(const ViewTransform &a, const ViewTransform &b)
    {
        return a.m_imageSize == b.m_imageSize && a.m_viewportSize == b.m_viewportSize && a.m_zoom == b.m_zoom &&
               a.m_center == b.m_center && a.m_rotation == b.m_rotation && a.m_flipped == b.m_flipped;
    }

private:
    QPointF viewportCenter() const { return QPointF(m_viewportSize.width() / 2.0, m_viewportSize.height() / 2.0); }
    void clampCenter();

    QSize m_imageSize;
    QSize m_viewportSize;
    double m_zoom = 1.0;
    QPointF m_center;
    double m_rotation = 0.0;
    bool m_flipped = false;
    // transform() is asked for thousands of times a frame (every marker, tick and label): it is
    // kept with the values it was made from and made again only when one of them changed.
    struct Cache
    {
        QSize viewport;
        double zoom = 0;
        QPointF center;
        double rotation = 0;
        bool flipped = false;
        bool valid = false;
        QTransform transform;
    };
    mutable Cache m_cache;
};

} // namespace ridgeline
