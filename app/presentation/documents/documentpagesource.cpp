#include "app/presentation/documents/documentpagesource.h"

#include "app/presentation/futurewatch.h"

#include <QtConcurrent/qtconcurrenttask.h>

#include <cmath>

namespace ridgeline {

namespace {
constexpr int kDefaultCachedPages = 24;
// One page either side of the view is rendered ahead, so PgDn finds it ready.
constexpr int kPrefetchMargin = 1;
} // namespace

DocumentPageSource::DocumentPageSource(QObject *parent)
    : QObject(parent)
    , m_cache(kDefaultCachedPages)
{
    // One thread that never expires: the document is only ever used from that thread.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

DocumentPageSource::~DocumentPageSource()
{
    if (m_handle)
        m_handle->closed = true;
    m_pool.waitForDone();
}

void DocumentPageSource::open(const QByteArray &data, const QString &name)
{
    close();
    m_name = name;
    auto handle = std::make_shared<Handle>();
    m_handle = handle;
    setState(State::Opening);
    QFuture<OpenOutcome> future = QtConcurrent::task([handle, data, name]() {
                                      OpenOutcome outcome;
                                      Result<PdfDocument> document = PdfDocument::fromData(data, name);
                                      if (!document) {
                                          outcome.error = document.error().message();
                                          return outcome;
                                      }
                                      for (int i = 0; i < document->pageCount(); ++i)
                                          outcome.pageSizes.append(document->pageSize(i));
                                      QMutexLocker lock(&handle->mutex);
                                      handle->document.emplace(std::move(document.value()));
                                      return outcome;
                                  })
                                      .onThreadPool(m_pool)
                                      .withPriority(int(TaskPriority::Open))
                                      .spawn();
    whenFinished(this, future, [this, handle](const OpenOutcome &outcome) {
        if (handle != m_handle)
            return;
        if (!outcome.error.isEmpty()) {
            m_error = outcome.error;
            setState(State::Failed);
            Q_EMIT openFailed(m_error);
            return;
        }
        m_pageSizes = outcome.pageSizes;
        setState(State::Ready);
        Q_EMIT opened();
    });
}

void DocumentPageSource::close()
{
    if (!m_handle && m_state == State::Empty)
        return;
    if (m_handle)
        m_handle->closed = true;
    m_handle.reset();
    m_pageSizes.clear();
    m_cache.clear();
    m_pending.clear();
    m_error.clear();
    setState(State::Empty);
    Q_EMIT closed();
}

QSizeF DocumentPageSource::pageSize(int page) const
{
    return page >= 0 && page < m_pageSizes.size() ? m_pageSizes.at(page) : QSizeF();
}

void DocumentPageSource::requestPage(int page, double zoom)
{
    if (m_state != State::Ready || page < 0 || page >= pageCount() || !(zoom > 0))
        return;
    const int key = zoomKey(zoom);
    const quint64 ck = cacheKey(page, key);
    if (m_cache.contains(ck) || m_pending.contains(ck))
        return;
    m_pending.insert(ck);
    std::shared_ptr<Handle> handle = m_handle;
    const double dpi = 72.0 * key / 1000.0;
    QFuture<RenderOutcome> future = runOnDocument(
        [handle, page, key, dpi](const PdfDocument &document) {
            RenderOutcome outcome;
            const qint64 first = qint64(handle->wantedFirst) - kPrefetchMargin;
            const qint64 last = qint64(handle->wantedLast) + kPrefetchMargin;
            const int wantedZoom = handle->wantedZoomKey;
            if ((wantedZoom != 0 && key != wantedZoom) || page < first || page > last)
                return outcome;
            outcome.skipped = false;
            Result<QImage> image = document.renderPage(page, dpi);
            if (image)
                outcome.image = std::move(image.value());
            else
                outcome.error = image.error().message();
            return outcome;
        },
        TaskPriority::Render);
    whenFinished(this, future, [this, handle, page, key, ck](const RenderOutcome &outcome) {
        if (handle != m_handle)
            return;
        m_pending.remove(ck);
        if (outcome.skipped)
            return;
        if (!outcome.error.isEmpty()) {
            Q_EMIT renderFailed(page, outcome.error);
            return;
        }
        m_cache.insert(ck, new QImage(outcome.image));
        Q_EMIT pageRendered(page, key / 1000.0);
    });
}

QImage DocumentPageSource::cachedPage(int page, double zoom) const
{
    const QImage *image = m_cache.object(cacheKey(page, zoomKey(zoom)));
    return image ? *image : QImage();
}

QImage DocumentPageSource::closestCachedPage(int page, double zoom) const
{
    const int wanted = zoomKey(zoom);
    int bestDistance = -1;
    QImage best;
    for (quint64 key : m_cache.keys()) {
        if (int(key >> 32) != page)
            continue;
        const int distance = std::abs(int(quint32(key)) - wanted);
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            best = *m_cache.object(key);
        }
    }
    return best;
}

void DocumentPageSource::setWantedPages(int first, int last, double zoom)
{
    if (!m_handle)
        return;
    m_handle->wantedFirst = first;
    m_handle->wantedLast = last;
    m_handle->wantedZoomKey = zoomKey(zoom);
}

void DocumentPageSource::setCacheLimit(int pages)
{
    m_cache.setMaxCost(qMax(1, pages));
}

void DocumentPageSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ridgeline
