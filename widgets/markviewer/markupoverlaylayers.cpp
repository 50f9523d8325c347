// MarkupOverlay's area layers (clarity map, region of interest) and the tool's work in progress.
#include "widgets/markviewer/markupoverlay.h"

#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace ridgeline {

namespace {

const QColor kHalo(0, 0, 0, 190);
const QColor kRegion(255, 255, 255);
const QColor kOutsideRegion(0, 0, 0, 70);
const QColor kInProgress(0, 200, 255);

QPolygonF toView(const ViewTransform &view, const QList<QPointF> &points)
{
    QPolygonF polygon;
    polygon.reserve(points.size());
    for (const QPointF &p : points)
        polygon.append(view.imageToView(p));
    return polygon;
}

// A line with a dark halo, so it reads on light and dark ridges alike.
void haloPolyline(QPainter &painter, const QPolygonF &line, const QColor &colour, double width, Qt::PenStyle style)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kHalo, width + 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    painter.setPen(QPen(colour, width, style, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
}

void paintRegionInProgress(QPainter &painter, const QPolygonF &vertices, const std::optional<QPointF> &cursor)
{
    if (vertices.isEmpty())
        return;
    QPolygonF band = vertices;
    if (cursor)
        band.append(*cursor); // the rubber band to the mouse
    haloPolyline(painter, band, kInProgress, 1.5, Qt::DashLine);
    if (cursor && vertices.size() >= 2)
        haloPolyline(painter, {*cursor, vertices.first()},
                     QColor(kInProgress.red(), kInProgress.green(), kInProgress.blue(), 110), 1.0, Qt::DotLine);
    painter.setPen(QPen(kHalo, 1));
    painter.setBrush(kInProgress);
    for (const QPointF &v : vertices)
        painter.drawRect(QRectF(v - QPointF(3, 3), QSizeF(6, 6)));
    if (vertices.size() >= 3) { // where a click closes the polygon
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kInProgress, 1.5));
        painter.drawEllipse(vertices.first(), MarkupTool::kHitRadius, MarkupTool::kHitRadius);
    }
}

void paintBrush(QPainter &painter, const ViewTransform &view, const MarkupTool &tool, QPointF cursorImage)
{
    const QPointF at = view.imageToView(cursorImage);
    const double radius = std::max(tool.brushRadius() * view.zoom(), 2.0);
    QColor colour = MarkupOverlay::clarityColour(tool.clarityLevel());
    const bool eraser = !colour.isValid();
    colour = eraser ? QColor(Qt::white) : QColor(colour.red(), colour.green(), colour.blue());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kHalo, 3.5));
    painter.drawEllipse(at, radius, radius);
    painter.setPen(QPen(colour, 1.5, eraser ? Qt::DashLine : Qt::SolidLine));
    painter.drawEllipse(at, radius, radius);
}

} // namespace

QColor MarkupOverlay::clarityColour(ClarityLevel level)
{
    // Translucent, so the ridges under an assessed area still show.
    switch (level) {
    case ClarityLevel::None:
        return {};
    case ClarityLevel::Green:
        return QColor(0, 190, 70, 90);
    case ClarityLevel::Yellow:
        return QColor(250, 220, 0, 90);
    case ClarityLevel::Red:
        return QColor(230, 30, 30, 90);
    case ClarityLevel::Orange:
        return QColor(255, 140, 0, 100);
    }
    return {};
}

MarkupOverlay::ClarityImage MarkupOverlay::clarityImage(const ViewTransform &view, const ClarityMap &clarity,
                                                        const QRectF &viewArea)
{
    if (clarity.isNull() || viewArea.isEmpty())
        return {};
    const QRectF image(QPointF(0, 0), QSizeF(clarity.imageSize()));
    const QRectF area = view.transform().inverted().map(QPolygonF(viewArea)).boundingRect().intersected(image);
    if (area.isEmpty())
        return {};
    const int size = clarity.cellSize();
    const int c0 = std::clamp(int(std::floor(area.left() / size)), 0, clarity.columns() - 1);
    const int c1 = std::clamp(int(std::ceil(area.right() / size)), c0 + 1, clarity.columns());
    const int r0 = std::clamp(int(std::floor(area.top() / size)), 0, clarity.rows() - 1);
    const int r1 = std::clamp(int(std::ceil(area.bottom() / size)), r0 + 1, clarity.rows());
    std::array<QRgb, 5> colours{};
    for (ClarityLevel level : {ClarityLevel::Green, ClarityLevel::Yellow, ClarityLevel::Red, ClarityLevel::Orange})
        colours[size_t(level)] = qPremultiply(clarityColour(level).rgba());
    QImage cells(c1 - c0, r1 - r0, QImage::Format_ARGB32_Premultiplied);
    bool any = false;
    for (int r = r0; r < r1; ++r) {
        auto *line = reinterpret_cast<QRgb *>(cells.scanLine(r - r0));
        for (int c = c0; c < c1; ++c) {
            const ClarityLevel level = clarity.cellLevel(c, r);
            line[c - c0] = colours[size_t(level) % colours.size()];
            any = any || level != ClarityLevel::None;
        }
    }
    if (!any)
        return {};
    // The last column and row may be partial cells: the source is cut to the image's edge.
    const QRectF covered(c0 * size, r0 * size, (c1 - c0) * size, (r1 - r0) * size);
    const QRectF target = covered.intersected(image);
    const QRectF source((target.left() - covered.left()) / size, (target.top() - covered.top()) / size,
                        target.width() / size, target.height() / size);
    return {cells, target, source};
}

void MarkupOverlay::paintClarity(QPainter &painter, const ViewTransform &view, const ClarityImage &image)
{
    if (image.cells.isNull())
        return;
    painter.save();
    painter.setTransform(view.transform(), true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(image.target, image.cells, image.source);
    painter.restore();
}

void MarkupOverlay::paintClarity(QPainter &painter, const ViewTransform &view, const ClarityMap &clarity,
                                 const QRect &band)
{
    paintClarity(painter, view, clarityImage(view, clarity, QRectF(band)));
}

void MarkupOverlay::paintRegionOfInterest(QPainter &painter, const ViewTransform &view, const QList<QPointF> &polygon,
                                          const QRect &band)
{
    if (polygon.size() < 3)
        return;
    const QPolygonF onScreen = toView(view, polygon);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Everything outside the region dimmed a little: the band with the polygon cut out of it.
    QPainterPath outside;
    outside.setFillRule(Qt::OddEvenFill);
    outside.addRect(QRectF(band).adjusted(-2, -2, 2, 2));
    outside.addPolygon(onScreen);
    outside.closeSubpath();
    painter.fillPath(outside, kOutsideRegion);
    QPolygonF closed = onScreen;
    closed.append(onScreen.first());
    haloPolyline(painter, closed, kRegion, 1.5, Qt::DashLine);
    painter.restore();
}

void MarkupOverlay::paintInProgress(QPainter &painter, const ViewTransform &view, const MarkupTool &tool,
                                    const std::optional<QPointF> &cursorImage)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const std::optional<QPointF> cursor =
        cursorImage ? std::optional<QPointF>(view.imageToView(*cursorImage)) : std::nullopt;
    switch (tool.mode()) {
    case MarkupTool::Mode::Features:
        if (const std::optional<QLineF> line = tool.lineInProgress()) {
            const QPolygonF onScreen{view.imageToView(line->p1()), view.imageToView(line->p2())};
            haloPolyline(painter, onScreen, colour(tool.featureType()), 2.5, Qt::DashLine);
        }
        break;
    case MarkupTool::Mode::RegionOfInterest:
        paintRegionInProgress(painter, toView(view, tool.regionInProgress()), cursor);
        break;
    case MarkupTool::Mode::Clarity:
        if (cursorImage)
            paintBrush(painter, view, tool, *cursorImage);
        break;
    }
    painter.restore();
}

QString MarkupOverlay::suggestionToolTip(const MarkupFeature &s)
{
    QStringList lines;
    lines << tr("Suggestion: %1 (not reviewed)").arg(featureTypeDisplayName(s.type));
    lines << tr("From %1 %2").arg(s.origin.engine, s.origin.engineVersion);
    lines << tr("Select it, then Enter accepts it and Delete rejects it");
    return lines.join(QLatin1Char('\n'));
}

} // namespace ridgeline
