#include "app/storage/sqlciphermarkworkrepository.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::storage {

namespace {

QJsonArray pointsToJson(const QList<QPointF> &points)
{
    QJsonArray array;
    for (const QPointF &p : points)
        array.append(QJsonArray{p.x(), p.y()});
    return array;
}

QList<QPointF> pointsFromJson(const QJsonArray &array)
{
    QList<QPointF> points;
    for (const QJsonValue &value : array) {
        const QJsonArray xy = value.toArray();
        points.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return points;
}

Result<QJsonDocument> parse(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage::MarkWork", "The stored %1 is not valid JSON: %2")
                         .arg(what, error.errorString()));
    return doc;
}

// Column order of every SELECT below.
constexpr const char *kColumns = "mark_id, revision, recipe_json, output_sha256, calibration_json, measurements_json, "
                                 "saved_by, saved_ms";

} // namespace

const char *SqlCipherMarkWorkRepository::schemaSql()
{
    return R"sql(
CREATE TABLE mark_work (
    mark_id TEXT PRIMARY KEY REFERENCES marks(id), revision INTEGER NOT NULL, recipe_json TEXT NOT NULL,
    output_sha256 BLOB, calibration_json TEXT NOT NULL, measurements_json TEXT NOT NULL, saved_by TEXT NOT NULL,
    saved_ms INTEGER NOT NULL);
CREATE TABLE mark_work_history (
    mark_id TEXT NOT NULL REFERENCES marks(id), revision INTEGER NOT NULL, recipe_json TEXT NOT NULL,
    output_sha256 BLOB, calibration_json TEXT NOT NULL, measurements_json TEXT NOT NULL, saved_by TEXT NOT NULL,
    saved_ms INTEGER NOT NULL, PRIMARY KEY (mark_id, revision));
CREATE TRIGGER mark_work_history_no_update BEFORE UPDATE ON mark_work_history
    BEGIN SELECT RAISE(ABORT, 'mark work history is append-only'); END;
CREATE TRIGGER mark_work_history_no_delete BEFORE DELETE ON mark_work_history
    BEGIN SELECT RAISE(ABORT, 'mark work history is append-only'); END;
)sql";
}

SqlCipherMarkWorkRepository::SqlCipherMarkWorkRepository(SqliteDatabase &db)
    : m_db(db)
{}

QByteArray SqlCipherMarkWorkRepository::calibrationToJson(const MarkCalibrationRecord &c)
{
    QJsonObject o{{QStringLiteral("method"), c.method},
                  {QStringLiteral("ppi"), c.ppi},
                  {QStringLiteral("points"), pointsToJson(c.points)},
                  {QStringLiteral("millimetres"), c.millimetres},
                  {QStringLiteral("refined"), c.refined},
                  {QStringLiteral("graduations"), c.graduations}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<MarkCalibrationRecord> SqlCipherMarkWorkRepository::calibrationFromJson(const QByteArray &json)
{
    auto doc = parse(json, QCoreApplication::translate("ridgeline::storage::MarkWork", "calibration"));
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->object();
    MarkCalibrationRecord c;
    c.method = o.value(QStringLiteral("method")).toString(QStringLiteral("none"));
    c.ppi = o.value(QStringLiteral("ppi")).toDouble();
    c.points = pointsFromJson(o.value(QStringLiteral("points")).toArray());
    c.millimetres = o.value(QStringLiteral("millimetres")).toDouble();
    c.refined = o.value(QStringLiteral("refined")).toBool();
    c.graduations = o.value(QStringLiteral("graduations")).toInt();
    return c;
}

QByteArray SqlCipherMarkWorkRepository::measurementsToJson(const QList<MarkMeasurementRecord> &measurements)
{
    QJsonArray array;
    for (const MarkMeasurementRecord &m : measurements)
        array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("kind"), m.kind},
                                 {QStringLiteral("points"), pointsToJson(m.points)},
                                 {QStringLiteral("pixels"), m.pixels},
                                 {QStringLiteral("millimetres"), m.millimetres},
                                 {QStringLiteral("degrees"), m.degrees},
                                 {QStringLiteral("ridges"), m.ridges}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Result<QList<MarkMeasurementRecord>> SqlCipherMarkWorkRepository::measurementsFromJson(const QByteArray &json)
{
    auto doc = parse(json, QCoreApplication::translate("ridgeline::storage::MarkWork", "measurements"));
    if (!doc)
        return doc.error();
    QList<MarkMeasurementRecord> list;
    for (const QJsonValue &value : doc->array()) {
        const QJsonObject o = value.toObject();
        MarkMeasurementRecord m;
        m.id = o.value(QStringLiteral("id")).toInt();
        m.kind = o.value(QStringLiteral("kind")).toString();
        m.points = pointsFromJson(o.value(QStringLiteral("points")).toArray());
        m.pixels = o.value(QStringLiteral("pixels")).toDouble();
        m.millimetres = o.value(QStringLiteral("millimetres")).toDouble();
        m.degrees = o.value(QStringLiteral("degrees")).toDouble();
        m.ridges = o.value(QStringLiteral("ridges")).toInt();
        list.append(m);
    }
    return list;
}

Result<QList<MarkWork>> SqlCipherMarkWorkRepository::select(const char *sql, const MarkId &mark)
{
    SqliteStatement q(m_db, sql);
    q.bind(1, mark.toString());
    QList<MarkWork> list;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        MarkWork work;
        work.markId = MarkId::fromString(q.text(0));
        work.revision = int(q.int64(1));
        work.recipeJson = q.text(2).toUtf8();
        work.outputSha256 = QString::fromLatin1(q.blob(3).toHex());
        auto calibration = calibrationFromJson(q.text(4).toUtf8());
        if (!calibration)
            return calibration.error().withContext(
                QCoreApplication::translate("ridgeline::storage::MarkWork", "Mark %1, revision %2")
                    .arg(mark.toString())
                    .arg(work.revision));
        work.calibration = calibration.value();
        auto measurements = measurementsFromJson(q.text(5).toUtf8());
        if (!measurements)
            return measurements.error().withContext(
                QCoreApplication::translate("ridgeline::storage::MarkWork", "Mark %1, revision %2")
                    .arg(mark.toString())
                    .arg(work.revision));
        work.measurements = measurements.value();
        work.savedBy = q.text(6);
        work.savedUtc = QDateTime::fromMSecsSinceEpoch(q.int64(7), Qt::UTC);
        list.append(work);
    }
}

Result<MarkWork> SqlCipherMarkWorkRepository::load(const MarkId &mark)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM mark_work WHERE mark_id = ?";
    auto rows = select(sql.constData(), mark);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, QCoreApplication::translate("ridgeline::storage::MarkWork",
                                                                      "No examination work has been saved for mark %1.")
                                              .arg(mark.toString()));
    return rows->first();
}

Result<QList<MarkWork>> SqlCipherMarkWorkRepository::history(const MarkId &mark)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM mark_work_history WHERE mark_id = ? ORDER BY revision";
    return select(sql.constData(), mark);
}

Result<MarkWork> SqlCipherMarkWorkRepository::save(const MarkWork &work)
{
    SqliteStatement exists(m_db, "SELECT (SELECT exhibit_ref FROM marks WHERE id = ?1), "
                                 "(SELECT revision FROM mark_work WHERE mark_id = ?1)");
    exists.bind(1, work.markId.toString());
    auto row = exists.step();
    if (!row)
        return row.error();
    if (exists.isNull(0))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage::MarkWork", "Mark %1 is not in this workspace.")
                         .arg(work.markId.toString()));
    const QString exhibit = exists.text(0);
    const int stored = exists.isNull(1) ? 0 : int(exists.int64(1));
    if (stored != work.revision) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "ridgeline::storage::MarkWork",
                         "The work on mark %1 was saved elsewhere (revision %2) after this copy was opened (revision "
                         "%3). Reopen the mark to see it; nothing was overwritten.")
                         .arg(exhibit)
                         .arg(stored)
                         .arg(work.revision));
    }
    MarkWork saved = work;
    saved.revision = stored + 1;
    const QByteArray hash = QByteArray::fromHex(work.outputSha256.toLatin1());
    const QString calibration = QString::fromUtf8(calibrationToJson(work.calibration));
    const QString measurements = QString::fromUtf8(measurementsToJson(work.measurements));
    for (const char *sql : {"INSERT OR REPLACE INTO mark_work (mark_id, revision, recipe_json, output_sha256, "
                            "calibration_json, measurements_json, saved_by, saved_ms) VALUES (?,?,?,?,?,?,?,?)",
                            "INSERT INTO mark_work_history (mark_id, revision, recipe_json, output_sha256, "
                            "calibration_json, measurements_json, saved_by, saved_ms) VALUES (?,?,?,?,?,?,?,?)"}) {
        SqliteStatement w(m_db, sql);
        w.bind(1, work.markId.toString()).bind(2, saved.revision).bind(3, QString::fromUtf8(work.recipeJson));
        if (hash.isEmpty())
            w.bindNull(4);
        else
            w.bindBlob(4, hash);
        w.bind(5, calibration).bind(6, measurements).bind(7, work.savedBy);
        w.bind(8, work.savedUtc.toMSecsSinceEpoch());
        if (Status s = w.run(); !s)
            return s.error();
    }
    return saved;
}

} // namespace ridgeline::storage
