#include "app/presentation/documents/documentsearchmodel.h"

#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/futurewatch.h"

#include <algorithm>

namespace ridgeline {

namespace {

constexpr int kSnippetContext = 40; // characters either side of the match

QString snippetAt(const QString &pageText, qsizetype at, qsizetype length)
{
    if (at < 0)
        return {};
    const qsizetype from = std::max<qsizetype>(0, at - kSnippetContext);
    const qsizetype to = std::min(pageText.size(), at + length + kSnippetContext);
    QString snippet = pageText.mid(from, to - from).simplified();
    if (from > 0)
        snippet.prepend(QChar(0x2026));
    if (to < pageText.size())
        snippet.append(QChar(0x2026));
    return snippet;
}

// Runs on the worker thread.
QList<DocumentSearchHit> searchPage(const PdfDocument &document, int page, const QString &text)
{
    QList<DocumentSearchHit> hits;
    const QList<QRectF> rects = document.search(page, text);
    if (rects.isEmpty())
        return hits;
    const QString pageText = document.pageText(page);
    qsizetype at = -1;
    for (const QRectF &rect : rects) {
        // The k-th rectangle is taken to be the k-th occurrence in the text layer; both follow
        // reading order. A match Poppler finds across a line break has no text occurrence: it keeps
        // the previous snippet.
        const qsizetype found = pageText.indexOf(text, at + 1, Qt::CaseInsensitive);
        if (found >= 0)
            at = found;
        hits.append({page, rect, snippetAt(pageText, at, text.size())});
    }
    return hits;
}

} // namespace

DocumentSearchModel::DocumentSearchModel(DocumentPageSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    connect(m_source, &DocumentPageSource::closed, this, &DocumentSearchModel::clear);
}

DocumentSearchModel::~DocumentSearchModel()
{
    cancelRunning();
}

void DocumentSearchModel::cancelRunning()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_cancelled.reset();
}

void DocumentSearchModel::search(const QString &text, int fromPage)
{
    clear();
    const int pages = m_source->state() == DocumentPageSource::State::Ready ? m_source->pageCount() : 0;
    if (text.isEmpty() || pages == 0)
        return;
    m_text = text;
    m_fromPage = std::clamp(fromPage, 0, pages - 1);
    m_pagesDone = 0;
    m_pagesTotal = pages;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    Q_EMIT searchStarted(text);
    for (int i = 0; i < pages; ++i) {
        const int page = (m_fromPage + i) % pages;
        QFuture<QList<DocumentSearchHit>> future = m_source->runOnDocument(
            [cancelled, page, text](const PdfDocument &document) {
                return *cancelled ? QList<DocumentSearchHit>() : searchPage(document, page, text);
            },
            DocumentPageSource::TaskPriority::Search);
        whenFinished(this, future, [this, cancelled](const QList<DocumentSearchHit> &pageHits) {
            if (cancelled != m_cancelled)
                return;
            addPageHits(pageHits);
            ++m_pagesDone;
            Q_EMIT progressChanged(m_pagesDone, m_pagesTotal);
            if (m_pagesDone == m_pagesTotal) {
                m_cancelled.reset();
                if (m_current < 0 && !m_hits.isEmpty())
                    moveCurrent(0); // nothing after the start page: wrap to the first hit
                m_followStartPage = false;
                Q_EMIT searchFinished(int(m_hits.size()));
            }
        });
    }
}

void DocumentSearchModel::addPageHits(const QList<DocumentSearchHit> &pageHits)
{
    if (pageHits.isEmpty())
        return;
    const int page = pageHits.first().page;
    auto it = std::lower_bound(m_hits.cbegin(), m_hits.cend(), page,
                               [](const DocumentSearchHit &hit, int value) { return hit.page < value; });
    const int row = int(it - m_hits.cbegin());
    const int count = int(pageHits.size());
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_hits.insert(row + i, pageHits.at(i));
    endInsertRows();
    if (m_current >= row) {
        m_current += count;
        Q_EMIT currentHitChanged(m_current);
    }
    // Until the reader moves, the current hit is the first one on or after the start page. Pages
    // finish in the order they were queued as a rule, but that is not relied on.
    if (m_followStartPage) {
        auto first = std::lower_bound(m_hits.cbegin(), m_hits.cend(), m_fromPage,
                                      [](const DocumentSearchHit &hit, int value) { return hit.page < value; });
        if (first != m_hits.cend())
            moveCurrent(int(first - m_hits.cbegin()));
    }
}

void DocumentSearchModel::clear()
{
    cancelRunning();
    const bool hadSomething = !m_text.isEmpty() || !m_hits.isEmpty();
    beginResetModel();
    m_hits.clear();
    m_current = -1;
    m_followStartPage = true;
    m_text.clear();
    m_pagesDone = 0;
    m_pagesTotal = 0;
    endResetModel();
    if (hadSomething) {
        Q_EMIT currentHitChanged(-1);
        Q_EMIT cleared();
    }
}

QList<DocumentSearchHit> DocumentSearchModel::hitsOnPage(int page) const
{
    auto first = std::lower_bound(m_hits.cbegin(), m_hits.cend(), page,
                                  [](const DocumentSearchHit &hit, int value) { return hit.page < value; });
    auto last = std::upper_bound(first, m_hits.cend(), page,
                                 [](int value, const DocumentSearchHit &hit) { return value < hit.page; });
    return QList<DocumentSearchHit>(first, last);
}

DocumentSearchHit DocumentSearchModel::currentHit() const
{
    return m_current >= 0 && m_current < m_hits.size() ? m_hits.at(m_current) : DocumentSearchHit();
}

void DocumentSearchModel::setCurrentIndex(int index)
{
    m_followStartPage = false;
    moveCurrent(index);
}

void DocumentSearchModel::moveCurrent(int index)
{
    if (index < -1 || index >= m_hits.size())
        index = -1;
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentHitChanged(m_current);
}

void DocumentSearchModel::next()
{
    if (m_hits.isEmpty())
        return;
    const int index = m_current < 0 ? 0 : (m_current + 1) % int(m_hits.size());
    m_followStartPage = false;
    m_current = -2; // re-emit even when there is a single hit: the view scrolls back to it
    moveCurrent(index);
}

void DocumentSearchModel::previous()
{
    if (m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    const int index = m_current < 0 ? count - 1 : (m_current + count - 1) % count;
    m_followStartPage = false;
    m_current = -2;
    moveCurrent(index);
}

int DocumentSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant DocumentSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("p. %1: %2").arg(hit.page + 1).arg(hit.snippet);
    case Qt::ToolTipRole:
        return hit.snippet;
    case PageRole:
        return hit.page;
    case RectRole:
        return hit.rect;
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

} // namespace ridgeline
