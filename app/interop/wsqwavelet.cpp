#include "app/interop/wsqwavelet.h"

#include <algorithm>
#include <vector>

namespace ridgeline::interop::wsq {

namespace {

// Halves of an odd length: the larger first unless smallerFirst.
std::pair<int, int> halves(int length, bool smallerFirst)
{
    if (length % 2 == 0)
        return {length / 2, length / 2};
    return smallerFirst ? std::pair{(length - 1) / 2, (length + 1) / 2} : std::pair{(length + 1) / 2, (length - 1) / 2};
}

// One split step of the tree: the parent region and its four quarters at first, first+1, ...
// "last" false leaves the fourth quarter to a later step (the first split's).
void splitNode(Decomposition &d, int parent, int first, Region r, bool fourth)
{
    d.nodes[size_t(parent)] = r;
    const auto [w0, w1] = halves(r.width, parent == 4);
    const auto [h0, h1] = halves(r.height, parent == 5);
    d.nodes[size_t(first)] = {r.x, r.y, w0, h0};
    d.nodes[size_t(first + 1)] = {r.x + w0, r.y, w1, h0};
    d.nodes[size_t(first + 2)] = {r.x, r.y + h0, w0, h1};
    if (fourth)
        d.nodes[size_t(first + 3)] = {r.x + w0, r.y + h0, w1, h1};
}

// Four subbands tiling a region, the larger halves first.
void quarter(Decomposition &d, int first, Region r)
{
    const auto [w0, w1] = halves(r.width, false);
    const auto [h0, h1] = halves(r.height, false);
    d.subbands[size_t(first)] = {r.x, r.y, w0, h0};
    d.subbands[size_t(first + 1)] = {r.x + w0, r.y, w1, h0};
    d.subbands[size_t(first + 2)] = {r.x, r.y + h0, w0, h1};
    d.subbands[size_t(first + 3)] = {r.x + w0, r.y + h0, w1, h1};
}

// Sixteen subbands: a two-level split of a region whose first split may put the odd sample in
// the second half (inverted rows or columns), and whose second-level halves of the trailing part
// put the smaller piece first.
void sixteen(Decomposition &d, int first, Region r, bool rowsInverted, bool columnsInverted)
{
    const auto [tx, t2x] = halves(r.width, columnsInverted);
    const auto [ty, t2y] = halves(r.height, rowsInverted);
    quarter(d, first, {r.x, r.y, tx, ty});
    const Region &a = d.subbands[size_t(first)];
    const Region &b = d.subbands[size_t(first + 1)];
    const Region &c = d.subbands[size_t(first + 2)];
    const auto [rw0, rw1] = halves(t2x, true);
    const int rx = r.x + tx;
    d.subbands[size_t(first + 4)] = {rx, r.y, rw0, a.height};
    d.subbands[size_t(first + 5)] = {rx + rw0, r.y, rw1, a.height};
    d.subbands[size_t(first + 6)] = {rx, c.y, rw0, c.height};
    d.subbands[size_t(first + 7)] = {rx + rw0, c.y, rw1, c.height};
    const auto [bh0, bh1] = halves(t2y, true);
    const int by = r.y + ty;
    d.subbands[size_t(first + 8)] = {r.x, by, a.width, bh0};
    d.subbands[size_t(first + 9)] = {b.x, by, b.width, bh0};
    d.subbands[size_t(first + 10)] = {r.x, by + bh0, a.width, bh1};
    d.subbands[size_t(first + 11)] = {b.x, by + bh0, b.width, bh1};
    for (int i = 0; i < 4; ++i) {
        const Region &col = d.subbands[size_t(first + 4 + (i % 2))];
        const Region &row = d.subbands[size_t(first + 8 + (i / 2) * 2)];
        d.subbands[size_t(first + 12 + i)] = {col.x, row.y, col.width, row.height};
    }
}

// Walks a line of samples with symmetric reflection at both ends, as the specification's
// boundary rule: at an end flagged to hold, the end sample is used twice (half-sample symmetry),
// once; otherwise the walk turns (whole-sample symmetry).
struct Mirror
{
    int pos;
    int step;
    bool holdLeft;
    bool holdRight;

    void turnAtLeft()
    {
        if (pos != 0)
            return;
        step = holdLeft ? 0 : 1;
        holdLeft = false;
    }
    void advance(int last)
    {
        turnAtLeft();
        if (pos == last) {
            step = holdRight ? 0 : -1;
            holdRight = false;
        }
        pos += step;
    }
};

struct Line
{
    const float *lo;
    int loSize;
    const float *hi;
    int hiSize;
};

// Where each synthesized sample comes from: a sum of (input sample x tap) terms, in the order the
// reference adds them (lowpass taps first, then each highpass product), so that rounding, and so
// every pixel, matches. The order depends only on the line length, so it is planned once per
// length and then applied to whole rows or columns at a time.
struct Term
{
    int index;
    float coefficient;
};

struct LinePlan
{
    std::vector<int> first; // output n uses terms [first[n], first[n + 1])
    std::vector<Term> terms;
};

LinePlan synthesisPlan(int n, bool inverted, const Line &f)
{
    const bool odd = n % 2 != 0;
    const int lowCount = odd ? (n + 1) / 2 : n / 2;
    const int highCount = odd ? lowCount - 1 : lowCount;
    const int lowBase = inverted ? highCount : 0;
    const int highBase = inverted ? 0 : lowCount;
    std::vector<std::vector<Term>> sums(static_cast<size_t>(n));
    Mirror lowStart{(f.loSize - 1) / 4, -1, false, !odd};
    Mirror highStart{(f.hiSize + 1) / 4 - 1, -1, true, odd};
    const int lowFirstTap = ((f.loSize - 1) / 2) % 2;
    const int highFirstTap = ((f.hiSize + 1) / 2) % 2;
    // A lowpass sum replaces the output; highpass products are added to it.
    const auto lowSum = [&](int out, int tap) {
        Mirror m = lowStart;
        std::vector<Term> &sum = sums[size_t(out)];
        sum.assign(1, {lowBase + m.pos, f.lo[tap]});
        for (int i = tap + 2; i < f.loSize; i += 2) {
            m.advance(lowCount - 1);
            sum.push_back({lowBase + m.pos, f.lo[i]});
        }
    };
    const auto highAdd = [&](int out, int tap) {
        Mirror m = highStart;
        for (int i = tap; i < f.hiSize; i += 2) {
            sums[size_t(out)].push_back({highBase + m.pos, f.hi[i]});
            m.advance(highCount - 1);
        }
    };
    int lo = 0, hi = 0;
    for (int pix = 0; pix < highCount; ++pix) {
        for (int tap = pix == 0 ? lowFirstTap : 1; tap >= 0; --tap)
            lowSum(lo++, tap);
        lowStart.turnAtLeft();
        lowStart.pos += lowStart.step;
        for (int tap = pix == 0 ? highFirstTap : 1; tap >= 0; --tap)
            highAdd(hi++, tap);
        highStart.turnAtLeft();
        highStart.pos += highStart.step;
    }
    for (int tap = 1; tap >= (odd ? (lowFirstTap ? 1 : 0) : (lowFirstTap ? 2 : 1)); --tap)
        lowSum(lo++, tap);
    for (int tap = 1; tap >= (odd ? (highFirstTap ? 1 : 0) : (highFirstTap ? 2 : 1)); --tap)
        highAdd(hi++, tap);
    LinePlan plan;
    for (const std::vector<Term> &sum : sums) {
        plan.first.push_back(int(plan.terms.size()));
        plan.terms.insert(plan.terms.end(), sum.begin(), sum.end());
    }
    plan.first.push_back(int(plan.terms.size()));
    return plan;
}

class PlanCache
{
public:
    explicit PlanCache(const Line &filters)
        : m_filters(filters)
    {}
    const LinePlan &plan(int n, bool inverted)
    {
        for (const auto &[key, plan] : m_plans)
            if (key == std::pair{n, inverted})
                return plan;
        m_plans.emplace_back(std::pair{n, inverted}, synthesisPlan(n, inverted, m_filters));
        return m_plans.back().second;
    }

private:
    Line m_filters;
    std::vector<std::pair<std::pair<int, bool>, LinePlan>> m_plans;
};

// Applies a plan to Lanes independent lines at once: sample i of lane j is at in[i * inStride + j],
// output sample k of lane j goes to out[k * outStride + j]. Every lane sees the same operation
// order, so the compiler vectorizes across lanes without changing any result.
template<int Lanes>
void applyPlan(const LinePlan &plan, int n, const float *in, size_t inStride, float *out, size_t outStride)
{
    for (int k = 0; k < n; ++k) {
        const Term *t = plan.terms.data() + plan.first[size_t(k)];
        const Term *end = plan.terms.data() + plan.first[size_t(k) + 1];
        float acc[Lanes];
        const float *s = in + size_t(t->index) * inStride;
        for (int j = 0; j < Lanes; ++j)
            acc[j] = s[j] * t->coefficient;
        for (++t; t < end; ++t) {
            s = in + size_t(t->index) * inStride;
            const float c = t->coefficient;
            for (int j = 0; j < Lanes; ++j)
                acc[j] += s[j] * c;
        }
        float *d = out + size_t(k) * outStride;
        for (int j = 0; j < Lanes; ++j)
            d[j] = acc[j];
    }
}

constexpr int kLanes = 16;

void synthesizeColumns(float *image, int width, const Region &r, const LinePlan &plan, std::vector<float> &scratch)
{
    scratch.resize(size_t(r.width) * size_t(r.height));
    for (int row = 0; row < r.height; ++row)
        std::copy_n(image + size_t(r.y + row) * width + r.x, r.width, scratch.data() + size_t(row) * r.width);
    float *origin = image + size_t(r.y) * width + r.x;
    int col = 0;
    for (; col + kLanes <= r.width; col += kLanes)
        applyPlan<kLanes>(plan, r.height, scratch.data() + col, size_t(r.width), origin + col, size_t(width));
    for (; col < r.width; ++col)
        applyPlan<1>(plan, r.height, scratch.data() + col, size_t(r.width), origin + col, size_t(width));
}

// Rows go through a transposed block of kLanes rows, so they vectorize like columns.
void synthesizeRows(float *image, int width, const Region &r, const LinePlan &plan, std::vector<float> &scratch)
{
    scratch.resize(size_t(r.width) * kLanes * 2);
    float *in = scratch.data();
    float *out = in + size_t(r.width) * kLanes;
    int row = 0;
    for (; row + kLanes <= r.height; row += kLanes) {
        for (int j = 0; j < kLanes; ++j) {
            const float *line = image + size_t(r.y + row + j) * width + r.x;
            for (int i = 0; i < r.width; ++i)
                in[size_t(i) * kLanes + j] = line[i];
        }
        applyPlan<kLanes>(plan, r.width, in, kLanes, out, kLanes);
        for (int j = 0; j < kLanes; ++j) {
            float *line = image + size_t(r.y + row + j) * width + r.x;
            for (int i = 0; i < r.width; ++i)
                line[i] = out[size_t(i) * kLanes + j];
        }
    }
    for (; row < r.height; ++row) {
        float *line = image + size_t(r.y + row) * width + r.x;
        std::copy_n(line, r.width, in);
        applyPlan<1>(plan, r.width, in, 1, line, 1);
    }
}

// One line of analysis: n samples in, lowpass half then highpass half (or the other way round
// when inverted) out. Whole-sample symmetric extension at both ends.
void analyzeLine(const float *in, float *out, int n, bool inverted, const Line &f)
{
    const bool odd = n % 2 != 0;
    const int lowCount = odd ? (n + 1) / 2 : n / 2;
    const int highCount = odd ? lowCount - 1 : lowCount;
    float *low = out + (inverted ? highCount : 0);
    float *high = out + (inverted ? 0 : lowCount);
    Mirror lowStart{(f.loSize - 1) / 2, -1, false, false};
    Mirror highStart{(f.hiSize - 1) / 2 - 1, -1, false, false};
    const auto sum = [&](const Mirror &start, const float *taps, int size) {
        Mirror m = start;
        float acc = in[m.pos] * taps[0];
        for (int i = 1; i < size; ++i) {
            m.advance(n - 1);
            acc += in[m.pos] * taps[i];
        }
        return acc;
    };
    for (int pix = 0; pix < highCount; ++pix) {
        low[pix] = sum(lowStart, f.lo, f.loSize);
        high[pix] = sum(highStart, f.hi, f.hiSize);
        for (int i = 0; i < 2; ++i) {
            lowStart.turnAtLeft();
            lowStart.pos += lowStart.step;
            highStart.turnAtLeft();
            highStart.pos += highStart.step;
        }
    }
    if (odd)
        low[highCount] = sum(lowStart, f.lo, f.loSize);
}

// Analysis of every row or column of a region, one line at a time (the encoder is not the hot path).
void analyzeRegion(float *image, int width, const Region &r, bool columns, bool inverted, const Line &f)
{
    const int lines = columns ? r.width : r.height;
    const int length = columns ? r.height : r.width;
    const size_t stride = columns ? size_t(width) : 1;
    std::vector<float> in(static_cast<size_t>(length)), out(static_cast<size_t>(length));
    for (int line = 0; line < lines; ++line) {
        float *base = columns ? image + size_t(r.y) * width + r.x + line : image + size_t(r.y + line) * width + r.x;
        for (int i = 0; i < length; ++i)
            in[size_t(i)] = base[i * stride];
        analyzeLine(in.data(), out.data(), length, inverted, f);
        for (int i = 0; i < length; ++i)
            base[i * stride] = out[size_t(i)];
    }
}

} // namespace

Decomposition buildDecomposition(int width, int height)
{
    Decomposition d;
    splitNode(d, 0, 1, {0, 0, width, height}, false);
    const auto [lenx, lenx2] = halves(d.nodes[1].width, false);
    const auto [leny, leny2] = halves(d.nodes[1].height, false);
    splitNode(d, 4, 6, {lenx, 0, lenx2, leny}, true);
    splitNode(d, 5, 10, {0, leny, lenx, leny2}, true);
    splitNode(d, 14, 15, {0, 0, lenx, leny}, true);
    d.nodes[19] = {0, 0, halves(d.nodes[15].width, false).first, halves(d.nodes[15].height, false).first};
    for (int n : {2, 4, 7, 9, 11, 13, 16, 18})
        d.invertRows[size_t(n)] = true;
    for (int n : {3, 5, 8, 9, 12, 13, 17, 18})
        d.invertColumns[size_t(n)] = true;
    // The order matters: later calls overwrite shared entries, as in the specification's tables.
    sixteen(d, 3, d.nodes[14], false, false);
    sixteen(d, 19, d.nodes[4], false, true);
    sixteen(d, 48, d.nodes[0], false, false);
    sixteen(d, 35, d.nodes[5], true, false);
    quarter(d, 0, d.nodes[19]);
    return d;
}

bool isTransformable(const Decomposition &decomposition)
{
    return std::all_of(decomposition.nodes.begin(), decomposition.nodes.end(),
                       [](const Region &r) { return r.width >= kMinimumNodeSide && r.height >= kMinimumNodeSide; });
}

void reconstruct(float *image, int width, const Decomposition &d, const TransformTable &filters)
{
    PlanCache plans(
        {filters.lowpass.data(), int(filters.lowpass.size()), filters.highpass.data(), int(filters.highpass.size())});
    std::vector<float> scratch;
    for (int node = 19; node >= 0; --node) {
        const Region &r = d.nodes[size_t(node)];
        synthesizeColumns(image, width, r, plans.plan(r.height, d.invertColumns[size_t(node)]), scratch);
        synthesizeRows(image, width, r, plans.plan(r.width, d.invertRows[size_t(node)]), scratch);
    }
}

void decompose(float *image, int width, const Decomposition &d, const TransformTable &filters)
{
    const Line f{filters.analysisLowpass.data(), int(filters.analysisLowpass.size()), filters.analysisHighpass.data(),
                 int(filters.analysisHighpass.size())};
    for (int node = 0; node < 20; ++node) {
        const Region &r = d.nodes[size_t(node)];
        analyzeRegion(image, width, r, false, d.invertRows[size_t(node)], f);
        analyzeRegion(image, width, r, true, d.invertColumns[size_t(node)], f);
    }
}

} // namespace ridgeline::interop::wsq
