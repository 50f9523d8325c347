#include "app/imaging/enhance/recipe.h"

#include "app/imaging/enhance/enhancesteps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/core/utility.hpp>

#include <cmath>

namespace ridgeline::imaging {

namespace {

QString stepName(int index, const QString &kind)
{
    return QCoreApplication::translate("ridgeline::imaging::Enhancement", "step %1 (%2)")
        .arg(index + 1)
        .arg(kind.isEmpty() ? QCoreApplication::translate("ridgeline::imaging::Enhancement", "no kind") : kind);
}

Error badRecipe(const QString &what)
{
    return Error(ErrorCode::BadInput,
                 QCoreApplication::translate("ridgeline::imaging::Enhancement", "Recipe refused: %1").arg(what));
}

// The canonical value for `spec`, or an error naming what is wrong.
Result<QVariant> checkValue(const ParameterSpec &spec, const QVariant &value, const QString &where)
{
    const QString name =
        where + QStringLiteral(", ") +
        QCoreApplication::translate("ridgeline::imaging::Enhancement", "parameter '%1'").arg(spec.name);
    switch (spec.type) {
    case ParameterType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return badRecipe(
                QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 must be true or false").arg(name));
        return value;
    case ParameterType::Int:
    case ParameterType::Double: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::QString || !std::isfinite(v))
            return badRecipe(
                QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 must be a number").arg(name));
        if (spec.type == ParameterType::Int && v != std::floor(v))
            return badRecipe(
                QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 must be a whole number, not %2")
                    .arg(name)
                    .arg(v));
        if (v < spec.minimum || v > spec.maximum)
            return badRecipe(QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 is %2, outside %3..%4")
                                 .arg(name)
                                 .arg(v)
                                 .arg(spec.minimum)
                                 .arg(spec.maximum));
        return spec.type == ParameterType::Int ? QVariant(int(v)) : QVariant(v);
    }
    case ParameterType::Choice: {
        const QString s = value.toString();
        if (value.typeId() != QMetaType::QString || !spec.choices.contains(s))
            return badRecipe(QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 must be one of %2")
                                 .arg(name, spec.choices.join(QStringLiteral(", "))));
        return QVariant(s);
    }
    case ParameterType::PointList: {
        if (value.typeId() != QMetaType::QVariantList)
            return badRecipe(
                QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 must be a list of [x, y] points")
                    .arg(name));
        const QVariantList list = value.toList();
        if (list.size() < spec.minimum || list.size() > spec.maximum)
            return badRecipe(
                QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1 has %2 points, allowed are %3..%4")
                    .arg(name)
                    .arg(list.size())
                    .arg(spec.minimum)
                    .arg(spec.maximum));
        QList<QPointF> pts;
        for (const QVariant &item : list) {
            const QVariantList xy = item.toList();
            bool okX = false;
            bool okY = false;
            const double x = xy.size() == 2 ? xy[0].toDouble(&okX) : 0.0;
            const double y = xy.size() == 2 ? xy[1].toDouble(&okY) : 0.0;
            if (item.typeId() == QMetaType::QPointF) {
                pts.append(item.toPointF());
                continue;
            }
            if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
                return badRecipe(QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                             "%1 must be a list of [x, y] number pairs")
                                     .arg(name));
            pts.append(QPointF(x, y));
        }
        return pointsToVariant(pts);
    }
    }
    return badRecipe(name);
}

// Checks one step and returns it with canonical parameter values.
Result<EnhancementStep> checkStep(const EnhancementStep &step, int index)
{
    const StepSpec *spec = findStepSpec(step.kind);
    const QString where = stepName(index, step.kind);
    if (!spec)
        return badRecipe(QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                     "%1: unknown step kind '%2'; this version knows %3")
                             .arg(where, step.kind, enhancementStepKinds().join(QStringLiteral(", "))));
    EnhancementStep out{step.kind, {}, step.enabled};
    for (auto it = step.parameters.cbegin(); it != step.parameters.cend(); ++it) {
        const auto found = std::find_if(spec->parameters.cbegin(), spec->parameters.cend(),
                                        [&](const ParameterSpec &p) { return p.name == it.key(); });
        if (found == spec->parameters.cend()) {
            QStringList known;
            for (const ParameterSpec &p : spec->parameters)
                known.append(p.name);
            return badRecipe(QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                         "%1: unknown parameter '%2'; this version knows %3")
                                 .arg(where, it.key(),
                                      known.isEmpty()
                                          ? QCoreApplication::translate("ridgeline::imaging::Enhancement", "none")
                                          : known.join(QStringLiteral(", "))));
        }
        auto value = checkValue(*found, it.value(), where);
        if (!value)
            return value.error();
        out.parameters.insert(it.key(), value.value());
    }
    return out;
}

} // namespace

QString enhancementAlgorithmVersion()
{
    return QStringLiteral("ridgeline-enhance/1");
}

QString openCvVersionString()
{
    return QString::fromStdString(cv::getVersionString());
}

Status validateRecipe(const Recipe &recipe)
{
    for (int i = 0; i < recipe.steps.size(); ++i) {
        auto checked = checkStep(recipe.steps[i], i);
        if (!checked)
            return checked.error();
    }
    return {};
}

bool recipeChangesGeometry(const Recipe &recipe)
{
    for (const EnhancementStep &s : recipe.steps) {
        const StepSpec *spec = findStepSpec(s.kind);
        if (s.enabled && spec && spec->changesGeometry)
            return true;
    }
    return false;
}

QVariant pointsToVariant(const QList<QPointF> &points)
{
    QVariantList list;
    for (const QPointF &p : points)
        list.append(QVariant(QVariantList{p.x(), p.y()}));
    return list;
}

QList<QPointF> pointsFromVariant(const QVariant &value)
{
    QList<QPointF> points;
    for (const QVariant &item : value.toList()) {
        if (item.typeId() == QMetaType::QPointF) {
            points.append(item.toPointF());
            continue;
        }
        const QVariantList xy = item.toList();
        if (xy.size() == 2)
            points.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return points;
}

// Point lists may hold QPointF (from the UI) or [x, y] lists (from JSON); JSON gets the lists.
QJsonObject steps::parametersJson(const EnhancementStep &step)
{
    QVariantMap parameters = step.parameters;
    if (const StepSpec *spec = findStepSpec(step.kind))
        for (const ParameterSpec &p : spec->parameters)
            if (p.type == ParameterType::PointList && parameters.contains(p.name))
                parameters[p.name] = pointsToVariant(pointsFromVariant(parameters.value(p.name)));
    return QJsonObject::fromVariantMap(parameters);
}

QJsonObject Recipe::toJson() const
{
    QJsonArray steps;
    for (const EnhancementStep &s : this->steps)
        steps.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                                 {QStringLiteral("enabled"), s.enabled},
                                 {QStringLiteral("parameters"), steps::parametersJson(s)}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("ridgeline-recipe")},
        {QStringLiteral("algorithmVersion"),
         algorithmVersion.isEmpty() ? enhancementAlgorithmVersion() : algorithmVersion},
        {QStringLiteral("openCvVersion"), openCvVersion.isEmpty() ? openCvVersionString() : openCvVersion},
        {QStringLiteral("steps"), steps}};
}

QByteArray Recipe::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<Recipe> Recipe::fromJson(const QJsonObject &json)
{
    static const QStringList known{QStringLiteral("format"), QStringLiteral("algorithmVersion"),
                                   QStringLiteral("openCvVersion"), QStringLiteral("steps")};
    for (const QString &key : json.keys())
        if (!known.contains(key))
            return badRecipe(
                QCoreApplication::translate("ridgeline::imaging::Enhancement", "unknown field '%1'").arg(key));
    if (json.contains(QStringLiteral("format")) &&
        json.value(QStringLiteral("format")).toString() != QStringLiteral("ridgeline-recipe"))
        return badRecipe(
            QCoreApplication::translate("ridgeline::imaging::Enhancement", "'format' is not \"ridgeline-recipe\""));
    if (!json.value(QStringLiteral("steps")).isArray())
        return badRecipe(
            QCoreApplication::translate("ridgeline::imaging::Enhancement", "'steps' must be a list of steps"));
    Recipe recipe;
    recipe.algorithmVersion = json.value(QStringLiteral("algorithmVersion")).toString();
    recipe.openCvVersion = json.value(QStringLiteral("openCvVersion")).toString();
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps[i].toObject();
        for (const QString &key : o.keys())
            if (key != QStringLiteral("kind") && key != QStringLiteral("enabled") &&
                key != QStringLiteral("parameters"))
                return badRecipe(
                    QCoreApplication::translate("ridgeline::imaging::Enhancement", "%1: unknown field '%2'")
                        .arg(stepName(i, o.value(QStringLiteral("kind")).toString()), key));
        if (!steps[i].isObject() || !o.value(QStringLiteral("kind")).isString() ||
            (o.contains(QStringLiteral("enabled")) && !o.value(QStringLiteral("enabled")).isBool()) ||
            (o.contains(QStringLiteral("parameters")) && !o.value(QStringLiteral("parameters")).isObject()))
            return badRecipe(QCoreApplication::translate(
                                 "ridgeline::imaging::Enhancement",
                                 "%1 must be {\"kind\": text, \"enabled\": true/false, \"parameters\": {..}}")
                                 .arg(stepName(i, o.value(QStringLiteral("kind")).toString())));
        const EnhancementStep raw{o.value(QStringLiteral("kind")).toString(),
                                  o.value(QStringLiteral("parameters")).toObject().toVariantMap(),
                                  o.value(QStringLiteral("enabled")).toBool(true)};
        auto checked = checkStep(raw, i);
        if (!checked)
            return checked.error();
        recipe.steps.append(checked.value());
    }
    return recipe;
}

Result<Recipe> Recipe::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badRecipe(
            QCoreApplication::translate("ridgeline::imaging::Enhancement", "not a JSON object (%1 at offset %2)")
                .arg(error.errorString())
                .arg(error.offset));
    return fromJson(doc.object());
}

} // namespace ridgeline::imaging
