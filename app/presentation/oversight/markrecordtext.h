#pragma once

// The record of one mark's examination as the supervisor's review reads it (issue 7), and the
// result a case officer sees: display-free text and HTML built from MarkCasework. The three
// panels of the review side by side are analysisHtml (with the flagged changes since the
// snapshot), conclusionsHtml, and conflictHtml with historyHtml. Every text the examiners typed is
// escaped. Pure functions, translated, no thread affinity.

#include "app/core/casework.h"
#include "app/core/markup.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

namespace ridgeline {

// How many features of each type a markup snapshot holds, in kFeatureTypes order (types with none
// left out); `error` says why a snapshot could not be read.
struct FeatureCounts
{
    QList<std::pair<FeatureType, int>> counts;
    int total = 0;
    int nonePresent = 0; // types recorded as absent
    QString error;
};
FeatureCounts snapshotFeatureCounts(const QByteArray &markupJson);

// Raw bytes as lower-case hex in groups of four digits ("3f2a 09b1 …"), all of it.
QString groupedHex(const QByteArray &raw);

// "Minutia (ending) 3f2a… moved 4.2 px", translated; flagged ones say so.
QString describeMarkupChange(const MarkupChange &change);

// The conclusion that stands for the mark: the resolution's, or the examiner's once a verifier
// agreed or a supervisor exempted it from verification; nothing while it is still in examination.
std::optional<ConclusionInput> standingConclusion(const MarkCasework &work);
// The same in words for the case overview: "Identification", "No value (analysis)",
// "Awaiting examination", "In examination"; "Not recorded" for a mark past its examination whose
// records are missing (filed in that stage by an older version or an import).
QString standingResult(const MarkCasework &work);

// Names the exemplar impressions conclusions refer to: id -> "Holroyd, Daniel: right thumb (rolled)".
using ExemplarNames = QHash<QString, QString>;

QString analysisHtml(const MarkCasework &work, const QLocale &locale);
QString conclusionsHtml(const MarkCasework &work, const ExemplarNames &exemplars, const QLocale &locale);
QString conflictHtml(const MarkCasework &work, const ExemplarNames &exemplars, const QLocale &locale);
QString historyHtml(const MarkCasework &work, const QLocale &locale);

} // namespace ridgeline
