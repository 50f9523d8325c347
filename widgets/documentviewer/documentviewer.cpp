#include "widgets/documentviewer/documentviewer.h"

#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/documents/documentsearchmodel.h"
#include "app/presentation/documents/pagethumbnailmodel.h"
#include "widgets/documentviewer/documentpageview.h"
#include "widgets/documentviewer/documentsearchbar.h"
#include "widgets/documentviewer/pagethumbnaildelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace ridgeline {

namespace {

constexpr int kThumbnailSize = 120;

QAction *makeAction(QWidget *owner, const QString &text, const QString &tip, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QString tooltip = tip;
    if (!keys.isEmpty())
        tooltip += QStringLiteral(" (%1)").arg(keys.first().toString(QKeySequence::NativeText));
    action->setToolTip(tooltip);
    owner->addAction(action);
    return action;
}

} // namespace

DocumentViewer::DocumentViewer(DocumentPageSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_searchModel(new DocumentSearchModel(source, this))
    , m_thumbnailModel(new PageThumbnailModel(source, this))
    , m_view(new DocumentPageView(this))
    , m_searchBar(new DocumentSearchBar(m_searchModel, this))
    , m_thumbnails(new QListView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pageLabel(new QLabel(this))
    , m_zoomBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("documentViewer"));
    m_view->setSource(m_source);
    m_view->setSearchModel(m_searchModel);

    m_thumbnailModel->setThumbnailSize(kThumbnailSize);
    m_thumbnails->setObjectName(QStringLiteral("thumbnailStrip"));
    m_thumbnails->setModel(m_thumbnailModel);
    m_thumbnails->setItemDelegate(new PageThumbnailDelegate(m_thumbnails));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnails->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thumbnails->setFrameShape(QFrame::NoFrame);
    m_thumbnails->setMinimumWidth(kThumbnailSize + 24);
    m_thumbnails->setMaximumWidth(kThumbnailSize * 2);
    QPalette stripPalette = m_thumbnails->palette();
    stripPalette.setColor(QPalette::Base, QColor(0xee, 0xf1, 0xf4));
    m_thumbnails->setPalette(stripPalette);
    m_thumbnails->setToolTip(tr("Page thumbnails: click one to go to that page."));

    m_searchBar->hide();

    createActions();
    QToolBar *toolBar = createToolBar();

    m_splitter->setObjectName(QStringLiteral("documentViewerSplitter"));
    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({kThumbnailSize + 40, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &DocumentPageView::currentPageChanged, this, [this](int page) {
        m_searchBar->setStartPage(std::max(0, page));
        updatePageIndicator();
        followCurrentPageInStrip();
        Q_EMIT currentPageChanged(page);
    });
    connect(m_view, &DocumentPageView::zoomChanged, this, [this](double zoom) {
        updateZoomBox();
        Q_EMIT zoomChanged(zoom);
    });
    connect(m_view, &DocumentPageView::zoomModeChanged, this, &DocumentViewer::updateZoomBox);
    connect(m_thumbnails, &QListView::clicked, this,
            [this](const QModelIndex &index) { m_view->goToPage(index.row()); });
    connect(m_thumbnails, &QListView::activated, this,
            [this](const QModelIndex &index) { m_view->goToPage(index.row()); });
    connect(m_thumbnailModel, &QAbstractItemModel::modelReset, this, &DocumentViewer::followCurrentPageInStrip);
    connect(m_source, &DocumentPageSource::stateChanged, this, &DocumentViewer::updatePageIndicator);
    connect(m_searchBar, &DocumentSearchBar::closed, m_view, qOverload<>(&QWidget::setFocus));

    setFocusProxy(m_view);
    updatePageIndicator();
    updateZoomBox();
}

void DocumentViewer::createActions()
{
    // Triangles rather than the style's arrow icons, which some styles draw as coloured discs.
    m_previousPage = makeAction(this, QStringLiteral("\u25b2"), tr("Go to the previous page (Page Up)"), {});
    m_nextPage = makeAction(this, QStringLiteral("\u25bc"), tr("Go to the next page (Page Down)"), {});
    m_zoomOut =
        makeAction(this, QStringLiteral("\u2212"), tr("Zoom out"), QKeySequence::keyBindings(QKeySequence::ZoomOut));
    m_zoomIn = makeAction(this, QStringLiteral("+"), tr("Zoom in"),
                          QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomReset = makeAction(this, tr("100%"), tr("Actual size"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_fitWidth = makeAction(this, tr("Fit width"), tr("Zoom so that the page fills the width"), {});
    m_fitPage = makeAction(this, tr("Fit page"), tr("Zoom so that a whole page is visible"), {});
    m_find =
        makeAction(this, tr("Find"), tr("Find text in the document"), QKeySequence::keyBindings(QKeySequence::Find));
    // The application's icon set when it is linked in (ridgeline_resources); text alone otherwise.
    if (QFile::exists(QStringLiteral(":/icons/search.svg")))
        m_find->setIcon(QIcon(QStringLiteral(":/icons/search.svg")));
    m_findNext = makeAction(this, tr("Find next"), tr("Go to the next match"), {QKeySequence(Qt::Key_F3)});
    m_findPrevious =
        makeAction(this, tr("Find previous"), tr("Go to the previous match"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    m_toggleThumbnails = makeAction(this, tr("Pages"), tr("Show or hide the page thumbnails"), {});
    m_toggleThumbnails->setCheckable(true);
    m_toggleThumbnails->setChecked(true);

    connect(m_previousPage, &QAction::triggered, m_view, &DocumentPageView::previousPage);
    connect(m_nextPage, &QAction::triggered, m_view, &DocumentPageView::nextPage);
    connect(m_zoomIn, &QAction::triggered, m_view, &DocumentPageView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &DocumentPageView::zoomOut);
    connect(m_zoomReset, &QAction::triggered, m_view, [this] { m_view->setZoom(1.0); });
    connect(m_fitWidth, &QAction::triggered, m_view,
            [this] { m_view->setZoomMode(DocumentPageView::ZoomMode::FitWidth); });
    connect(m_fitPage, &QAction::triggered, m_view,
            [this] { m_view->setZoomMode(DocumentPageView::ZoomMode::FitPage); });
    connect(m_find, &QAction::triggered, this, &DocumentViewer::showSearch);
    connect(m_findNext, &QAction::triggered, this,
            [this] { m_searchBar->isVisible() ? m_searchBar->findNext() : showSearch(); });
    connect(m_findPrevious, &QAction::triggered, this,
            [this] { m_searchBar->isVisible() ? m_searchBar->findPrevious() : showSearch(); });
    connect(m_toggleThumbnails, &QAction::toggled, m_thumbnails, &QWidget::setVisible);
}

QToolBar *DocumentViewer::createToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("documentViewerToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_toggleThumbnails);
    toolBar->addSeparator();
    toolBar->addAction(m_previousPage);
    toolBar->widgetForAction(m_previousPage)->setAccessibleName(tr("Previous page"));
    m_pageLabel->setObjectName(QStringLiteral("pageIndicator"));
    m_pageLabel->setToolTip(tr("The page in the middle of the view, and how many pages the document has"));
    m_pageLabel->setMinimumWidth(110);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    toolBar->addWidget(m_pageLabel);
    toolBar->addAction(m_nextPage);
    toolBar->widgetForAction(m_nextPage)->setAccessibleName(tr("Next page"));
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOut);

    m_zoomBox->setObjectName(QStringLiteral("zoomBox"));
    m_zoomBox->setEditable(true);
    m_zoomBox->setInsertPolicy(QComboBox::NoInsert);
    m_zoomBox->setToolTip(tr("Zoom: choose a level or type a percentage from 50 to 400"));
    m_zoomBox->setMinimumContentsLength(9);
    m_zoomBox->addItem(tr("Fit width"));
    m_zoomBox->addItem(tr("Fit page"));
    for (int percent : {50, 75, 100, 125, 150, 200, 300, 400})
        m_zoomBox->addItem(QLocale().toString(percent) + QLatin1Char('%'), percent);
    connect(m_zoomBox, &QComboBox::textActivated, this, &DocumentViewer::applyZoomBoxText);
    connect(m_zoomBox->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { applyZoomBoxText(m_zoomBox->lineEdit()->text()); });
    toolBar->addWidget(m_zoomBox);
    toolBar->addAction(m_zoomIn);
    toolBar->addSeparator();
    toolBar->addAction(m_fitWidth);
    toolBar->addAction(m_fitPage);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_find);
    if (!m_find->icon().isNull())
        toolBar->widgetForAction(m_find)->setProperty("toolButtonStyle", int(Qt::ToolButtonTextBesideIcon));
    return toolBar;
}

int DocumentViewer::currentPage() const
{
    return m_view->currentPage();
}

double DocumentViewer::zoom() const
{
    return m_view->zoom();
}

void DocumentViewer::showSearch()
{
    m_searchBar->setStartPage(std::max(0, m_view->currentPage()));
    m_searchBar->activate();
}

void DocumentViewer::updatePageIndicator()
{
    const int count = m_view->pageCount();
    const int page = m_view->currentPage();
    m_pageLabel->setText(count > 0 && page >= 0 ? tr("Page %1 of %2").arg(page + 1).arg(count) : tr("No pages"));
    m_previousPage->setEnabled(count > 0 && page > 0);
    m_nextPage->setEnabled(count > 0 && page < count - 1);
}

void DocumentViewer::updateZoomBox()
{
    QString text;
    switch (m_view->zoomMode()) {
    case DocumentPageView::ZoomMode::FitWidth:
        text = tr("Fit width");
        break;
    case DocumentPageView::ZoomMode::FitPage:
        text = tr("Fit page");
        break;
    case DocumentPageView::ZoomMode::Custom:
        text = QLocale().toString(int(std::lround(m_view->zoom() * 100))) + QLatin1Char('%');
        break;
    }
    m_zoomBox->setEditText(text);
    m_zoomBox->setToolTip(tr("Zoom: %1%. Choose a level or type a percentage from 50 to 400")
                              .arg(int(std::lround(m_view->zoom() * 100))));
    m_zoomIn->setEnabled(m_view->zoom() < zoomsteps::kMaximum - 0.001);
    m_zoomOut->setEnabled(m_view->zoom() > zoomsteps::kMinimum + 0.001);
}

void DocumentViewer::applyZoomBoxText(const QString &text)
{
    if (text == tr("Fit width"))
        return m_view->setZoomMode(DocumentPageView::ZoomMode::FitWidth);
    if (text == tr("Fit page"))
        return m_view->setZoomMode(DocumentPageView::ZoomMode::FitPage);
    QString digits = text;
    digits.remove(QLatin1Char('%')).remove(QLocale().groupSeparator());
    bool ok = false;
    const double percent = QLocale().toDouble(digits.trimmed(), &ok);
    if (ok && percent > 0)
        m_view->setZoom(percent / 100.0);
    else
        updateZoomBox();
}

void DocumentViewer::followCurrentPageInStrip()
{
    const int page = m_view->currentPage();
    if (page < 0 || page >= m_thumbnailModel->rowCount())
        return;
    const QModelIndex index = m_thumbnailModel->index(page);
    m_thumbnails->setCurrentIndex(index);
    m_thumbnails->scrollTo(index, QAbstractItemView::EnsureVisible);
}

} // namespace ridgeline
