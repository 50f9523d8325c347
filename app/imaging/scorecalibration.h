#pragma once

#include <QString>

namespace ridgeline::imaging {

// What a comparison score means statistically, estimated by the tool from synthetic mated and
// non-mated score distributions (docs/matching.md). Tool-derived support for the examiner, not an
// examiner's conclusion.
struct ScoreInterpretation
{
    double score = 0.0;
    // Estimated fraction of non-mated comparisons scoring at least this high.
    double falseMatchRate = 1.0;
    // Score-based likelihood ratio: density of mated scores over density of non-mated scores here.
    double likelihoodRatio = 1.0;
    QString label; // one line for display, stating that it is tool-derived
};

ScoreInterpretation interpretScore(double score);

} // namespace ridgeline::imaging
