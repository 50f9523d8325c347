#pragma once

#include "app/imaging/tiles/tilepyramid.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QList>

class QPainter;

namespace ridgeline {

class TileCache;

struct TilePaintResult
{
    int level = 0;                  // the level the view wants at its zoom
    int exact = 0;                  // tiles painted at that level
    int fallback = 0;               // missing tiles covered by a coarser cached tile
    int blank = 0;                  // missing tiles with nothing to show yet
    QList<imaging::TileKey> wanted; // missing tiles of that level, nearest the centre first
    bool complete() const { return fallback == 0 && blank == 0; }
};

// Paints the visible part of a pyramid from the cache under a view transform, on any QPainter
// (the canvas widget or an offscreen QImage). A tile not yet cached is covered by the best coarser
// cached tile, upscaled. Painting never renders or decodes; the result says which tiles to ask the
// scheduler for. The painter's device is the viewport (view coordinates); its state is restored.
class TileRenderer
{
public:
    static TilePaintResult paint(QPainter &painter, const ViewTransform &view, const imaging::TilePyramid &pyramid,
                                 TileCache &cache);
    // The tiles of `level` that the view shows, nearest the viewport centre first.
    static QList<imaging::TileKey> visibleTiles(const ViewTransform &view, const imaging::TilePyramid &pyramid,
                                                int level);
};

} // namespace ridgeline
