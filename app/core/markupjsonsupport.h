#pragma once

// Private to markupjson.cpp and markupcomparisonjson.cpp: strict reading of JSON objects. A
// JsonReader throws JsonRefusal on the first problem; markupFromJson and comparisonFromJson catch
// it at their boundary and return it as an Error, so nothing half-read ever escapes.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QUuid>

namespace ridgeline::markupjson {

struct JsonRefusal
{
    QString message;
};

[[noreturn]] void refuse(const QString &message);

// Reads the fields of one object; finish() refuses any field nobody asked for.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &where);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString text(const QString &key, bool required = true);
    double number(const QString &key);
    std::optional<double> optionalNumber(const QString &key);
    int integer(const QString &key);
    bool boolean(const QString &key, bool fallback);
    QUuid uuid(const QString &key, bool required = true);
    // ISO 8601 UTC with milliseconds: "2026-11-24T09:12:05.123Z".
    QDateTime time(const QString &key, bool required = true);
    QPointF point(const QString &key);
    QList<QPointF> points(const QString &key, bool required = true);
    QJsonObject object(const QString &key, bool required = true);
    QJsonArray array(const QString &key, bool required = true);
    void finish() const;

    const QString &where() const { return m_where; }
    [[noreturn]] void fail(const QString &key, const QString &reason) const;

private:
    QJsonValue take(const QString &key, bool required);

    QJsonObject m_object;
    QString m_where;
    QSet<QString> m_read;
};

// The element of an array that must be an object.
QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &what);
QPointF pointFrom(const QJsonValue &value, const QString &what);

QJsonArray pointJson(QPointF point);
QJsonArray pointsJson(const QList<QPointF> &points);
QString timeJson(const QDateTime &time);
QString uuidJson(const QUuid &uuid);

// The "format" and "version" fields every document starts with.
void checkFormat(JsonReader &reader, const char *format, int version);

} // namespace ridgeline::markupjson
