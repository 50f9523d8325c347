#include "app/core/comparisonbundle.h"
#include "app/core/markupjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <bit>
#include <cmath>
#include <functional>
#include <limits>

using namespace ridgeline;

namespace {

const QString kMarkSha = QStringLiteral("3f6a1c0e9b2d4f7a8c5e1b0d9f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f90");
const QString kExemplarSha = QStringLiteral("0b2d4f6a8c1e3b5d7f903f6a1c0e9b2d4f7a8c5e1b0d9f2a4c6e8b1d3f5a7c9e");
const QSize kSize(800, 750);

QDateTime at(qint64 ms)
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addMSecs(ms);
}

MarkupFeature feature(FeatureType type, QPointF position, qint64 ms)
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = type;
    f.position = position;
    f.author = QStringLiteral("jholt");
    f.createdUtc = at(ms);
    f.modifiedUtc = at(ms + 1500);
    return f;
}

// A markup that uses every field of the format, with coordinates that print awkwardly.
Markup fullMarkup()
{
    Markup m = Markup::forImage(kMarkSha, kSize);
    m.exemplarFirstSeenUtc = at(3600000);
    MarkupFeature ending = feature(FeatureType::MinutiaEnding, {1.0 / 3.0, 0.1 + 0.2}, 1);
    ending.direction = std::nextafter(360.0, 0.0);
    ending.confidence = Confidence::High;
    MarkupFeature bifurcation = feature(FeatureType::MinutiaBifurcation, {799.9999999999999, 5e-324}, 2);
    bifurcation.direction = 0.0;
    bifurcation.afterExemplar = true;
    bifurcation.modifiedUtc = at(3600001);
    MarkupFeature automatic = feature(FeatureType::MinutiaUnknown, {123.456789012345678, 700.5}, 3);
    automatic.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), QStringLiteral("3.1"));
    automatic.origin.reviewedBy = QStringLiteral("akhan");
    automatic.origin.reviewedUtc = at(9999);
    automatic.confidence = Confidence::Low;
    MarkupFeature core = feature(FeatureType::Core, {400, 300}, 4);
    MarkupFeature dot = feature(FeatureType::Dot, {0, 750}, 5);
    MarkupFeature incipient = feature(FeatureType::IncipientRidge, {10, 10}, 6);
    incipient.geometryKind = FeatureGeometry::Polyline;
    incipient.geometry = {{10, 10}, {12.25, 11.125}, {14.1, 13.9}};
    MarkupFeature crease = feature(FeatureType::Crease, {20, 20}, 7);
    crease.geometryKind = FeatureGeometry::Polyline;
    crease.geometry = {{20, 20}, {800, 750}};
    MarkupFeature scar = feature(FeatureType::Scar, {50, 50}, 8);
    scar.geometryKind = FeatureGeometry::Polygon;
    scar.geometry = {{40, 40}, {60, 40}, {60, 60.5}, {40.0000001, 60}};
    MarkupFeature distinctive = feature(FeatureType::DistinctiveFeature, {70, 70}, 9);
    distinctive.text = QStringLiteral("Siân's note — “a hooked ridge” ✓\nsecond line");
    MarkupFeature note = feature(FeatureType::Note, {90, 90}, 10);
    note.geometryKind = FeatureGeometry::Polygon;
    note.geometry = {{80, 80}, {100, 80}, {90, 100}};
    note.text = QStringLiteral("smudged here");
    MarkupFeature pattern = feature(FeatureType::ClassFeature, {200, 200}, 11);
    pattern.subtype = QStringLiteral("hexagon block");
    MarkupFeature wear = feature(FeatureType::AcquiredFeature, {210, 210}, 12);
    wear.subtype = QStringLiteral("cut");
    wear.geometryKind = FeatureGeometry::Polyline;
    wear.geometry = {{205, 205}, {215, 216}};
    m.features = {ending, bifurcation, automatic, core, dot, incipient, crease, scar, distinctive, note, pattern, wear};
    for (int i = 0; i < 2; ++i) {
        MarkupFeature s = feature(i ? FeatureType::MinutiaBifurcation : FeatureType::MinutiaEnding,
                                  {300.125 + i, 301.0 / 7.0}, 20 + i);
        s.direction = 45.5 * (i + 1);
        s.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), QStringLiteral("3.1"));
        m.suggestions.append(s);
    }
    m.regionOfInterest = {{5.5, 5.5}, {790.25, 6}, {780, 740.75}, {7, 745}};
    m.nonePresent = {FeatureType::Delta};
    m.clarity.apply(m.clarity.discChange({400, 300}, 120, ClarityLevel::Green));
    m.clarity.apply(m.clarity.discChange({100, 600}, 60, ClarityLevel::Red));
    m.clarity.apply(m.clarity.polygonChange({{500, 500}, {700, 520}, {650, 700}}, ClarityLevel::Orange));
    return m;
}

Markup exemplarMarkup()
{
    Markup m = Markup::forImage(kExemplarSha, QSize(512, 512));
    for (int i = 0; i < 6; ++i) {
        MarkupFeature f = feature(FeatureType::MinutiaEnding, {50.0 + i * 70.5, 60.0 + i * 61.25}, 100 + i);
        f.direction = i * 33.3;
        m.features.append(f);
    }
    MarkupFeature s = feature(FeatureType::Dot, {5, 5}, 200);
    s.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), QStringLiteral("3.1"));
    m.suggestions.append(s);
    return m;
}

// The refusal's message, or nothing: QVERIFY2 evaluates its message even when the check passes.
template<class R> QByteArray reason(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message().toUtf8();
}

quint64 bits(double v)
{
    return std::bit_cast<quint64>(v);
}

// Every coordinate and angle of a markup as raw bits: equal lists mean bit-identical values.
QList<quint64> coordinateBits(const Markup &m)
{
    QList<quint64> out;
    const auto points = [&out](const QList<QPointF> &list) {
        out.append(quint64(list.size()));
        for (const QPointF &p : list)
            out << bits(p.x()) << bits(p.y());
    };
    for (const QList<MarkupFeature> *layer : {&m.features, &m.suggestions})
        for (const MarkupFeature &f : *layer) {
            out << bits(f.position.x()) << bits(f.position.y());
            out << (f.direction ? bits(*f.direction) : quint64(0xdead));
            points(f.geometry);
        }
    points(m.regionOfInterest);
    return out;
}

double randomCoordinate(QRandomGenerator &random, double extent)
{
    switch (random.bounded(12)) {
    case 0:
        return 0.0;
    case 1:
        return extent;
    case 2:
        return std::nextafter(extent, 0.0);
    case 3:
        return std::numeric_limits<double>::denorm_min();
    case 4:
        return double(random.bounded(int(extent))) + 0.5; // a pixel centre
    default:
        return random.generateDouble() * extent;
    }
}

QList<QPointF> randomPoints(QRandomGenerator &random, int count)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append({randomCoordinate(random, kSize.width()), randomCoordinate(random, kSize.height())});
    return points;
}

MarkupFeature randomFeature(QRandomGenerator &random, bool suggestion, bool exemplarSeen)
{
    const FeatureType type = kFeatureTypes[random.bounded(int(kFeatureTypes.size()))];
    MarkupFeature f = feature(type, randomPoints(random, 1).first(), random.bounded(100000000));
    f.modifiedUtc = f.createdUtc.addMSecs(random.bounded(1000000));
    if (f.info().hasDirection && random.bounded(4) != 0)
        f.direction = random.generateDouble() * 360.0;
    if (f.info().allowsPolygon && random.bounded(2)) {
        f.geometryKind = FeatureGeometry::Polygon;
        f.geometry = randomPoints(random, 3 + random.bounded(20));
    } else if (f.info().allowsPolyline && random.bounded(2)) {
        f.geometryKind = FeatureGeometry::Polyline;
        f.geometry = randomPoints(random, 2 + random.bounded(20));
    }
    f.confidence = Confidence(random.bounded(3));
    if (f.info().footwear && random.bounded(2))
        f.subtype = QStringLiteral("wear %1").arg(random.bounded(100));
    if (random.bounded(5) == 0)
        f.text = QStringLiteral("note %1 ✓").arg(random.generate());
    if (suggestion || random.bounded(4) == 0) {
        f.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"),
                                            QStringLiteral("3.%1").arg(random.bounded(9)));
        if (!suggestion) {
            f.origin.reviewedBy = QStringLiteral("akhan");
            f.origin.reviewedUtc = f.modifiedUtc;
        }
    }
    f.afterExemplar = !suggestion && exemplarSeen && random.bounded(3) == 0;
    return f;
}

MarkupComparison sampleComparison(const Markup &left, const Markup &right)
{
    MarkupComparison c;
    c.id = ComparisonId::create();
    c.leftSha256 = left.imageSha256;
    c.rightSha256 = right.imageSha256;
    c.exemplar = {PersonId::create(), ImpressionId::create(), QStringLiteral("WYP-TP-2026-0042"), 2};
    c.author = QStringLiteral("jholt");
    c.createdUtc = at(5000000);
    for (int i = 0; i < 4; ++i)
        c.pairs.append(
            {i == 3 ? 7 : i + 1, left.features[i].id, right.features[i].id, QStringLiteral("jholt"), at(5000001 + i)});
    c.annotations.append({AnnotationId::create(),
                          ComparisonAnnotationKind::NonCorrespondence,
                          ComparisonSide::Left,
                          {{1.0 / 3.0, 2.0 / 3.0}},
                          QStringLiteral("no counterpart"),
                          QStringLiteral("jholt"),
                          at(5000100)});
    c.annotations.append({AnnotationId::create(),
                          ComparisonAnnotationKind::Unclear,
                          ComparisonSide::Right,
                          {{10, 10}, {100.1, 10}, {50, 99.99999999999999}},
                          {},
                          QStringLiteral("jholt"),
                          at(5000200)});
    const double s = 1.0 / 1.9685;
    const double t = 0.3;
    c.alignment =
        Alignment{AlignmentKind::Similarity,
                  {s * std::cos(t), -s * std::sin(t), 12.345678901234567, s * std::sin(t), s * std::cos(t), -7.0 / 3.0},
                  {1, 2, 7},
                  QStringLiteral("jholt"),
                  at(5000300)};
    return c;
}

QJsonObject editFeature(QJsonObject doc, const QString &layer, int index,
                        const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray list = doc[layer].toArray();
    QJsonObject f = list[index].toObject();
    edit(f);
    list[index] = f;
    doc[layer] = list;
    return doc;
}

QJsonObject editObject(QJsonObject doc, const QString &key, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject inner = doc[key].toObject();
    edit(inner);
    doc[key] = inner;
    return doc;
}

// Every field name in a JSON value, recursively.
void collectKeys(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectKeys(v, keys);
    }
}

} // namespace

class TestMarkupJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullMarkupRoundTripsExactly()
    {
        const Markup original = fullMarkup();
        QVERIFY2(validateMarkup(original).ok(), reason(validateMarkup(original)).constData());
        const QByteArray json = markupToJson(original);
        auto back = markupFromJson(json);
        QVERIFY2(back.ok(), reason(back).constData());
        QCOMPARE(back.value(), original);
        QCOMPARE(coordinateBits(back.value()), coordinateBits(original));
        QCOMPARE(markupToJson(back.value()), json);
        QVERIFY(json.contains("\"created\": \"2026-11-24T09:00:00.001Z\""));
        QVERIFY(json.contains("\"format\": \"ridgeline-markup\""));
    }

    void aRandomMarkupWithHundredsOfFeaturesRoundTripsBitForBit()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        const QByteArray context = "seed " + QByteArray::number(seed);
        QRandomGenerator random(seed);
        Markup original = Markup::forImage(kMarkSha, kSize);
        original.exemplarFirstSeenUtc = at(random.bounded(100000000));
        for (int i = 0; i < 400; ++i)
            original.features.append(randomFeature(random, false, true));
        for (int i = 0; i < 120; ++i)
            original.suggestions.append(randomFeature(random, true, true));
        original.regionOfInterest = randomPoints(random, 40);
        for (int i = 0; i < 50; ++i)
            original.clarity.apply(original.clarity.discChange(randomPoints(random, 1).first(), random.bounded(90.0),
                                                               ClarityLevel(random.bounded(5))));
        QVERIFY2(validateMarkup(original).ok(), context.constData());

        auto back = markupFromJson(markupToJson(original));
        QVERIFY2(back.ok(), (reason(back) + ' ' + context).constData());
        QVERIFY2(coordinateBits(back.value()) == coordinateBits(original), context.constData());
        QVERIFY2(back.value() == original, context.constData());
        QVERIFY2(markupToJson(back.value()) == markupToJson(original), context.constData());
        // Also through the compact form a transmission would use.
        const QByteArray compact = QJsonDocument(markupToJsonObject(original)).toJson(QJsonDocument::Compact);
        auto fromCompact = markupFromJson(compact);
        QVERIFY2(fromCompact.ok() && coordinateBits(fromCompact.value()) == coordinateBits(original),
                 context.constData());
    }

    void badDocumentsAreRefusedNamingTheItemAndReason()
    {
        const Markup sample = fullMarkup();
        const QJsonObject base = markupToJsonObject(sample);
        const QString id0 = sample.features[0].id.toString();
        const QString id1 = sample.features[1].id.toString();
        const QString id2 = sample.features[2].id.toString();
        const QString s0 = sample.suggestions[0].id.toString();
        const auto setFeature = [](const QString &layer, int index, const QString &key, const QJsonValue &value) {
            return [=](QJsonObject doc) {
                return editFeature(doc, layer, index, [&](QJsonObject &f) { f[key] = value; });
            };
        };
        const auto setClarity = [](const QString &key, const QJsonValue &value) {
            return [=](QJsonObject doc) {
                return editObject(doc, QStringLiteral("clarity"), [&](QJsonObject &c) { c[key] = value; });
            };
        };
        const auto setTop = [](const QString &key, const QJsonValue &value) {
            return [=](QJsonObject doc) {
                if (value.isUndefined())
                    doc.remove(key);
                else
                    doc[key] = value;
                return doc;
            };
        };
        const QString features = QStringLiteral("features");
        const QString suggestions = QStringLiteral("suggestions");
        QJsonArray levels = base[QStringLiteral("clarity")][QStringLiteral("levels")].toArray();
        QJsonArray badLetter = levels;
        badLetter[0] = QStringLiteral("99.x");
        QJsonArray shortGrid = levels;
        shortGrid.removeLast();
        struct Case
        {
            const char *name;
            std::function<QJsonObject(QJsonObject)> edit;
            QString reason;
        };
        const QList<Case> cases{
            {"unknown version", setTop(QStringLiteral("version"), 2),
             QStringLiteral("'version' is 2; this version of Ridgeline reads version 1 only")},
            {"no version", setTop(QStringLiteral("version"), QJsonValue::Undefined),
             QStringLiteral("'version' is missing")},
            {"other format", setTop(QStringLiteral("format"), QStringLiteral("ridgeline-recipe")),
             QStringLiteral("'format' is \"ridgeline-recipe\", not \"ridgeline-markup\"")},
            {"unknown type", setFeature(features, 1, QStringLiteral("type"), QStringLiteral("minutia-end")),
             QStringLiteral("feature 2 (%1): 'type' \"minutia-end\" is not a known feature type").arg(id1)},
            {"outside the image", setFeature(features, 2, QStringLiteral("position"), QJsonArray{800.0000000000001, 3}),
             QStringLiteral("feature 3 (%1): position (800.0000000000001, 3) is outside the image (800 × 750 pixels)")
                 .arg(id2)},
            {"suggestion outside", setFeature(suggestions, 0, QStringLiteral("position"), QJsonArray{-1, 3}),
             QStringLiteral("suggestion 1 (%1): position (-1, 3) is outside the image").arg(s0)},
            {"geometry outside",
             setFeature(features, 6, QStringLiteral("geometry"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("polyline")},
                                    {QStringLiteral("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{1, 751}}}}),
             QStringLiteral("polyline point 2 (1, 751) is outside the image")},
            {"duplicate id", setFeature(features, 2, QStringLiteral("id"), id0),
             QStringLiteral("feature 3 (%1): the id is already used by feature 1 (%1)").arg(id0)},
            {"duplicate across layers", setFeature(suggestions, 0, QStringLiteral("id"), id1),
             QStringLiteral("suggestion 1 (%1): the id is already used by feature 2 (%1)").arg(id1)},
            {"bad clarity letter", setClarity(QStringLiteral("levels"), badLetter),
             QStringLiteral("clarity map: row 1: unknown level 'x' at character 4")},
            {"clarity rows missing", setClarity(QStringLiteral("levels"), shortGrid),
             QStringLiteral("clarity map: 93 rows given, the grid of the image has 94")},
            {"clarity columns", setClarity(QStringLiteral("columns"), 99),
             QStringLiteral("clarity map: 99 × 94 cells stated, cells of 8 pixels over the image make 100 × 94")},
            {"clarity cell size", setClarity(QStringLiteral("cellSize"), 0.5),
             QStringLiteral("'clarity': 'cellSize' must be a whole number, not 0.5")},
            {"unknown field", setTop(QStringLiteral("colour"), QStringLiteral("red")),
             QStringLiteral("unknown field 'colour'")},
            {"unknown feature field", setFeature(features, 0, QStringLiteral("colour"), 1),
             QStringLiteral("feature 1 (%1): unknown field 'colour'").arg(id0)},
            {"direction on a dot", setFeature(features, 4, QStringLiteral("direction"), 10),
             QStringLiteral("feature 5 (%1): a Dot has no direction").arg(sample.features[4].id.toString())},
            {"direction 360", setFeature(features, 0, QStringLiteral("direction"), 360),
             QStringLiteral("direction 360 is outside 0 to 360 degrees")},
            {"unknown confidence", setFeature(features, 0, QStringLiteral("confidence"), QStringLiteral("certain")),
             QStringLiteral("'confidence' is \"certain\", not \"low\", \"medium\" or \"high\"")},
            {"local time", setFeature(features, 0, QStringLiteral("created"), QStringLiteral("2026-11-24 09:12:05")),
             QStringLiteral("'created' must be a UTC time like 2026-11-24T09:12:05.123Z, not \"2026-11-24 09:12:05\"")},
            {"time without ms",
             setFeature(features, 0, QStringLiteral("modified"), QStringLiteral("2026-11-24T09:12:05Z")),
             QStringLiteral("'modified' must be a UTC time")},
            {"braced id", setFeature(features, 0, QStringLiteral("id"), QLatin1Char('{') + id0 + QLatin1Char('}')),
             QStringLiteral("'id' must be a UUID in lowercase without braces")},
            {"unknown none-present type", setTop(QStringLiteral("nonePresent"), QJsonArray{QStringLiteral("deltas")}),
             QStringLiteral("'nonePresent' item 1: \"deltas\" is not a known feature type")},
            {"none present but marked",
             setTop(QStringLiteral("nonePresent"), QJsonArray{QStringLiteral("delta"), QStringLiteral("core")}),
             QStringLiteral("feature 4 (%1) is a Core, but the markup records \"No cores present\"")
                 .arg(sample.features[3].id.toString())},
            {"reviewed suggestion",
             setFeature(suggestions, 0, QStringLiteral("origin"),
                        base[features][2][QStringLiteral("origin")].toObject()),
             QStringLiteral("suggestion 1 (%1): a suggestion must come from an engine and not be reviewed yet")
                 .arg(s0)},
            {"unreviewed automatic feature",
             setFeature(features, 0, QStringLiteral("origin"),
                        base[suggestions][0][QStringLiteral("origin")].toObject()),
             QStringLiteral("feature 1 (%1): an automatic feature must be accepted by a reviewer").arg(id0)},
            {"orange before any exemplar", setTop(QStringLiteral("exemplarFirstSeen"), QJsonValue::Undefined),
             QStringLiteral("feature 2 (%1) is flagged as changed after an exemplar was seen, but no exemplar was seen")
                 .arg(id1)},
            {"upper-case hash",
             [](QJsonObject doc) {
                 return editObject(doc, QStringLiteral("image"), [](QJsonObject &i) {
                     i[QStringLiteral("sha256")] = i[QStringLiteral("sha256")].toString().toUpper();
                 });
             },
             QStringLiteral("the image SHA-256 \"%1\" is not 64 lowercase hex digits").arg(kMarkSha.toUpper())},
            {"two-point region",
             setTop(QStringLiteral("regionOfInterest"), QJsonArray{QJsonArray{1, 1}, QJsonArray{2, 2}}),
             QStringLiteral("the region of interest has 2 points, a polygon needs at least 3")},
            {"unknown origin", setFeature(features, 0, QStringLiteral("origin"), QJsonObject{{"kind", "human"}}),
             QStringLiteral("'origin': 'kind' is \"human\", not \"manual\" or \"automatic\"")},
            {"position not a point", setFeature(features, 0, QStringLiteral("position"), QJsonArray{1}),
             QStringLiteral("feature 1 (%1): 'position' must be a point [x, y]").arg(id0)},
            {"features not a list", setTop(features, QJsonObject{}), QStringLiteral("'features' must be a list")},
            {"empty image",
             [](QJsonObject doc) {
                 return editObject(doc, QStringLiteral("image"),
                                   [](QJsonObject &i) { i[QStringLiteral("width")] = 0; });
             },
             QStringLiteral("the image size 0 × 750 is empty")},
        };
        QVERIFY(markupFromJson(base).ok());
        for (const Case &c : cases) {
            auto result = markupFromJson(c.edit(base));
            QVERIFY2(!result.ok(), c.name);
            QCOMPARE(result.error().code(), ErrorCode::BadInput);
            const QString message = result.error().message();
            QVERIFY2(message.startsWith(QStringLiteral("Markup refused: ")), qPrintable(message));
            QVERIFY2(message.contains(c.reason),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), message)));
        }
        auto notJson = markupFromJson(QByteArray("{\"format\": "));
        QVERIFY(!notJson.ok());
        QVERIFY(notJson.error().message().startsWith(QStringLiteral("Markup refused: not a JSON object")));
    }

    void aComparisonRoundTripsExactly()
    {
        const Markup left = fullMarkup();
        const Markup right = exemplarMarkup();
        const MarkupComparison original = sampleComparison(left, right);
        QVERIFY2(validateComparison(original, left, right).ok(),
                 reason(validateComparison(original, left, right)).constData());
        const QByteArray json = comparisonToJson(original);
        auto back = comparisonFromJson(json, left, right);
        QVERIFY2(back.ok(), reason(back).constData());
        QCOMPARE(back.value(), original);
        for (size_t i = 0; i < 6; ++i)
            QCOMPARE(bits(back->alignment->matrix[i]), bits(original.alignment->matrix[i]));
        for (qsizetype a = 0; a < original.annotations.size(); ++a)
            for (qsizetype p = 0; p < original.annotations[a].points.size(); ++p) {
                QCOMPARE(bits(back->annotations[a].points[p].x()), bits(original.annotations[a].points[p].x()));
                QCOMPARE(bits(back->annotations[a].points[p].y()), bits(original.annotations[a].points[p].y()));
            }
        QCOMPARE(comparisonToJson(back.value()), json);
        QVERIFY(json.contains("\"format\": \"ridgeline-comparison\""));
    }

    void aComparisonBundleRoundTripsExactlyAndIsStrict()
    {
        ComparisonBundle bundle{fullMarkup(), exemplarMarkup(), {}};
        bundle.comparison = sampleComparison(bundle.mark, bundle.exemplar);
        const QByteArray json = comparisonBundleToJson(bundle);
        QVERIFY(json.contains("\"format\": \"ridgeline-comparison-bundle\""));
        auto back = comparisonBundleFromJson(json);
        QVERIFY2(back.ok(), reason(back).constData());
        QVERIFY(back.value() == bundle);
        QCOMPARE(comparisonBundleToJson(back.value()), json);

        // A pair whose exemplar feature is not in the bundle's exemplar markup: refused, naming it.
        ComparisonBundle dangling = bundle;
        const FeatureId gone = dangling.comparison.pairs.first().right;
        dangling.exemplar.features.removeIf([&](const MarkupFeature &f) { return f.id == gone; });
        auto refused = comparisonBundleFromJson(comparisonBundleToJson(dangling));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::BadInput);
        QVERIFY2(refused.error().message().startsWith(
                     QStringLiteral("Comparison bundle refused: Comparison refused: pair 1")),
                 qPrintable(refused.error().message()));

        // The markups swapped: the comparison names other images.
        ComparisonBundle swapped = bundle;
        std::swap(swapped.mark, swapped.exemplar);
        QVERIFY(!comparisonBundleFromJson(comparisonBundleToJson(swapped)).ok());

        // An unknown field and a wrong version are refused.
        QJsonObject o = QJsonDocument::fromJson(json).object();
        o.insert(QStringLiteral("extra"), 1);
        auto extra = comparisonBundleFromJson(QJsonDocument(o).toJson());
        QVERIFY(!extra.ok());
        QVERIFY2(extra.error().message().contains(QStringLiteral("extra")), qPrintable(extra.error().message()));
        o.remove(QStringLiteral("extra"));
        o.insert(QStringLiteral("version"), 2);
        QVERIFY(!comparisonBundleFromJson(QJsonDocument(o).toJson()).ok());
        QVERIFY(!comparisonBundleFromJson(QByteArray("[1]")).ok());
    }

    void aDanglingPairIsRefusedNamingThePair()
    {
        const Markup left = fullMarkup();
        const Markup right = exemplarMarkup();
        MarkupComparison c = sampleComparison(left, right);
        const FeatureId missing = FeatureId::create();
        c.pairs[1].left = missing;
        auto result = comparisonFromJson(comparisonToJson(c), left, right);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::BadInput);
        QCOMPARE(result.error().message(),
                 QStringLiteral("Comparison refused: pair 2: the mark feature %1 is not in the mark's markup")
                     .arg(missing.toString()));
    }

    void brokenComparisonsAreRefusedWithTheReason()
    {
        const Markup left = fullMarkup();
        const Markup right = exemplarMarkup();
        struct Case
        {
            const char *name;
            std::function<void(MarkupComparison &)> edit;
            QString reason;
        };
        const QList<Case> cases{
            {"pair to a suggestion", [&](MarkupComparison &c) { c.pairs[0].right = right.suggestions[0].id; },
             QStringLiteral("pair 1: the exemplar feature %1 is not in the exemplar's markup (it is a suggestion)")
                 .arg(right.suggestions[0].id.toString())},
            {"feature in two pairs", [&](MarkupComparison &c) { c.pairs[2].right = c.pairs[0].right; },
             QStringLiteral("pair 3: the exemplar feature %1 is already in pair 1")
                 .arg(right.features[0].id.toString())},
            {"repeated number", [](MarkupComparison &c) { c.pairs[1].number = 1; },
             QStringLiteral("pair 1 is listed twice or out of order")},
            {"number 0", [](MarkupComparison &c) { c.pairs[0].number = 0; },
             QStringLiteral("pair number 0 is not 1 or more")},
            {"other image", [](MarkupComparison &c) { c.rightSha256 = kMarkSha; },
             QStringLiteral("the comparison is of images")},
            {"alignment from a missing pair",
             [](MarkupComparison &c) {
                 c.alignment->pairs = {1, 9};
             },
             QStringLiteral("the alignment uses pair 9, which is not there")},
            {"not a similarity", [](MarkupComparison &c) { c.alignment->matrix[1] += 0.01; },
             QStringLiteral("the alignment is called a similarity but its matrix is not one")},
            {"singular",
             [](MarkupComparison &c) {
                 c.alignment->matrix = {1, 2, 0, 2, 4, 0};
                 c.alignment->kind = AlignmentKind::Affine;
             },
             QStringLiteral("the alignment matrix is singular")},
            {"annotation outside", [](MarkupComparison &c) { c.annotations[1].points[1] = QPointF(512.5, 10); },
             QStringLiteral("annotation 2 (%1): point (512.5, 10) is outside the exemplar (512 × 512 pixels)")},
            {"two-point annotation",
             [](MarkupComparison &c) {
                 c.annotations[0].points.append({1, 1});
             },
             QStringLiteral("has 2 points: give one point or a polygon of at least 3")},
        };
        for (const Case &test : cases) {
            MarkupComparison c = sampleComparison(left, right);
            test.edit(c);
            const QString reason = test.reason.contains(QStringLiteral("%1"))
                                       ? QString(test.reason).arg(c.annotations[1].id.toString())
                                       : test.reason;
            auto result = comparisonFromJson(comparisonToJson(c), left, right);
            QVERIFY2(!result.ok(), test.name);
            QVERIFY2(result.error().message().startsWith(QStringLiteral("Comparison refused: ")), test.name);
            QVERIFY2(result.error().message().contains(reason),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(test.name), result.error().message())));
        }
        QJsonObject future = comparisonToJsonObject(sampleComparison(left, right));
        future[QStringLiteral("version")] = 2;
        auto result = comparisonFromJson(future, left, right);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QStringLiteral("'version' is 2")));
    }

    void theFormatDocumentIsTrue()
    {
        QFile file(QStringLiteral(RIDGELINE_SOURCE_DIR "/docs/formats/markup.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/formats/markup.md is missing");
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        QList<Markup> markups;
        QList<QJsonObject> comparisons;
        int schemas = 0;
        for (auto it = block.globalMatch(text); it.hasNext();) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(it.next().captured(1).toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonObject o = doc.object();
            if (o.contains(QStringLiteral("$schema"))) {
                ++schemas;
            } else if (o[QStringLiteral("format")] == QStringLiteral("ridgeline-markup")) {
                auto markup = markupFromJson(o);
                QVERIFY2(markup.ok(), reason(markup).constData());
                markups.append(markup.value());
            } else {
                QCOMPARE(o[QStringLiteral("format")].toString(), QStringLiteral("ridgeline-comparison"));
                comparisons.append(o);
            }
        }
        QCOMPARE(schemas, 2);
        QCOMPARE(markups.size(), 2);
        QCOMPARE(comparisons.size(), 1);
        auto comparison = comparisonFromJson(comparisons.first(), markups[0], markups[1]);
        QVERIFY2(comparison.ok(), reason(comparison).constData());
        QVERIFY(!comparison->pairs.isEmpty());
        // Every field the writer emits is documented.
        QSet<QString> keys;
        collectKeys(markupToJsonObject(fullMarkup()), keys);
        collectKeys(comparisonToJsonObject(sampleComparison(fullMarkup(), exemplarMarkup())), keys);
        for (const QString &key : std::as_const(keys))
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(key)), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestMarkupJson)
#include "tst_markupjson.moc"
