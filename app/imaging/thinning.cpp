#include "app/imaging/skeleton.h"

#include <array>

namespace ridgeline::imaging::detail {

namespace {

// Neighbour bits in ring order P2..P9: N, NE, E, SE, S, SW, W, NW.
constexpr int kDx[8] = {0, 1, 1, 1, 0, -1, -1, -1};
constexpr int kDy[8] = {-1, -1, 0, 1, 1, 1, 0, -1};

struct ThinningTables
{
    std::array<uint8_t, 256> deleteFirst{};
    std::array<uint8_t, 256> deleteSecond{};
    std::array<uint8_t, 256> components{};  // 8-connected components among the neighbours
    std::array<uint8_t, 256> transitions{}; // runs of set neighbours around the ring
};

int countComponents(int code)
{
    // Union-find over the 8 ring positions; ring neighbours and the 4-neighbour pairs around a
    // corner (N-E, E-S, S-W, W-N) are 8-adjacent.
    int parent[8];
    for (int i = 0; i < 8; ++i)
        parent[i] = i;
    auto find = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    auto unite = [&](int a, int b) {
        if ((code >> a & 1) && (code >> b & 1))
            parent[find(a)] = find(b);
    };
    for (int i = 0; i < 8; ++i)
        unite(i, (i + 1) % 8);
    unite(0, 2);
    unite(2, 4);
    unite(4, 6);
    unite(6, 0);
    int n = 0;
    for (int i = 0; i < 8; ++i)
        n += (code >> i & 1) && find(i) == i;
    return n;
}

ThinningTables makeTables()
{
    ThinningTables t;
    for (int code = 0; code < 256; ++code) {
        auto p = [&](int i) { return (code >> i) & 1; }; // i: 0 = P2 ... 7 = P9
        int b = 0, a = 0;
        for (int i = 0; i < 8; ++i) {
            b += p(i);
            a += !p(i) && p((i + 1) % 8);
        }
        const bool base = b >= 2 && b <= 6 && a == 1;
        // P2=N(0) P4=E(2) P6=S(4) P8=W(6)
        t.deleteFirst[code] = base && !(p(0) && p(2) && p(4)) && !(p(2) && p(4) && p(6));
        t.deleteSecond[code] = base && !(p(0) && p(2) && p(6)) && !(p(0) && p(4) && p(6));
        t.components[code] = uint8_t(countComponents(code));
        t.transitions[code] = uint8_t(a);
    }
    return t;
}

const ThinningTables &tables()
{
    static const ThinningTables t = makeTables();
    return t;
}

inline int neighbourCode(const uint8_t *p, const int *offsets)
{
    int code = 0;
    for (int i = 0; i < 8; ++i)
        code |= (p[offsets[i]] != 0) << i;
    return code;
}

} // namespace

void thinInPlace(cv::Mat &binary)
{
    CV_Assert(binary.type() == CV_8UC1 && binary.isContinuous());
    const int w = binary.cols, h = binary.rows;
    binary.row(0).setTo(0);
    binary.row(h - 1).setTo(0);
    binary.col(0).setTo(0);
    binary.col(w - 1).setTo(0);
    uint8_t *data = binary.ptr();
    int offsets[8];
    for (int i = 0; i < 8; ++i)
        offsets[i] = kDy[i] * w + kDx[i];

    // Only foreground pixels are visited: the list shrinks as the ridges get thinner.
    std::vector<int> alive;
    alive.reserve(size_t(w) * h / 3);
    for (int i = 0; i < w * h; ++i)
        if (data[i])
            alive.push_back(i);
    const ThinningTables &t = tables();
    std::vector<int> toDelete;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int pass = 0; pass < 2; ++pass) {
            const auto &lut = pass == 0 ? t.deleteFirst : t.deleteSecond;
            toDelete.clear();
            for (int idx : alive)
                if (lut[neighbourCode(data + idx, offsets)])
                    toDelete.push_back(idx);
            for (int idx : toDelete)
                data[idx] = 0;
            changed |= !toDelete.empty();
        }
        size_t kept = 0;
        for (int idx : alive)
            if (data[idx])
                alive[kept++] = idx;
        alive.resize(kept);
    }
    // Zhang-Suen leaves two-pixel staircases; removing simple non-end pixels sequentially keeps the
    // topology and makes crossing numbers unambiguous.
    for (int idx : alive) {
        const int code = neighbourCode(data + idx, offsets);
        if (__builtin_popcount(unsigned(code)) >= 2 && t.components[code] == 1 && data[idx]) {
            // Only corner pixels whose removal keeps the neighbours connected through a diagonal.
            const bool corner = ((code & 1) && (code & 4)) || ((code & 4) && (code & 16)) ||
                                ((code & 16) && (code & 64)) || ((code & 64) && (code & 1));
            if (corner)
                data[idx] = 0;
        }
    }
}

int skeletonComponents(int code)
{
    return tables().components[code];
}

int skeletonBranches(int code)
{
    return tables().transitions[code];
}

} // namespace ridgeline::imaging::detail
