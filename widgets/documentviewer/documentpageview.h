#pragma once

#include "app/presentation/documents/documentpagelayout.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QRectF>

namespace ridgeline {

class DocumentPageSource;
class DocumentSearchModel;

// The pages of a DocumentPageSource one under the other, scrolled vertically. Pages not rendered
// yet show a placeholder with their number (or a scaled copy of another zoom) until the source's
// worker thread delivers them. Search hits of a DocumentSearchModel are drawn over the pages:
// every hit translucent, the current hit stronger, and the view scrolls to the current hit.
// Does not own the source or the search model. Zoom is a factor: 1.0 shows a page at its printed
// size on the screen's logical DPI.
class DocumentPageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class ZoomMode
    {
        Custom,
        FitWidth,
        FitPage
    };

    explicit DocumentPageView(QWidget *parent = nullptr);

    void setSource(DocumentPageSource *source);
    void setSearchModel(DocumentSearchModel *model);

    double zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    int currentPage() const { return m_currentPage; }
    int pageCount() const;
    // The page rectangle in viewport coordinates (for tests and overlays).
    QRect pageRectInViewport(int page) const;

public Q_SLOTS:
    // Custom zoom, clamped to 50-400 %.
    void setZoom(double zoom);
    void setZoomMode(ZoomMode mode);
    void zoomIn();
    void zoomOut();
    void goToPage(int page);
    void nextPage();
    void previousPage();
    void firstPage();
    void lastPage();

Q_SIGNALS:
    void zoomChanged(double zoom);
    void zoomModeChanged(ridgeline::DocumentPageView::ZoomMode mode);
    void currentPageChanged(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onSourceChanged();
    void applyZoom(double zoom, QPoint anchor);
    void relayout();
    void updateScrollBars();
    void updateCurrentPageFromScroll();
    void setCurrentPage(int page);
    void showCurrentHit();
    double devicePixelsPerPoint() const;
    double logicalPixelsPerPoint() const;
    QRect visibleContentRect() const;
    void paintPage(QPainter &painter, int page, const QRect &rect);
    void paintHits(QPainter &painter, int page);
    void paintMessage(QPainter &painter, const QString &text);

    DocumentPageSource *m_source = nullptr;
    DocumentSearchModel *m_search = nullptr;
    DocumentPageLayout m_layout;
    double m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    int m_currentPage = -1;
    bool m_scrollingToPage = false;
    int m_shownHitPage = -1;
    QRectF m_shownHitRect;
    QHash<int, QString> m_pageErrors;
};

} // namespace ridgeline
