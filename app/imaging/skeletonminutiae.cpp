#include "app/imaging/skeleton.h"

#include <cmath>
#include <numbers>

namespace ridgeline::imaging::detail {

namespace {

constexpr int kDx[8] = {0, 1, 1, 1, 0, -1, -1, -1};
constexpr int kDy[8] = {-1, -1, 0, 1, 1, 1, 0, -1};
constexpr float kPi = std::numbers::pi_v<float>;

enum class TraceStop
{
    Length,
    End,
    Junction
};

struct TraceResult
{
    int x = 0, y = 0;
    int steps = 0;
    TraceStop stop = TraceStop::Length;
};

class SkeletonWalker
{
public:
    explicit SkeletonWalker(const cv::Mat &skeleton)
        : m_skel(skeleton)
    {}

    int code(int x, int y) const
    {
        int c = 0;
        for (int i = 0; i < 8; ++i)
            c |= (m_skel.at<uint8_t>(y + kDy[i], x + kDx[i]) != 0) << i;
        return c;
    }
    bool inside(int x, int y) const { return x > 0 && y > 0 && x < m_skel.cols - 1 && y < m_skel.rows - 1; }

    // Follows the skeleton from (sx,sy) through its neighbour (fx,fy) for at most `length` pixels.
    TraceResult trace(int sx, int sy, int fx, int fy, int length) const
    {
        int visitedX[64], visitedY[64];
        int nVisited = 0;
        auto visited = [&](int x, int y) {
            for (int i = 0; i < nVisited; ++i)
                if (visitedX[i] == x && visitedY[i] == y)
                    return true;
            return false;
        };
        visitedX[nVisited] = sx, visitedY[nVisited++] = sy;
        int px = sx, py = sy, cx = fx, cy = fy;
        TraceResult r;
        for (r.steps = 1; r.steps < length && nVisited < 63; ++r.steps) {
            visitedX[nVisited] = cx, visitedY[nVisited++] = cy;
            if (!inside(cx, cy))
                break;
            const int c = code(cx, cy);
            if (__builtin_popcount(unsigned(c)) == 1) {
                r.stop = TraceStop::End;
                break;
            }
            if (skeletonBranches(c) >= 3) {
                r.stop = TraceStop::Junction;
                break;
            }
            // Next pixel: the unvisited neighbour farthest from the previous one (skips corner
            // shortcuts back towards where we came from).
            int best = -1, bestD = -1;
            for (int i = 0; i < 8; ++i) {
                if (!(c >> i & 1))
                    continue;
                const int nx = cx + kDx[i], ny = cy + kDy[i];
                if (visited(nx, ny))
                    continue;
                const int d = (nx - px) * (nx - px) + (ny - py) * (ny - py);
                if (d > bestD)
                    bestD = d, best = i;
            }
            if (best < 0) {
                r.stop = TraceStop::End;
                break;
            }
            px = cx, py = cy;
            cx += kDx[best], cy += kDy[best];
        }
        r.x = cx, r.y = cy;
        return r;
    }

private:
    const cv::Mat &m_skel;
};

float directionTo(int x0, int y0, int x1, int y1)
{
    float a = std::atan2(float(y0 - y1), float(x1 - x0));
    return a < 0 ? a + 2 * kPi : a;
}

float angleDiff(float a, float b)
{
    float d = std::fabs(a - b);
    d = std::fmod(d, 2 * kPi);
    return d > kPi ? 2 * kPi - d : d;
}

// One start pixel per run of set neighbours around the ring, so each branch of a junction is traced
// once. Within a run the 4-neighbour is preferred: it is the one the branch continues from.
int branchStarts(int code, int *starts)
{
    int first = -1;
    for (int i = 0; i < 8 && first < 0; ++i)
        if ((code >> i & 1) && !(code >> ((i + 7) % 8) & 1))
            first = i; // a run starts here
    if (first < 0)
        return 0;
    int n = 0;
    for (int k = 0; k < 8 && n < 4; ++k) {
        const int i = (first + k) % 8;
        if (!(code >> i & 1) || (code >> ((i + 7) % 8) & 1))
            continue;
        int pick = i;
        for (int j = i; code >> (j % 8) & 1; ++j)
            if (j % 2 == 0) {
                pick = j % 8;
                break;
            }
        starts[n++] = pick;
    }
    return n;
}

// True when a bifurcation was already found on a neighbouring pixel: a thick junction is one
// minutia, not two (two would also be dropped together as a cluster).
bool nextToJunction(const std::vector<SkeletonMinutia> &found, int x, int y)
{
    for (auto it = found.rbegin(); it != found.rend() && it->y >= y - 2; ++it)
        if (it->type == MinutiaType::Bifurcation && std::abs(it->x - x) <= 2 && std::abs(it->y - y) <= 2)
            return true;
    return false;
}

} // namespace

std::vector<SkeletonMinutia> detectSkeletonMinutiae(const cv::Mat &skeleton, int traceLength)
{
    CV_Assert(skeleton.type() == CV_8UC1);
    SkeletonWalker walker(skeleton);
    std::vector<SkeletonMinutia> out;
    for (int y = 1; y < skeleton.rows - 1; ++y) {
        const uint8_t *row = skeleton.ptr(y);
        for (int x = 1; x < skeleton.cols - 1; ++x) {
            if (!row[x])
                continue;
            const int c = walker.code(x, y);
            const int n = __builtin_popcount(unsigned(c));
            if (n == 1) {
                int i = __builtin_ctz(unsigned(c));
                const TraceResult t = walker.trace(x, y, x + kDx[i], y + kDy[i], traceLength);
                SkeletonMinutia m{x, y, directionTo(x, y, t.x, t.y), MinutiaType::Ending};
                if (t.stop != TraceStop::Length) {
                    m.shortTrace = t.steps;
                    m.traceHitJunction = t.stop == TraceStop::Junction;
                }
                out.push_back(m);
            } else if (n >= 3 && skeletonBranches(c) == 3) {
                int starts[4];
                if (branchStarts(c, starts) != 3 || nextToJunction(out, x, y))
                    continue;
                float a[3];
                int shortest = traceLength;
                for (int b = 0; b < 3; ++b) {
                    const TraceResult t = walker.trace(x, y, x + kDx[starts[b]], y + kDy[starts[b]], traceLength);
                    a[b] = directionTo(x, y, t.x, t.y);
                    if (t.stop != TraceStop::Length)
                        shortest = std::min(shortest, t.steps);
                }
                // The two forks point roughly the same way; the stem is the odd one out. The
                // direction points into the fork, so an ending that touches its neighbour ridge
                // (heavier pressure) keeps its direction as a bifurcation.
                const float d01 = angleDiff(a[0], a[1]), d02 = angleDiff(a[0], a[2]), d12 = angleDiff(a[1], a[2]);
                const int stem = d01 <= d02 && d01 <= d12 ? 2 : (d02 <= d12 ? 1 : 0);
                const float fork = std::fmod(a[stem] + kPi, 2 * kPi);
                SkeletonMinutia m{x, y, fork, MinutiaType::Bifurcation};
                if (shortest < traceLength)
                    m.shortTrace = shortest;
                out.push_back(m);
            }
        }
    }
    return out;
}

} // namespace ridgeline::imaging::detail
