// The "ridgeline-comparison" format (declared in markupjson.h).

#include "app/core/markupjson.h"
#include "app/core/markupjsonsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ridgeline {

using namespace markupjson;

namespace {

QJsonObject pairJson(const Correspondence &p)
{
    return {{QStringLiteral("number"), p.number},
            {QStringLiteral("left"), p.left.toString()},
            {QStringLiteral("right"), p.right.toString()},
            {QStringLiteral("author"), p.author},
            {QStringLiteral("created"), timeJson(p.createdUtc)}};
}

QJsonObject annotationJson(const ComparisonAnnotation &a)
{
    QJsonObject json{{QStringLiteral("id"), a.id.toString()},
                     {QStringLiteral("kind"), comparisonAnnotationKindKey(a.kind)},
                     {QStringLiteral("side"), comparisonSideKey(a.side)},
                     {QStringLiteral("points"), pointsJson(a.points)},
                     {QStringLiteral("author"), a.author},
                     {QStringLiteral("created"), timeJson(a.createdUtc)}};
    if (!a.text.isEmpty())
        json.insert(QStringLiteral("text"), a.text);
    return json;
}

QJsonObject alignmentJson(const Alignment &a)
{
    const auto &m = a.matrix;
    QJsonArray pairs;
    for (int number : a.pairs)
        pairs.append(number);
    return {{QStringLiteral("kind"), alignmentKindKey(a.kind)},
            {QStringLiteral("matrix"), QJsonArray{QJsonArray{m[0], m[1], m[2]}, QJsonArray{m[3], m[4], m[5]}}},
            {QStringLiteral("pairs"), pairs},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("created"), timeJson(a.createdUtc)}};
}

Correspondence readPair(const QJsonObject &json, qsizetype index)
{
    const QJsonValue number = json.value(QStringLiteral("number"));
    JsonReader r(json, number.isDouble()
                           ? QCoreApplication::translate("ridgeline::Markup", "pair %1").arg(number.toDouble())
                           : QCoreApplication::translate("ridgeline::Markup", "pair entry %1").arg(index + 1));
    Correspondence p;
    p.number = r.integer(QStringLiteral("number"));
    p.left = FeatureId(r.uuid(QStringLiteral("left")));
    p.right = FeatureId(r.uuid(QStringLiteral("right")));
    p.author = r.text(QStringLiteral("author"));
    p.createdUtc = r.time(QStringLiteral("created"));
    r.finish();
    return p;
}

ComparisonAnnotation readAnnotation(const QJsonObject &json, qsizetype index)
{
    JsonReader r(json, QCoreApplication::translate("ridgeline::Markup", "annotation %1").arg(index + 1));
    ComparisonAnnotation a;
    a.id = AnnotationId(r.uuid(QStringLiteral("id")));
    const QString kind = r.text(QStringLiteral("kind"));
    const auto knownKind = comparisonAnnotationKindFromKey(kind);
    if (!knownKind)
        r.fail(QStringLiteral("kind"),
               QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"non-correspondence\" or \"unclear\"")
                   .arg(kind));
    a.kind = *knownKind;
    const QString side = r.text(QStringLiteral("side"));
    const auto knownSide = comparisonSideFromKey(side);
    if (!knownSide)
        r.fail(QStringLiteral("side"),
               QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"left\" or \"right\"").arg(side));
    a.side = *knownSide;
    a.points = r.points(QStringLiteral("points"));
    a.text = r.text(QStringLiteral("text"), false);
    a.author = r.text(QStringLiteral("author"));
    a.createdUtc = r.time(QStringLiteral("created"));
    r.finish();
    return a;
}

Alignment readAlignment(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("'alignment'"));
    Alignment a;
    const QString kind = r.text(QStringLiteral("kind"));
    const auto known = alignmentKindFromKey(kind);
    if (!known)
        r.fail(
            QStringLiteral("kind"),
            QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"similarity\" or \"affine\"").arg(kind));
    a.kind = *known;
    const QJsonArray rows = r.array(QStringLiteral("matrix"));
    for (qsizetype row = 0; row < 2; ++row) {
        const QJsonArray values = rows.size() == 2 ? rows[row].toArray() : QJsonArray();
        if (values.size() != 3)
            r.fail(QStringLiteral("matrix"),
                   QCoreApplication::translate("ridgeline::Markup", "must be two rows of three numbers"));
        for (qsizetype column = 0; column < 3; ++column) {
            if (!values[column].isDouble())
                r.fail(QStringLiteral("matrix"),
                       QCoreApplication::translate("ridgeline::Markup", "must be two rows of three numbers"));
            a.matrix[size_t(row * 3 + column)] = values[column].toDouble();
        }
    }
    const QJsonArray pairs = r.array(QStringLiteral("pairs"));
    for (const QJsonValue &number : pairs) {
        if (!number.isDouble() || number.toDouble() != double(number.toInt()))
            r.fail(QStringLiteral("pairs"),
                   QCoreApplication::translate("ridgeline::Markup", "must be a list of pair numbers"));
        a.pairs.append(number.toInt());
    }
    a.author = r.text(QStringLiteral("author"));
    a.createdUtc = r.time(QStringLiteral("created"));
    r.finish();
    return a;
}

QString readSha(JsonReader &r, const QString &key)
{
    JsonReader side(r.object(key), QStringLiteral("'%1'").arg(key));
    const QString sha = side.text(QStringLiteral("sha256"));
    side.finish();
    return sha;
}

MarkupComparison readComparison(const QJsonObject &json)
{
    JsonReader r(json, {});
    checkFormat(r, "ridgeline-comparison", kComparisonFormatVersion);
    MarkupComparison c;
    c.id = ComparisonId(r.uuid(QStringLiteral("id")));
    c.leftSha256 = readSha(r, QStringLiteral("left"));
    c.rightSha256 = readSha(r, QStringLiteral("right"));
    JsonReader exemplar(r.object(QStringLiteral("exemplar")), QStringLiteral("'exemplar'"));
    c.exemplar.person = PersonId(exemplar.uuid(QStringLiteral("person"), false));
    c.exemplar.impression = ImpressionId(exemplar.uuid(QStringLiteral("impression"), false));
    c.exemplar.card = exemplar.text(QStringLiteral("card"), false);
    c.exemplar.fingerPosition = exemplar.integer(QStringLiteral("fingerPosition"));
    exemplar.finish();
    if (c.exemplar.fingerPosition < 0 || c.exemplar.fingerPosition > 255)
        refuse(QCoreApplication::translate("ridgeline::Markup", "'exemplar': finger position %1 is outside 0..255")
                   .arg(c.exemplar.fingerPosition));
    c.author = r.text(QStringLiteral("author"));
    c.createdUtc = r.time(QStringLiteral("created"));
    const QJsonArray pairs = r.array(QStringLiteral("pairs"));
    for (qsizetype i = 0; i < pairs.size(); ++i)
        c.pairs.append(readPair(
            objectAt(pairs, i, QCoreApplication::translate("ridgeline::Markup", "pair entry %1").arg(i + 1)), i));
    const QJsonArray annotations = r.array(QStringLiteral("annotations"));
    for (qsizetype i = 0; i < annotations.size(); ++i)
        c.annotations.append(readAnnotation(
            objectAt(annotations, i, QCoreApplication::translate("ridgeline::Markup", "annotation %1").arg(i + 1)), i));
    if (r.has(QStringLiteral("alignment")))
        c.alignment = readAlignment(r.object(QStringLiteral("alignment")));
    r.finish();
    return c;
}

} // namespace

QJsonObject comparisonToJsonObject(const MarkupComparison &c)
{
    QJsonObject exemplar{{QStringLiteral("fingerPosition"), c.exemplar.fingerPosition}};
    if (!c.exemplar.person.isNull())
        exemplar.insert(QStringLiteral("person"), c.exemplar.person.toString());
    if (!c.exemplar.impression.isNull())
        exemplar.insert(QStringLiteral("impression"), c.exemplar.impression.toString());
    if (!c.exemplar.card.isEmpty())
        exemplar.insert(QStringLiteral("card"), c.exemplar.card);
    QJsonArray pairs;
    for (const Correspondence &p : c.pairs)
        pairs.append(pairJson(p));
    QJsonArray annotations;
    for (const ComparisonAnnotation &a : c.annotations)
        annotations.append(annotationJson(a));
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("ridgeline-comparison")},
                     {QStringLiteral("version"), kComparisonFormatVersion},
                     {QStringLiteral("id"), c.id.toString()},
                     {QStringLiteral("left"), QJsonObject{{QStringLiteral("sha256"), c.leftSha256}}},
                     {QStringLiteral("right"), QJsonObject{{QStringLiteral("sha256"), c.rightSha256}}},
                     {QStringLiteral("exemplar"), exemplar},
                     {QStringLiteral("author"), c.author},
                     {QStringLiteral("created"), timeJson(c.createdUtc)},
                     {QStringLiteral("pairs"), pairs},
                     {QStringLiteral("annotations"), annotations}};
    if (c.alignment)
        json.insert(QStringLiteral("alignment"), alignmentJson(*c.alignment));
    return json;
}

QByteArray comparisonToJson(const MarkupComparison &comparison)
{
    return QJsonDocument(comparisonToJsonObject(comparison)).toJson(QJsonDocument::Indented);
}

Result<MarkupComparison> comparisonFromJson(const QJsonObject &json, const Markup &left, const Markup &right)
{
    const auto refused = [](const QString &reason) {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::Markup", "Comparison refused: %1").arg(reason));
    };
    try {
        MarkupComparison comparison = readComparison(json);
        if (Status ok = validateComparison(comparison, left, right); !ok)
            return refused(ok.error().message());
        return comparison;
    } catch (const JsonRefusal &refusal) {
        return refused(refusal.message);
    }
}

Result<MarkupComparison> comparisonFromJson(const QByteArray &bytes, const Markup &left, const Markup &right)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::Markup", "Comparison refused: not a JSON object (%1 at "
                                                                      "offset %2)")
                         .arg(error.errorString())
                         .arg(error.offset));
    return comparisonFromJson(doc.object(), left, right);
}

} // namespace ridgeline
