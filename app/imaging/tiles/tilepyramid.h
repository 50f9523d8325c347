#pragma once

#include "app/core/error.h"
#include "app/imaging/tiles/tilekey.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>

#include <atomic>

namespace ridgeline::imaging {

// How 16-bit samples are shown on an 8-bit display: [low, high] stretched linearly to [0, 255],
// clipped outside. 8-bit images ignore it.
struct DisplayWindow
{
    int low = 0;
    int high = 65535;
    int width() const { return high - low; }
    friend bool operator==(const DisplayWindow &, const DisplayWindow &) = default;
};

// The sample range of an image (per channel, over all channels), for a 16-bit image's first window.
DisplayWindow sampleRange(const QImage &image);

// A resolution pyramid of one decoded image, cut into square display tiles. Level 0 is the image
// itself (shared, not copied; Grayscale8, Grayscale16, RGB888 or RGBX64 are kept, anything else is
// converted to RGB888); each further level halves the previous with an area filter
// (cv::INTER_AREA) until the whole level fits one tile. Coordinates of a level are its own
// pixels: image pixel (x, y) is level pixel (x, y) / 2^level.
//
// Immutable once built and implicitly shared (QImage levels): render tiles from any number of
// threads at once. Building reads the whole image: run it on a worker thread, never the UI thread.
class TilePyramid
{
public:
    static constexpr int kTileSize = 256;

    TilePyramid() = default;

    // Cancelled (ErrorCode::Cancelled) when *cancel becomes true between levels; BadInput for a
    // null image.
    static Result<TilePyramid> build(const QImage &image, const std::atomic<bool> *cancel = nullptr);
    // A provisional pyramid from a reduced copy (a stored preview) of an image of imageSize: shown
    // while the original decodes. Its levels cover the whole image at the preview's resolution.
    static Result<TilePyramid> buildPreview(const QImage &preview, QSize imageSize);
    // The finest level whose longest side is at most maxSide (what is stored as the preview).
    int levelFittingIn(int maxSide) const;

    bool isNull() const { return m_levels.isEmpty(); }
    bool isPreview() const { return m_imageSize.isValid() && m_imageSize != levelSize(0); }
    int levelCount() const { return int(m_levels.size()); }
    QSize imageSize() const { return m_imageSize.isValid() ? m_imageSize : levelSize(0); }
    QSize levelSize(int level) const;
    // Level pixels per image pixel along x and y: about 1 / 2^level, exactly levelSize / imageSize
    // (a level of an odd size still covers the whole image).
    QSizeF levelScale(int level) const;
    int columns(int level) const;
    int rows(int level) const;
    bool isValid(const TileKey &key) const;
    // The tile's pixels in its level's coordinates (edge tiles are smaller than kTileSize).
    QRect tileRect(const TileKey &key) const;
    // The tile's area in image (level 0) coordinates.
    QRectF tileImageRect(const TileKey &key) const;
    // All tiles of `level` that intersect imageRect (image coordinates), row by row.
    QList<TileKey> tilesIn(int level, const QRectF &imageRect) const;
    // The coarsest level that still has at least one level pixel per view pixel at `zoom` (view
    // pixels per image pixel); the finest level when none has.
    int levelForZoom(double zoom) const;

    bool isSixteenBit() const;
    bool isColour() const;
    QImage level(int level) const { return m_levels.value(level); }
    // Bytes held by levels 1.. (level 0 is the caller's decoded image).
    qint64 derivedBytes() const;

    // A display tile: Format_RGB32, 16-bit mapped through `window`. Cheap (a copy of at most
    // kTileSize^2 pixels); a null image for an invalid key. Thread-safe.
    QImage renderTile(const TileKey &key, const DisplayWindow &window = {}) const;

private:
    QList<QImage> m_levels;
    QSize m_imageSize; // set for a preview pyramid only
};

} // namespace ridgeline::imaging
