#pragma once

// The status summary a case officer may pass to a victim (issue 7): the case reference, the
// offence, how many marks were received and examined, and whether the examination is complete and
// signed off. Deliberately built from counts only: no person names (victim, suspect, officer,
// examiner, supervisor), no identifications or other conclusions, no exhibit references, places or
// surfaces. Pure functions, no thread affinity.

#include "app/core/casework.h"
#include "app/core/domain.h"
#include "app/core/error.h"

#include <QDate>
#include <QList>
#include <QLocale>
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

// The summary as plain text, translated, dated `asOf` in `locale` ("14 March 2026").
QString victimStatusSummary(const VictimSummaryFacts &facts, const QDate &asOf, const QLocale &locale);

// Writes `text` as UTF-8 to `path`, replacing it whole or not at all (QSaveFile).
Status saveTextFile(const QString &path, const QString &text);

} // namespace ridgeline
