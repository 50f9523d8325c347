#include "app/core/markupjsonsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ridgeline::markupjson {

void refuse(const QString &message)
{
    throw JsonRefusal{message};
}

JsonReader::JsonReader(const QJsonObject &object, const QString &where)
    : m_object(object)
    , m_where(where)
{}

void JsonReader::fail(const QString &key, const QString &reason) const
{
    const QString field = QStringLiteral("'%1' %2").arg(key, reason);
    refuse(m_where.isEmpty() ? field : QStringLiteral("%1: %2").arg(m_where, field));
}

QJsonValue JsonReader::take(const QString &key, bool required)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (required && value.isUndefined())
        fail(key, QCoreApplication::translate("ridgeline::Markup", "is missing"));
    return value;
}

QString JsonReader::text(const QString &key, bool required)
{
    const QJsonValue value = take(key, required);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        fail(key, QCoreApplication::translate("ridgeline::Markup", "must be text"));
    return value.toString();
}

double JsonReader::number(const QString &key)
{
    const QJsonValue value = take(key, true);
    if (!value.isDouble())
        fail(key, QCoreApplication::translate("ridgeline::Markup", "must be a number"));
    return value.toDouble();
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return number(key);
}

int JsonReader::integer(const QString &key)
{
    const double value = number(key);
    if (value != std::trunc(value) || std::abs(value) > 2147483647.0)
        fail(key, QCoreApplication::translate("ridgeline::Markup", "must be a whole number, not %1").arg(value));
    return int(value);
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = take(key, false);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        fail(key, QCoreApplication::translate("ridgeline::Markup", "must be true or false"));
    return value.toBool();
}

QUuid JsonReader::uuid(const QString &key, bool required)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString value = text(key, required);
    if (value.isEmpty() && !required)
        return {};
    const QUuid uuid = QUuid::fromString(value);
    if (!form.match(value).hasMatch() || uuid.isNull())
        fail(key,
             QCoreApplication::translate("ridgeline::Markup", "must be a UUID in lowercase without braces, not \"%1\"")
                 .arg(value));
    return uuid;
}

QDateTime JsonReader::time(const QString &key, bool required)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    const QString value = text(key, required);
    if (value.isEmpty() && !required)
        return {};
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!form.match(value).hasMatch() || !time.isValid())
        fail(key, QCoreApplication::translate("ridgeline::Markup",
                                              "must be a UTC time like 2026-11-24T09:12:05.123Z, not \"%1\"")
                      .arg(value));
    return time.toUTC();
}

QPointF JsonReader::point(const QString &key)
{
    const QJsonValue value = take(key, true);
    return pointFrom(value, m_where.isEmpty() ? QStringLiteral("'%1'").arg(key)
                                              : QStringLiteral("%1: '%2'").arg(m_where, key));
}

QList<QPointF> JsonReader::points(const QString &key, bool required)
{
    const QJsonArray list = array(key, required);
    QList<QPointF> points;
    points.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        points.append(pointFrom(list[i], QStringLiteral("%1: '%2' point %3").arg(m_where, key).arg(i + 1)));
    return points;
}

QJsonObject JsonReader::object(const QString &key, bool required)
{
    const QJsonValue value = take(key, required);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        fail(key, QCoreApplication::translate("ridgeline::Markup", "must be an object"));
    return value.toObject();
}

QJsonArray JsonReader::array(const QString &key, bool required)
{
    const QJsonValue value = take(key, required);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(key, QCoreApplication::translate("ridgeline::Markup", "must be a list"));
    return value.toArray();
}

void JsonReader::finish() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_read.contains(it.key()))
            refuse(m_where.isEmpty()
                       ? QCoreApplication::translate("ridgeline::Markup", "unknown field '%1'").arg(it.key())
                       : QCoreApplication::translate("ridgeline::Markup", "%1: unknown field '%2'")
                             .arg(m_where, it.key()));
}

QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &what)
{
    if (!array[index].isObject())
        refuse(QCoreApplication::translate("ridgeline::Markup", "%1 must be an object").arg(what));
    return array[index].toObject();
}

QPointF pointFrom(const QJsonValue &value, const QString &what)
{
    const QJsonArray xy = value.toArray();
    if (!value.isArray() || xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble())
        refuse(QCoreApplication::translate("ridgeline::Markup", "%1 must be a point [x, y]").arg(what));
    return {xy[0].toDouble(), xy[1].toDouble()};
}

QJsonArray pointJson(QPointF point)
{
    return QJsonArray{point.x(), point.y()};
}

QJsonArray pointsJson(const QList<QPointF> &points)
{
    QJsonArray list;
    for (const QPointF &p : points)
        list.append(pointJson(p));
    return list;
}

QString timeJson(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString uuidJson(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

void checkFormat(JsonReader &reader, const char *format, int version)
{
    const QString given = reader.text(QStringLiteral("format"));
    if (given != QLatin1String(format))
        reader.fail(QStringLiteral("format"), QCoreApplication::translate("ridgeline::Markup", "is \"%1\", not \"%2\"")
                                                  .arg(given, QLatin1String(format)));
    const int read = reader.integer(QStringLiteral("version"));
    if (read != version)
        reader.fail(
            QStringLiteral("version"),
            QCoreApplication::translate("ridgeline::Markup", "is %1; this version of Ridgeline reads version %2 only")
                .arg(read)
                .arg(version));
}

} // namespace ridgeline::markupjson
