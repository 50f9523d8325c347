#include "app/core/markup.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ridgeline {
namespace {

using S = MarkerShape;

// clang-format off
constexpr std::array<FeatureTypeInfo, kFeatureTypes.size()> kTypes{{
    {FeatureType::MinutiaEnding, "minutia-ending", QT_TRANSLATE_NOOP("ridgeline::Markup", "Ridge ending"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No ridge endings present"), 'E', 'E', S::Circle, true, false, false, false},
    {FeatureType::MinutiaBifurcation, "minutia-bifurcation", QT_TRANSLATE_NOOP("ridgeline::Markup", "Bifurcation"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No bifurcations present"), 'B', 'B', S::Square, true, false, false, false},
    {FeatureType::MinutiaUnknown, "minutia-unknown", QT_TRANSLATE_NOOP("ridgeline::Markup", "Minutia (type unknown)"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No minutiae of unknown type present"), 'U', 'U', S::Diamond, true, false,
     false, false},
    {FeatureType::Core, "core", QT_TRANSLATE_NOOP("ridgeline::Markup", "Core"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No cores present"), 'C', 'C', S::Star, true, false, false, false},
    {FeatureType::Delta, "delta", QT_TRANSLATE_NOOP("ridgeline::Markup", "Delta"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No deltas present"), 'D', 'D', S::Triangle, true, false, false, false},
    {FeatureType::Dot, "dot", QT_TRANSLATE_NOOP("ridgeline::Markup", "Dot"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No dots present"), 'O', 'O', S::Dot, false, false, false, false},
    {FeatureType::IncipientRidge, "incipient-ridge", QT_TRANSLATE_NOOP("ridgeline::Markup", "Incipient ridge"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No incipient ridges present"), 'I', 'I', S::DashedLine, false, true,
     false, false},
    {FeatureType::Crease, "crease", QT_TRANSLATE_NOOP("ridgeline::Markup", "Crease"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No creases present"), 'X', 'X', S::Line, false, true, false, false},
    {FeatureType::Scar, "scar", QT_TRANSLATE_NOOP("ridgeline::Markup", "Scar"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No scars present"), 'S', 'S', S::ZigZag, false, true, true, false},
    {FeatureType::DistinctiveFeature, "distinctive-feature", QT_TRANSLATE_NOOP("ridgeline::Markup", "Distinctive feature"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No distinctive features present"), 'F', 'F', S::Hexagon, false, true, true,
     false},
    {FeatureType::Note, "note", QT_TRANSLATE_NOOP("ridgeline::Markup", "Note"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No notes present"), 'N', 'N', S::Flag, false, false, true, false},
    {FeatureType::ClassFeature, "class-feature", QT_TRANSLATE_NOOP("ridgeline::Markup", "Class feature (pattern element)"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No class features present"), 'P', 'P', S::Outline, false, true, true, true},
    {FeatureType::AcquiredFeature, "acquired-feature",
     QT_TRANSLATE_NOOP("ridgeline::Markup", "Acquired feature (wear, damage)"),
     QT_TRANSLATE_NOOP("ridgeline::Markup", "No acquired features present"), 'A', 'A', S::DashedOutline, false, true,
     true, true},
}};
// clang-format on

struct Name
{
    int value;
    const char *key;
    const char *display; // context "ridgeline::Markup"
};

constexpr std::array kConfidence{
    Name{int(Confidence::Low), "low", QT_TRANSLATE_NOOP("ridgeline::Markup", "Low confidence")},
    Name{int(Confidence::Medium), "medium", QT_TRANSLATE_NOOP("ridgeline::Markup", "Medium confidence")},
    Name{int(Confidence::High), "high", QT_TRANSLATE_NOOP("ridgeline::Markup", "High confidence")},
};

constexpr std::array kGeometry{
    Name{int(FeatureGeometry::None), "none", QT_TRANSLATE_NOOP("ridgeline::Markup", "point")},
    Name{int(FeatureGeometry::Polyline), "polyline", QT_TRANSLATE_NOOP("ridgeline::Markup", "polyline")},
    Name{int(FeatureGeometry::Polygon), "polygon", QT_TRANSLATE_NOOP("ridgeline::Markup", "polygon")},
};

template<size_t N> std::optional<int> fromKey(const std::array<Name, N> &table, QStringView key)
{
    for (const Name &n : table)
        if (key == QLatin1String(n.key))
            return n.value;
    return std::nullopt;
}

// A source text from one of the tables above (lupdate found it in QT_TRANSLATE_NOOP).
QString translated(const char *text)
{
    return QCoreApplication::translate("ridgeline::Markup", text);
}

Error bad(const QString &message)
{
    return Error(ErrorCode::BadInput, message);
}

QString pointText(QPointF p)
{
    // Shortest form that reads back the same, so 800.0000000000001 is not shown as 800.
    return QStringLiteral("(%1, %2)")
        .arg(QString::number(p.x(), 'g', QLocale::FloatingPointShortest),
             QString::number(p.y(), 'g', QLocale::FloatingPointShortest));
}

QString sizeText(QSize size)
{
    return QCoreApplication::translate("ridgeline::Markup", "%1 × %2 pixels").arg(size.width()).arg(size.height());
}

bool inside(QPointF p, QSize size)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && p.x() >= 0 && p.y() >= 0 && p.x() <= size.width() &&
           p.y() <= size.height();
}

Status checkPoints(const QList<QPointF> &points, QSize size, const QString &what)
{
    for (qsizetype i = 0; i < points.size(); ++i)
        if (!inside(points[i], size))
            return bad(QCoreApplication::translate("ridgeline::Markup", "%1 point %2 %3 is outside the image (%4)")
                           .arg(what)
                           .arg(i + 1)
                           .arg(pointText(points[i]), sizeText(size)));
    return {};
}

Status checkGeometry(const MarkupFeature &f, QSize size)
{
    const QString typeName = featureTypeDisplayName(f.type);
    if (f.geometryKind == FeatureGeometry::None) {
        if (!f.geometry.isEmpty())
            return bad(QCoreApplication::translate("ridgeline::Markup", "has %1 geometry points but no geometry kind")
                           .arg(f.geometry.size()));
        return {};
    }
    const QString kind = translated(kGeometry[size_t(f.geometryKind)].display);
    if (!featureTypeAllows(f.type, f.geometryKind))
        return bad(QCoreApplication::translate("ridgeline::Markup", "a %1 cannot have a %2").arg(typeName, kind));
    const qsizetype least = f.geometryKind == FeatureGeometry::Polyline ? 2 : 3;
    if (f.geometry.size() < least)
        return bad(QCoreApplication::translate("ridgeline::Markup", "its %1 has %2 points, at least %3 are needed")
                       .arg(kind)
                       .arg(f.geometry.size())
                       .arg(least));
    return checkPoints(f.geometry, size, kind);
}

Status checkOrigin(const FeatureOrigin &o)
{
    if (o.kind == FeatureOrigin::Kind::Manual) {
        if (!o.engine.isEmpty() || !o.engineVersion.isEmpty() || !o.reviewedBy.isEmpty() || o.reviewedUtc.isValid())
            return bad(
                QCoreApplication::translate("ridgeline::Markup", "a manual feature names an engine or a reviewer"));
        return {};
    }
    if (o.engine.isEmpty() || o.engineVersion.isEmpty())
        return bad(QCoreApplication::translate("ridgeline::Markup",
                                               "an automatic feature must name its engine and the engine's version"));
    if (o.reviewedBy.isEmpty() != !o.reviewedUtc.isValid())
        return bad(
            QCoreApplication::translate("ridgeline::Markup", "a reviewed feature needs both who reviewed it and when"));
    return {};
}

} // namespace

const FeatureTypeInfo &featureTypeInfo(FeatureType type)
{
    const size_t index = size_t(type);
    return kTypes[index < kTypes.size() ? index : 0];
}

QString featureTypeKey(FeatureType type)
{
    return QString::fromLatin1(featureTypeInfo(type).key);
}

std::optional<FeatureType> featureTypeFromKey(QStringView key)
{
    for (const FeatureTypeInfo &info : kTypes)
        if (key == QLatin1String(info.key))
            return info.type;
    return std::nullopt;
}

QString featureTypeDisplayName(FeatureType type)
{
    return QCoreApplication::translate("ridgeline::Markup", featureTypeInfo(type).displayName);
}

QString featureTypeNonePresentText(FeatureType type)
{
    return QCoreApplication::translate("ridgeline::Markup", featureTypeInfo(type).nonePresentText);
}

bool featureTypeAllows(FeatureType type, FeatureGeometry geometry)
{
    switch (geometry) {
    case FeatureGeometry::None:
        return true;
    case FeatureGeometry::Polyline:
        return featureTypeInfo(type).allowsPolyline;
    case FeatureGeometry::Polygon:
        return featureTypeInfo(type).allowsPolygon;
    }
    return false;
}

QString confidenceKey(Confidence confidence)
{
    return QString::fromLatin1(kConfidence[size_t(confidence) % kConfidence.size()].key);
}

std::optional<Confidence> confidenceFromKey(QStringView key)
{
    const auto value = fromKey(kConfidence, key);
    return value ? std::optional(Confidence(*value)) : std::nullopt;
}

QString confidenceDisplayName(Confidence confidence)
{
    return QCoreApplication::translate("ridgeline::Markup",
                                       kConfidence[size_t(confidence) % kConfidence.size()].display);
}

QString featureGeometryKey(FeatureGeometry geometry)
{
    return QString::fromLatin1(kGeometry[size_t(geometry) % kGeometry.size()].key);
}

std::optional<FeatureGeometry> featureGeometryFromKey(QStringView key)
{
    const auto value = fromKey(kGeometry, key);
    return value ? std::optional(FeatureGeometry(*value)) : std::nullopt;
}

Markup Markup::forImage(const QString &sha256, QSize size)
{
    Markup markup;
    markup.imageSha256 = sha256;
    markup.imageSize = size;
    markup.clarity = ClarityMap(size, ClarityMap::defaultCellSize(size));
    return markup;
}

qsizetype Markup::indexOfFeature(const FeatureId &id) const
{
    for (qsizetype i = 0; i < features.size(); ++i)
        if (features[i].id == id)
            return i;
    return -1;
}

qsizetype Markup::indexOfSuggestion(const FeatureId &id) const
{
    for (qsizetype i = 0; i < suggestions.size(); ++i)
        if (suggestions[i].id == id)
            return i;
    return -1;
}

const MarkupFeature *Markup::feature(const FeatureId &id) const
{
    const qsizetype index = indexOfFeature(id);
    return index < 0 ? nullptr : &features[index];
}

bool Markup::contains(QPointF point) const
{
    return inside(point, imageSize);
}

QString describeFeature(qsizetype index, const FeatureId &id, bool suggestion)
{
    if (id.isNull())
        return (suggestion ? QCoreApplication::translate("ridgeline::Markup", "suggestion %1")
                           : QCoreApplication::translate("ridgeline::Markup", "feature %1"))
            .arg(index + 1);
    return (suggestion ? QCoreApplication::translate("ridgeline::Markup", "suggestion %1 (%2)")
                       : QCoreApplication::translate("ridgeline::Markup", "feature %1 (%2)"))
        .arg(index + 1)
        .arg(id.toString());
}

Status validateFeature(const MarkupFeature &f, QSize size)
{
    if (f.id.isNull())
        return bad(QCoreApplication::translate("ridgeline::Markup", "has no id"));
    if (!inside(f.position, size))
        return bad(QCoreApplication::translate("ridgeline::Markup", "position %1 is outside the image (%2)")
                       .arg(pointText(f.position), sizeText(size)));
    if (f.direction) {
        if (!f.info().hasDirection)
            return bad(QCoreApplication::translate("ridgeline::Markup", "a %1 has no direction")
                           .arg(featureTypeDisplayName(f.type)));
        if (!std::isfinite(*f.direction) || *f.direction < 0 || *f.direction >= 360)
            return bad(QCoreApplication::translate("ridgeline::Markup", "direction %1 is outside 0 to 360 degrees")
                           .arg(*f.direction));
    }
    if (Status geometry = checkGeometry(f, size); !geometry)
        return geometry;
    if (!f.subtype.isEmpty() && !f.info().footwear)
        return bad(QCoreApplication::translate("ridgeline::Markup", "only footwear features have a subtype"));
    if (f.author.isEmpty())
        return bad(QCoreApplication::translate("ridgeline::Markup", "records no author"));
    if (!f.createdUtc.isValid() || !f.modifiedUtc.isValid())
        return bad(QCoreApplication::translate("ridgeline::Markup", "records no creation or modification time"));
    if (f.modifiedUtc < f.createdUtc)
        return bad(QCoreApplication::translate("ridgeline::Markup", "was modified before it was created"));
    return checkOrigin(f.origin);
}

Status validateRegionOfInterest(const QList<QPointF> &polygon, QSize imageSize)
{
    if (polygon.isEmpty())
        return {};
    if (polygon.size() < 3)
        return bad(QCoreApplication::translate("ridgeline::Markup",
                                               "the region of interest has %1 points, a polygon needs at least 3")
                       .arg(polygon.size()));
    return checkPoints(polygon, imageSize,
                       QCoreApplication::translate("ridgeline::Markup", "the region of interest's"));
}

Status validateMarkup(const Markup &m)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha.match(m.imageSha256).hasMatch())
        return bad(
            QCoreApplication::translate("ridgeline::Markup", "the image SHA-256 \"%1\" is not 64 lowercase hex digits")
                .arg(m.imageSha256));
    if (m.imageSize.isEmpty())
        return bad(
            QCoreApplication::translate("ridgeline::Markup", "the image size %1 is empty").arg(sizeText(m.imageSize)));
    QHash<FeatureId, QString> seen;
    for (bool suggestion : {false, true}) {
        const QList<MarkupFeature> &layer = suggestion ? m.suggestions : m.features;
        for (qsizetype i = 0; i < layer.size(); ++i) {
            const MarkupFeature &f = layer[i];
            const QString name = describeFeature(i, f.id, suggestion);
            if (Status ok = validateFeature(f, m.imageSize); !ok)
                return ok.error().withContext(name);
            if (const auto other = seen.constFind(f.id); other != seen.cend())
                return bad(QCoreApplication::translate("ridgeline::Markup", "%1: the id is already used by %2")
                               .arg(name, *other));
            seen.insert(f.id, name);
            if (suggestion && (!f.origin.isAutomatic() || f.origin.isReviewed()))
                return bad(QCoreApplication::translate(
                               "ridgeline::Markup", "%1: a suggestion must come from an engine and not be reviewed yet")
                               .arg(name));
            if (!suggestion && f.origin.isAutomatic() && !f.origin.isReviewed())
                return bad(QCoreApplication::translate(
                               "ridgeline::Markup",
                               "%1: an automatic feature must be accepted by a reviewer (or stay a suggestion)")
                               .arg(name));
            if (f.afterExemplar && !m.exemplarFirstSeenUtc.isValid())
                return bad(QCoreApplication::translate(
                               "ridgeline::Markup",
                               "%1 is flagged as changed after an exemplar was seen, but no exemplar was seen")
                               .arg(name));
            if (!suggestion && m.isNonePresent(f.type))
                return bad(QCoreApplication::translate("ridgeline::Markup", "%1 is a %2, but the markup records \"%3\"")
                               .arg(name, featureTypeDisplayName(f.type), featureTypeNonePresentText(f.type)));
        }
    }
    if (Status ok = validateRegionOfInterest(m.regionOfInterest, m.imageSize); !ok)
        return ok;
    for (qsizetype i = 0; i < m.nonePresent.size(); ++i)
        if (m.nonePresent.indexOf(m.nonePresent[i]) != i)
            return bad(QCoreApplication::translate("ridgeline::Markup", "\"%1\" is recorded twice")
                           .arg(featureTypeNonePresentText(m.nonePresent[i])));
    if (m.clarity.isNull() || m.clarity.imageSize() != m.imageSize)
        return bad(QCoreApplication::translate("ridgeline::Markup", "the clarity map does not cover the image (%1)")
                       .arg(sizeText(m.imageSize)));
    return {};
}

} // namespace ridgeline
