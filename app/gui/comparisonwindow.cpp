// ComparisonWindow: the window, its actions and side panel. Stored work is in
// comparisonwindowsession.cpp, alignment and the matcher's pairs in comparisonwindowalign.cpp.
#include "app/gui/comparisonwindow.h"
#include "app/gui/reportdialog.h"

#include "app/core/comparisonbundle.h"
#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/presentation/viewer/correspondencetool.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "widgets/comparison/comparisonview.h"
#include "widgets/markviewer/markcanvas.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSlider>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

enum Mode
{
    NavigateMode,
    MarkupMode,
    LinkMode,
    NonCorrespondenceMode,
    UnclearMode,
};

} // namespace

ComparisonWindow::ComparisonWindow(const QString &title, int cacheMegabytes, QWidget *parent)
    : QMainWindow(parent)
    , m_markDocument(new MarkDocument(this))
    , m_exemplarDocument(new MarkDocument(this))
    , m_cacheBytes(qint64(std::max(cacheMegabytes, 64)) * 1024 * 1024)
    , m_undo(new QUndoStack(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Comparison: %1[*]").arg(title));
    m_undoGroup->addStack(m_undo);
    m_undoGroup->setActiveStack(m_undo);
    m_markMarkup = new MarkupDocument(this);
    m_exemplarMarkup = new MarkupDocument(this);
    m_markMarkup->setCommandStack(m_undo);
    m_exemplarMarkup->setCommandStack(m_undo);
    m_markTool = new MarkupTool(m_markMarkup, this);
    m_exemplarTool = new MarkupTool(m_exemplarMarkup, this);

    m_central = new QStackedWidget(this);
    m_loading = new QLabel(tr("Reading the mark and the exemplar…"), m_central);
    m_loading->setAlignment(Qt::AlignCenter);
    m_central->addWidget(m_loading);
    setCentralWidget(m_central);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);

    createActions();
    createMenusAndToolBars();
    createSidePanel();
    connect(m_markDocument, &MarkDocument::loaded, this, [this] {
        m_loadedMark = true;
        bothLoaded();
    });
    connect(m_exemplarDocument, &MarkDocument::loaded, this, [this] {
        m_loadedExemplar = true;
        bothLoaded();
    });
    for (MarkDocument *document : {m_markDocument, m_exemplarDocument})
        connect(document, &MarkDocument::loadFailed, this, [this](const QString &message) {
            showMessage(tr("An image could not be opened: %1").arg(message), 0);
        });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        refreshActions();
        scheduleAutosave();
    });
    resize(1500, 900);
    refreshActions();
}

ComparisonWindow::~ComparisonWindow()
{
    cancelToolPairs();
    // The stack's last signals must not reach a half-destroyed window; the view and the tool
    // refer to the documents, so they go first.
    disconnect(m_undo, nullptr, this, nullptr);
    delete m_view;
    m_view = nullptr;
    delete m_tool;
    m_tool = nullptr;
}

MarkDocument *ComparisonWindow::document(ComparisonSide side) const
{
    return side == ComparisonSide::Left ? m_markDocument : m_exemplarDocument;
}

MarkupDocument *ComparisonWindow::markup(ComparisonSide side) const
{
    return side == ComparisonSide::Left ? m_markMarkup : m_exemplarMarkup;
}

MarkupTool *ComparisonWindow::markupTool(ComparisonSide side) const
{
    return side == ComparisonSide::Left ? m_markTool : m_exemplarTool;
}

QAction *ComparisonWindow::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void ComparisonWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QString &tip,
                             const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_actions << a;
        addAction(a);
        return a;
    };
    m_modes = new QActionGroup(this);
    const QList<std::tuple<QString, QString, QString, QKeySequence>> modes{
        {QStringLiteral("actionNavigate"), tr("&Navigate"), tr("Drag to pan, wheel to zoom; nothing is changed"),
         QKeySequence(Qt::Key_H)},
        {QStringLiteral("actionMarkup"), tr("&Mark Features"),
         tr("Place, select and move features in the pane you click (Shift + letter chooses the type)"),
         QKeySequence(Qt::Key_K)},
        {QStringLiteral("actionLink"), tr("&Link Pairs"),
         tr("Click a feature (or an empty place, to add one) in each pane to link them as a numbered pair"),
         QKeySequence(Qt::Key_L)},
        {QStringLiteral("actionNonCorrespondence"), tr("Mark &Non-correspondence"),
         tr("Click a point, or three or more for an area, then Return: something that is not in the other print"),
         QKeySequence(Qt::Key_N)},
        {QStringLiteral("actionUnclear"), tr("Mark &Unclear Area"),
         tr("Click a point, or three or more for an area, then Return: a part that cannot be compared"),
         QKeySequence(Qt::Key_U)},
    };
    int index = 0;
    for (const auto &[name, text, tip, key] : modes) {
        QAction *a = make(name, text, tip, key);
        a->setCheckable(true);
        a->setData(index++);
        m_modes->addAction(a);
    }
    m_modes->actions().first()->setChecked(true);
    connect(m_modes, &QActionGroup::triggered, this, [this](QAction *a) { setInteraction(a->data().toInt()); });

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions << undo << redo;
    addAction(undo);
    addAction(redo);

    QAction *linked = make(QStringLiteral("actionLinkViews"), tr("Lin&k Views"),
                           tr("Pan, zoom and turn both panes together (through the alignment when there is one)"),
                           QKeySequence(Qt::CTRL | Qt::Key_L));
    linked->setCheckable(true);
    connect(linked, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->setLinked(on);
    });
    QAction *lines =
        make(QStringLiteral("actionLines"), tr("Connecting &Lines"),
             tr("Draw a line between the two features of each pair"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lines->setCheckable(true);
    lines->setChecked(true);
    connect(lines, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->setShowLines(on);
    });
    connect(make(QStringLiteral("actionAlign"), tr("&Align"),
                 tr("Compute the transform from the mark to the exemplar from the pairs (robust to a wrong pair)"),
                 QKeySequence(Qt::CTRL | Qt::Key_J)),
            &QAction::triggered, this, [this] {
                const Status s = align(AlignmentKind(m_alignKind->currentData().toInt()));
                showMessage(s ? tr("Aligned: %1").arg(m_alignmentText->text()) : s.error().message());
            });
    connect(make(QStringLiteral("actionClearAlignment"), tr("Clear Alignment"), tr("Forget the alignment")),
            &QAction::triggered, this, [this] {
                if (Status s = m_comparison ? m_comparison->clearAlignment() : Status(); !s)
                    showMessage(s.error().message());
            });
    connect(make(QStringLiteral("actionFindToolPairs"), tr("Find &Matcher's Pairs"),
                 tr("Let the matcher propose corresponding minutiae (shown as tool-made, never as your pairs)"),
                 QKeySequence(Qt::CTRL | Qt::Key_M)),
            &QAction::triggered, this, &ComparisonWindow::findToolPairs);
    QAction *showTool = make(QStringLiteral("actionShowToolPairs"), tr("Show Matcher's Pairs"),
                             tr("Show or hide the matcher's candidate pairs (orange, T1, T2, …)"));
    showTool->setCheckable(true);
    showTool->setChecked(true);
    connect(showTool, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->setShowToolPairs(on);
    });
    connect(make(QStringLiteral("actionAlignFromToolPairs"), tr("Align from Matcher's Pairs"),
                 tr("Compute the alignment from the matcher's candidate pairs")),
            &QAction::triggered, this, [this] {
                const Status s = alignFromToolPairs(AlignmentKind(m_alignKind->currentData().toInt()));
                showMessage(s ? tr("Aligned from the matcher's pairs: %1").arg(m_alignmentText->text())
                              : s.error().message());
            });
    QAction *overlay = make(QStringLiteral("actionOverlay"), tr("&Overlay"),
                            tr("Show the mark laid over the exemplar through the alignment in the right pane"),
                            QKeySequence(Qt::Key_O));
    overlay->setCheckable(true);
    connect(overlay, &QAction::toggled, this, &ComparisonWindow::setOverlayShown);
    connect(
        make(QStringLiteral("actionUnlinkPair"), tr("Unlink Pair"), tr("Remove the selected pair (its features stay)")),
        &QAction::triggered, this, [this] {
            if (m_tool)
                m_tool->removeSelected();
        });
    connect(make(QStringLiteral("actionRenumber"), tr("Renumber Pairs"),
                 tr("Close the gaps: number the pairs 1, 2, 3, … in order")),
            &QAction::triggered, this, [this] {
                if (Status s = m_comparison ? m_comparison->renumberPairs() : Status(); !s)
                    showMessage(s.error().message());
            });
    connect(make(QStringLiteral("actionCommit"), tr("&Commit Comparison Revision"),
                 tr("Store the mark's markup and this comparison as their next committed revisions"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
            &QAction::triggered, this, &ComparisonWindow::commit);
    connect(make(QStringLiteral("actionExport"), tr("&Export Comparison…"),
                 tr("Write the comparison with both markups as a ridgeline-comparison-bundle JSON file")),
            &QAction::triggered, this, &ComparisonWindow::exportBundle);
    // The court chart is made from the committed revision, never from the unsaved draft.
    connect(make(QStringLiteral("actionCourtChart"), tr("Court C&hart…"),
                 tr("Preview, export or print the court chart of this mark from its committed comparison"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
            &QAction::triggered, this, [this] {
                if (!m_session)
                    return;
                auto *dialog = new ReportDialog(m_session, m_mark.caseId, QString(), this);
                dialog->chooseChart(m_mark.id);
                dialog->show();
            });
    connect(make(QStringLiteral("actionClose"), tr("&Close"), tr("Close the comparison (your work is kept as a draft)"),
                 QKeySequence::Close),
            &QAction::triggered, this, &QWidget::close);
}

void ComparisonWindow::createMenusAndToolBars()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionCommit")));
    file->addAction(action(QStringLiteral("actionExport")));
    file->addAction(action(QStringLiteral("actionCourtChart")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionClose")));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionUnlinkPair")));
    edit->addAction(action(QStringLiteral("actionRenumber")));
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_modes->actions());
    QMenu *comparison = menuBar()->addMenu(tr("&Comparison"));
    for (const char *name : {"actionLinkViews", "actionLines", "actionAlign", "actionClearAlignment", "actionOverlay",
                             "actionFindToolPairs", "actionShowToolPairs", "actionAlignFromToolPairs"})
        comparison->addAction(action(QString::fromLatin1(name)));

    QToolBar *bar = addToolBar(tr("Comparison"));
    bar->setObjectName(QStringLiteral("comparisonToolBar"));
    bar->addActions(m_modes->actions());
    m_typeBox = new QComboBox(bar);
    m_typeBox->setToolTip(tr("The type of feature a click places (Shift + its letter in the pane)"));
    m_typeBox->setAccessibleName(tr("Feature type"));
    for (FeatureType type : kFeatureTypes)
        m_typeBox->addItem(featureTypeDisplayName(type), int(type));
    connect(m_typeBox, &QComboBox::currentIndexChanged, this, [this] {
        const FeatureType type = FeatureType(m_typeBox->currentData().toInt());
        m_markTool->setFeatureType(type);
        m_exemplarTool->setFeatureType(type);
    });
    for (MarkupTool *t : {m_markTool, m_exemplarTool})
        connect(t, &MarkupTool::featureTypeChanged, this, [this](FeatureType type) {
            const QSignalBlocker block(m_typeBox);
            m_typeBox->setCurrentIndex(m_typeBox->findData(int(type)));
            m_markTool->setFeatureType(type);
            m_exemplarTool->setFeatureType(type);
        });
    bar->addWidget(m_typeBox);
    bar->addSeparator();
    // Undo and Redo name the step they take back ("Undo Place and link Ridge ending"): icons here,
    // the names in their tooltips and the Edit menu, so the tool bar does not jump.
    QAction *undo = action(QStringLiteral("actionUndo"));
    QAction *redo = action(QStringLiteral("actionRedo"));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    bar->addAction(undo);
    bar->addAction(redo);
    for (QAction *a : {undo, redo})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // The view, alignment and overlay controls on a second row.
    addToolBarBreak();
    bar = addToolBar(tr("View and Overlay"));
    bar->setObjectName(QStringLiteral("comparisonViewToolBar"));
    bar->addAction(action(QStringLiteral("actionLinkViews")));
    bar->addAction(action(QStringLiteral("actionLines")));
    m_alignKind = new QComboBox(bar);
    m_alignKind->addItem(tr("Similarity"), int(AlignmentKind::Similarity));
    m_alignKind->addItem(tr("Affine"), int(AlignmentKind::Affine));
    m_alignKind->setToolTip(
        tr("Similarity: turn, scale and shift only (2+ pairs). Affine: also stretch and shear (3+ pairs)"));
    m_alignKind->setAccessibleName(tr("Alignment kind"));
    bar->addWidget(m_alignKind);
    bar->addAction(action(QStringLiteral("actionAlign")));
    bar->addAction(action(QStringLiteral("actionFindToolPairs")));
    bar->addAction(action(QStringLiteral("actionShowToolPairs")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("actionOverlay")));
    m_overlayMode = new QComboBox(bar);
    m_overlayMode->addItem(tr("Blend"), int(OverlayCanvas::Mode::Blend));
    m_overlayMode->addItem(tr("Difference"), int(OverlayCanvas::Mode::Difference));
    m_overlayMode->addItem(tr("Colour"), int(OverlayCanvas::Mode::Colour));
    m_overlayMode->addItem(tr("Flicker"), int(OverlayCanvas::Mode::Flicker));
    m_overlayMode->setToolTip(tr("Blend: the mark over the exemplar by the slider. Difference: black where they agree. "
                                 "Colour: mark magenta, exemplar green, both black. Flicker: one then the other"));
    m_overlayMode->setAccessibleName(tr("Overlay mode"));
    bar->addWidget(m_overlayMode);
    m_blend = new QSlider(Qt::Horizontal, bar);
    m_blend->setRange(0, 100);
    m_blend->setValue(50);
    m_blend->setMaximumWidth(140);
    m_blend->setToolTip(tr("Blend: 0 shows the exemplar only, 100 the mark only"));
    m_blend->setAccessibleName(tr("Blend"));
    bar->addWidget(m_blend);
    connect(m_overlayMode, &QComboBox::currentIndexChanged, this, [this] {
        if (m_view)
            m_view->overlayCanvas()->setMode(OverlayCanvas::Mode(m_overlayMode->currentData().toInt()));
        m_blend->setEnabled(OverlayCanvas::Mode(m_overlayMode->currentData().toInt()) == OverlayCanvas::Mode::Blend);
    });
    connect(m_blend, &QSlider::valueChanged, this, [this](int value) {
        if (m_view)
            m_view->overlayCanvas()->setBlend(value / 100.0);
    });
}

void ComparisonWindow::createSidePanel()
{
    auto *dock = new QDockWidget(tr("Comparison"), this);
    dock->setObjectName(QStringLiteral("comparisonDock"));
    auto *panel = new QWidget(dock);
    auto *layout = new QVBoxLayout(panel);
    m_exemplarText = new QLabel(panel);
    m_exemplarText->setWordWrap(true);
    layout->addWidget(m_exemplarText);
    layout->addWidget(new QLabel(tr("<b>Pairs</b>"), panel));
    m_pairs = new QTreeWidget(panel);
    m_pairs->setObjectName(QStringLiteral("pairList"));
    m_pairs->setHeaderLabels({tr("No."), tr("Mark"), tr("Exemplar"), tr("By")});
    m_pairs->setRootIsDecorated(false);
    m_pairs->setToolTip(tr("The numbered pairs; select one to centre both panes on it, Delete to unlink it"));
    m_pairs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_pairs, 2);
    connect(m_pairs, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !m_tool)
            return;
        const int number = item->data(0, Qt::UserRole).toInt();
        m_tool->selectPair(number);
        m_view->centreOnPair(number);
    });
    auto *unlink = new QPushButton(tr("Unlink"), panel);
    unlink->setToolTip(action(QStringLiteral("actionUnlinkPair"))->statusTip());
    connect(unlink, &QPushButton::clicked, action(QStringLiteral("actionUnlinkPair")), &QAction::trigger);
    layout->addWidget(unlink);
    layout->addWidget(new QLabel(tr("<b>Non-correspondences and unclear areas</b>"), panel));
    m_annotations = new QTreeWidget(panel);
    m_annotations->setObjectName(QStringLiteral("annotationList"));
    m_annotations->setHeaderLabels({tr("Kind"), tr("Side"), tr("Points")});
    m_annotations->setRootIsDecorated(false);
    layout->addWidget(m_annotations, 1);
    auto *remove = new QPushButton(tr("Remove"), panel);
    remove->setToolTip(tr("Remove the selected annotation"));
    connect(remove, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_annotations->currentItem();
        if (!item || !m_comparison)
            return;
        if (Status s = m_comparison->removeAnnotation(AnnotationId::fromString(item->data(0, Qt::UserRole).toString()));
            !s)
            showMessage(s.error().message());
    });
    layout->addWidget(remove);
    layout->addWidget(new QLabel(tr("<b>Alignment</b>"), panel));
    m_alignmentText = new QLabel(tr("Not aligned."), panel);
    m_alignmentText->setObjectName(QStringLiteral("alignmentText"));
    m_alignmentText->setWordWrap(true);
    layout->addWidget(m_alignmentText);
    panel->setMinimumWidth(280);
    dock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void ComparisonWindow::buildView()
{
    m_comparison = new MarkupComparisonDocument(m_markMarkup, m_exemplarMarkup, this);
    m_comparison->setCommandStack(m_undo);
    m_comparison->setUserName(m_userName);
    m_tool = new CorrespondenceTool(m_comparison, m_markTool, m_exemplarTool, this);
    m_view = new ComparisonView(m_markDocument, m_exemplarDocument, m_tool, m_cacheBytes, m_central);
    m_central->addWidget(m_view);
    m_central->setCurrentWidget(m_view);
    m_view->setLinked(action(QStringLiteral("actionLinkViews"))->isChecked());
    m_view->setShowLines(action(QStringLiteral("actionLines"))->isChecked());
    m_view->setShowToolPairs(action(QStringLiteral("actionShowToolPairs"))->isChecked());
    m_view->overlayCanvas()->setMode(OverlayCanvas::Mode(m_overlayMode->currentData().toInt()));
    m_view->overlayCanvas()->setBlend(m_blend->value() / 100.0);
    connect(m_view, &ComparisonView::statusMessage, this, [this](const QString &m) { showMessage(m); });
    connect(m_comparison, &MarkupComparisonDocument::pairsChanged, this, &ComparisonWindow::refreshPairs);
    connect(m_comparison, &MarkupComparisonDocument::comparisonReset, this, &ComparisonWindow::refreshPairs);
    connect(m_comparison, &MarkupComparisonDocument::annotationsChanged, this, &ComparisonWindow::refreshPairs);
    connect(m_comparison, &MarkupComparisonDocument::alignmentChanged, this, &ComparisonWindow::refreshAlignment);
    connect(m_comparison, &MarkupComparisonDocument::comparisonReset, this, &ComparisonWindow::refreshAlignment);
    connect(m_tool, &CorrespondenceTool::linked, this,
            [this](int number) { showMessage(tr("Pair %1 linked.").arg(number), 4000); });
    connect(m_tool, &CorrespondenceTool::selectedPairChanged, this, [this](int number) {
        for (int i = 0; i < m_pairs->topLevelItemCount(); ++i)
            if (m_pairs->topLevelItem(i)->data(0, Qt::UserRole).toInt() == number) {
                const QSignalBlocker block(m_pairs);
                m_pairs->setCurrentItem(m_pairs->topLevelItem(i));
            }
        refreshActions();
    });
    for (MarkCanvas *canvas : {m_view->canvas(ComparisonSide::Left), m_view->canvas(ComparisonSide::Right)})
        canvas->fitToWindow();
    setInteraction(m_modes->checkedAction()->data().toInt());
    refreshPairs();
    refreshAlignment();
}

void ComparisonWindow::setInteraction(int mode)
{
    if (!m_view)
        return;
    switch (mode) {
    case NavigateMode:
        m_view->setInteraction(ComparisonView::Interaction::Navigate);
        break;
    case MarkupMode:
        m_view->setInteraction(ComparisonView::Interaction::Markup);
        break;
    default:
        m_tool->setMode(mode == LinkMode                ? CorrespondenceTool::Mode::Link
                        : mode == NonCorrespondenceMode ? CorrespondenceTool::Mode::NonCorrespondence
                                                        : CorrespondenceTool::Mode::Unclear);
        m_view->setInteraction(ComparisonView::Interaction::Correspond);
        break;
    }
}

void ComparisonWindow::setOverlayShown(bool shown)
{
    if (m_view)
        m_view->setShowOverlay(shown);
}

void ComparisonWindow::refreshPairs()
{
    if (!m_comparison)
        return;
    const QSignalBlocker block(m_pairs);
    m_pairs->clear();
    for (const Correspondence &pair : m_comparison->pairs()) {
        const std::optional<MarkupFeature> a = m_markMarkup->feature(pair.left);
        const std::optional<MarkupFeature> b = m_exemplarMarkup->feature(pair.right);
        auto *item =
            new QTreeWidgetItem(m_pairs, {QString::number(pair.number), a ? featureTypeDisplayName(a->type) : QString(),
                                          b ? featureTypeDisplayName(b->type) : QString(), pair.author});
        item->setData(0, Qt::UserRole, pair.number);
        if (pair.number == m_tool->selectedPair())
            m_pairs->setCurrentItem(item);
    }
    m_annotations->clear();
    for (const ComparisonAnnotation &a : m_comparison->annotations()) {
        auto *item = new QTreeWidgetItem(m_annotations, {comparisonAnnotationKindDisplayName(a.kind),
                                                         a.side == ComparisonSide::Left ? tr("Mark") : tr("Exemplar"),
                                                         QString::number(a.points.size())});
        item->setData(0, Qt::UserRole, a.id.toString());
    }
    refreshActions();
}

void ComparisonWindow::refreshActions()
{
    const bool ready = m_comparison != nullptr;
    const int pairs = ready ? int(m_comparison->pairs().size()) : 0;
    for (const char *name : {"actionAlign", "actionRenumber"})
        action(QString::fromLatin1(name))->setEnabled(ready && pairs >= 2);
    action(QStringLiteral("actionUnlinkPair"))->setEnabled(ready && m_tool->selectedPair() != 0);
    action(QStringLiteral("actionClearAlignment"))->setEnabled(ready && m_comparison->alignment().has_value());
    action(QStringLiteral("actionOverlay"))->setEnabled(ready);
    action(QStringLiteral("actionFindToolPairs"))->setEnabled(ready && !m_findingToolPairs);
    action(QStringLiteral("actionAlignFromToolPairs"))->setEnabled(ready && m_view && m_view->toolPairs().size() >= 2);
    action(QStringLiteral("actionCommit"))->setEnabled(ready && m_session && m_draftsOn && !m_committing);
    action(QStringLiteral("actionExport"))->setEnabled(ready);
    setWindowModified(ready && !m_undo->isClean());
}

void ComparisonWindow::showMessage(const QString &message, int ms)
{
    statusBar()->showMessage(message, ms);
    if (!message.isEmpty())
        m_status->setText(message);
}

void ComparisonWindow::exportBundle()
{
    if (!m_comparison)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"),
                                                      m_mark.exhibitReference + QStringLiteral("-comparison.json"),
                                                      tr("Comparison bundle (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(comparisonBundleToJson(bundle())) < 0 || !file.commit()) {
        showMessage(tr("The comparison could not be written to %1: %2").arg(path, file.errorString()), 0);
        return;
    }
    showMessage(tr("Comparison written to %1.").arg(path));
}

ComparisonBundle ComparisonWindow::bundle() const
{
    if (!m_comparison)
        return {};
    return {m_markMarkup->markup(), m_exemplarMarkup->markup(), m_comparison->comparison()};
}

void ComparisonWindow::closeEvent(QCloseEvent *event)
{
    cancelToolPairs();
    flushOnClose();
    event->accept();
}

} // namespace ridgeline
