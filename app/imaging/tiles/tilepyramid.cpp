#include "app/imaging/tiles/tilepyramid.h"

#include "app/imaging/cvqimage.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace ridgeline::imaging {

namespace {

QImage::Format levelFormat(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_RGB888:
    case QImage::Format_RGBX64:
        return image.format();
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
        return QImage::Format_RGBX64;
    default:
        return image.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    }
}

// 16-bit sample -> display byte for one window; built per tile (64 KiB, microseconds).
std::array<uchar, 65536> windowTable(const DisplayWindow &window)
{
    std::array<uchar, 65536> table{};
    const double width = std::max(1, window.width());
    for (int v = 0; v < 65536; ++v) {
        const double t = std::clamp((v - window.low) / width, 0.0, 1.0);
        table[size_t(v)] = uchar(std::lround(t * 255.0));
    }
    return table;
}

void renderRows(const QImage &level, const QRect &rect, const DisplayWindow &window, QImage &out)
{
    const int w = rect.width();
    switch (level.format()) {
    case QImage::Format_Grayscale8:
        for (int y = 0; y < rect.height(); ++y) {
            const uchar *in = level.constScanLine(rect.y() + y) + rect.x();
            auto *px = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < w; ++x)
                px[x] = 0xff000000u | (uint(in[x]) * 0x010101u);
        }
        break;
    case QImage::Format_RGB888:
        for (int y = 0; y < rect.height(); ++y) {
            const uchar *in = level.constScanLine(rect.y() + y) + 3 * rect.x();
            auto *px = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < w; ++x)
                px[x] = qRgb(in[3 * x], in[3 * x + 1], in[3 * x + 2]);
        }
        break;
    case QImage::Format_Grayscale16: {
        const auto table = windowTable(window);
        for (int y = 0; y < rect.height(); ++y) {
            const auto *in = reinterpret_cast<const quint16 *>(level.constScanLine(rect.y() + y)) + rect.x();
            auto *px = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < w; ++x)
                px[x] = 0xff000000u | (uint(table[in[x]]) * 0x010101u);
        }
        break;
    }
    default: { // RGBX64
        const auto table = windowTable(window);
        for (int y = 0; y < rect.height(); ++y) {
            const auto *in = reinterpret_cast<const quint16 *>(level.constScanLine(rect.y() + y)) + 4 * rect.x();
            auto *px = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < w; ++x)
                px[x] = qRgb(table[in[4 * x]], table[in[4 * x + 1]], table[in[4 * x + 2]]);
        }
        break;
    }
    }
}

} // namespace

DisplayWindow sampleRange(const QImage &image)
{
    const bool grey16 = image.format() == QImage::Format_Grayscale16;
    if (image.isNull() || (!grey16 && image.format() != QImage::Format_RGBX64))
        return {};
    const int stride = grey16 ? 1 : 4;
    const int channels = grey16 ? 1 : 3;
    int low = 65535;
    int high = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const quint16 *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            for (int c = 0; c < channels; ++c) {
                low = std::min<int>(low, row[stride * x + c]);
                high = std::max<int>(high, row[stride * x + c]);
            }
    }
    // A flat image still needs a window of non-zero width.
    if (high <= low) {
        high = std::min(65535, low + 1);
        low = high - 1;
    }
    return DisplayWindow{low, high};
}

Result<TilePyramid> TilePyramid::build(const QImage &image, const std::atomic<bool> *cancel)
{
    if (image.isNull())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::imaging::TilePyramid", "The image has no pixels"));
    TilePyramid pyramid;
    const QImage::Format format = levelFormat(image);
    pyramid.m_levels.append(image.format() == format ? image : image.convertToFormat(format));
    cv::Mat previous;
    QSize size = image.size();
    while (std::max(size.width(), size.height()) > kTileSize) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, QCoreApplication::translate("ridgeline::imaging::TilePyramid",
                                                                           "Building the image pyramid was cancelled"));
        if (previous.empty())
            previous = toMatExact(pyramid.m_levels.first());
        size = QSize((size.width() + 1) / 2, (size.height() + 1) / 2);
        cv::Mat next;
        cv::resize(previous, next, cv::Size(size.width(), size.height()), 0, 0, cv::INTER_AREA);
        pyramid.m_levels.append(toQImageExact(next));
        previous = next;
    }
    return pyramid;
}

Result<TilePyramid> TilePyramid::buildPreview(const QImage &preview, QSize imageSize)
{
    auto pyramid = build(preview);
    if (pyramid && imageSize.isValid() && !imageSize.isEmpty())
        pyramid->m_imageSize = imageSize;
    return pyramid;
}

int TilePyramid::levelFittingIn(int maxSide) const
{
    for (int level = 0; level < levelCount(); ++level) {
        const QSize size = levelSize(level);
        if (std::max(size.width(), size.height()) <= maxSide)
            return level;
    }
    return levelCount() - 1;
}

QSize TilePyramid::levelSize(int level) const
{
    return level >= 0 && level < m_levels.size() ? m_levels[level].size() : QSize();
}

QSizeF TilePyramid::levelScale(int level) const
{
    const QSize image = imageSize();
    const QSize size = levelSize(level);
    if (image.isEmpty() || size.isEmpty())
        return {1.0, 1.0};
    return {double(size.width()) / image.width(), double(size.height()) / image.height()};
}

int TilePyramid::columns(int level) const
{
    return (levelSize(level).width() + kTileSize - 1) / kTileSize;
}

int TilePyramid::rows(int level) const
{
    return (levelSize(level).height() + kTileSize - 1) / kTileSize;
}

bool TilePyramid::isValid(const TileKey &key) const
{
    return key.level >= 0 && key.level < levelCount() && key.column >= 0 && key.row >= 0 &&
           key.column < columns(key.level) && key.row < rows(key.level);
}

QRect TilePyramid::tileRect(const TileKey &key) const
{
    if (!isValid(key))
        return {};
    const QRect tile(key.column * kTileSize, key.row * kTileSize, kTileSize, kTileSize);
    return tile.intersected(QRect(QPoint(0, 0), levelSize(key.level)));
}

QRectF TilePyramid::tileImageRect(const TileKey &key) const
{
    const QRectF rect = tileRect(key);
    const QSizeF scale = levelScale(key.level);
    return {rect.x() / scale.width(), rect.y() / scale.height(), rect.width() / scale.width(),
            rect.height() / scale.height()};
}

QList<TileKey> TilePyramid::tilesIn(int level, const QRectF &imageRect) const
{
    QList<TileKey> keys;
    if (level < 0 || level >= levelCount())
        return keys;
    const QSizeF scale = levelScale(level);
    const QRectF area = QRectF(imageRect.x() * scale.width(), imageRect.y() * scale.height(),
                               imageRect.width() * scale.width(), imageRect.height() * scale.height())
                            .intersected(QRectF(QPointF(0, 0), QSizeF(levelSize(level))));
    if (area.isEmpty())
        return keys;
    const int c0 = int(area.left()) / kTileSize;
    const int r0 = int(area.top()) / kTileSize;
    const int c1 = std::min(columns(level) - 1, int(std::ceil(area.right())) / kTileSize);
    const int r1 = std::min(rows(level) - 1, int(std::ceil(area.bottom())) / kTileSize);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            if (tileRect(TileKey{level, c, r}).intersects(area.toAlignedRect()))
                keys.append(TileKey{level, c, r});
    return keys;
}

int TilePyramid::levelForZoom(double zoom) const
{
    // Level scales are about 1 / 2^level, exactly levelSize / imageSize (a preview starts lower).
    for (int level = levelCount() - 1; level > 0; --level)
        if (levelScale(level).width() >= zoom * (1.0 - 1e-9))
            return level;
    return 0;
}

bool TilePyramid::isSixteenBit() const
{
    return !isNull() &&
           (m_levels[0].format() == QImage::Format_Grayscale16 || m_levels[0].format() == QImage::Format_RGBX64);
}

bool TilePyramid::isColour() const
{
    return !isNull() &&
           (m_levels[0].format() == QImage::Format_RGB888 || m_levels[0].format() == QImage::Format_RGBX64);
}

qint64 TilePyramid::derivedBytes() const
{
    qint64 bytes = 0;
    for (int i = 1; i < m_levels.size(); ++i)
        bytes += m_levels[i].sizeInBytes();
    return bytes;
}

QImage TilePyramid::renderTile(const TileKey &key, const DisplayWindow &window) const
{
    const QRect rect = tileRect(key);
    if (rect.isEmpty())
        return {};
    QImage out(rect.size(), QImage::Format_RGB32);
    renderRows(m_levels[key.level], rect, window, out);
    return out;
}

} // namespace ridgeline::imaging
