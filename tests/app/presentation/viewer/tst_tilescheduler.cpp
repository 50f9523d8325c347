#include "app/imaging/tiles/tilepyramid.h"
#include "app/presentation/viewer/tilerenderer.h"
#include "app/presentation/viewer/tilescheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;
using imaging::TileKey;

namespace {
std::shared_ptr<const imaging::TilePyramid> pyramidOf(int side)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.scanLine(y)[x] = uchar((x * 7 + y * 3) % 256);
    return std::make_shared<const imaging::TilePyramid>(imaging::TilePyramid::build(image).value());
}
} // namespace

class TestTileScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coarseLevelsArriveFirstAndArePinned()
    {
        TileScheduler scheduler(64LL * 1024 * 1024);
        const auto pyramid = pyramidOf(3000);
        scheduler.setPyramid(pyramid);
        QVERIFY(scheduler.waitForIdle(10000));
        const int top = pyramid->levelCount() - 1;
        QVERIFY(scheduler.cache().contains(TileKey{top, 0, 0}));
        // Tiles were rendered on the pool, not here: this thread only received them.
        QVERIFY(scheduler.tilesRendered() > 0);
    }

    void requestedTilesArriveOnThisThread()
    {
        TileScheduler scheduler(64LL * 1024 * 1024);
        const auto pyramid = pyramidOf(2048);
        scheduler.setPyramid(pyramid);
        QSignalSpy ready(&scheduler, &TileScheduler::tileReady);
        const QList<TileKey> wanted = pyramid->tilesIn(0, QRectF(0, 0, 600, 600));
        scheduler.request(wanted);
        QVERIFY(scheduler.waitForIdle(10000));
        for (const TileKey &key : wanted)
            QVERIFY(scheduler.cache().contains(key));
        QVERIFY(ready.count() >= wanted.size());
    }

    void tilesThatLeftTheViewAreCancelled()
    {
        TileScheduler scheduler(256LL * 1024 * 1024);
        const auto pyramid = pyramidOf(4096);
        scheduler.setPyramid(pyramid);
        QVERIFY(scheduler.waitForIdle(10000));
        // Ask for the whole of level 0, then at once for one corner only.
        scheduler.request(pyramid->tilesIn(0, QRectF(0, 0, 4096, 4096)));
        const QList<TileKey> corner{TileKey{0, 0, 0}};
        scheduler.request(corner);
        QVERIFY(scheduler.waitForIdle(10000));
        QVERIFY(scheduler.cache().contains(TileKey{0, 0, 0}));
        QVERIFY(scheduler.tilesCancelled() > 0);
        // Most of the 256 level-0 tiles were never rendered.
        QVERIFY(scheduler.cache().count() < 200);
    }

    void windowChangeReRendersSixteenBit()
    {
        QImage image(512, 512, QImage::Format_Grayscale16);
        for (int y = 0; y < 512; ++y)
            std::fill_n(reinterpret_cast<quint16 *>(image.scanLine(y)), 512, quint16(1000));
        TileScheduler scheduler(64LL * 1024 * 1024);
        scheduler.setPyramid(std::make_shared<const imaging::TilePyramid>(imaging::TilePyramid::build(image).value()));
        scheduler.setWindow({0, 2000});
        QVERIFY(scheduler.waitForIdle(10000));
        const int top = scheduler.pyramid()->levelCount() - 1;
        QVERIFY(qAbs(qGray(scheduler.cache().peek({top, 0, 0}).pixel(0, 0)) - 128) <= 1);
        scheduler.setWindow({0, 1000});
        QVERIFY(scheduler.waitForIdle(10000));
        QCOMPARE(qGray(scheduler.cache().peek({top, 0, 0}).pixel(0, 0)), 255);
    }
};

QTEST_GUILESS_MAIN(TestTileScheduler)
#include "tst_tilescheduler.moc"
