#pragma once

#include <QList>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace ridgeline {

// Where each page of a continuous vertical page view sits, display-free so it is tested without a
// window. Pages are stacked top to bottom, centred horizontally, with `spacing` logical pixels
// around and between them. Input sizes are PDF points; `scale` is logical pixels per point;
// results are logical pixels in content coordinates (origin at the top-left of the whole stack).
class DocumentPageLayout
{
public:
    void setPageSizes(const QList<QSizeF> &points);
    void setScale(double pixelsPerPoint);
    void setSpacing(int pixels);
    // The viewport width; pages narrower than it are centred in it.
    void setViewportWidth(int pixels);

    int pageCount() const { return int(m_points.size()); }
    double scale() const { return m_scale; }
    int spacing() const { return m_spacing; }
    QSize contentSize() const;
    QRect pageRect(int page) const;
    // The page under content y (the nearer one when y falls in a gap), -1 when there are no pages.
    int pageAt(int y) const;
    // Maps a rectangle in the page's points to content pixels.
    QRectF mapFromPage(int page, const QRectF &points) const;

    // Scales (pixels per point) at which the widest page fills `width`, or the largest page fits
    // entirely in `viewport`, spacing included.
    double fitWidthScale(int width) const;
    double fitPageScale(const QSize &viewport) const;

private:
    void relayout();

    QList<QSizeF> m_points;
    QList<QRect> m_rects;
    double m_scale = 1.0;
    int m_spacing = 12;
    int m_viewportWidth = 0;
    QSize m_content;
};

// Zoom steps of the viewer's zoom in / zoom out, as factors (1.0 = 100 %).
namespace zoomsteps {
inline constexpr double kMinimum = 0.5;
inline constexpr double kMaximum = 4.0;
QList<double> presets();
// The next preset above (direction > 0) or below (direction < 0) `zoom`, clamped to the range.
double step(double zoom, int direction);
double clamp(double zoom);
} // namespace zoomsteps

} // namespace ridgeline
