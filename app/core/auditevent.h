#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ridgeline {

enum class AuditOutcome
{
    Success,
    Failure, // the user tried and it did not work (wrong passphrase, bad file)
    Refused, // the rules forbade it (role, workflow state, sequestration)
};
QString auditOutcomeKey(AuditOutcome outcome);

// One entry of the tamper-evident audit trail. Each event carries the hash of the one before it,
// and its own hash is SHA-256 over canonicalEncoding(), so any change, deletion, reordering or
// truncation breaks the chain at a point that can be named.
struct AuditEvent
{
    qint64 sequence = 0; // 1, 2, 3 ... with no gaps
    QDateTime timeUtc;   // millisecond precision
    QString user;        // login name, or "" for the system
    QString workstation; // host name and workstation key fingerprint
    QString action;      // stable key: "login", "import", "read-evidence", ...
    QString objectType;  // "case", "mark", "user", "workspace", ...
    QString objectId;
    AuditOutcome outcome = AuditOutcome::Success;
    QString details;         // free text or compact JSON; never a secret
    QByteArray previousHash; // 32 bytes; all zero for the first event
    QByteArray hash;         // 32 bytes

    // Length-prefixed UTF-8 fields in fixed order, so no two different events encode the same.
    QByteArray canonicalEncoding() const;
    QByteArray computeHash() const;
};

// The hash that precedes the first event.
QByteArray auditGenesisHash();

} // namespace ridgeline
