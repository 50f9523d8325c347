#pragma once

#include "app/imaging/fingerprinttemplate.h"

#include <QList>

namespace ridgeline::imaging {

// One correspondence used for a score: minutia indexA of the first template and indexB of the
// second, with the similarity of their local structures (0..1).
struct MinutiaPair
{
    int indexA = -1;
    int indexB = -1;
    float similarity = 0.0f;
};

struct MatchResult
{
    double score = 0.0;       // 0 = nothing in common; see docs/matching.md for interpretation
    QList<MinutiaPair> pairs; // the paired minutiae that produced the score, best first
};

// Compares two templates: cylinder similarities propose minutia pairs, then the largest set of
// pairs that agree on one placement of the finger (rotation and translation, with tolerance for
// skin distortion) is kept and scored. Symmetric: compare(a, b) has the same score as
// compare(b, a), with indexA/indexB swapped. Deterministic. Thread-safe; allocation-light.
MatchResult compareTemplates(const FingerprintTemplate &a, const FingerprintTemplate &b);

} // namespace ridgeline::imaging
