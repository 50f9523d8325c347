#include "benchdata.h"

#include "app/imaging/extractor.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace ridgeline::imaging::bench {

QList<BenchImpression> makeImpressions(quint64 seed, int fingers, int impressions, bool latent)
{
    QList<int> ids;
    for (int f = 1; f <= fingers; ++f)
        ids.append(f);
    std::atomic<int> done{0};
    const std::function<QList<BenchImpression>(int)> make = [&](int finger) {
        const MasterPrint master = synthesizeMaster(fingerSeed(seed, finger), finger);
        QList<BenchImpression> out;
        for (int i = 1; i <= impressions; ++i) {
            const SynthImpression imp = synthesizeImpression(master, fingerSeed(seed, finger), i, latent);
            BenchImpression b{finger, i, imp.minutiae, imp.carried, imp.cores, imp.deltas, {}, {}, 0.0};
            QElapsedTimer t;
            t.start();
            const auto r = extractMinutiae(imp.image);
            b.extractMs = t.nsecsElapsed() / 1e6;
            if (r)
                b.extracted = r->minutiae;
            b.fingerprint = FingerprintTemplate::fromMinutiae(b.extracted);
            out.append(std::move(b));
        }
        const int n = ++done;
        if (n % 10 == 0 || n == fingers)
            std::fprintf(stderr, "%s prints: %d/%d fingers\n", latent ? "latent" : "plain", n, fingers);
        return out;
    };
    QList<BenchImpression> all;
    for (const auto &list : QtConcurrent::blockingMapped(ids, make))
        all.append(list);
    return all;
}

Rates errorRates(std::vector<double> mated, std::vector<double> nonMated)
{
    std::sort(mated.begin(), mated.end());
    std::sort(nonMated.begin(), nonMated.end());
    // Decisions are "score >= threshold is a match".
    auto fmr = [&](double t) {
        return double(nonMated.end() - std::lower_bound(nonMated.begin(), nonMated.end(), t)) / double(nonMated.size());
    };
    auto fnmr = [&](double t) {
        return double(std::lower_bound(mated.begin(), mated.end(), t) - mated.begin()) / double(mated.size());
    };
    Rates r;
    r.eer = 1.0;
    std::vector<double> thresholds = mated;
    thresholds.insert(thresholds.end(), nonMated.begin(), nonMated.end());
    thresholds.push_back(1e12);
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    r.threshold1 = r.threshold01 = 1e12;
    for (double t : thresholds) {
        const double a = fmr(t), b = fnmr(t);
        if (std::max(a, b) < r.eer)
            r.eer = std::max(a, b), r.eerThreshold = t;
        if (a <= 0.01 && t < r.threshold1)
            r.threshold1 = t;
        if (a <= 0.001 && t < r.threshold01)
            r.threshold01 = t;
    }
    r.fnmrAt1 = fnmr(r.threshold1);
    r.fnmrAt01 = fnmr(r.threshold01);
    return r;
}

void addRecall(Recall &r, const MinutiaList &truth, const MinutiaList &extracted)
{
    std::vector<char> used(size_t(extracted.size()), 0);
    for (const Minutia &t : truth) {
        for (qsizetype j = 0; j < extracted.size(); ++j) {
            const Minutia &e = extracted[j];
            double da = std::fmod(std::fabs(e.angle - t.angle), 2 * std::numbers::pi);
            da = std::min(da, 2 * std::numbers::pi - da);
            if (!used[size_t(j)] && std::hypot(e.x - t.x, e.y - t.y) <= 10.0 && da <= 20.0 * std::numbers::pi / 180.0) {
                used[size_t(j)] = 1;
                ++r.found;
                break;
            }
        }
    }
    r.truth += int(truth.size());
    r.extracted += int(extracted.size());
}

} // namespace ridgeline::imaging::bench
