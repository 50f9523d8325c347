#pragma once

// What changed in a mark's markup since the examiner's committed analysis (issue 7, ARCHITECTURE.md
// section 3: changes after the analysis are flagged and listed for verification and review). Pure
// comparison of two plain values; no thread affinity. Coordinates are pixels of the original image
// (markup.h).

#include "app/core/casework.h"
#include "app/core/markup.h"

#include <QList>

namespace ridgeline {

// A marker that moved by no more than this is the same placement (sub-pixel rounding, a nudge
// undone by hand), not a move: pixels of the original.
inline constexpr double kMarkupMoveTolerancePx = 0.5;

// The features of `current` against those of `snapshot` (the analysis snapshot), matched by id;
// suggestions, the region of interest, "none present" and the clarity map are not features and are
// not compared. One entry per feature that differs:
// - Added: in current only; Deleted: in snapshot only;
// - Retyped (previousType set) when the type changed, else Moved (distance in pixels set) when the
//   marker moved by more than kMarkupMoveTolerancePx, else Edited when the direction, confidence,
//   geometry (a point moved by more than the tolerance, or points added or taken away), subtype or
//   text differ. Who touched it and when is not a change by itself.
// Order: the snapshot's features that were deleted or changed in snapshot order, then the additions
// in current order. afterExemplar is the current feature's flag (deleted: the snapshot's).
QList<MarkupChange> markupChangesSince(const Markup &snapshot, const Markup &current);

} // namespace ridgeline
