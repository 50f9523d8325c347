#include "app/presentation/viewer/tilescheduler.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRunnable>
#include <QSet>

#include <algorithm>

namespace ridgeline {

TileScheduler::TileScheduler(qint64 cacheBudgetBytes, QObject *parent)
    : QObject(parent)
    , m_cache(cacheBudgetBytes)
{
    // Leave a core for the UI thread when there is more than one.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool.setObjectName(QStringLiteral("TileScheduler"));
}

TileScheduler::~TileScheduler()
{
    cancelAll();
    m_pool.clear();
    m_pool.waitForDone();
}

void TileScheduler::setPyramid(std::shared_ptr<const imaging::TilePyramid> pyramid)
{
    cancelAll();
    m_cache.clear();
    m_pyramid = std::move(pyramid);
    ++m_generation;
    if (!m_pyramid || m_pyramid->isNull())
        return;
    // Coarsest first: one tile gives the whole picture at once.
    for (int level = m_pyramid->levelCount() - 1; level >= 0; --level) {
        if (m_pyramid->columns(level) * m_pyramid->rows(level) > kPinnedTileLimit)
            break;
        for (int row = 0; row < m_pyramid->rows(level); ++row)
            for (int column = 0; column < m_pyramid->columns(level); ++column)
                start(TileKey{level, column, row}, true, 100 + level);
    }
}

void TileScheduler::setWindow(const imaging::DisplayWindow &window)
{
    if (window == m_window)
        return;
    m_window = window;
    setPyramid(m_pyramid);
}

void TileScheduler::request(const QList<TileKey> &wanted)
{
    if (!m_pyramid)
        return;
    const QSet<TileKey> wantedSet(wanted.cbegin(), wanted.cend());
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (!it->pinned && !wantedSet.contains(it.key())) {
            it->cancel->store(true);
            ++m_cancelled;
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
    int priority = int(wanted.size());
    for (const TileKey &key : wanted) {
        --priority;
        if (!m_cache.contains(key) && !m_jobs.contains(key) && m_pyramid->isValid(key))
            start(key, false, std::min(priority, 99));
    }
}

bool TileScheduler::waitForIdle(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (!m_jobs.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return m_jobs.isEmpty();
}

void TileScheduler::start(const TileKey &key, bool pinned, int priority)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_jobs.insert(key, Job{cancel, pinned});
    const quint64 generation = m_generation;
    auto *job = QRunnable::create([this, pyramid = m_pyramid, window = m_window, key, cancel, generation, pinned]() {
        if (cancel->load())
            return;
        QImage tile = pyramid->renderTile(key, window);
        if (cancel->load())
            return;
        // Queued to the UI thread; the destructor waits for this lambda before `this` goes.
        QMetaObject::invokeMethod(
            this, [this, generation, key, tile = std::move(tile), pinned]() { deliver(generation, key, tile, pinned); },
            Qt::QueuedConnection);
    });
    m_pool.start(job, priority);
}

void TileScheduler::deliver(quint64 generation, const TileKey &key, const QImage &tile, bool pinned)
{
    if (generation != m_generation)
        return;
    const auto job = m_jobs.constFind(key);
    if (job == m_jobs.cend() || job->cancel->load())
        return; // cancelled after rendering finished; a newer request may follow
    m_jobs.erase(job);
    ++m_rendered;
    m_cache.insert(key, tile, pinned);
    Q_EMIT tileReady(key);
    if (m_jobs.isEmpty())
        Q_EMIT idle();
}

void TileScheduler::cancelAll()
{
    for (const Job &job : std::as_const(m_jobs))
        job.cancel->store(true);
    m_jobs.clear();
}

} // namespace ridgeline
