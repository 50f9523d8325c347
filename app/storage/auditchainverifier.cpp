// verifyAuditChain(), declared in sqlcipherauditlog.h: kept apart from the writer because it is the
// part an examiner's evidence depends on and it has its own speed target (50,000 events/s).
#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace ridgeline::storage {
namespace {

struct Checkpoint
{
    QByteArray hash;
    qint64 timeMs = 0;
    QByteArray publicKey;
    QByteArray signature;
};

Result<QMap<qint64, Checkpoint>> loadCheckpoints(SqliteDatabase &db)
{
    QMap<qint64, Checkpoint> checkpoints;
    SqliteStatement statement(db, "SELECT seq, hash, time_ms, public_key, signature FROM audit_checkpoints "
                                  "ORDER BY seq");
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return checkpoints;
        checkpoints.insert(statement.int64(0),
                           {statement.blob(1), statement.int64(2), statement.blob(3), statement.blob(4)});
    }
}

Result<QSet<QByteArray>> workstationKeys(SqliteDatabase &db)
{
    QSet<QByteArray> keys;
    SqliteStatement statement(db, "SELECT public_key FROM workstation_keys");
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return keys;
        keys.insert(statement.blob(0));
    }
}

void checkSignatures(const QMap<qint64, Checkpoint> &checkpoints, const QSet<QByteArray> &trusted,
                     const QByteArray &databaseId, AuditChainReport &report)
{
    for (auto it = checkpoints.cbegin(); it != checkpoints.cend(); ++it) {
        ++report.checkpointsChecked;
        const Checkpoint &c = it.value();
        const QByteArray message = SqlCipherAuditLog::checkpointMessage(databaseId, it.key(), c.hash, c.timeMs);
        if (!trusted.contains(c.publicKey)) {
            report.problems.append(QCoreApplication::translate(
                                       "ridgeline::storage",
                                       "Audit checkpoint at event %1 is signed by a key that is not this workspace's "
                                       "workstation key.")
                                       .arg(it.key()));
        } else if (!WorkstationKey::verify(c.publicKey, message, c.signature)) {
            report.problems.append(
                QCoreApplication::translate("ridgeline::storage",
                                            "Audit checkpoint at event %1 has an invalid signature (the checkpoint was "
                                            "altered).")
                    .arg(it.key()));
        } else {
            ++report.signaturesChecked;
        }
    }
}

void markBad(AuditChainReport &report, qint64 sequence, const QString &problem)
{
    if (report.firstBadSequence == 0 || sequence < report.firstBadSequence)
        report.firstBadSequence = sequence;
    report.problems.append(problem);
}

} // namespace

Result<AuditChainReport> verifyAuditChain(SqliteDatabase &db, const QByteArray &databaseId)
{
    AuditChainReport report;
    auto checkpoints = loadCheckpoints(db);
    if (!checkpoints)
        return checkpoints.error();
    auto trusted = workstationKeys(db);
    if (!trusted)
        return trusted.error();
    checkSignatures(*checkpoints, *trusted, databaseId, report);

    SqliteStatement statement(db, "SELECT seq, time_ms, user, workstation, action, object_type, object_id, outcome, "
                                  "details, prev_hash, hash FROM audit_events ORDER BY seq");
    qint64 expected = 1;
    QByteArray previous = auditGenesisHash();
    AuditEvent e;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        e.sequence = statement.int64(0);
        e.timeUtc = QDateTime::fromMSecsSinceEpoch(statement.int64(1), Qt::UTC);
        e.user = statement.text(2);
        e.workstation = statement.text(3);
        e.action = statement.text(4);
        e.objectType = statement.text(5);
        e.objectId = statement.text(6);
        const QString outcome = statement.text(7);
        e.outcome = outcome == QLatin1String("failure")   ? AuditOutcome::Failure
                    : outcome == QLatin1String("refused") ? AuditOutcome::Refused
                                                          : AuditOutcome::Success;
        e.details = statement.text(8);
        e.previousHash = statement.blob(9);
        const QByteArray stored = statement.blob(10);
        ++report.eventsChecked;
        if (e.sequence != expected) {
            markBad(report, expected,
                    QCoreApplication::translate(
                        "ridgeline::storage",
                        "Audit event %1 is missing (the next stored event is %2): events were deleted.")
                        .arg(expected)
                        .arg(e.sequence));
            return report;
        }
        if (e.previousHash != previous) {
            markBad(report, expected,
                    QCoreApplication::translate(
                        "ridgeline::storage",
                        "Audit event %1 does not follow event %2 (previous-hash mismatch): events were deleted, "
                        "reordered or replaced.")
                        .arg(expected)
                        .arg(expected - 1));
            return report;
        }
        if (e.computeHash() != stored || auditOutcomeKey(e.outcome) != outcome) {
            markBad(report, expected,
                    QCoreApplication::translate("ridgeline::storage",
                                                "Audit event %1 was modified (its hash does not match its contents).")
                        .arg(expected));
            return report;
        }
        const auto checkpoint = checkpoints->constFind(expected);
        if (checkpoint != checkpoints->cend() && checkpoint->hash != stored) {
            markBad(report, expected,
                    QCoreApplication::translate(
                        "ridgeline::storage",
                        "Audit event %1 does not match the checkpoint signed there: the chain up to "
                        "it was rewritten.")
                        .arg(expected));
            return report;
        }
        previous = stored;
        ++expected;
    }
    const qint64 last = expected - 1;
    if (!checkpoints->isEmpty() && checkpoints->lastKey() > last) {
        markBad(report, last + 1,
                QCoreApplication::translate(
                    "ridgeline::storage",
                    "The audit trail ends at event %1 but a checkpoint was signed at event %2: events %3 to %2 were "
                    "removed (truncated).")
                    .arg(last)
                    .arg(checkpoints->lastKey())
                    .arg(last + 1));
    }
    return report;
}

} // namespace ridgeline::storage
