#include "app/imaging/tiles/tilepyramid.h"

#include <QTest>

using namespace ridgeline::imaging;

namespace {

// A horizontal ramp: column x has grey value x % 256 (8-bit) or x * 64 (16-bit).
QImage ramp(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (format == QImage::Format_Grayscale16)
                reinterpret_cast<quint16 *>(image.scanLine(y))[x] = quint16(std::min(65535, x * 64));
            else if (format == QImage::Format_Grayscale8)
                image.scanLine(y)[x] = uchar(x % 256);
            else
                image.setPixel(x, y, qRgb(x % 256, y % 256, 100));
        }
    }
    return image;
}

} // namespace

class TestTilePyramid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelsHalveUntilOneTile()
    {
        const auto pyramid = TilePyramid::build(ramp(1000, 600, QImage::Format_Grayscale8));
        QVERIFY(pyramid.ok());
        // 1000 -> 500 -> 250: the third level fits one tile.
        QCOMPARE(pyramid->levelCount(), 3);
        QCOMPARE(pyramid->levelSize(0), QSize(1000, 600));
        QCOMPARE(pyramid->levelSize(1), QSize(500, 300));
        QCOMPARE(pyramid->levelSize(2), QSize(250, 150));
        QCOMPARE(pyramid->columns(0), 4);
        QCOMPARE(pyramid->rows(0), 3);
        QCOMPARE(pyramid->columns(2) * pyramid->rows(2), 1);
    }

    void oddSizesRoundUpAndCoverTheImage()
    {
        const auto pyramid = TilePyramid::build(ramp(1001, 257, QImage::Format_Grayscale8));
        QVERIFY(pyramid.ok());
        QCOMPARE(pyramid->levelSize(1), QSize(501, 129));
        // The last tile of a level ends exactly at the image's edge in image coordinates.
        const TileKey last{1, pyramid->columns(1) - 1, pyramid->rows(1) - 1};
        QCOMPARE(pyramid->tileImageRect(last).right(), 1001.0);
        QCOMPARE(pyramid->tileImageRect(last).bottom(), 257.0);
    }

    void areaFilterAveragesNeighbours()
    {
        // Alternating 0 / 200 columns average to 100 on the next level.
        QImage stripes(512, 512, QImage::Format_Grayscale8);
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x)
                stripes.scanLine(y)[x] = (x % 2) ? 200 : 0;
        const auto pyramid = TilePyramid::build(stripes);
        QVERIFY(pyramid.ok());
        const QImage half = pyramid->level(1);
        QCOMPARE(half.format(), QImage::Format_Grayscale8);
        QCOMPARE(int(half.constScanLine(10)[10]), 100);
    }

    void edgeTilesAreCutToTheLevel()
    {
        const auto pyramid = TilePyramid::build(ramp(600, 300, QImage::Format_Grayscale8));
        QVERIFY(pyramid.ok());
        const QImage edge = pyramid->renderTile({0, 2, 1});
        QCOMPARE(edge.size(), QSize(600 - 512, 300 - 256));
        QCOMPARE(edge.format(), QImage::Format_RGB32);
        // Its first pixel is image column 512.
        QCOMPARE(qGray(edge.pixel(0, 0)), 512 % 256);
        QVERIFY(pyramid->renderTile({0, 3, 0}).isNull());
        QVERIFY(!pyramid->isValid({5, 0, 0}));
    }

    void tilesInFollowsTheRectangle()
    {
        const auto pyramid = TilePyramid::build(ramp(2048, 2048, QImage::Format_Grayscale8));
        QVERIFY(pyramid.ok());
        QCOMPARE(pyramid->tilesIn(0, QRectF(0, 0, 256, 256)).size(), 1);
        QCOMPARE(pyramid->tilesIn(0, QRectF(100, 100, 300, 300)).size(), 4);
        QCOMPARE(pyramid->tilesIn(1, QRectF(0, 0, 2048, 2048)).size(), 16);
        QCOMPARE(pyramid->levelForZoom(2.0), 0);
        QCOMPARE(pyramid->levelForZoom(0.5), 1);
        QCOMPARE(pyramid->levelForZoom(0.3), 1);
        QCOMPARE(pyramid->levelForZoom(0.001), pyramid->levelCount() - 1);
    }

    void sixteenBitGoesThroughTheWindow()
    {
        const QImage image = ramp(1024, 16, QImage::Format_Grayscale16);
        const auto pyramid = TilePyramid::build(image);
        QVERIFY(pyramid.ok());
        QVERIFY(pyramid->isSixteenBit());
        QCOMPARE(pyramid->level(1).format(), QImage::Format_Grayscale16);
        // Window [0, 16320] (columns 0..255): column 255 is white, the middle is mid grey.
        const DisplayWindow narrow{0, 255 * 64};
        const QImage tile = pyramid->renderTile({0, 0, 0}, narrow);
        QCOMPARE(qGray(tile.pixel(255, 0)), 255);
        QCOMPARE(qGray(tile.pixel(0, 0)), 0);
        QVERIFY(qAbs(qGray(tile.pixel(128, 0)) - 128) <= 1);
        // Beyond the window clips to white; a wider window shows the same column darker.
        QCOMPARE(qGray(pyramid->renderTile({0, 1, 0}, narrow).pixel(10, 0)), 255);
        QVERIFY(qGray(pyramid->renderTile({0, 0, 0}, DisplayWindow{0, 65535}).pixel(255, 0)) < 70);
    }

    void flatSixteenBitImageGetsAUsableWindow()
    {
        QImage flat(300, 300, QImage::Format_Grayscale16);
        flat.fill(Qt::black);
        for (int y = 0; y < 300; ++y)
            std::fill_n(reinterpret_cast<quint16 *>(flat.scanLine(y)), 300, quint16(4000));
        const DisplayWindow window = sampleRange(flat);
        QVERIFY(window.width() > 0);
        const auto pyramid = TilePyramid::build(flat);
        QVERIFY(pyramid.ok());
        QVERIFY(!pyramid->renderTile({0, 0, 0}, window).isNull());
    }

    void colourKeepsItsChannels()
    {
        const auto pyramid = TilePyramid::build(ramp(300, 300, QImage::Format_RGB888));
        QVERIFY(pyramid.ok());
        QVERIFY(pyramid->isColour());
        const QImage tile = pyramid->renderTile({0, 0, 0});
        QCOMPARE(tile.pixel(7, 9), qRgb(7, 9, 100));
        const auto other = TilePyramid::build(ramp(300, 300, QImage::Format_ARGB32));
        QVERIFY(other.ok());
        QCOMPARE(other->level(0).format(), QImage::Format_RGB888);
    }

    void sixteenBitColourGoesThroughTheWindowPerChannel()
    {
        QImage image(300, 300, QImage::Format_RGBX64);
        for (int y = 0; y < 300; ++y) {
            auto *row = reinterpret_cast<quint16 *>(image.scanLine(y));
            for (int x = 0; x < 300; ++x) {
                row[4 * x] = 4000;     // red at the top of the window
                row[4 * x + 1] = 2000; // green in the middle
                row[4 * x + 2] = 0;    // blue at the bottom
                row[4 * x + 3] = 65535;
            }
        }
        const auto pyramid = TilePyramid::build(image);
        QVERIFY(pyramid.ok());
        QVERIFY(pyramid->isSixteenBit() && pyramid->isColour());
        QCOMPARE(pyramid->level(1).format(), QImage::Format_RGBX64);
        const QRgb pixel = pyramid->renderTile({0, 0, 0}, DisplayWindow{0, 4000}).pixel(3, 3);
        QCOMPARE(qRed(pixel), 255);
        QVERIFY(qAbs(qGreen(pixel) - 128) <= 1);
        QCOMPARE(qBlue(pixel), 0);
        const DisplayWindow range = sampleRange(image);
        QCOMPARE(range.low, 0);
        QCOMPARE(range.high, 4000);
    }

    void cancelledAndEmptyBuildsFail()
    {
        std::atomic<bool> cancel{true};
        const auto cancelled = TilePyramid::build(ramp(1000, 1000, QImage::Format_Grayscale8), &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), ridgeline::ErrorCode::Cancelled);
        QVERIFY(!TilePyramid::build(QImage()).ok());
        const auto thin = TilePyramid::build(ramp(1, 5000, QImage::Format_Grayscale8));
        QVERIFY(thin.ok());
        QCOMPARE(thin->levelSize(thin->levelCount() - 1).width(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTilePyramid)
#include "tst_tilepyramid.moc"
