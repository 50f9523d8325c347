#pragma once

// An audit event of a case as a sentence a case officer reads in the case timeline (issue 7):
// "Analysis of JH/1 committed", "Document MG11 witness statement opened", "Refused: sign off
// mark JH/2 (role examiner)". Keys the sentences do not know yet still read as words. Pure
// functions, translated, no thread affinity.

#include "app/core/auditevent.h"

#include <QHash>
#include <QString>

namespace ridgeline {

// What the sentences call the objects of the case by (their ids are in the events).
struct AuditObjectNames
{
    QString caseReference;
    QHash<QString, QString> marks;     // mark id -> exhibit reference
    QHash<QString, QString> documents; // document id -> title
};

// What happened, without who or when (the timeline shows those in their own columns).
QString describeAuditEvent(const AuditEvent &event, const AuditObjectNames &names);

// "read-evidence" -> "read evidence": how an unknown key reads.
QString auditActionWords(const QString &action);

} // namespace ridgeline
