#pragma once

// The "ridgeline-comparison-bundle" JSON format (docs/formats/markup.md): a comparison together
// with the two markups it joins, so one document holds everything the comparison view shows and a
// committed comparison revision stands on its own (its pairs refer to features of exactly these
// markups, whatever the mark's own markup became later). The comparison view stores its drafts
// and revisions in this form. Reading is strict and all or nothing, like markupjson.h: each part
// is read by markupFromJson / comparisonFromJson and the comparison is checked against the two
// markups. No I/O. Any thread.

#include "app/core/markup.h"
#include "app/core/markupcomparison.h"

#include <QByteArray>

namespace ridgeline {

inline constexpr int kComparisonBundleFormatVersion = 1;

struct ComparisonBundle
{
    Markup mark;     // the left side
    Markup exemplar; // the right side
    MarkupComparison comparison;
    friend bool operator==(const ComparisonBundle &, const ComparisonBundle &) = default;
};

QByteArray comparisonBundleToJson(const ComparisonBundle &bundle); // indented UTF-8
Result<ComparisonBundle> comparisonBundleFromJson(const QByteArray &bytes);

} // namespace ridgeline
