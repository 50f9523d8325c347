#include "widgets/documentviewer/documentpageview.h"

#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/documents/documentsearchmodel.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ridgeline {

namespace {

constexpr int kPageSpacing = 16;
constexpr double kMinimumFitZoom = 0.1;
const QColor kBackground(0xd9, 0xde, 0xe3);
const QColor kPlaceholderText(0x86, 0x8e, 0x96);
// Hits: a translucent yellow for every hit, a stronger orange with an outline for the current one
// (the outline keeps them apart for readers who do not tell the two colours apart).
const QColor kHitFill(255, 210, 0, 80);
const QColor kCurrentHitFill(255, 128, 0, 120);
const QColor kCurrentHitOutline(0xd5, 0x5e, 0x00);

} // namespace

DocumentPageView::DocumentPageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("documentPageView"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Always on, so that fit-width does not flip the scroll bar on and off as the width changes.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAutoFillBackground(false);
    m_layout.setSpacing(kPageSpacing);
    setToolTip(tr("Pages of the document. Ctrl+wheel zooms; Page Up and Page Down move by page."));
}

void DocumentPageView::setSource(DocumentPageSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &DocumentPageSource::stateChanged, this, &DocumentPageView::onSourceChanged);
        connect(m_source, &DocumentPageSource::pageRendered, this, [this](int page) {
            if (visibleContentRect().intersects(m_layout.pageRect(page)))
                viewport()->update();
        });
        connect(m_source, &DocumentPageSource::renderFailed, this, [this](int page, const QString &message) {
            m_pageErrors.insert(page, message);
            viewport()->update();
        });
    }
    onSourceChanged();
}

void DocumentPageView::setSearchModel(DocumentSearchModel *model)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = model;
    if (m_search) {
        connect(m_search, &DocumentSearchModel::currentHitChanged, this, &DocumentPageView::showCurrentHit);
        connect(m_search, &QAbstractItemModel::rowsInserted, viewport(), qOverload<>(&QWidget::update));
        connect(m_search, &QAbstractItemModel::modelReset, viewport(), qOverload<>(&QWidget::update));
    }
    viewport()->update();
}

int DocumentPageView::pageCount() const
{
    return m_layout.pageCount();
}

QRect DocumentPageView::pageRectInViewport(int page) const
{
    return m_layout.pageRect(page).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

void DocumentPageView::onSourceChanged()
{
    m_pageErrors.clear();
    m_shownHitPage = -1;
    const bool ready = m_source && m_source->state() == DocumentPageSource::State::Ready;
    m_layout.setPageSizes(ready ? m_source->pageSizes() : QList<QSizeF>());
    if (m_zoomMode != ZoomMode::Custom)
        setZoomMode(m_zoomMode);
    else
        relayout();
    verticalScrollBar()->setValue(0);
    setCurrentPage(ready && pageCount() > 0 ? 0 : -1);
    viewport()->update();
}

double DocumentPageView::logicalPixelsPerPoint() const
{
    return m_zoom * logicalDpiY() / 72.0;
}

double DocumentPageView::devicePixelsPerPoint() const
{
    return logicalPixelsPerPoint() * devicePixelRatioF();
}

void DocumentPageView::setZoom(double zoom)
{
    const bool modeChanged = m_zoomMode != ZoomMode::Custom;
    m_zoomMode = ZoomMode::Custom;
    applyZoom(zoomsteps::clamp(zoom), viewport()->rect().center());
    if (modeChanged)
        Q_EMIT zoomModeChanged(m_zoomMode);
}

void DocumentPageView::setZoomMode(ZoomMode mode)
{
    const bool modeChanged = m_zoomMode != mode;
    m_zoomMode = mode;
    if (mode != ZoomMode::Custom && pageCount() > 0) {
        const double dpiScale = logicalDpiY() / 72.0;
        const double scale = mode == ZoomMode::FitWidth ? m_layout.fitWidthScale(viewport()->width())
                                                        : m_layout.fitPageScale(viewport()->size());
        const int page = std::max(0, m_currentPage);
        applyZoom(std::clamp(scale / dpiScale, kMinimumFitZoom, zoomsteps::kMaximum), QPoint(0, 0));
        if (mode == ZoomMode::FitPage)
            goToPage(page);
    } else {
        relayout();
    }
    if (modeChanged)
        Q_EMIT zoomModeChanged(m_zoomMode);
}

void DocumentPageView::zoomIn()
{
    setZoom(zoomsteps::step(m_zoom, +1));
}

void DocumentPageView::zoomOut()
{
    setZoom(zoomsteps::step(m_zoom, -1));
}

void DocumentPageView::applyZoom(double zoom, QPoint anchor)
{
    const double oldScale = m_layout.scale();
    const QPointF anchored(anchor.x() + horizontalScrollBar()->value(), anchor.y() + verticalScrollBar()->value());
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    relayout();
    // Keep the point under the anchor (the mouse, or the middle of the view) where it was.
    const double ratio = m_layout.scale() / oldScale;
    m_scrollingToPage = true;
    horizontalScrollBar()->setValue(int(std::lround(anchored.x() * ratio - anchor.x())));
    verticalScrollBar()->setValue(int(std::lround(anchored.y() * ratio - anchor.y())));
    m_scrollingToPage = false;
    viewport()->update();
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void DocumentPageView::relayout()
{
    m_layout.setScale(logicalPixelsPerPoint());
    m_layout.setViewportWidth(viewport()->width());
    updateScrollBars();
}

void DocumentPageView::updateScrollBars()
{
    const QSize content = m_layout.contentSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(40);
}

QRect DocumentPageView::visibleContentRect() const
{
    return QRect(QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()), viewport()->size());
}

void DocumentPageView::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    m_scrollingToPage = true;
    verticalScrollBar()->setValue(m_layout.pageRect(page).top() - m_layout.spacing());
    m_scrollingToPage = false;
    setCurrentPage(page);
}

void DocumentPageView::nextPage()
{
    goToPage(m_currentPage + 1);
}

void DocumentPageView::previousPage()
{
    goToPage(m_currentPage - 1);
}

void DocumentPageView::firstPage()
{
    goToPage(0);
}

void DocumentPageView::lastPage()
{
    goToPage(pageCount() - 1);
}

void DocumentPageView::setCurrentPage(int page)
{
    if (page == m_currentPage)
        return;
    m_currentPage = page;
    Q_EMIT currentPageChanged(page);
}

void DocumentPageView::updateCurrentPageFromScroll()
{
    if (m_scrollingToPage || pageCount() == 0)
        return;
    // The page that takes up most of the view; the earlier one on a tie.
    const QRect visible = visibleContentRect();
    int best = m_layout.pageAt(visible.top());
    qint64 bestArea = -1;
    for (int page = best; page >= 0 && page < pageCount(); ++page) {
        const QRect part = m_layout.pageRect(page).intersected(visible);
        if (part.isEmpty() && page > best)
            break;
        const qint64 area = qint64(part.width()) * part.height();
        if (area > bestArea) {
            bestArea = area;
            best = page;
        }
    }
    setCurrentPage(best);
}

void DocumentPageView::showCurrentHit()
{
    viewport()->update();
    if (!m_search)
        return;
    const DocumentSearchHit hit = m_search->currentHit();
    if (hit.page < 0 || hit.page >= pageCount()) {
        m_shownHitPage = -1;
        return;
    }
    // Row insertions before the current hit re-announce it; only a different hit moves the view.
    if (hit.page == m_shownHitPage && hit.rect == m_shownHitRect)
        return;
    m_shownHitPage = hit.page;
    m_shownHitRect = hit.rect;
    const QRect target = m_layout.mapFromPage(hit.page, hit.rect).toAlignedRect();
    const QRect visible = visibleContentRect();
    m_scrollingToPage = true;
    if (!visible.adjusted(0, 20, 0, -20).contains(target))
        verticalScrollBar()->setValue(target.center().y() - visible.height() / 2);
    if (target.left() < visible.left() || target.right() > visible.right())
        horizontalScrollBar()->setValue(target.center().x() - visible.width() / 2);
    m_scrollingToPage = false;
    setCurrentPage(hit.page);
}

void DocumentPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_zoomMode != ZoomMode::Custom && pageCount() > 0) {
        setZoomMode(m_zoomMode);
    } else {
        relayout();
    }
}

void DocumentPageView::scrollContentsBy(int, int)
{
    updateCurrentPageFromScroll();
    viewport()->update();
}

void DocumentPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0) {
            m_zoomMode = ZoomMode::Custom;
            applyZoom(zoomsteps::step(m_zoom, steps > 0 ? +1 : -1), event->position().toPoint());
            Q_EMIT zoomModeChanged(m_zoomMode);
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void DocumentPageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
        nextPage();
        break;
    case Qt::Key_PageUp:
        previousPage();
        break;
    case Qt::Key_Home:
        firstPage();
        break;
    case Qt::Key_End:
        lastPage();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DocumentPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), kBackground);
    if (!m_source || m_source->state() == DocumentPageSource::State::Empty)
        return paintMessage(painter, tr("No document is open."));
    if (m_source->state() == DocumentPageSource::State::Opening)
        return paintMessage(painter, tr("Opening %1\u2026").arg(m_source->name()));
    if (m_source->state() == DocumentPageSource::State::Failed)
        return paintMessage(painter, tr("The document cannot be shown.\n%1").arg(m_source->errorMessage()));

    const QRect visible = visibleContentRect();
    const int first = m_layout.pageAt(visible.top());
    int last = first;
    for (int page = first; page >= 0 && page < pageCount(); ++page) {
        const QRect rect = m_layout.pageRect(page);
        if (rect.top() > visible.bottom())
            break;
        last = page;
        paintPage(painter, page, rect.translated(-visible.topLeft()));
        paintHits(painter, page);
    }
    const double zoom = devicePixelsPerPoint();
    m_source->setWantedPages(first, last, zoom);
    for (int page = first; page <= last; ++page)
        m_source->requestPage(page, zoom);
    // Then the neighbours, so that paging on finds them ready.
    m_source->requestPage(last + 1, zoom);
    m_source->requestPage(first - 1, zoom);
}

void DocumentPageView::paintPage(QPainter &painter, int page, const QRect &rect)
{
    painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 45));
    painter.fillRect(rect, Qt::white);
    const double zoom = devicePixelsPerPoint();
    QImage image = m_source->cachedPage(page, zoom);
    if (image.isNull())
        image = m_source->closestCachedPage(page, zoom);
    if (!image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(rect), image);
        return;
    }
    painter.setPen(kPlaceholderText);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    painter.setFont(font);
    const QString text = m_pageErrors.contains(page) ? m_pageErrors.value(page) : tr("Page %1").arg(page + 1);
    painter.drawText(rect.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.setFont(QFont());
}

void DocumentPageView::paintHits(QPainter &painter, int page)
{
    if (!m_search)
        return;
    const QList<DocumentSearchHit> hits = m_search->hitsOnPage(page);
    if (hits.isEmpty())
        return;
    const DocumentSearchHit current = m_search->currentHit();
    const QPoint offset = -visibleContentRect().topLeft();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const DocumentSearchHit &hit : hits) {
        const QRectF rect = m_layout.mapFromPage(page, hit.rect).translated(offset).adjusted(-1, -1, 1, 1);
        const bool isCurrent = current.page == page && current.rect == hit.rect;
        painter.setPen(isCurrent ? QPen(kCurrentHitOutline, 1.5) : Qt::NoPen);
        painter.setBrush(isCurrent ? kCurrentHitFill : kHitFill);
        painter.drawRoundedRect(rect, 2, 2);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void DocumentPageView::paintMessage(QPainter &painter, const QString &text)
{
    painter.setPen(QColor(0x49, 0x50, 0x57));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace ridgeline
