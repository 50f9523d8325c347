#include "app/imaging/matcher.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ridgeline::imaging {

namespace {

constexpr int kMaxCandidates = 96; // pairs considered by the consolidation
constexpr int kSeeds = 8;          // placement hypotheses tried
constexpr int kAnchors = 4;        // accepted pairs every new pair must agree with
constexpr int kVerified = 3;       // hypotheses given the full pairwise consistency check
constexpr float kMinSimilarity = 0.15f;

struct Candidate
{
    float sim;
    uint16_t a, b;
};

// sqrt of the small integers a 256-bit cylinder can count.
struct SqrtTable
{
    float v[FingerprintTemplate::kCylinderWords * 64 + 1];
    SqrtTable()
    {
        for (int i = 0; i <= FingerprintTemplate::kCylinderWords * 64; ++i)
            v[i] = std::sqrt(float(i));
    }
};
const SqrtTable kSqrt;

// Bit-MCC similarity over the cells valid in both cylinders.
inline float cylinderSimilarity(const FingerprintTemplate::Cylinder &x, const FingerprintTemplate::Cylinder &y)
{
    // Most pairs of unrelated cylinders overlap too little: test the overlap before the rest.
    uint64_t v[FingerprintTemplate::kCylinderWords];
    int common = 0;
    for (int w = 0; w < FingerprintTemplate::kCylinderWords; ++w) {
        v[w] = x.valid[w] & y.valid[w];
        common += __builtin_popcountll(v[w]);
    }
    if (common < 24 * 4 * 6 / 10)
        return 0.0f;
    int nx = 0, ny = 0, diff = 0;
    for (int w = 0; w < FingerprintTemplate::kCylinderWords; ++w) {
        const uint64_t bx = x.bits[w] & v[w], by = y.bits[w] & v[w];
        nx += __builtin_popcountll(bx);
        ny += __builtin_popcountll(by);
        diff += __builtin_popcountll(bx ^ by);
    }
    if (nx + ny == 0)
        return 0.0f;
    return 1.0f - kSqrt.v[diff] / (kSqrt.v[nx] + kSqrt.v[ny]);
}

struct View
{
    const FingerprintTemplate &t;
    float x(int i) const { return t.xs()[size_t(i)]; }
    float y(int i) const { return t.ys()[size_t(i)]; }
    float dx(int i) const { return t.dirX()[size_t(i)]; }
    float dy(int i) const { return t.dirY()[size_t(i)]; }
};

constexpr float kMaxRotationDiff = 0.35f; // radians between the two pairs' implied rotations
constexpr float kMaxSegmentDiff = 0.30f;  // radians between the segment directions seen by each side
const float kCosRotation = std::cos(kMaxRotationDiff);
const float kCosSegment = std::cos(kMaxSegmentDiff);

// Two pairs agree when the distances between their minutiae match (with a tolerance that grows with
// distance, for skin distortion) and both sides see the same relative directions. Angles are
// compared through dot products of unit vectors: no trigonometry in the inner loop.
bool compatible(const View &a, const View &b, const Candidate &p, const Candidate &q)
{
    const float dax = a.x(q.a) - a.x(p.a), day = a.y(q.a) - a.y(p.a);
    const float dbx = b.x(q.b) - b.x(p.b), dby = b.y(q.b) - b.y(p.b);
    const float da2 = dax * dax + day * day, db2 = dbx * dbx + dby * dby;
    const float da = std::sqrt(da2), db = std::sqrt(db2);
    if (std::fabs(da - db) > 5.0f + 0.06f * std::min(da, db))
        return false;
    // Rotation implied by each pair, as the direction of B's minutia in A's minutia frame.
    const float pc = a.dx(p.a) * b.dx(p.b) + a.dy(p.a) * b.dy(p.b), ps = a.dx(p.a) * b.dy(p.b) - a.dy(p.a) * b.dx(p.b);
    const float qc = a.dx(q.a) * b.dx(q.b) + a.dy(q.a) * b.dy(q.b), qs = a.dx(q.a) * b.dy(q.b) - a.dy(q.a) * b.dx(q.b);
    if (pc * qc + ps * qs < kCosRotation)
        return false;
    if (da > 12.0f) {
        // The segment in each first minutia's own frame.
        const float ua = dax * a.dx(p.a) + day * a.dy(p.a), va = day * a.dx(p.a) - dax * a.dy(p.a);
        const float ub = dbx * b.dx(p.b) + dby * b.dy(p.b), vb = dby * b.dx(p.b) - dbx * b.dy(p.b);
        if (ua * ub + va * vb < kCosSegment * da * db)
            return false;
    }
    return true;
}

// Drops pairs that disagree with most of the set, worst first: greedy growth only checks a few
// anchors, so chance pairs can slip in beside them.
float pruneInconsistent(const View &a, const View &b, const std::vector<Candidate> &cand, std::vector<int> &set)
{
    const int n = int(set.size());
    std::vector<int> agree(size_t(n), 0);
    std::vector<uint8_t> alive(size_t(n), 1);
    std::vector<uint8_t> ok(size_t(n) * size_t(n), 0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (compatible(a, b, cand[size_t(set[size_t(i)])], cand[size_t(set[size_t(j)])])) {
                ok[size_t(i * n + j)] = ok[size_t(j * n + i)] = 1;
                ++agree[size_t(i)], ++agree[size_t(j)];
            }
    int remaining = n;
    for (;;) {
        int worst = -1;
        for (int i = 0; i < n; ++i)
            if (alive[size_t(i)] && (worst < 0 || agree[size_t(i)] < agree[size_t(worst)]))
                worst = i;
        if (worst < 0 || remaining <= 2 || agree[size_t(worst)] * 10 >= (remaining - 1) * 6)
            break;
        alive[size_t(worst)] = 0;
        --remaining;
        for (int j = 0; j < n; ++j)
            if (ok[size_t(worst * n + j)])
                --agree[size_t(j)];
    }
    std::vector<int> kept;
    float total = 0;
    for (int i = 0; i < n; ++i)
        if (alive[size_t(i)]) {
            kept.push_back(set[size_t(i)]);
            total += cand[size_t(set[size_t(i)])].sim;
        }
    set.swap(kept);
    return total;
}

struct Hypothesis
{
    float total = 0;
    std::vector<int> set;
};

Hypothesis grow(const View &a, const View &b, const std::vector<Candidate> &cand, int seed, std::vector<uint8_t> &usedA,
                std::vector<uint8_t> &usedB)
{
    std::fill(usedA.begin(), usedA.end(), 0);
    std::fill(usedB.begin(), usedB.end(), 0);
    Hypothesis h;
    h.set.push_back(seed);
    usedA[cand[size_t(seed)].a] = usedB[cand[size_t(seed)].b] = 1;
    h.total = cand[size_t(seed)].sim;
    for (int c = 0; c < int(cand.size()); ++c) {
        const Candidate &q = cand[size_t(c)];
        if (usedA[q.a] || usedB[q.b])
            continue;
        bool ok = true;
        const int checks = std::min<int>(kAnchors, int(h.set.size()));
        for (int k = 0; k < checks && ok; ++k)
            ok = compatible(a, b, cand[size_t(h.set[size_t(k)])], q);
        if (!ok)
            continue;
        h.set.push_back(c);
        usedA[q.a] = usedB[q.b] = 1;
        h.total += q.sim;
    }
    return h;
}

MatchResult consolidate(const View &a, const View &b, const std::vector<Candidate> &cand)
{
    std::vector<uint8_t> usedA(size_t(a.t.minutiae().size())), usedB(size_t(b.t.minutiae().size()));
    std::vector<Hypothesis> hypotheses;
    const int seeds = std::min<int>(kSeeds, int(cand.size()));
    for (int s = 0; s < seeds; ++s)
        hypotheses.push_back(grow(a, b, cand, s, usedA, usedB));
    // Only the strongest few hypotheses are worth the quadratic consistency check.
    std::stable_sort(hypotheses.begin(), hypotheses.end(),
                     [](const Hypothesis &x, const Hypothesis &y) { return x.total > y.total; });
    Hypothesis best;
    for (int k = 0; k < std::min<int>(kVerified, int(hypotheses.size())); ++k) {
        Hypothesis h = std::move(hypotheses[size_t(k)]);
        h.total = pruneInconsistent(a, b, cand, h.set);
        if (h.total > best.total)
            best = std::move(h);
    }
    MatchResult result;
    // A lone agreeing pair or two is what unrelated prints share: score from the third pair on.
    const int n = int(best.set.size());
    result.score = n >= 3 ? double(best.total) * 10.0 * (1.0 - 2.0 / n) : 0.0;
    for (int c : best.set)
        result.pairs.append(MinutiaPair{cand[size_t(c)].a, cand[size_t(c)].b, cand[size_t(c)].sim});
    return result;
}

// The local similarity matrix, kept sparse: only pairs worth consolidating. Built twice by the
// compiler, with and without the POPCNT instruction, and picked once at load time by the CPU.
__attribute__((target_clones("popcnt", "default"))) void
collectCandidates(const FingerprintTemplate &ta, const FingerprintTemplate &tb, std::vector<Candidate> &cand)
{
    const auto &ca = ta.cylinders();
    const auto &cb = tb.cylinders();
    const float *adx = ta.dirX().data(), *ady = ta.dirY().data();
    const float *bdx = tb.dirX().data(), *bdy = tb.dirY().data();
    for (size_t i = 0; i < ca.size(); ++i) {
        if (!ca[i].usable)
            continue;
        for (size_t j = 0; j < cb.size(); ++j) {
            // MCC only compares minutiae whose directions differ by at most 90 degrees.
            if (!cb[j].usable || adx[i] * bdx[j] + ady[i] * bdy[j] < 0)
                continue;
            const float s = cylinderSimilarity(ca[i], cb[j]);
            if (s >= kMinSimilarity)
                cand.push_back(Candidate{s, uint16_t(i), uint16_t(j)});
        }
    }
}

MatchResult compareOrdered(const FingerprintTemplate &ta, const FingerprintTemplate &tb)
{
    thread_local std::vector<Candidate> cand;
    cand.clear();
    collectCandidates(ta, tb, cand);
    auto better = [](const Candidate &x, const Candidate &y) {
        if (x.sim != y.sim)
            return x.sim > y.sim;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    };
    if (int(cand.size()) > kMaxCandidates) {
        // Selecting the best pairs by a full nth_element over a thousand or more candidates cost
        // more than all the rest of a comparison. A histogram of the similarities finds a cut that
        // keeps at least kMaxCandidates in linear time; the exact order is then only needed among
        // the few kept, so the selection is the same as before.
        constexpr int kLevels = 256;
        int histogram[kLevels] = {};
        auto level = [](float sim) { return std::min(kLevels - 1, int(sim * kLevels)); };
        for (const Candidate &c : cand)
            ++histogram[level(c.sim)];
        int cut = kLevels - 1, above = histogram[cut];
        while (above < kMaxCandidates && cut > 0)
            above += histogram[--cut];
        const auto kept =
            std::partition(cand.begin(), cand.end(), [&](const Candidate &c) { return level(c.sim) >= cut; });
        cand.erase(kept, cand.end());
        if (int(cand.size()) > kMaxCandidates) {
            std::nth_element(cand.begin(), cand.begin() + kMaxCandidates, cand.end(), better);
            cand.resize(kMaxCandidates);
        }
    }
    std::sort(cand.begin(), cand.end(), better);
    if (cand.empty())
        return {};
    return consolidate(View{ta}, View{tb}, cand);
}

} // namespace

MatchResult compareTemplates(const FingerprintTemplate &a, const FingerprintTemplate &b)
{
    if (a.minutiae().size() > 65535 || b.minutiae().size() > 65535)
        return {};
    // One fixed order for every pair of templates: the score cannot depend on argument order.
    const bool swap = b.contentKey() < a.contentKey();
    if (!swap)
        return compareOrdered(a, b);
    MatchResult r = compareOrdered(b, a);
    for (MinutiaPair &p : r.pairs)
        std::swap(p.indexA, p.indexB);
    return r;
}

} // namespace ridgeline::imaging
