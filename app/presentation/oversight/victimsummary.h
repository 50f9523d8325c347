#pragma once

// The status summary a case officer may pass to a victim (issue 7): the case reference, the
// offence, how many marks were received and examined, and whether the examination is complete and
// signed off. Deliberately built from counts only: no person names (victim, suspect, officer,
// examiner, supervisor), no identifications or other conclusions, no exhibit references, places or
// surfaces. Pure functions, no thread affinity.

#include "app/core/error.h"
#include "app/core/statusfacts.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace ridgeline {

// The summary as plain text, translated, dated `asOf` in `locale` ("14 March 2026").
QString victimStatusSummary(const VictimSummaryFacts &facts, const QDate &asOf, const QLocale &locale);

// Writes `text` as UTF-8 to `path`, replacing it whole or not at all (QSaveFile).
Status saveTextFile(const QString &path, const QString &text);

} // namespace ridgeline
