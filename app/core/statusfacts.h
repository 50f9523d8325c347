#pragma once

// What a status summary for a victim or a prosecutor may say about a case (issues 7 and 8): the
// case reference, the offence, how many marks were received, examined and signed off, and when.
// Deliberately counts only: no person names, no conclusions, no exhibit references, places or
// surfaces. Used by the case officer's summary text (presentation/oversight/victimsummary.h) and
// the status summary PDF (app/reports). Pure functions, no thread affinity.

#include "app/core/casework.h"
#include "app/core/domain.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ridgeline {

// Everything the summary may say, and nothing more.
struct VictimSummaryFacts
{
    QString caseReference;
    QString offence;
    int marksReceived = 0;  // finger, palm and footwear marks (scene photographs are not marks)
    int marksExamined = 0;  // a result recorded, or found of no value for comparison
    int marksSignedOff = 0; // results checked and signed off by a supervisor
    QDate signedOffOn;      // the newest sign-off in force (null: none recorded)
    bool isComplete() const { return marksReceived > 0 && marksExamined == marksReceived; }
    bool isSignedOff() const { return isComplete() && marksSignedOff == marksReceived; }
};

// The facts of a case. `casework` may hold the records of some or all marks (matched by id); a
// mark found of no value at analysis counts as examined only when its record says so.
VictimSummaryFacts victimSummaryFacts(const CaseRecord &record, const QList<Mark> &marks,
                                      const QList<MarkCasework> &casework, const QList<SignOffRecord> &signOffs);

} // namespace ridgeline
