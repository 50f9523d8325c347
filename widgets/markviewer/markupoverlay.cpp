#include "widgets/markviewer/markupoverlay.h"

#include "app/core/markupdocument.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ridgeline {

namespace {

// The locale's short date and the time to the second, in UTC (the texts say so).
QString utcStamp(const QDateTime &utc)
{
    const QLocale locale;
    return locale.toString(utc.toUTC(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss"));
}

const QColor kHalo(0, 0, 0, 190);
const QColor kSelection(255, 255, 255);
const QColor kAfterExemplar(255, 140, 0); // GYRO orange
const QColor kSuggestion(120, 205, 220);  // grey-cyan: no feature type uses it

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

// A polyline's segments on screen, with teeth along them for a zig-zag (scars): drawn in screen
// space so the teeth keep their size at any zoom.
QPolygonF zigZag(const QPolygonF &line)
{
    constexpr double kTooth = 8.0;  // screen pixels between teeth
    constexpr double kHeight = 3.5; // screen pixels either side of the line
    QPolygonF teeth;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QLineF segment(line[i], line[i + 1]);
        const int n = std::max(2, int(std::lround(segment.length() / kTooth)));
        const QPointF normal =
            segment.length() > 0 ? QPointF(-segment.dy(), segment.dx()) / segment.length() : QPointF();
        for (int k = (i == 0 ? 0 : 1); k <= n; ++k) {
            const double side = (k == 0 || k == n) ? 0.0 : (k % 2 ? kHeight : -kHeight);
            teeth.append(segment.pointAt(double(k) / n) + normal * side);
        }
    }
    return teeth;
}

// A feature's line or outline in the type's colour and style (dashed, solid or zig-zag). A line
// feature is drawn thicker than an area's outline: the line IS the feature.
void paintGeometry(QPainter &painter, const ViewTransform &view, const MarkupFeature &f, const QColor &colour,
                   bool selected)
{
    if (f.geometry.size() < 2)
        return;
    QPolygonF polygon;
    for (const QPointF &p : f.geometry)
        polygon.append(view.imageToView(p));
    if (f.geometryKind == FeatureGeometry::Polygon)
        polygon.append(polygon.first());
    const bool line = f.geometryKind == FeatureGeometry::Polyline;
    const MarkerShape shape = f.info().shape;
    const QPolygonF drawn = (line && shape == MarkerShape::ZigZag) ? zigZag(polygon) : polygon;
    const double width = line ? 2.5 : 1.5;
    painter.setBrush(Qt::NoBrush);
    if (selected) {
        painter.setPen(QPen(kSelection, width + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(drawn);
    }
    painter.setPen(QPen(kHalo, width + 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(drawn);
    painter.setPen(QPen(colour, width, penStyle(shape), Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(drawn);
}

// The letter beside the marker, on a dark plate so it reads on light and dark ridges.
void paintLetter(QPainter &painter, QPointF at, const QString &letter, const QColor &colour)
{
    const double r = MarkupOverlay::kMarkerRadius;
    const QRectF plate(at + QPointF(r + 2, -r - 13), QSizeF(std::max(13, 7 * int(letter.size()) + 2), 14));
    painter.setPen(Qt::NoPen);
    painter.setBrush(kHalo);
    painter.drawRoundedRect(plate, 2, 2);
    painter.setPen(colour);
    painter.drawText(plate, Qt::AlignCenter, letter);
}

void paintMarker(QPainter &painter, QPointF at, const FeatureTypeInfo &info, const QColor &colour,
                 const QString &letter)
{
    const QPainterPath marker = markerPath(info.shape, MarkupOverlay::kMarkerRadius).translated(at);
    painter.setBrush(isFilled(info.shape) ? QBrush(colour) : Qt::NoBrush);
    painter.setPen(QPen(kHalo, 4.5));
    painter.drawPath(marker);
    painter.setPen(QPen(colour, 2.2, penStyle(info.shape)));
    painter.drawPath(marker);
    paintLetter(painter, at, letter, colour);
}

void paintFeature(QPainter &painter, const ViewTransform &view, const MarkupFeature &f, bool selected)
{
    const FeatureTypeInfo &info = f.info();
    const QColor colour = MarkupOverlay::colour(f.type);
    const QPointF at = view.imageToView(f.position);
    const double r = MarkupOverlay::kMarkerRadius;
    paintGeometry(painter, view, f, colour, selected);
    const QString letter(QLatin1Char(info.symbol));
    if (f.geometryKind == FeatureGeometry::Polyline) {
        // A line is its own marker; its letter sits at its position (the middle, as drawn).
        if (f.afterExemplar) {
            painter.setPen(QPen(kAfterExemplar, 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, r, r);
        }
        paintLetter(painter, at - QPointF(r + 2, -r), letter, colour);
        return;
    }
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
    paintMarker(painter, at, info, colour, letter);
}

// A point feature's look apart from its direction tick and selection: the after-exemplar ring,
// the marker and the letter. The same at any place on screen, so frames blit it (markerSprite).
void paintStamp(QPainter &painter, QPointF at, const MarkupFeature &f)
{
    const double r = MarkupOverlay::kMarkerRadius;
    if (f.afterExemplar) {
        painter.setPen(QPen(kAfterExemplar, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 3, r + 3);
    }
    paintMarker(painter, at, f.info(), MarkupOverlay::colour(f.type), QString(QLatin1Char(f.info().symbol)));
}

// The stamps pre-drawn once per type, after-exemplar flag, font and pixel ratio: with hundreds of
// features on screen, blitting them is some 20 times faster than stroking each marker, ring and
// letter again every frame (bench_comparison). UI thread only, like all painting here.
struct Sprite
{
    QImage image;
    QPointF offset; // from the feature's screen position to the image's top left
};

const Sprite &markerSprite(const MarkupFeature &f, const QFont &font, qreal dpr)
{
    static QHash<QString, Sprite> sprites;
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(int(f.type)).arg(f.afterExemplar).arg(dpr).arg(font.key());
    auto found = sprites.constFind(key);
    if (found != sprites.constEnd())
        return *found;
    if (sprites.size() > 256)
        sprites.clear(); // fonts or screens changed many times: start again
    const double r = MarkupOverlay::kMarkerRadius;
    const QRectF bounds(-r - 6, -r - 16, 2 * r + 6 + 40, 2 * r + 22);
    Sprite sprite;
    sprite.offset = bounds.topLeft();
    sprite.image = QImage((bounds.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    sprite.image.setDevicePixelRatio(dpr);
    sprite.image.fill(Qt::transparent);
    QPainter painter(&sprite.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    painter.translate(-bounds.topLeft());
    paintStamp(painter, QPointF(0, 0), f);
    painter.end();
    return *sprites.insert(key, sprite);
}

// A direction tick (halo and colour, from the marker's edge to kTickLength) pre-drawn per type
// and screen angle in whole degrees (at most 0.45 px off at the tick's end): stroking hundreds of
// antialiased wide lines a frame cost more than everything else on the canvas together.
const Sprite &tickSprite(FeatureType type, const QLineF &tick, qreal dpr)
{
    static QHash<quint64, Sprite> sprites;
    const int degrees = int(std::lround(-tick.angle())) % 360; // clockwise on screen, y down
    const quint64 key = (quint64(type) << 40) | (quint64(degrees + 360) << 20) | quint64(std::lround(dpr * 100));
    auto found = sprites.constFind(key);
    if (found != sprites.constEnd())
        return *found;
    if (sprites.size() > 8192)
        sprites.clear();
    const double a = degrees * M_PI / 180.0;
    const QPointF d(std::cos(a), std::sin(a));
    const QLineF line(d * MarkupOverlay::kMarkerRadius, d * MarkupOverlay::kTickLength);
    const QRectF bounds = QRectF(line.p1(), line.p2()).normalized().adjusted(-4, -4, 4, 4);
    Sprite sprite;
    sprite.offset = bounds.topLeft();
    sprite.image = QImage((bounds.size() * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    sprite.image.setDevicePixelRatio(dpr);
    sprite.image.fill(Qt::transparent);
    QPainter painter(&sprite.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-bounds.topLeft());
    painter.setPen(QPen(kHalo, 4.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(line);
    painter.setPen(QPen(MarkupOverlay::colour(type), 2.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(line);
    painter.end();
    return *sprites.insert(key, sprite);
}

// A suggestion: hollow and dotted whatever its type, with the type's letter and a "?", so it is
// never mistaken for a marked feature.
void paintSuggestion(QPainter &painter, const ViewTransform &view, const MarkupFeature &s, bool selected)
{
    const QPointF at = view.imageToView(s.position);
    const double r = MarkupOverlay::kMarkerRadius;
    painter.setBrush(Qt::NoBrush);
    if (s.geometry.size() >= 2) {
        QPolygonF line;
        for (const QPointF &p : s.geometry)
            line.append(view.imageToView(p));
        if (s.geometryKind == FeatureGeometry::Polygon)
            line.append(line.first());
        painter.setPen(QPen(kHalo, 3));
        painter.drawPolyline(line);
        painter.setPen(QPen(kSuggestion, 1.5, Qt::DotLine));
        painter.drawPolyline(line);
    }
    if (selected) {
        painter.setPen(QPen(kHalo, 5));
        painter.drawEllipse(at, r + 6, r + 6);
        painter.setPen(QPen(kSelection, 2.5));
        painter.drawEllipse(at, r + 6, r + 6);
    }
    if (s.direction) {
        const QPointF d = screenDirection(view, s.position, *s.direction);
        const QLineF tick(at + d * r, at + d * MarkupOverlay::kTickLength);
        painter.setPen(QPen(kHalo, 3.5));
        painter.drawLine(tick);
        painter.setPen(QPen(kSuggestion, 2, Qt::DotLine));
        painter.drawLine(tick);
    }
    painter.setPen(QPen(kHalo, 4));
    painter.drawEllipse(at, r, r);
    painter.setPen(QPen(kSuggestion, 2, Qt::DotLine));
    painter.drawEllipse(at, r, r);
    paintLetter(painter, at, QString(QLatin1Char(s.info().symbol)) + QLatin1Char('?'), kSuggestion);
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
    Layers layers;
    layers.selected = selected;
    paint(painter, view, markup, layers, band);
}

void MarkupOverlay::paint(QPainter &painter, const ViewTransform &view, const MarkupDocument &markup,
                          const Layers &layers, const QRect &band)
{
    // Areas first (clarity, then the region of interest), features on top of them, suggestions on
    // top of the features so an unreviewed one is never hidden under a marked one.
    if (layers.clarity && layers.clarityImage)
        paintClarity(painter, view, *layers.clarityImage);
    else if (layers.clarity)
        paintClarity(painter, view, markup.clarity(), band);
    paintRegionOfInterest(painter, view, markup.regionOfInterest(), band);
    paintFeatures(painter, view, markup.features(), layers.selected, band);
    if (layers.suggestions)
        paintSuggestions(painter, view, markup.suggestions(), layers.selectedSuggestion, band);
}

void MarkupOverlay::paintFeatures(QPainter &painter, const ViewTransform &view, const QList<MarkupFeature> &features,
                                  const FeatureId &selected, const QRect &band)
{
    if (features.isEmpty())
        return;
    // Markers keep their screen size, so a band only needs those within a marker and its label.
    const QRectF reach = QRectF(band).adjusted(-kTickLength - 4, -kTickLength - 4, kTickLength + 4, kTickLength + 4);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont(painter.font()));
    const MarkupFeature *chosen = nullptr;
    // Point features in three passes over the ones in reach: every direction tick's halo, then the
    // ticks in their colours, then the stamps (ring, marker, letter) blitted - the look of drawing
    // them one by one, as long as markers do not overlap ticks of others.
    QList<std::pair<const MarkupFeature *, QPointF>> points;
    QList<std::pair<FeatureType, QLineF>> ticks; // from the marker's edge outwards
    for (const MarkupFeature &f : features) {
        if (f.id == selected) {
            chosen = &f; // drawn last, on top
            continue;
        }
        if (!f.geometry.isEmpty()) {
            paintFeature(painter, view, f, false);
            continue;
        }
        const QPointF at = view.imageToView(f.position);
        if (!reach.contains(at))
            continue;
        const QPointF snapped(std::round(at.x()), std::round(at.y()));
        points.append({&f, snapped});
        if (f.direction) {
            const QPointF d = screenDirection(view, f.position, *f.direction);
            ticks.append({f.type, QLineF(snapped, snapped + d * kTickLength)});
        }
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    for (const auto &[type, tick] : std::as_const(ticks)) {
        const Sprite &sprite = tickSprite(type, tick, dpr);
        painter.drawImage(tick.p1() + sprite.offset, sprite.image);
    }
    for (const auto &[f, at] : std::as_const(points)) {
        const Sprite &sprite = markerSprite(*f, painter.font(), dpr);
        painter.drawImage(at + sprite.offset, sprite.image);
    }
    if (chosen)
        paintFeature(painter, view, *chosen, true);
    painter.restore();
}

void MarkupOverlay::paintSuggestions(QPainter &painter, const ViewTransform &view,
                                     const QList<MarkupFeature> &suggestions, const FeatureId &selected,
                                     const QRect &band)
{
    if (suggestions.isEmpty())
        return;
    const QRectF reach = QRectF(band).adjusted(-kTickLength - 4, -kTickLength - 4, kTickLength + 4, kTickLength + 4);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont(painter.font()));
    const MarkupFeature *chosen = nullptr;
    for (const MarkupFeature &s : suggestions) {
        if (s.id == selected)
            chosen = &s;
        else if (reach.contains(view.imageToView(s.position)) || !s.geometry.isEmpty())
            paintSuggestion(painter, view, s, false);
    }
    if (chosen)
        paintSuggestion(painter, view, *chosen, true);
    painter.restore();
}

QFont MarkupOverlay::labelFont(QFont font)
{
    font.setBold(true);
    font.setPixelSize(11);
    return font;
}

QString MarkupOverlay::toolTip(const MarkupFeature &f, int number)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 %2").arg(number).arg(featureTypeDisplayName(f.type));
    if (f.direction)
        lines << tr("Direction: %1°").arg(locale.toString(*f.direction, 'f', 0));
    lines << tr("Confidence: %1").arg(confidenceDisplayName(f.confidence));
    lines << tr("Added by %1 at %2 UTC").arg(f.author, utcStamp(f.createdUtc));
    if (f.modifiedUtc != f.createdUtc)
        lines << tr("Changed at %1 UTC").arg(utcStamp(f.modifiedUtc));
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
