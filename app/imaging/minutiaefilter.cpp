#include "app/imaging/skeleton.h"

#include <cmath>
#include <numbers>

namespace ridgeline::imaging::detail {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

float angleDiff(float a, float b)
{
    float d = std::fmod(std::fabs(a - b), 2 * kPi);
    return d > kPi ? 2 * kPi - d : d;
}

float dist2(const SkeletonMinutia &a, const SkeletonMinutia &b)
{
    const float dx = float(a.x - b.x), dy = float(a.y - b.y);
    return dx * dx + dy * dy;
}

// Index of the nearest minutia of the given type within maxDist (not `self`, not removed), or -1.
int nearest(const std::vector<SkeletonMinutia> &m, const std::vector<char> &removed, size_t self, MinutiaType type,
            float maxDist)
{
    int best = -1;
    float bestD = maxDist * maxDist;
    for (size_t j = 0; j < m.size(); ++j) {
        if (j == self || removed[j] || m[j].type != type)
            continue;
        const float d = dist2(m[self], m[j]);
        if (d <= bestD)
            bestD = d, best = int(j);
    }
    return best;
}

} // namespace

std::vector<SkeletonMinutia> removeFalseMinutiae(std::vector<SkeletonMinutia> m)
{
    constexpr int kShort = 10;      // px: a ridge piece shorter than this is noise
    constexpr float kBreak = 16.0f; // px: gap bridged by facing endings
    constexpr float kBridge = 9.0f; // px: two bifurcations this close form a bridge or a hole
    constexpr float kCluster = 7.0f;
    std::vector<char> removed(m.size(), 0);

    for (size_t i = 0; i < m.size(); ++i) {
        if (removed[i] || m[i].type != MinutiaType::Ending || m[i].shortTrace < 0 || m[i].shortTrace > kShort)
            continue;
        // Spur: the ending's ridge reaches a junction at once. Short ridge / dot: it reaches
        // another ending. Either way both ends are artefacts.
        const MinutiaType partner = m[i].traceHitJunction ? MinutiaType::Bifurcation : MinutiaType::Ending;
        const int j = nearest(m, removed, i, partner, float(m[i].shortTrace + 3));
        removed[i] = 1;
        if (j >= 0)
            removed[size_t(j)] = 1;
    }
    for (size_t i = 0; i < m.size(); ++i) {
        if (removed[i] || m[i].type != MinutiaType::Ending)
            continue;
        for (size_t j = i + 1; j < m.size(); ++j) {
            if (removed[j] || m[j].type != MinutiaType::Ending || dist2(m[i], m[j]) > kBreak * kBreak)
                continue;
            // Broken ridge: the endings face each other across the gap along the ridge.
            const float gap = std::atan2(float(m[i].y - m[j].y), float(m[j].x - m[i].x));
            const bool facing = angleDiff(m[i].angle, m[j].angle) > kPi * 0.75f &&
                                angleDiff(m[i].angle + kPi, gap < 0 ? gap + 2 * kPi : gap) < kPi / 4;
            if (facing) {
                removed[i] = removed[j] = 1;
                break;
            }
        }
    }
    for (size_t i = 0; i < m.size(); ++i) {
        if (removed[i] || m[i].type != MinutiaType::Bifurcation)
            continue;
        const int j = nearest(m, removed, i, MinutiaType::Bifurcation, kBridge);
        if (j >= 0)
            removed[i] = removed[size_t(j)] = 1;
    }
    // Clusters: anything left with a close neighbour is too ambiguous to keep.
    std::vector<char> clustered(m.size(), 0);
    for (size_t i = 0; i < m.size(); ++i) {
        if (removed[i])
            continue;
        for (size_t j = i + 1; j < m.size(); ++j)
            if (!removed[j] && dist2(m[i], m[j]) < kCluster * kCluster)
                clustered[i] = clustered[j] = 1;
    }
    std::vector<SkeletonMinutia> kept;
    kept.reserve(m.size());
    for (size_t i = 0; i < m.size(); ++i)
        if (!removed[i] && !clustered[i])
            kept.push_back(m[i]);
    return kept;
}

} // namespace ridgeline::imaging::detail
