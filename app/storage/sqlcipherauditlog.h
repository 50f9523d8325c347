#pragma once

// The audit trail in the encrypted workspace: append-only (triggers refuse UPDATE and DELETE),
// hash-chained (AuditEvent::computeHash), with a checkpoint signed by the workstation key every
// `checkpointInterval` events and on request (logout). Uses the caller's connection; same thread.

#include "app/core/auditevent.h"
#include "app/core/repositories.h"
#include "app/storage/workstationkey.h"

#include <QList>
#include <QStringList>

namespace ridgeline::storage {

class SqliteDatabase;

class SqlCipherAuditLog : public AuditLog
{
public:
    SqlCipherAuditLog(SqliteDatabase &db, const WorkstationKey &key, QByteArray databaseId, QString workstation);

    // Fills sequence, time (if null; stored at ms precision), workstation (if empty) and both
    // hashes; joins the caller's transaction when there is one.
    Result<AuditEvent> append(AuditEvent event) override;
    // Signs a checkpoint at the newest event unless one exists there already.
    Status signCheckpoint();

    void setCheckpointInterval(int events) { m_interval = events > 0 ? events : 100; }
    int checkpointInterval() const { return m_interval; }
    const QString &workstation() const { return m_workstation; }

    // Events in sequence order; empty filters match everything.
    Result<QList<AuditEvent>> events(const QString &objectType = {}, const QString &objectId = {}) const;
    // Events about a case or anything inside it (marks, documents, notes, person links).
    Result<QList<AuditEvent>> eventsOfCase(const QString &caseId) const;

    // What is signed for a checkpoint: bound to the database, the sequence and the chain hash there.
    static QByteArray checkpointMessage(const QByteArray &databaseId, qint64 sequence, const QByteArray &hash,
                                        qint64 timeMs);

private:
    Status insertCheckpoint(qint64 sequence, const QByteArray &hash);
    SqliteDatabase &m_db;
    const WorkstationKey &m_key;
    QByteArray m_databaseId;
    QString m_workstation;
    int m_interval = 100;
};

struct AuditChainReport
{
    qint64 eventsChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 signaturesChecked = 0;
    qint64 firstBadSequence = 0; // 0 when the chain holds
    QStringList problems;
};

// Recomputes every hash, checks sequence continuity and links, each checkpoint's signature and
// that its hash matches the chain, and that the chain was not cut below the last checkpoint.
Result<AuditChainReport> verifyAuditChain(SqliteDatabase &db, const QByteArray &databaseId);

} // namespace ridgeline::storage
