#include "app/presentation/viewer/tilerenderer.h"

#include "app/presentation/viewer/tilecache.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ridgeline {

namespace {

using imaging::TileKey;
using imaging::TilePyramid;

// Draws the part of a coarser cached tile that covers `key`; false when no coarser level holds it.
bool paintFallback(QPainter &painter, const TilePyramid &pyramid, TileCache &cache, const TileKey &key)
{
    const QRectF target = pyramid.tileImageRect(key);
    for (int level = key.level + 1; level < pyramid.levelCount(); ++level) {
        const int shift = level - key.level;
        const TileKey coarse{level, key.column >> shift, key.row >> shift};
        const QImage tile = cache.tile(coarse);
        if (tile.isNull())
            continue;
        const QSizeF scale = pyramid.levelScale(level);
        const QRectF coarseRect = pyramid.tileRect(coarse);
        const QRectF source(target.x() * scale.width() - coarseRect.x(), target.y() * scale.height() - coarseRect.y(),
                            target.width() * scale.width(), target.height() * scale.height());
        painter.drawImage(target, tile, source);
        return true;
    }
    return false;
}

} // namespace

QList<TileKey> TileRenderer::visibleTiles(const ViewTransform &view, const TilePyramid &pyramid, int level)
{
    const QPolygonF visible = view.visiblePolygon();
    QList<TileKey> keys = pyramid.tilesIn(level, visible.boundingRect());
    const bool rotated = std::fmod(view.rotation(), 90.0) != 0.0;
    if (rotated) {
        // The bounding box of a turned viewport holds tiles that are not on screen.
        keys.erase(std::remove_if(
                       keys.begin(), keys.end(),
                       [&](const TileKey &key) { return !visible.intersects(QPolygonF(pyramid.tileImageRect(key))); }),
                   keys.end());
    }
    const QPointF centre = view.center();
    std::stable_sort(keys.begin(), keys.end(), [&](const TileKey &a, const TileKey &b) {
        const QPointF da = pyramid.tileImageRect(a).center() - centre;
        const QPointF db = pyramid.tileImageRect(b).center() - centre;
        return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
    });
    return keys;
}

TilePaintResult TileRenderer::paint(QPainter &painter, const ViewTransform &view, const TilePyramid &pyramid,
                                    TileCache &cache)
{
    TilePaintResult result;
    if (pyramid.isNull())
        return result;
    result.level = pyramid.levelForZoom(view.zoom());
    const QList<TileKey> keys = visibleTiles(view, pyramid, result.level);

    painter.save();
    painter.setTransform(view.transform(), true);
    // Magnified pixels stay sharp squares (what an examiner needs to see); reduced levels are
    // filtered so ridges do not alias.
    const double levelPixelOnScreen = view.zoom() / pyramid.levelScale(result.level).width();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, levelPixelOnScreen < 0.999);
    // Fallbacks first, so exact tiles drawn afterwards are never covered.
    QList<std::pair<TileKey, QImage>> exact;
    exact.reserve(keys.size());
    for (const TileKey &key : keys) {
        QImage tile = cache.tile(key);
        if (!tile.isNull()) {
            exact.append({key, std::move(tile)});
            continue;
        }
        result.wanted.append(key);
        if (paintFallback(painter, pyramid, cache, key))
            ++result.fallback;
        else
            ++result.blank;
    }
    for (const auto &[key, tile] : std::as_const(exact))
        painter.drawImage(pyramid.tileImageRect(key), tile, QRectF(tile.rect()));
    result.exact = int(exact.size());
    painter.restore();
    return result;
}

} // namespace ridgeline
