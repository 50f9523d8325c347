#include "app/storage/sqlcipherauditlog.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>

namespace ridgeline::storage {
namespace {

constexpr auto kSelectColumns =
    "SELECT seq, time_ms, user, workstation, action, object_type, object_id, outcome, details, prev_hash, hash "
    "FROM audit_events ";

AuditOutcome outcomeFromKey(const QString &key)
{
    if (key == QLatin1String("failure"))
        return AuditOutcome::Failure;
    if (key == QLatin1String("refused"))
        return AuditOutcome::Refused;
    return AuditOutcome::Success;
}

// Reads a row of kSelectColumns.
AuditEvent eventFromRow(const SqliteStatement &row)
{
    AuditEvent e;
    e.sequence = row.int64(0);
    e.timeUtc = QDateTime::fromMSecsSinceEpoch(row.int64(1), Qt::UTC);
    e.user = row.text(2);
    e.workstation = row.text(3);
    e.action = row.text(4);
    e.objectType = row.text(5);
    e.objectId = row.text(6);
    const QString outcome = row.text(7);
    e.outcome = outcomeFromKey(outcome);
    e.details = row.text(8);
    e.previousHash = row.blob(9);
    e.hash = row.blob(10);
    return e;
}

Result<QList<AuditEvent>> collect(SqliteStatement &statement)
{
    QList<AuditEvent> events;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return events;
        events.append(eventFromRow(statement));
    }
}

} // namespace

SqlCipherAuditLog::SqlCipherAuditLog(SqliteDatabase &db, const WorkstationKey &key, QByteArray databaseId,
                                     QString workstation)
    : m_db(db)
    , m_key(key)
    , m_databaseId(std::move(databaseId))
    , m_workstation(std::move(workstation))
{}

QByteArray SqlCipherAuditLog::checkpointMessage(const QByteArray &databaseId, qint64 sequence, const QByteArray &hash,
                                                qint64 timeMs)
{
    return "RIDGELINE-CHECKPOINT-1\n" + databaseId.toHex() + '\n' + QByteArray::number(sequence) + '\n' + hash.toHex() +
           '\n' + QByteArray::number(timeMs) + '\n';
}

Result<AuditEvent> SqlCipherAuditLog::append(AuditEvent event)
{
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    // Read the head inside the write transaction: another process may have appended since.
    SqliteStatement head(m_db, "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    auto row = head.step();
    if (!row)
        return row.error();
    event.sequence = *row ? head.int64(0) + 1 : 1;
    event.previousHash = *row ? head.blob(1) : auditGenesisHash();
    const qint64 timeMs =
        event.timeUtc.isValid() ? event.timeUtc.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    event.timeUtc = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    if (event.workstation.isEmpty())
        event.workstation = m_workstation;
    event.hash = event.computeHash();

    SqliteStatement insert(m_db, "INSERT INTO audit_events (seq, time_ms, user, workstation, action, object_type, "
                                 "object_id, outcome, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, event.sequence)
        .bind(2, timeMs)
        .bind(3, event.user)
        .bind(4, event.workstation)
        .bind(5, event.action)
        .bind(6, event.objectType)
        .bind(7, event.objectId)
        .bind(8, auditOutcomeKey(event.outcome))
        .bind(9, event.details)
        .bindBlob(10, event.previousHash)
        .bindBlob(11, event.hash);
    if (Status s = insert.run(); !s)
        return s.error().withContext(
            QCoreApplication::translate("ridgeline::storage", "Writing audit event %1").arg(event.sequence));
    if (event.sequence % m_interval == 0) {
        if (Status s = insertCheckpoint(event.sequence, event.hash); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return event;
}

Status SqlCipherAuditLog::insertCheckpoint(qint64 sequence, const QByteArray &hash)
{
    const qint64 timeMs = QDateTime::currentMSecsSinceEpoch();
    SqliteStatement insert(m_db, "INSERT INTO audit_checkpoints (seq, hash, time_ms, public_key, signature) "
                                 "VALUES (?,?,?,?,?)");
    insert.bind(1, sequence)
        .bindBlob(2, hash)
        .bind(3, timeMs)
        .bindBlob(4, m_key.publicKey())
        .bindBlob(5, m_key.sign(checkpointMessage(m_databaseId, sequence, hash, timeMs)));
    return insert.run();
}

Status SqlCipherAuditLog::signCheckpoint()
{
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqliteStatement head(m_db, "SELECT e.seq, e.hash, (SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints) "
                               "FROM audit_events e ORDER BY e.seq DESC LIMIT 1");
    auto row = head.step();
    if (!row)
        return row.error();
    if (!*row || head.int64(2) >= head.int64(0))
        return transaction.commit(); // the head is signed already
    if (Status s = insertCheckpoint(head.int64(0), head.blob(1)); !s)
        return s;
    return transaction.commit();
}

Result<QList<AuditEvent>> SqlCipherAuditLog::events(const QString &objectType, const QString &objectId) const
{
    const QByteArray sql =
        QByteArray(kSelectColumns) + "WHERE (?1 = '' OR object_type = ?1) AND (?2 = '' OR object_id = ?2) ORDER BY seq";
    SqliteStatement statement(m_db, sql.constData());
    statement.bind(1, objectType).bind(2, objectId);
    return collect(statement);
}

Result<QList<AuditEvent>> SqlCipherAuditLog::eventsOfCase(const QString &caseId) const
{
    const QByteArray sql =
        QByteArray(kSelectColumns) +
        "WHERE (object_type = 'case' AND object_id = ?1)"
        " OR (object_type = 'mark' AND object_id IN (SELECT id FROM marks WHERE case_id = ?1))"
        " OR (object_type = 'document' AND object_id IN (SELECT id FROM documents WHERE case_id = ?1))"
        " ORDER BY seq";
    SqliteStatement statement(m_db, sql.constData());
    statement.bind(1, caseId);
    return collect(statement);
}

} // namespace ridgeline::storage
