#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QSplitter;
class QToolBar;

namespace ridgeline {

class DocumentPageSource;
class DocumentPageView;
class DocumentSearchBar;
class DocumentSearchModel;
class PageThumbnailModel;

// A PDF viewer: a tool bar (page indicator, previous / next page, zoom), a strip of page
// thumbnails that follows the current page and navigates on click, the continuous page view and
// a find bar (Ctrl+F). Shows the document of the DocumentPageSource it is given, which it does not
// own and never asks to open anything; one source for the viewer's life, which may open and close
// documents. The search and thumbnail models are the viewer's children. UI thread.
//
// Keys while the viewer has focus: Ctrl+F find, F3 / Shift+F3 next / previous match, Escape
// closes the find bar, Ctrl++ / Ctrl+- zoom, Ctrl+0 100 %, PgUp / PgDn / Home / End pages.
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(DocumentPageSource *source, QWidget *parent = nullptr);

    DocumentPageSource *source() const { return m_source; }

    DocumentPageView *pageView() const { return m_view; }
    DocumentSearchBar *searchBar() const { return m_searchBar; }
    DocumentSearchModel *searchModel() const { return m_searchModel; }
    PageThumbnailModel *thumbnailModel() const { return m_thumbnailModel; }
    QListView *thumbnailStrip() const { return m_thumbnails; }
    QLabel *pageIndicator() const { return m_pageLabel; }

    int currentPage() const;
    double zoom() const;

public Q_SLOTS:
    void showSearch();

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);

private:
    void createActions();
    QToolBar *createToolBar();
    void updatePageIndicator();
    void updateZoomBox();
    void applyZoomBoxText(const QString &text);
    void followCurrentPageInStrip();

    DocumentPageSource *m_source;
    DocumentSearchModel *m_searchModel;
    PageThumbnailModel *m_thumbnailModel;
    DocumentPageView *m_view;
    DocumentSearchBar *m_searchBar;
    QListView *m_thumbnails;
    QSplitter *m_splitter;
    QLabel *m_pageLabel;
    QComboBox *m_zoomBox;
    QAction *m_previousPage;
    QAction *m_nextPage;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_fitWidth;
    QAction *m_fitPage;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_toggleThumbnails;
};

} // namespace ridgeline
