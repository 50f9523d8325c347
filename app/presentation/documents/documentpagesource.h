#pragma once

#include "app/documents/pdfdocument.h"

#include <QCache>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QSet>
#include <QSizeF>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>
#include <type_traits>

namespace ridgeline {

// One open PDF for display: opens it, renders its pages at a requested zoom and keeps a bounded
// cache of rendered pages. Poppler is not thread-safe per document, so every use of the document
// (rendering, thumbnails, search) runs on one private worker thread, one task at a time, ordered by
// TaskPriority; the UI thread never touches the document.
//
// Thread affinity: the object lives on the UI thread; its signals are emitted there.
// Units: page sizes in PDF points (1/72 inch); `zoom` is device pixels per point (1.0 = 72 dpi),
// so a view at 100 % on a 96 dpi screen asks for zoom 96/72 times its device pixel ratio.
class DocumentPageSource : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Opening,
        Ready,
        Failed
    };
    // Higher runs first: the page in view beats thumbnails, which beat a running search.
    enum class TaskPriority
    {
        Search = 1,
        Thumbnail = 2,
        Render = 3,
        Open = 4
    };

    explicit DocumentPageSource(QObject *parent = nullptr);
    ~DocumentPageSource() override;

    // Starts opening `data` on the worker thread; `name` appears in error messages. Emits opened()
    // or openFailed(). Any earlier document is closed first.
    void open(const QByteArray &data, const QString &name);
    void close();

    State state() const { return m_state; }
    QString name() const { return m_name; }
    QString errorMessage() const { return m_error; }
    int pageCount() const { return int(m_pageSizes.size()); }
    QSizeF pageSize(int page) const;
    const QList<QSizeF> &pageSizes() const { return m_pageSizes; }

    // Queues a render of `page` unless it is cached or already queued; pageRendered() follows.
    void requestPage(int page, double zoom);
    // The cached image at exactly this zoom, or a null image.
    QImage cachedPage(int page, double zoom) const;
    // The cached image of `page` closest to `zoom` (for a scaled preview while the exact one
    // renders), or a null image.
    QImage closestCachedPage(int page, double zoom) const;
    // Pages the view shows now. Queued renders of other pages or of another zoom are skipped when
    // their turn comes, so a fast scroll or zoom does not leave a backlog.
    void setWantedPages(int first, int last, double zoom);

    int cacheLimit() const { return int(m_cache.maxCost()); }
    void setCacheLimit(int pages);
    int cachedPageCount() const { return int(m_cache.count()); }

    // Runs fn(const PdfDocument &) on the worker thread and returns its result; a
    // default-constructed result when no document is open or it was closed before the task ran.
    template<class Fn>
    auto runOnDocument(Fn fn, TaskPriority priority) -> QFuture<std::invoke_result_t<Fn, const PdfDocument &>>;

Q_SIGNALS:
    void stateChanged(ridgeline::DocumentPageSource::State state);
    void opened();
    void openFailed(const QString &message);
    void closed();
    void pageRendered(int page, double zoom);
    void renderFailed(int page, const QString &message);

private:
    struct Handle
    {
        QMutex mutex;
        std::optional<PdfDocument> document;
        std::atomic_bool closed = false;
        std::atomic_int wantedFirst = 0;
        std::atomic_int wantedLast = std::numeric_limits<int>::max();
        std::atomic_int wantedZoomKey = 0; // 0: any zoom
    };
    struct RenderOutcome
    {
        QImage image;
        QString error;
        bool skipped = true;
    };
    struct OpenOutcome
    {
        QList<QSizeF> pageSizes;
        QString error;
    };

    static int zoomKey(double zoom) { return int(zoom * 1000.0 + 0.5); }
    static quint64 cacheKey(int page, int key) { return (quint64(quint32(page)) << 32) | quint32(key); }
    void setState(State state);

    QThreadPool m_pool;
    std::shared_ptr<Handle> m_handle;
    State m_state = State::Empty;
    QString m_name;
    QString m_error;
    QList<QSizeF> m_pageSizes;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_pending;
};

template<class Fn>
auto DocumentPageSource::runOnDocument(Fn fn, TaskPriority priority)
    -> QFuture<std::invoke_result_t<Fn, const PdfDocument &>>
{
    using R = std::invoke_result_t<Fn, const PdfDocument &>;
    std::shared_ptr<Handle> handle = m_handle;
    return QtConcurrent::task([handle, fn = std::move(fn)]() -> R {
               if (!handle || handle->closed)
                   return R();
               QMutexLocker lock(&handle->mutex);
               if (!handle->document)
                   return R();
               return fn(*handle->document);
           })
        .onThreadPool(m_pool)
        .withPriority(int(priority))
        .spawn();
}

} // namespace ridgeline
