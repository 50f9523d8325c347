#pragma once

// The examiner's stored work on a mark (recipe, output hash, calibration, measurements; issue 5).
// The current work sits in mark_work with a revision for optimistic concurrency (two workstations
// on one workspace); every saved revision is also appended to mark_work_history, which triggers
// keep append-only, so an earlier recipe stays reproducible. Uses the caller's connection and
// transaction; same thread. Audit events are the caller's (the session's) business.

#include "app/core/error.h"
#include "app/core/markwork.h"

#include <QList>

namespace ridgeline::storage {

class SqliteDatabase;

class SqlCipherMarkWorkRepository
{
public:
    explicit SqlCipherMarkWorkRepository(SqliteDatabase &db);

    // The schema step that adds both tables (appended to the migrations).
    static const char *schemaSql();

    // The current work of the mark. NotFound when none was ever saved.
    Result<MarkWork> load(const MarkId &mark);
    // Every saved revision, oldest first (empty when none).
    Result<QList<MarkWork>> history(const MarkId &mark);
    // Stores `work` as revision work.revision + 1. NotFound when the mark does not exist;
    // Conflict when work.revision is not the stored revision (someone saved in between).
    // savedBy/savedUtc of `work` are stored as given. Call inside a transaction.
    Result<MarkWork> save(const MarkWork &work);

    // The JSON forms stored in the calibration_json and measurements_json columns.
    static QByteArray calibrationToJson(const MarkCalibrationRecord &calibration);
    static Result<MarkCalibrationRecord> calibrationFromJson(const QByteArray &json);
    static QByteArray measurementsToJson(const QList<MarkMeasurementRecord> &measurements);
    static Result<QList<MarkMeasurementRecord>> measurementsFromJson(const QByteArray &json);

private:
    Result<QList<MarkWork>> select(const char *sql, const MarkId &mark);

    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
