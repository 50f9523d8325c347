#pragma once

#include <QHashFunctions>

namespace ridgeline::imaging {

// One tile of a pyramid: level 0 is full resolution, each level halves the previous; column and
// row count tiles of TilePyramid::kTileSize level pixels from the top-left.
struct TileKey
{
    int level = 0;
    int column = 0;
    int row = 0;
    friend bool operator==(const TileKey &, const TileKey &) = default;
};

inline size_t qHash(const TileKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.level, key.column, key.row);
}

} // namespace ridgeline::imaging
