#include "app/core/comparisonbundle.h"

#include "app/core/markupjson.h"
#include "app/core/markupjsonsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ridgeline {

namespace {

constexpr char kFormat[] = "ridgeline-comparison-bundle";

Error refused(const QString &reason)
{
    return Error(ErrorCode::BadInput,
                 QCoreApplication::translate("ridgeline::Markup", "Comparison bundle refused: %1").arg(reason));
}

} // namespace

QByteArray comparisonBundleToJson(const ComparisonBundle &bundle)
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    json.insert(QStringLiteral("version"), kComparisonBundleFormatVersion);
    json.insert(QStringLiteral("mark"), markupToJsonObject(bundle.mark));
    json.insert(QStringLiteral("exemplar"), markupToJsonObject(bundle.exemplar));
    json.insert(QStringLiteral("comparison"), comparisonToJsonObject(bundle.comparison));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<ComparisonBundle> comparisonBundleFromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refused(QCoreApplication::translate("ridgeline::Markup", "not a JSON object (%1 at offset %2)")
                           .arg(error.errorString())
                           .arg(error.offset));
    QJsonObject mark, exemplar, comparison;
    try {
        markupjson::JsonReader reader(doc.object(), QCoreApplication::translate("ridgeline::Markup", "the bundle"));
        markupjson::checkFormat(reader, kFormat, kComparisonBundleFormatVersion);
        mark = reader.object(QStringLiteral("mark"));
        exemplar = reader.object(QStringLiteral("exemplar"));
        comparison = reader.object(QStringLiteral("comparison"));
        reader.finish();
    } catch (const markupjson::JsonRefusal &refusal) {
        return refused(refusal.message);
    }
    ComparisonBundle bundle;
    Result<Markup> left = markupFromJson(mark);
    if (!left)
        return refused(
            QCoreApplication::translate("ridgeline::Markup", "the mark's markup: %1").arg(left.error().message()));
    Result<Markup> right = markupFromJson(exemplar);
    if (!right)
        return refused(
            QCoreApplication::translate("ridgeline::Markup", "the exemplar's markup: %1").arg(right.error().message()));
    Result<MarkupComparison> c = comparisonFromJson(comparison, left.value(), right.value());
    if (!c)
        return refused(c.error().message());
    bundle.mark = std::move(left.value());
    bundle.exemplar = std::move(right.value());
    bundle.comparison = std::move(c.value());
    return bundle;
}

} // namespace ridgeline
