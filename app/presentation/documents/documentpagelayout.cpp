#include "app/presentation/documents/documentpagelayout.h"

#include <algorithm>
#include <cmath>

namespace ridgeline {

void DocumentPageLayout::setPageSizes(const QList<QSizeF> &points)
{
    m_points = points;
    relayout();
}

void DocumentPageLayout::setScale(double pixelsPerPoint)
{
    m_scale = pixelsPerPoint > 0 ? pixelsPerPoint : 1.0;
    relayout();
}

void DocumentPageLayout::setSpacing(int pixels)
{
    m_spacing = std::max(0, pixels);
    relayout();
}

void DocumentPageLayout::setViewportWidth(int pixels)
{
    m_viewportWidth = std::max(0, pixels);
    relayout();
}

QSize DocumentPageLayout::contentSize() const
{
    return m_content;
}

QRect DocumentPageLayout::pageRect(int page) const
{
    return page >= 0 && page < m_rects.size() ? m_rects.at(page) : QRect();
}

int DocumentPageLayout::pageAt(int y) const
{
    if (m_rects.isEmpty())
        return -1;
    // The first page whose bottom (plus half the gap after it) lies below y.
    const int half = m_spacing / 2;
    auto it = std::lower_bound(m_rects.cbegin(), m_rects.cend(), y,
                               [half](const QRect &rect, int value) { return rect.bottom() + half < value; });
    if (it == m_rects.cend())
        return int(m_rects.size()) - 1;
    return int(it - m_rects.cbegin());
}

QRectF DocumentPageLayout::mapFromPage(int page, const QRectF &points) const
{
    const QRect rect = pageRect(page);
    if (rect.isNull())
        return {};
    return QRectF(rect.left() + points.left() * m_scale, rect.top() + points.top() * m_scale, points.width() * m_scale,
                  points.height() * m_scale);
}

double DocumentPageLayout::fitWidthScale(int width) const
{
    double widest = 0;
    for (const QSizeF &size : m_points)
        widest = std::max(widest, size.width());
    if (widest <= 0)
        return 1.0;
    return std::max(1.0, double(width - 2 * m_spacing)) / widest;
}

double DocumentPageLayout::fitPageScale(const QSize &viewport) const
{
    double widest = 0;
    double tallest = 0;
    for (const QSizeF &size : m_points) {
        widest = std::max(widest, size.width());
        tallest = std::max(tallest, size.height());
    }
    if (widest <= 0 || tallest <= 0)
        return 1.0;
    const double byWidth = std::max(1.0, double(viewport.width() - 2 * m_spacing)) / widest;
    const double byHeight = std::max(1.0, double(viewport.height() - 2 * m_spacing)) / tallest;
    return std::min(byWidth, byHeight);
}

void DocumentPageLayout::relayout()
{
    m_rects.clear();
    int widest = 0;
    QList<QSize> sizes;
    for (const QSizeF &points : m_points) {
        const QSize size(int(std::lround(points.width() * m_scale)), int(std::lround(points.height() * m_scale)));
        sizes.append(size);
        widest = std::max(widest, size.width());
    }
    const int contentWidth = std::max(widest + 2 * m_spacing, m_viewportWidth);
    int y = m_spacing;
    for (const QSize &size : sizes) {
        m_rects.append(QRect(QPoint((contentWidth - size.width()) / 2, y), size));
        y += size.height() + m_spacing;
    }
    m_content = m_rects.isEmpty() ? QSize() : QSize(contentWidth, y);
}

namespace zoomsteps {

QList<double> presets()
{
    return {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};
}

double clamp(double zoom)
{
    return std::clamp(zoom, kMinimum, kMaximum);
}

double step(double zoom, int direction)
{
    const QList<double> steps = presets();
    // A small tolerance so that 1.0999 (a fit-width zoom) steps to 1.25, not to 1.1.
    constexpr double epsilon = 0.005;
    if (direction > 0) {
        for (double candidate : steps) {
            if (candidate > zoom + epsilon)
                return candidate;
        }
        return kMaximum;
    }
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (*it < zoom - epsilon)
            return *it;
    }
    return kMinimum;
}

} // namespace zoomsteps

} // namespace ridgeline
