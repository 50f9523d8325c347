// MarkCanvas painting: tiles, enhancement preview, pixel grid, markup, measurements, overview, loupe.
#include "widgets/markviewer/markcanvas.h"

#include "app/presentation/viewer/enhancementpreview.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilecache.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "widgets/markviewer/markupoverlay.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <optional>

namespace ridgeline {

namespace {

const QColor kBackground(48, 48, 52);
const QColor kMeasurement(255, 190, 0);
const QColor kInProgress(0, 200, 255);
const QColor kGrid(255, 255, 255, 60);

// The pixel grid as filled rectangles one device pixel wide rather than cosmetic lines: the
// cosmetic pen makes a span per pixel and would hand long lines to the thread pool (see
// paintInBands). Only the lines under `band` (view coordinates) are drawn.
void paintGrid(QPainter &painter, const ViewTransform &view, const QRect &band)
{
    const QRectF area =
        view.transform().inverted().map(QPolygonF(QRectF(band))).boundingRect().intersected(view.visibleImageRect());
    if (area.isEmpty())
        return;
    const double half = 0.5 / view.zoom();
    QList<QRectF> lines;
    for (double x = std::ceil(area.left()); x <= area.right(); x += 1.0)
        lines.append(QRectF(x - half, area.top(), 2 * half, area.height()));
    for (double y = std::ceil(area.top()); y <= area.bottom(); y += 1.0)
        lines.append(QRectF(area.left(), y - half, area.width(), 2 * half));
    painter.save();
    painter.setTransform(view.transform(), true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kGrid);
    painter.drawRects(lines);
    painter.restore();
}

void paintPolyline(QPainter &painter, const ViewTransform &view, const QList<QPointF> &points, const QColor &colour,
                   Qt::PenStyle style)
{
    QPolygonF polygon;
    for (const QPointF &p : points)
        polygon.append(view.imageToView(p));
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3.0));
    painter.drawPolyline(polygon);
    painter.setPen(QPen(colour, 1.5, style));
    painter.drawPolyline(polygon);
    for (const QPointF &p : std::as_const(polygon))
        painter.drawEllipse(p, 3.0, 3.0);
}

void paintMeasurements(QPainter &painter, const ViewTransform &view, const QList<Measurement> &measurements,
                       const QList<QPointF> &inProgress)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Measurement &m : measurements) {
        paintPolyline(painter, view, m.points, kMeasurement, Qt::SolidLine);
        const QPointF label = view.imageToView(m.points.size() == 3 ? m.points[1] : m.points.last());
        const QString text = m.text();
        const QRectF box =
            QRectF(painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2)).translated(label + QPointF(8, -8));
        painter.fillRect(box, QColor(0, 0, 0, 170));
        painter.setPen(kMeasurement);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    if (!inProgress.isEmpty())
        paintPolyline(painter, view, inProgress, kInProgress, Qt::DashLine);
    painter.restore();
}

// The loupe: a magnified, round view beside the cursor, planned once per frame.
struct LoupeFrame
{
    ViewTransform view;
    QPointF topLeft; // in the canvas
    TilePaintPlan tiles;
};

LoupeFrame planLoupe(const ViewTransform &view, QPointF cursorImage, QSize canvas, const imaging::TilePyramid &pyramid,
                     TileCache &cache)
{
    const double zoom = std::min(ViewTransform::kMaxZoom, std::max(4.0, view.zoom() * 4.0));
    const int side = MarkCanvas::kLoupeSide;
    ViewTransform loupe(view.imageSize(), QSize(side, side));
    loupe.setRotation(view.rotation());
    loupe.setFlipped(view.isFlipped());
    loupe.setZoom(zoom);
    loupe.centerOn(cursorImage);
    // The loupe sits beside the cursor, away from the corner it would leave the canvas by.
    const QPointF cursor = view.imageToView(cursorImage);
    QPointF topLeft = cursor + QPointF(24, 24);
    if (topLeft.x() + side > canvas.width())
        topLeft.rx() = cursor.x() - 24 - side;
    if (topLeft.y() + side > canvas.height())
        topLeft.ry() = cursor.y() - 24 - side;
    return LoupeFrame{loupe, topLeft, TileRenderer::plan(loupe, pyramid, cache)};
}

void paintLoupe(QPainter &painter, const LoupeFrame &loupe, const QRect &band, bool grid)
{
    const int side = MarkCanvas::kLoupeSide;
    if (!QRectF(loupe.topLeft, QSizeF(side, side)).intersects(band))
        return;
    // The band in the loupe's own coordinates (whole pixels: the loupe sits at fractional positions).
    const QRect inLoupe = band.translated(-loupe.topLeft.toPoint()).adjusted(-1, -1, 1, 1);
    painter.save();
    painter.translate(loupe.topLeft);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, side, side));
    painter.setClipPath(circle, Qt::IntersectClip);
    painter.fillRect(QRect(0, 0, side, side), kBackground);
    TileRenderer::draw(painter, loupe.tiles, inLoupe);
    if (grid && loupe.view.zoom() >= MarkCanvas::kGridZoom)
        paintGrid(painter, loupe.view, inLoupe);
    painter.restore();
    painter.save();
    painter.translate(loupe.topLeft);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawEllipse(QRectF(1, 1, side - 2, side - 2));
    painter.restore();
}

} // namespace

void MarkCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    ++m_frames;
    if (!m_document->isViewable()) {
        painter.fillRect(rect(), kBackground);
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, statusText());
        return;
    }
    // Everything that touches the cache is decided once; the bands only draw (see paintInBands).
    const imaging::TilePyramid &pyramid = *m_scheduler->pyramid();
    const TilePaintPlan tiles = TileRenderer::plan(m_view, pyramid, m_scheduler->cache());
    m_lastPaint = tiles.result;
    QList<imaging::TileKey> wanted = m_lastPaint.wanted;
    std::optional<LoupeFrame> loupe;
    if (m_loupe && m_cursorImage) {
        loupe = planLoupe(m_view, *m_cursorImage, size(), pyramid, m_scheduler->cache());
        wanted += loupe->tiles.result.wanted;
    }
    const bool preview = m_showEnhancement && !m_preview->image().isNull();
    const bool grid = m_grid && m_view.zoom() >= kGridZoom;
    const MarkupOverlay::ClarityImage clarity =
        m_markup && m_showClarity
            ? MarkupOverlay::clarityImage(m_view, m_markup->document()->clarity(), QRectF(event->rect()))
            : MarkupOverlay::ClarityImage{};
    paintInBands(painter, event->rect(), [&](const QRect &band) {
        painter.fillRect(band, kBackground);
        TileRenderer::draw(painter, tiles, band);
        if (preview) {
            painter.save();
            painter.setTransform(m_view.transform());
            painter.setRenderHint(QPainter::SmoothPixmapTransform, m_view.zoom() < 1.0);
            painter.drawImage(m_preview->imageRect(), m_preview->image());
            painter.restore();
        }
        if (grid)
            paintGrid(painter, m_view, band);
        // Markup over the image as shown (enhanced or not) and the grid; measurements, the line in
        // progress and the insets on top, as they are drawn over the features they measure.
        if (m_markup) {
            const MarkupOverlay::Layers layers{m_markup->selected(), m_markup->selectedSuggestion(), m_showClarity,
                                               m_showSuggestions, &clarity};
            MarkupOverlay::paint(painter, m_view, *m_markup->document(), layers, band);
            if (m_markupMode)
                MarkupOverlay::paintInProgress(painter, m_view, *m_markup, m_cursorImage);
        }
        paintMeasurements(painter, m_view, m_document->measurements(), m_tool->points());
        if (loupe)
            paintLoupe(painter, *loupe, band, m_grid);
        if (m_overview)
            paintOverview(painter, band);
    });
    m_scheduler->request(wanted);
}

void MarkCanvas::paintOverview(QPainter &painter, const QRect &band) const
{
    const QRect inset = overviewRect();
    if (!inset.adjusted(-2, -2, 2, 2).intersects(band))
        return;
    const TileScheduler &scheduler = *m_scheduler;
    const imaging::TilePyramid &pyramid = *scheduler.pyramid();
    painter.save();
    painter.fillRect(inset.adjusted(-2, -2, 2, 2), QColor(0, 0, 0, 200));
    // The coarsest level is pinned in the cache, so the overview is always there.
    const int top = pyramid.levelCount() - 1;
    const QImage whole = scheduler.cache().peek(imaging::TileKey{top, 0, 0});
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!whole.isNull())
        painter.drawImage(QRectF(inset), whole);
    // The visible area, as a (possibly turned) outline.
    const QSize image = m_document->imageSize();
    QTransform toInset;
    toInset.translate(inset.x(), inset.y());
    toInset.scale(double(inset.width()) / image.width(), double(inset.height()) / image.height());
    painter.setClipRect(inset);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 80, 80), 1.5));
    painter.drawPolygon(toInset.map(m_view.visiblePolygon()));
    painter.restore();
}

} // namespace ridgeline
