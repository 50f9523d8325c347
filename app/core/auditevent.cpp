#include "app/core/auditevent.h"

#include <QCryptographicHash>

namespace ridgeline {
namespace {

void appendField(QByteArray &out, const QByteArray &field)
{
    out.append(QByteArray::number(field.size()));
    out.append(':');
    out.append(field);
    out.append('\n');
}

} // namespace

QString auditOutcomeKey(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Success:
        return QStringLiteral("success");
    case AuditOutcome::Failure:
        return QStringLiteral("failure");
    case AuditOutcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QByteArray AuditEvent::canonicalEncoding() const
{
    QByteArray out("RIDGELINE-AUDIT-1\n");
    appendField(out, QByteArray::number(sequence));
    appendField(out, timeUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    appendField(out, user.toUtf8());
    appendField(out, workstation.toUtf8());
    appendField(out, action.toUtf8());
    appendField(out, objectType.toUtf8());
    appendField(out, objectId.toUtf8());
    appendField(out, auditOutcomeKey(outcome).toUtf8());
    appendField(out, details.toUtf8());
    appendField(out, previousHash.toHex());
    return out;
}

QByteArray AuditEvent::computeHash() const
{
    return QCryptographicHash::hash(canonicalEncoding(), QCryptographicHash::Sha256);
}

QByteArray auditGenesisHash()
{
    return QByteArray(32, '\0');
}

} // namespace ridgeline
