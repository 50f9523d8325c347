// MarkCanvas painting: tiles, enhancement preview, pixel grid, measurements, overview, loupe.
#include "widgets/markviewer/markcanvas.h"

#include "app/presentation/viewer/enhancementpreview.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilescheduler.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ridgeline {

namespace {

const QColor kBackground(48, 48, 52);
const QColor kMeasurement(255, 190, 0);
const QColor kInProgress(0, 200, 255);

void paintGrid(QPainter &painter, const ViewTransform &view)
{
    const QRectF visible = view.visibleImageRect();
    painter.save();
    painter.setTransform(view.transform(), true);
    QPen pen(QColor(255, 255, 255, 60));
    pen.setCosmetic(true);
    painter.setPen(pen);
    QVector<QLineF> lines;
    const int x0 = int(std::floor(visible.left()));
    const int x1 = int(std::ceil(visible.right()));
    const int y0 = int(std::floor(visible.top()));
    const int y1 = int(std::ceil(visible.bottom()));
    for (int x = x0; x <= x1; ++x)
        lines.append(QLineF(x, y0, x, y1));
    for (int y = y0; y <= y1; ++y)
        lines.append(QLineF(x0, y, x1, y));
    painter.drawLines(lines);
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

} // namespace

void MarkCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    ++m_frames;
    if (!m_document->isViewable()) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, statusText());
        return;
    }
    const imaging::TilePyramid &pyramid = *m_scheduler->pyramid();
    m_lastPaint = TileRenderer::paint(painter, m_view, pyramid, m_scheduler->cache());
    if (m_showEnhancement && !m_preview->image().isNull()) {
        painter.save();
        painter.setTransform(m_view.transform());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_view.zoom() < 1.0);
        painter.drawImage(m_preview->imageRect(), m_preview->image());
        painter.restore();
    }
    if (m_grid && m_view.zoom() >= kGridZoom)
        paintGrid(painter, m_view);
    paintMeasurements(painter, m_view, m_document->measurements(), m_tool->points());
    QList<imaging::TileKey> wanted = m_lastPaint.wanted;
    if (m_loupe && m_cursorImage)
        paintLoupe(painter, wanted);
    if (m_overview)
        paintOverview(painter);
    m_scheduler->request(wanted);
}

void MarkCanvas::paintOverview(QPainter &painter)
{
    const QRect inset = overviewRect();
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

void MarkCanvas::paintLoupe(QPainter &painter, QList<imaging::TileKey> &wanted)
{
    const double zoom = std::min(ViewTransform::kMaxZoom, std::max(4.0, m_view.zoom() * 4.0));
    ViewTransform loupe(m_document->imageSize(), QSize(kLoupeSide, kLoupeSide));
    loupe.setRotation(m_view.rotation());
    loupe.setFlipped(m_view.isFlipped());
    loupe.setZoom(zoom);
    loupe.centerOn(*m_cursorImage);
    // The loupe sits beside the cursor, away from the corner it would leave the canvas by.
    const QPointF cursor = m_view.imageToView(*m_cursorImage);
    QPointF topLeft = cursor + QPointF(24, 24);
    if (topLeft.x() + kLoupeSide > width())
        topLeft.rx() = cursor.x() - 24 - kLoupeSide;
    if (topLeft.y() + kLoupeSide > height())
        topLeft.ry() = cursor.y() - 24 - kLoupeSide;
    painter.save();
    painter.translate(topLeft);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, kLoupeSide, kLoupeSide));
    painter.setClipPath(circle);
    painter.fillRect(QRect(0, 0, kLoupeSide, kLoupeSide), kBackground);
    const TilePaintResult result = TileRenderer::paint(painter, loupe, *m_scheduler->pyramid(), m_scheduler->cache());
    wanted += result.wanted;
    if (zoom >= kGridZoom && m_grid)
        paintGrid(painter, loupe);
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawEllipse(QRectF(1, 1, kLoupeSide - 2, kLoupeSide - 2));
    painter.restore();
}

} // namespace ridgeline
