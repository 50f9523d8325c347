#pragma once

// Failed sign-in bookkeeping in `<db>.lockout`, beside the key header. A failed sign-in has no key,
// so it cannot write into the encrypted database, and the rule is that neither the database nor
// the key header changes on a wrong passphrase. This file is therefore plain JSON, guarded by flock() on a
// lock file so concurrent CLI runs and the window count every attempt. Its `totalFailures` counter
// only ever grows; the database remembers the last value it saw, so deleting or rolling back this
// file is detected (and audited) at the next successful sign-in. See docs/decisions/0002-storage.md.

#include "app/core/error.h"
#include "app/storage/keyslots.h"

#include <QList>
#include <QString>

namespace ridgeline::storage {

struct FailedLogin
{
    QString user;
    qint64 timeMs = 0; // UTC ms since the epoch, when it happened
    QString reason;    // "wrong-passphrase", "locked", ...
};

class LockoutState
{
public:
    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".lockout"); }
    explicit LockoutState(QString databasePath);

    // UTC ms until which `user` is locked, or 0.
    Result<qint64> lockedUntilMs(const QString &user, qint64 nowMs) const;
    // Counts a failure and locks the account when the policy's count is reached. `pendingAudit`
    // keeps the attempt for the audit trail until the next successful sign-in (false when the
    // caller audited it already). Returns the locked-until time (0 when not locked).
    Result<qint64> recordFailure(const QString &user, qint64 nowMs, const QString &reason, const LockoutPolicy &policy,
                                 bool pendingAudit);

    struct Drained
    {
        QList<FailedLogin> pending; // failures not yet in the audit trail, oldest first
        qint64 totalFailures = 0;   // monotonic counter of all failures ever recorded
        qint64 dropped = 0;         // pending entries discarded because the list was full
        bool wasDamaged = false;    // the file could not be read and was started afresh
    };
    // The failures of every user not yet audited, without changing anything: the caller writes
    // them into the audit trail (with their original times), commits, then calls recordSuccess().
    Result<Drained> pending() const;
    // After a successful sign-in whose audit transaction committed: clears the user's consecutive
    // count and removes the first `audited` pending entries (later failures stay pending).
    Status recordSuccess(const QString &user, qsizetype audited);
    // Puts the failure counter back to at least `total` after a deletion or rollback was detected,
    // so the same tampering is reported once rather than at every sign-in.
    Status restoreCounter(qint64 total);

private:
    QString m_path;
};

} // namespace ridgeline::storage
