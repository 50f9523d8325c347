#include "app/presentation/viewer/tilerenderer.h"

#include "app/presentation/viewer/tilecache.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ridgeline {

namespace {

using imaging::TileKey;
using imaging::TilePyramid;

// The part of a coarser cached tile that covers `key`; nullopt when no coarser level holds it.
std::optional<TileDraw> fallbackFor(const TilePyramid &pyramid, TileCache &cache, const TileKey &key)
{
    const QRectF target = pyramid.tileImageRect(key);
    for (int level = key.level + 1; level < pyramid.levelCount(); ++level) {
        const int shift = level - key.level;
        const TileKey coarse{level, key.column >> shift, key.row >> shift};
        QImage tile = cache.tile(coarse);
        if (tile.isNull())
            continue;
        const QSizeF scale = pyramid.levelScale(level);
        const QRectF coarseRect = pyramid.tileRect(coarse);
        const QRectF source(target.x() * scale.width() - coarseRect.x(), target.y() * scale.height() - coarseRect.y(),
                            target.width() * scale.width(), target.height() * scale.height());
        return TileDraw{target, std::move(tile), source, {}};
    }
    return std::nullopt;
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

TilePaintPlan TileRenderer::plan(const ViewTransform &view, const TilePyramid &pyramid, TileCache &cache)
{
    TilePaintPlan plan;
    if (pyramid.isNull())
        return plan;
    TilePaintResult &result = plan.result;
    result.level = pyramid.levelForZoom(view.zoom());
    plan.transform = view.transform();
    // Magnified pixels stay sharp squares (what an examiner needs to see); reduced levels are
    // filtered so ridges do not alias.
    const double levelPixelOnScreen = view.zoom() / pyramid.levelScale(result.level).width();
    plan.smooth = levelPixelOnScreen < 0.999;
    const QList<TileKey> keys = visibleTiles(view, pyramid, result.level);
    QList<TileDraw> exact;
    exact.reserve(keys.size());
    for (const TileKey &key : keys) {
        QImage tile = cache.tile(key);
        if (!tile.isNull()) {
            exact.append(TileDraw{pyramid.tileImageRect(key), tile, QRectF(tile.rect()), {}});
            continue;
        }
        result.wanted.append(key);
        if (std::optional<TileDraw> fallback = fallbackFor(pyramid, cache, key)) {
            plan.draws.append(std::move(*fallback));
            ++result.fallback;
        } else {
            ++result.blank;
        }
    }
    result.exact = int(exact.size());
    plan.draws += exact;
    for (TileDraw &draw : plan.draws)
        draw.device = plan.transform.mapRect(draw.target);
    return plan;
}

void TileRenderer::draw(QPainter &painter, const TilePaintPlan &plan, const QRectF &band)
{
    painter.save();
    painter.setTransform(plan.transform, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, plan.smooth);
    for (const TileDraw &draw : plan.draws) {
        // A pixel of margin: the filter reaches that far beyond the target.
        if (draw.device.adjusted(-1, -1, 1, 1).intersects(band))
            painter.drawImage(draw.target, draw.tile, draw.source);
    }
    painter.restore();
}

TilePaintResult TileRenderer::paint(QPainter &painter, const ViewTransform &view, const TilePyramid &pyramid,
                                    TileCache &cache)
{
    const TilePaintPlan plan = TileRenderer::plan(view, pyramid, cache);
    paintInBands(painter, QRect(QPoint(0, 0), view.viewportSize()),
                 [&](const QRect &band) { draw(painter, plan, band); });
    return plan.result;
}

void paintInBands(QPainter &painter, const QRect &area, const std::function<void(const QRect &band)> &paintBand)
{
    // The split counts device rows; on a high-density screen a logical row is several.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    const int rows = std::max(1, int(kPaintBandRows / std::max<qreal>(ratio, 1.0)));
    for (int top = area.top(); top <= area.bottom(); top += rows) {
        const QRect band(area.left(), top, area.width(), std::min(rows, area.bottom() + 1 - top));
        painter.save();
        painter.setClipRect(band, Qt::IntersectClip);
        paintBand(band);
        painter.restore();
    }
}

} // namespace ridgeline
