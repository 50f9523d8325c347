#include "app/core/markupjson.h"

#include "app/core/markupjsonsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ridgeline {

using namespace markupjson;

namespace {

QJsonObject originJson(const FeatureOrigin &o)
{
    if (o.kind == FeatureOrigin::Kind::Manual)
        return {{QStringLiteral("kind"), QStringLiteral("manual")}};
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("automatic")},
                     {QStringLiteral("engine"), o.engine},
                     {QStringLiteral("engineVersion"), o.engineVersion}};
    if (o.isReviewed()) {
        json.insert(QStringLiteral("reviewedBy"), o.reviewedBy);
        json.insert(QStringLiteral("reviewed"), timeJson(o.reviewedUtc));
    }
    return json;
}

QJsonObject featureJson(const MarkupFeature &f)
{
    QJsonObject json{{QStringLiteral("id"), f.id.toString()},
                     {QStringLiteral("type"), featureTypeKey(f.type)},
                     {QStringLiteral("position"), pointJson(f.position)},
                     {QStringLiteral("confidence"), confidenceKey(f.confidence)},
                     {QStringLiteral("author"), f.author},
                     {QStringLiteral("created"), timeJson(f.createdUtc)},
                     {QStringLiteral("modified"), timeJson(f.modifiedUtc)},
                     {QStringLiteral("origin"), originJson(f.origin)},
                     {QStringLiteral("afterExemplar"), f.afterExemplar}};
    if (f.direction)
        json.insert(QStringLiteral("direction"), *f.direction);
    if (f.geometryKind != FeatureGeometry::None)
        json.insert(QStringLiteral("geometry"),
                    QJsonObject{{QStringLiteral("kind"), featureGeometryKey(f.geometryKind)},
                                {QStringLiteral("points"), pointsJson(f.geometry)}});
    if (!f.subtype.isEmpty())
        json.insert(QStringLiteral("subtype"), f.subtype);
    if (!f.text.isEmpty())
        json.insert(QStringLiteral("text"), f.text);
    return json;
}

FeatureOrigin readOrigin(const QJsonObject &json, const QString &where)
{
    JsonReader r(json, where + QStringLiteral(": 'origin'"));
    FeatureOrigin origin;
    const QString kind = r.text(QStringLiteral("kind"));
    if (kind == u"automatic") {
        origin.kind = FeatureOrigin::Kind::Automatic;
        origin.engine = r.text(QStringLiteral("engine"));
        origin.engineVersion = r.text(QStringLiteral("engineVersion"));
        origin.reviewedBy = r.text(QStringLiteral("reviewedBy"), false);
        origin.reviewedUtc = r.time(QStringLiteral("reviewed"), false);
    } else if (kind != u"manual") {
        r.fail(
            QStringLiteral("kind"),
            QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"manual\" or \"automatic\"").arg(kind));
    }
    r.finish();
    return origin;
}

MarkupFeature readFeature(const QJsonObject &json, qsizetype index, bool suggestion)
{
    const QUuid rawId = QUuid::fromString(json.value(QStringLiteral("id")).toString());
    JsonReader r(json, describeFeature(index, FeatureId(rawId), suggestion));
    MarkupFeature f;
    f.id = FeatureId(r.uuid(QStringLiteral("id")));
    const QString type = r.text(QStringLiteral("type"));
    const auto known = featureTypeFromKey(type);
    if (!known)
        r.fail(QStringLiteral("type"), QCoreApplication::translate("ridgeline::Markup", "\"%1\" is not a known feature "
                                                                                        "type")
                                           .arg(type));
    f.type = *known;
    f.position = r.point(QStringLiteral("position"));
    f.direction = r.optionalNumber(QStringLiteral("direction"));
    if (r.has(QStringLiteral("geometry"))) {
        JsonReader g(r.object(QStringLiteral("geometry")), r.where() + QStringLiteral(": 'geometry'"));
        const QString kind = g.text(QStringLiteral("kind"));
        const auto geometry = featureGeometryFromKey(kind);
        if (!geometry || *geometry == FeatureGeometry::None)
            g.fail(QStringLiteral("kind"),
                   QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"polyline\" or \"polygon\"")
                       .arg(kind));
        f.geometryKind = *geometry;
        f.geometry = g.points(QStringLiteral("points"));
        g.finish();
    }
    const QString confidence = r.text(QStringLiteral("confidence"));
    const auto level = confidenceFromKey(confidence);
    if (!level)
        r.fail(QStringLiteral("confidence"),
               QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"low\", \"medium\" or \"high\"")
                   .arg(confidence));
    f.confidence = *level;
    f.author = r.text(QStringLiteral("author"));
    f.createdUtc = r.time(QStringLiteral("created"));
    f.modifiedUtc = r.time(QStringLiteral("modified"));
    f.origin = readOrigin(r.object(QStringLiteral("origin")), r.where());
    f.afterExemplar = r.boolean(QStringLiteral("afterExemplar"), false);
    f.subtype = r.text(QStringLiteral("subtype"), false);
    f.text = r.text(QStringLiteral("text"), false);
    r.finish();
    return f;
}

QList<MarkupFeature> readFeatures(const QJsonArray &list, bool suggestion)
{
    QList<MarkupFeature> features;
    features.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        features.append(readFeature(objectAt(list, i, describeFeature(i, {}, suggestion)), i, suggestion));
    return features;
}

ClarityMap readClarity(const QJsonObject &json, QSize imageSize)
{
    JsonReader r(json, QStringLiteral("'clarity'"));
    const int cellSize = r.integer(QStringLiteral("cellSize"));
    const int columns = r.integer(QStringLiteral("columns"));
    const int rows = r.integer(QStringLiteral("rows"));
    const QJsonArray list = r.array(QStringLiteral("levels"));
    r.finish();
    QStringList strings;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isString())
            refuse(QCoreApplication::translate("ridgeline::Markup", "clarity map: row %1 must be text").arg(i + 1));
        strings.append(list[i].toString());
    }
    auto map = ClarityMap::fromRowStrings(imageSize, cellSize, strings);
    if (!map)
        refuse(map.error().message());
    if (map->columns() != columns || map->rows() != rows)
        refuse(QCoreApplication::translate("ridgeline::Markup",
                                           "clarity map: %1 × %2 cells stated, cells of %3 pixels over the image "
                                           "make %4 × %5")
                   .arg(columns)
                   .arg(rows)
                   .arg(cellSize)
                   .arg(map->columns())
                   .arg(map->rows()));
    return map.value();
}

Markup readMarkup(const QJsonObject &json)
{
    JsonReader r(json, {});
    checkFormat(r, "ridgeline-markup", kMarkupFormatVersion);
    Markup m;
    JsonReader image(r.object(QStringLiteral("image")), QStringLiteral("'image'"));
    m.imageSha256 = image.text(QStringLiteral("sha256"));
    m.imageSize = QSize(image.integer(QStringLiteral("width")), image.integer(QStringLiteral("height")));
    image.finish();
    if (m.imageSize.isEmpty())
        refuse(QCoreApplication::translate("ridgeline::Markup", "the image size %1 × %2 is empty")
                   .arg(m.imageSize.width())
                   .arg(m.imageSize.height()));
    m.exemplarFirstSeenUtc = r.time(QStringLiteral("exemplarFirstSeen"), false);
    m.regionOfInterest = r.points(QStringLiteral("regionOfInterest"));
    const QJsonArray none = r.array(QStringLiteral("nonePresent"));
    for (qsizetype i = 0; i < none.size(); ++i) {
        const auto type = featureTypeFromKey(none[i].toString());
        if (!none[i].isString() || !type)
            refuse(QCoreApplication::translate("ridgeline::Markup", "'nonePresent' item %1: \"%2\" is not a known "
                                                                    "feature type")
                       .arg(i + 1)
                       .arg(none[i].toString()));
        m.nonePresent.append(*type);
    }
    std::stable_sort(m.nonePresent.begin(), m.nonePresent.end());
    m.clarity = readClarity(r.object(QStringLiteral("clarity")), m.imageSize);
    m.features = readFeatures(r.array(QStringLiteral("features")), false);
    m.suggestions = readFeatures(r.array(QStringLiteral("suggestions")), true);
    r.finish();
    return m;
}

} // namespace

QJsonObject markupToJsonObject(const Markup &m)
{
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("ridgeline-markup")},
        {QStringLiteral("version"), kMarkupFormatVersion},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("sha256"), m.imageSha256},
                                              {QStringLiteral("width"), m.imageSize.width()},
                                              {QStringLiteral("height"), m.imageSize.height()}}},
        {QStringLiteral("regionOfInterest"), pointsJson(m.regionOfInterest)},
    };
    if (m.exemplarFirstSeenUtc.isValid())
        json.insert(QStringLiteral("exemplarFirstSeen"), timeJson(m.exemplarFirstSeenUtc));
    QJsonArray none;
    for (FeatureType type : m.nonePresent)
        none.append(featureTypeKey(type));
    json.insert(QStringLiteral("nonePresent"), none);
    json.insert(QStringLiteral("clarity"),
                QJsonObject{{QStringLiteral("cellSize"), m.clarity.cellSize()},
                            {QStringLiteral("columns"), m.clarity.columns()},
                            {QStringLiteral("rows"), m.clarity.rows()},
                            {QStringLiteral("levels"), QJsonArray::fromStringList(m.clarity.toRowStrings())}});
    for (bool suggestion : {false, true}) {
        QJsonArray list;
        for (const MarkupFeature &f : suggestion ? m.suggestions : m.features)
            list.append(featureJson(f));
        json.insert(suggestion ? QStringLiteral("suggestions") : QStringLiteral("features"), list);
    }
    return json;
}

QByteArray markupToJson(const Markup &markup)
{
    return QJsonDocument(markupToJsonObject(markup)).toJson(QJsonDocument::Indented);
}

Result<Markup> markupFromJson(const QJsonObject &json)
{
    const auto refused = [](const QString &reason) {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::Markup", "Markup refused: %1").arg(reason));
    };
    try {
        Markup markup = readMarkup(json);
        if (Status ok = validateMarkup(markup); !ok)
            return refused(ok.error().message());
        return markup;
    } catch (const JsonRefusal &refusal) {
        return refused(refusal.message);
    }
}

Result<Markup> markupFromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::Markup", "Markup refused: not a JSON object (%1 at "
                                                                      "offset %2)")
                         .arg(error.errorString())
                         .arg(error.offset));
    return markupFromJson(doc.object());
}

} // namespace ridgeline
