#include "widgets/markviewer/markupoverlay.h"

#include "app/core/markupdocument.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ridgeline {

namespace {

const QColor kHalo(0, 0, 0, 190);
const QColor kSelection(255, 255, 255);
const QColor kAfterExemplar(255, 140, 0); // GYRO orange

// The outline of a marker of radius r about the origin.
QPainterPath markerPath(MarkerShape shape, double r)
{
    QPainterPath path;
    auto polygon = [&](int corners, double startDegrees, double inner) {
        QPolygonF points;
        const int steps = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < steps; ++i) {
            const double radius = (inner > 0 && i % 2) ? inner : r;
            const double a = (startDegrees + i * 360.0 / steps) * M_PI / 180.0;
            points.append(QPointF(radius * std::cos(a), radius * std::sin(a)));
        }
        path.addPolygon(points);
        path.closeSubpath();
    };
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(QPointF(), r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7));
        break;
    case MarkerShape::Diamond:
        polygon(4, -90, 0);
        break;
    case MarkerShape::Star:
        polygon(5, -90, r * 0.45);
        break;
    case MarkerShape::Triangle:
        polygon(3, -90, 0);
        break;
    case MarkerShape::Dot:
        path.addEllipse(QPointF(), r * 0.45, r * 0.45);
        break;
    case MarkerShape::Hexagon:
        polygon(6, 0, 0);
        break;
    case MarkerShape::DashedLine:
    case MarkerShape::Line:
        path.moveTo(-r, 0);
        path.lineTo(r, 0);
        break;
    case MarkerShape::ZigZag:
        path.moveTo(-r, 0);
        path.lineTo(-r / 2, -r / 2);
        path.lineTo(0, r / 2);
        path.lineTo(r / 2, -r / 2);
        path.lineTo(r, 0);
        break;
    case MarkerShape::Flag:
        path.moveTo(-r * 0.6, r);
        path.lineTo(-r * 0.6, -r);
        path.lineTo(r, -r * 0.5);
        path.lineTo(-r * 0.6, 0);
        break;
    case MarkerShape::Outline:
    case MarkerShape::DashedOutline:
        path.addRoundedRect(QRectF(-r, -r * 0.7, 2 * r, 1.4 * r), 3, 3);
        break;
    }
    return path;
}

bool isFilled(MarkerShape shape)
{
    return shape == MarkerShape::Dot;
}

Qt::PenStyle penStyle(MarkerShape shape)
{
    return (shape == MarkerShape::DashedLine || shape == MarkerShape::DashedOutline) ? Qt::DashLine : Qt::SolidLine;
}

// The direction as a unit vector on screen: the image direction (markup.h: counter-clockwise,
// 0 right, y down) mapped through the view, so it turns and mirrors with the image.
QPointF screenDirection(const ViewTransform &view, QPointF position, double degrees)
{
    const double a = degrees * M_PI / 180.0;
    const QPointF d = view.imageToView(position + QPointF(std::cos(a), -std::sin(a))) - view.imageToView(position);
    const double length = std::hypot(d.x(), d.y());
    return length > 0 ? d / length : QPointF(1, 0);
}

void paintGeometry(QPainter &painter, const ViewTransform &view, const MarkupFeature &f, const QColor &colour)
{
    if (f.geometry.size() < 2)
        return;
    QPolygonF polygon;
    for (const QPointF &p : f.geometry)
        polygon.append(view.imageToView(p));
    if (f.geometryKind == FeatureGeometry::Polygon)
        polygon.append(polygon.first());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kHalo, 3.5));
    painter.drawPolyline(polygon);
    painter.setPen(QPen(colour, 1.5, penStyle(f.info().shape)));
    painter.drawPolyline(polygon);
}

void paintFeature(QPainter &painter, const ViewTransform &view, const MarkupFeature &f, bool selected)
{
    const FeatureTypeInfo &info = f.info();
    const QColor colour = MarkupOverlay::colour(f.type);
    const QPointF at = view.imageToView(f.position);
    const double r = MarkupOverlay::kMarkerRadius;
    paintGeometry(painter, view, f, colour);
    if (selected) {
        painter.setPen(QPen(kHalo, 5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 6, r + 6);
        painter.setPen(QPen(kSelection, 2.5));
        painter.drawEllipse(at, r + 6, r + 6);
    }
    if (f.afterExemplar) {
        painter.setPen(QPen(kAfterExemplar, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 3, r + 3);
    }
    if (f.direction) {
        const QPointF d = screenDirection(view, f.position, *f.direction);
        const QLineF tick(at + d * r, at + d * MarkupOverlay::kTickLength);
        painter.setPen(QPen(kHalo, 4.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(tick);
        painter.setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(tick);
    }
    const QPainterPath marker = markerPath(info.shape, r).translated(at);
    painter.setBrush(isFilled(info.shape) ? QBrush(colour) : Qt::NoBrush);
    painter.setPen(QPen(kHalo, 4.5));
    painter.drawPath(marker);
    painter.setPen(QPen(colour, 2.2, penStyle(info.shape)));
    painter.drawPath(marker);
    // The letter beside the marker, on a dark plate so it reads on light and dark ridges.
    const QString letter(QLatin1Char(info.symbol));
    const QRectF plate(at + QPointF(r + 2, -r - 13), QSizeF(13, 14));
    painter.setPen(Qt::NoPen);
    painter.setBrush(kHalo);
    painter.drawRoundedRect(plate, 2, 2);
    painter.setPen(colour);
    painter.drawText(plate, Qt::AlignCenter, letter);
}

} // namespace

QColor MarkupOverlay::colour(FeatureType type)
{
    // Okabe-Ito's colour-blind-safe palette first (minutiae, cores, deltas), then lighter tones;
    // shape and letter tell the rest apart.
    switch (type) {
    case FeatureType::MinutiaEnding:
        return QColor(230, 159, 0); // orange
    case FeatureType::MinutiaBifurcation:
        return QColor(86, 180, 233); // sky blue
    case FeatureType::MinutiaUnknown:
        return QColor(240, 228, 66); // yellow
    case FeatureType::Core:
        return QColor(0, 158, 115); // bluish green
    case FeatureType::Delta:
        return QColor(204, 121, 167); // reddish purple
    case FeatureType::Dot:
        return QColor(255, 255, 255);
    case FeatureType::IncipientRidge:
        return QColor(150, 220, 255);
    case FeatureType::Crease:
        return QColor(200, 200, 200);
    case FeatureType::Scar:
        return QColor(213, 94, 0); // vermilion
    case FeatureType::DistinctiveFeature:
        return QColor(255, 120, 200);
    case FeatureType::Note:
        return QColor(255, 240, 170);
    case FeatureType::ClassFeature:
        return QColor(0, 114, 178); // blue
    case FeatureType::AcquiredFeature:
        return QColor(250, 180, 120);
    }
    return Qt::white;
}

void MarkupOverlay::paint(QPainter &painter, const ViewTransform &view, const MarkupDocument &markup,
                          const FeatureId &selected, const QRect &band)
{
    if (markup.features().isEmpty())
        return;
    // Markers keep their screen size, so a band only needs those within a marker and its label.
    const QRectF reach = QRectF(band).adjusted(-kTickLength - 4, -kTickLength - 4, kTickLength + 4, kTickLength + 4);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(11);
    painter.setFont(font);
    const MarkupFeature *chosen = nullptr;
    for (const MarkupFeature &f : markup.features()) {
        if (f.id == selected)
            chosen = &f; // drawn last, on top
        else if (reach.contains(view.imageToView(f.position)) || !f.geometry.isEmpty())
            paintFeature(painter, view, f, false);
    }
    if (chosen)
        paintFeature(painter, view, *chosen, true);
    painter.restore();
}

QString MarkupOverlay::toolTip(const MarkupFeature &f, int number)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 %2").arg(number).arg(featureTypeDisplayName(f.type));
    if (f.direction)
        lines << tr("Direction: %1°").arg(locale.toString(*f.direction, 'f', 0));
    lines << tr("Confidence: %1").arg(confidenceDisplayName(f.confidence));
    lines << tr("Added by %1 at %2 UTC").arg(f.author, f.createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (f.modifiedUtc != f.createdUtc)
        lines << tr("Changed at %1 UTC").arg(f.modifiedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!f.origin.isAutomatic())
        lines << tr("Origin: marked by hand");
    else
        lines << tr("Origin: %1 %2, accepted by %3").arg(f.origin.engine, f.origin.engineVersion, f.origin.reviewedBy);
    if (f.afterExemplar)
        lines << tr("Added or changed after an exemplar was seen");
    if (!f.text.isEmpty())
        lines << f.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ridgeline
