#include "app/imaging/tiles/tilepyramid.h"
#include "app/presentation/viewer/tilecache.h"
#include "app/presentation/viewer/tilerenderer.h"

#include <QPainter>
#include <QTest>

using namespace ridgeline;
using imaging::TileKey;

namespace {
QImage tileOf(int side, QRgb colour)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}
} // namespace

class TestTileCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evictsLeastRecentlyUsedUnderBudget()
    {
        const qint64 tileBytes = TileCache::costOf(tileOf(256, 0));
        TileCache cache(3 * tileBytes);
        cache.insert({0, 0, 0}, tileOf(256, 1));
        cache.insert({0, 1, 0}, tileOf(256, 2));
        cache.insert({0, 2, 0}, tileOf(256, 3));
        QVERIFY(!cache.tile({0, 0, 0}).isNull()); // now the most recent
        cache.insert({0, 3, 0}, tileOf(256, 4));
        QCOMPARE(cache.count(), 3);
        QVERIFY(cache.bytes() <= cache.budget());
        QVERIFY(cache.contains({0, 0, 0}));
        QVERIFY(!cache.contains({0, 1, 0})); // the least recently used went
        cache.setBudget(tileBytes);
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.contains({0, 3, 0}));
        QVERIFY(cache.peakBytes() <= 3 * tileBytes);
    }

    void pinnedTilesStay()
    {
        const qint64 tileBytes = TileCache::costOf(tileOf(256, 0));
        TileCache cache(2 * tileBytes);
        cache.insert({5, 0, 0}, tileOf(256, 1), true);
        for (int i = 0; i < 10; ++i)
            cache.insert({0, i, 0}, tileOf(256, 2));
        QVERIFY(cache.contains({5, 0, 0}));
        QVERIFY(cache.contains({0, 9, 0}));
        QVERIFY(cache.bytes() <= cache.budget());
    }

    void missingTilesFallBackOnACoarserLevel()
    {
        // A 1024 px image: level 0 (4x4 tiles), 1 (2x2), 2 (one tile). Only level 2 is cached.
        QImage image(1024, 1024, QImage::Format_Grayscale8);
        image.fill(200);
        const auto pyramid = imaging::TilePyramid::build(image);
        QVERIFY(pyramid.ok());
        TileCache cache;
        const TileKey coarse{2, 0, 0};
        cache.insert(coarse, pyramid->renderTile(coarse), true);

        ViewTransform view(QSize(1024, 1024), QSize(400, 300));
        view.setZoom(2.0); // wants level 0
        QImage frame(400, 300, QImage::Format_RGB32);
        frame.fill(Qt::black);
        QPainter painter(&frame);
        const TilePaintResult result = TileRenderer::paint(painter, view, *pyramid, cache);
        painter.end();
        QCOMPARE(result.level, 0);
        QCOMPARE(result.exact, 0);
        QCOMPARE(result.blank, 0);
        QVERIFY(result.fallback > 0);
        QCOMPARE(result.wanted.size(), result.fallback);
        // No blank squares: every pixel shows the image's grey, not the black background.
        for (int y = 0; y < 300; y += 17)
            for (int x = 0; x < 400; x += 13)
                QCOMPARE(qGray(frame.pixel(x, y)), 200);
    }

    void exactTilesNeedNoRequest()
    {
        QImage image(600, 600, QImage::Format_Grayscale8);
        image.fill(90);
        const auto pyramid = imaging::TilePyramid::build(image);
        QVERIFY(pyramid.ok());
        TileCache cache;
        for (const TileKey &key : pyramid->tilesIn(0, QRectF(0, 0, 600, 600)))
            cache.insert(key, pyramid->renderTile(key));
        const ViewTransform view(QSize(600, 600), QSize(600, 600));
        QImage frame(600, 600, QImage::Format_RGB32);
        QPainter painter(&frame);
        const TilePaintResult result = TileRenderer::paint(painter, view, *pyramid, cache);
        QVERIFY(result.complete());
        QVERIFY(result.wanted.isEmpty());
        QCOMPARE(result.exact, 9);
    }
};

QTEST_GUILESS_MAIN(TestTileCache)
#include "tst_tilecache.moc"
