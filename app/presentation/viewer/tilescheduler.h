#pragma once

#include "app/imaging/tiles/tilepyramid.h"
#include "app/presentation/viewer/tilecache.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ridgeline {

// Renders display tiles of a pyramid on its own thread pool and puts them in a TileCache. The
// canvas asks for the tiles it wants now; tiles still queued or running that are no longer wanted
// are cancelled (they return without rendering), so panning fast never builds a backlog. The
// coarsest levels (a few tiles) are rendered first and pinned in the cache: the canvas can
// always fall back on them instead of painting blank squares. Lives on the UI thread; only
// rendering runs on the pool. Destroying it cancels and waits for running tiles.
class TileScheduler : public QObject
{
    Q_OBJECT
public:
    using TileKey = imaging::TileKey;
    static constexpr int kPinnedTileLimit = 16; // coarse levels of at most this many tiles are pinned

    explicit TileScheduler(qint64 cacheBudgetBytes, QObject *parent = nullptr);
    ~TileScheduler() override;

    // Replaces the pyramid: drops every tile and requests the pinned coarse levels.
    void setPyramid(std::shared_ptr<const imaging::TilePyramid> pyramid);
    const std::shared_ptr<const imaging::TilePyramid> &pyramid() const { return m_pyramid; }
    // A new 16-bit display window invalidates every tile.
    void setWindow(const imaging::DisplayWindow &window);
    imaging::DisplayWindow window() const { return m_window; }

    TileCache &cache() { return m_cache; }
    const TileCache &cache() const { return m_cache; }

    // The tiles the view needs now, most important first. Cached ones are ignored; in-flight ones
    // not listed (and not pinned) are cancelled.
    void request(const QList<TileKey> &wanted);
    int inFlight() const { return int(m_jobs.size()); }
    qint64 tilesRendered() const { return m_rendered; }
    qint64 tilesCancelled() const { return m_cancelled; }
    // Processes arriving tiles until nothing is in flight or msecs pass; for tests and benchmarks.
    bool waitForIdle(int msecs);

Q_SIGNALS:
    void tileReady(const ridgeline::imaging::TileKey &key);
    // Nothing left in flight: every requested tile arrived or was cancelled.
    void idle();

private:
    struct Job
    {
        std::shared_ptr<std::atomic<bool>> cancel;
        bool pinned = false;
    };
    void start(const TileKey &key, bool pinned, int priority);
    void deliver(quint64 generation, const TileKey &key, const QImage &tile, bool pinned);
    void cancelAll();

    QThreadPool m_pool;
    TileCache m_cache;
    std::shared_ptr<const imaging::TilePyramid> m_pyramid;
    imaging::DisplayWindow m_window;
    QHash<TileKey, Job> m_jobs;
    quint64 m_generation = 0;
    qint64 m_rendered = 0;
    qint64 m_cancelled = 0;
};

} // namespace ridgeline
