#pragma once

#include "app/imaging/tiles/tilepyramid.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QImage>
#include <QList>
#include <QTransform>

#include <functional>

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

// One tile draw: `source` (pixels of `tile`) onto `target` (image coordinates), which covers
// `device` (view coordinates, the bounding box of the turned target).
struct TileDraw
{
    QRectF target;
    QImage tile;
    QRectF source;
    QRectF device;
};

// What a frame shows of a pyramid: the draws in order (coarser fallbacks first, so exact tiles
// drawn afterwards are never covered) and what is missing.
struct TilePaintPlan
{
    TilePaintResult result;
    QTransform transform; // image -> view
    bool smooth = false;  // reduced levels are filtered, magnified pixels stay squares
    QList<TileDraw> draws;
};

// Paints the visible part of a pyramid from the cache under a view transform, on any QPainter
// (the canvas widget or an offscreen QImage). A tile not yet cached is covered by the best coarser
// cached tile, upscaled. Painting never renders or decodes; the result says which tiles to ask the
// scheduler for. The painter's device is the viewport (view coordinates); its state is restored.
// UI thread (the cache is).
class TileRenderer
{
public:
    // Chooses the tiles and fallbacks from the cache (marking them recently used); draws nothing.
    static TilePaintPlan plan(const ViewTransform &view, const imaging::TilePyramid &pyramid, TileCache &cache);
    // Draws the plan's tiles that reach `band` (view coordinates); the caller clips to it.
    static void draw(QPainter &painter, const TilePaintPlan &plan, const QRectF &band);
    // plan() and draw() over the whole viewport, in bands (see paintInBands).
    static TilePaintResult paint(QPainter &painter, const ViewTransform &view, const imaging::TilePyramid &pyramid,
                                 TileCache &cache);
    // The tiles of `level` that the view shows, nearest the viewport centre first.
    static QList<imaging::TileKey> visibleTiles(const ViewTransform &view, const imaging::TilePyramid &pyramid,
                                                int level);
};

// Qt 6's raster engine splits every blend of more than 95 spans (a span is at most one device row
// of a fill or image draw; the cosmetic pen makes one per pixel) into segments of 64 run on
// QThreadPool::globalInstance(), and waits for them. Waking a pool thread on an idle core costs
// more than blending the rows, and while decoding or enhancement work fills that pool the paint
// waits behind it. So the viewer paints a frame in bands of kPaintBandRows device rows, each
// clipped to its band: every blend stays below the split, and the frame is painted on the UI
// thread alone. `paintBand` gets the band (device rows of `area`) with the painter clipped to it
// and its state restored afterwards.
inline constexpr int kPaintBandRows = 64;
void paintInBands(QPainter &painter, const QRect &area, const std::function<void(const QRect &band)> &paintBand);

} // namespace ridgeline
