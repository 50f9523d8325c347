#pragma once
// Synthetic data for the fingerprint benchmarks: impressions with truth and their templates.

#include "app/imaging/fingerprinttemplate.h"
#include "app/imaging/synthesizer.h"

#include <QList>

#include <vector>

namespace ridgeline::imaging::bench {

struct BenchImpression
{
    int finger = 0;
    int impression = 0;
    MinutiaList truth;   // visible minutiae (truth.json)
    MinutiaList carried; // every master minutia carried into the firm contact area (earlier truth)
    QList<QPointF> cores, deltas;
    MinutiaList extracted;
    FingerprintTemplate fingerprint;
    double extractMs = 0.0;
};

// fingers x impressions prints from `seed` (plain or latent), extracted in parallel on all cores.
// Deterministic for a seed. progress on stderr.
QList<BenchImpression> makeImpressions(quint64 seed, int fingers, int impressions, bool latent);

struct Rates
{
    double eer = 0.0, eerThreshold = 0.0;
    double fnmrAt1 = 0.0, fnmrAt01 = 0.0; // FNMR at FMR 1% and 0.1%
    double threshold1 = 0.0, threshold01 = 0.0;
};
Rates errorRates(std::vector<double> mated, std::vector<double> nonMated);

struct Recall
{
    int truth = 0, extracted = 0, found = 0;
    double recall() const { return truth ? double(found) / truth : 0.0; }
    double precision() const { return extracted ? double(found) / extracted : 0.0; }
};
// A true minutia is found when an unused extracted one lies within 10 px and 20 degrees.
void addRecall(Recall &r, const MinutiaList &truth, const MinutiaList &extracted);

} // namespace ridgeline::imaging::bench
