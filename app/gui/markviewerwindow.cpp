#include "app/gui/markviewerwindow.h"

#include "app/core/markupdocument.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markupfeaturemodel.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "widgets/markviewer/featurelistpanel.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/measurementpanel.h"
#include "widgets/markviewer/recipepanel.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>

namespace ridgeline {

namespace {
QAction *makeAction(QObject *parent, const char *name, const QString &text, const QKeySequence &shortcut,
                    const QString &tip, bool checkable = false)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    action->setToolTip(
        shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    action->setCheckable(checkable);
    return action;
}
} // namespace

MarkViewerWindow::MarkViewerWindow(const QString &title, int cacheMegabytes, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new MarkDocument(this))
    , m_canvas(new MarkCanvas(m_document, qint64(cacheMegabytes) * 1024 * 1024, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("markViewerWindow"));
    // [*] shows unsaved work (Qt puts the platform's modified marker there).
    setWindowTitle(tr("%1[*] – Mark Viewer").arg(title));
    setCentralWidget(m_canvas);
    m_status->setObjectName(QStringLiteral("viewerStatus"));
    statusBar()->addPermanentWidget(m_status, 1);
    createMarkup();
    createActions();
    createToolBar();
    createSidePanel();
    createMenus();
    connect(m_canvas, &MarkCanvas::statusTextChanged, m_status, &QLabel::setText);
    connect(m_canvas, &MarkCanvas::viewChanged, this, [this] {
        const QSignalBlocker block(m_rotation);
        m_rotation->setValue(m_canvas->view().rotation());
    });
    connect(m_document, &MarkDocument::loaded, this, &MarkViewerWindow::documentLoaded);
    connect(m_document, &MarkDocument::loadFailed, this, &MarkViewerWindow::showError);
    connect(m_document, &MarkDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_canvas->tool(), &MeasurementTool::finished, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_canvas->tool(), &MeasurementTool::failed, this, &MarkViewerWindow::showError);
    resize(1280, 860);
    m_canvas->setFocus();
}

void MarkViewerWindow::setTileCacheMegabytes(int megabytes)
{
    m_canvas->setCacheBudget(qint64(megabytes) * 1024 * 1024);
}

MarkViewerWindow *MarkViewerWindow::openMark(SessionController *session, const Mark &mark, int cacheMegabytes,
                                             QWidget *parent)
{
    auto *window = new MarkViewerWindow(mark.exhibitReference, cacheMegabytes, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
    window->readFromSession(session, mark);
    return window;
}

void MarkViewerWindow::readFromSession(SessionController *session, const Mark &mark)
{
    m_session = session;
    m_markup->setUserName(session->info().user.name);
    m_sha256 = mark.originalSha256;
    m_mark = mark;
    m_status->setText(tr("Reading %1…").arg(mark.exhibitReference));
    // The session runs calls in order: the small stored preview arrives before the original.
    auto preview =
        session->run([sha = m_sha256](WorkspaceSession &s) { return s.derivedData(sha, MarkDocument::kPreviewKind); });
    whenFinished(this, preview, [this](const Result<QByteArray> &png) {
        m_hasStoredPreview = png.ok();
        if (png)
            m_document->showStoredPreview(png.value());
    });
    // Before the original, so the stored work is there when the image is (it then replaces the
    // file's calibration).
    auto work = session->run([id = mark.id](WorkspaceSession &s) { return s.markWork(id); });
    whenFinished(this, work, [this](const Result<MarkWork> &stored) { loadSavedWork(stored); });
    auto original = session->run([mark](WorkspaceSession &s) {
        return s.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    });
    whenFinished(this, original, [this, mark](const Result<QByteArray> &bytes) {
        if (!bytes) {
            showError(tr("The mark %1 could not be read: %2").arg(mark.exhibitReference, bytes.error().message()));
            return;
        }
        m_status->setText(tr("Decoding %1…").arg(mark.exhibitReference));
        m_document->load(bytes.value(), mark.exhibitReference,
                         mark.calibration.isCalibrated() ? mark.calibration.ppi : 0.0);
    });
}

void MarkViewerWindow::storePreview()
{
    if (!m_session || m_hasStoredPreview)
        return;
    m_hasStoredPreview = true;
    // Derived data: losing it costs only speed, so a failure is not worth the examiner's attention.
    whenFinished(this, m_document->encodePreview(), [session = m_session, sha = m_sha256](const QByteArray &png) {
        if (!png.isEmpty())
            session->run(
                [sha, png](WorkspaceSession &s) { return s.storeDerivedData(sha, MarkDocument::kPreviewKind, png); });
    });
}

QAction *MarkViewerWindow::toolAction(int tool) const
{
    return m_toolActions.value(tool);
}

void MarkViewerWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 30000);
    m_status->setText(message);
}

void MarkViewerWindow::createToolActions()
{
    struct ToolSpec
    {
        ViewerTool tool;
        const char *name;
        QString text;
        QKeySequence key;
        QString tip;
    };
    const QList<ToolSpec> tools{
        {ViewerTool::Pan, "actionPanTool", tr("&Pan"), QKeySequence(Qt::Key_P), tr("Drag to move the image")},
        {ViewerTool::Calibrate, "actionCalibrateTool", tr("&Calibrate"), QKeySequence(Qt::Key_C),
         tr("Draw a line between two marks on the scale; its length is the scale length in the side panel")},
        {ViewerTool::Distance, "actionDistanceTool", tr("&Distance"), QKeySequence(Qt::Key_D),
         tr("Draw a line to measure a distance in mm and pixels")},
        {ViewerTool::Angle, "actionAngleTool", tr("&Angle"), QKeySequence(Qt::Key_A),
         tr("Draw the first arm to the vertex, then click on the second arm")},
        {ViewerTool::RidgeCount, "actionRidgeCountTool", tr("&Ridge Count"), QKeySequence(Qt::Key_N),
         tr("Draw a line across the ridges to count the ridges it crosses")},
    };
    m_tools = new QActionGroup(this);
    for (const ToolSpec &spec : tools) {
        QAction *action = makeAction(this, spec.name, spec.text, spec.key, spec.tip, true);
        m_tools->addAction(action);
        m_toolActions.append(action);
        connect(action, &QAction::triggered, this, [this, tool = spec.tool] { m_canvas->tool()->setTool(tool); });
    }
    m_markupAction =
        makeAction(this, "actionMarkupTool", tr("Mar&kup"), QKeySequence(Qt::Key_K),
                   tr("Mark features: a click places the chosen type (Shift+letter chooses it), a drag sets "
                      "its direction; click a feature to select it, drag to move it, Delete removes it"),
                   true);
    m_tools->addAction(m_markupAction);
    m_toolActions.append(m_markupAction);
    connect(m_markupAction, &QAction::toggled, this, &MarkViewerWindow::setMarkupMode);
    m_toolActions.first()->setChecked(true);
}

void MarkViewerWindow::createMarkup()
{
    m_markup = new MarkupDocument(this);
    m_markupTool = new MarkupTool(m_markup, this);
    m_featureModel = new MarkupFeatureModel(m_markup, this);
    m_suggestionModel = new MarkupFeatureModel(m_markup, MarkupFeatureModel::Layer::Suggestions, this);
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->addStack(m_markup->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    m_canvas->setMarkupTool(m_markupTool);
    connect(m_markupTool, &MarkupTool::failed, this, &MarkViewerWindow::showError);
    connect(m_document, &MarkDocument::calibrationChanged, this, [this] {
        const double ppi = m_document->isCalibrated() ? m_document->ppi() : 0.0;
        m_featureModel->setPixelsPerInch(ppi);
        m_suggestionModel->setPixelsPerInch(ppi);
    });
    setUpMarkupDrafts();
}

void MarkViewerWindow::setMarkupMode(bool on)
{
    if (on)
        m_canvas->tool()->setTool(ViewerTool::Pan); // drops a measurement in progress
    m_canvas->setMarkupMode(on);
    m_undoGroup->setActiveStack(on ? m_markup->undoStack() : m_document->undoStack());
}

Status MarkViewerWindow::startMarkup(const QByteArray &sha256)
{
    const Markup markup = Markup::forImage(QString::fromLatin1(sha256.toHex()), m_document->imageSize());
    if (m_markup->markup().imageSha256 == markup.imageSha256 && m_markup->markup().imageSize == markup.imageSize)
        return {};
    const Status started = m_markup->setMarkup(markup);
    if (!started)
        showError(tr("The markup of %1 could not be started: %2").arg(m_document->name(), started.error().message()));
    else
        Q_EMIT markupStarted(m_markup);
    return started;
}

void MarkViewerWindow::createActions()
{
    createToolActions();
    createMarkupActions();
    m_zoomIn = makeAction(this, "actionZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in"));
    m_zoomOut = makeAction(this, "actionZoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Zoom out"));
    m_fit = makeAction(this, "actionFit", tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0),
                       tr("Show the whole image"));
    m_actualPixels = makeAction(this, "actionActualPixels", tr("&Actual Pixels"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                tr("One image pixel per screen pixel"));
    m_lifeSize = makeAction(this, "actionLifeSize", tr("&Life Size"), QKeySequence(Qt::CTRL | Qt::Key_L),
                            tr("Show the mark at its real size on this screen (needs a calibration)"));
    m_rotateLeft = makeAction(this, "actionRotateLeft", tr("Rotate &Left"), QKeySequence(Qt::Key_BracketLeft),
                              tr("Turn the view 90° anticlockwise"));
    m_rotateRight = makeAction(this, "actionRotateRight", tr("Rotate &Right"), QKeySequence(Qt::Key_BracketRight),
                               tr("Turn the view 90° clockwise"));
    m_flip = makeAction(this, "actionFlip", tr("&Mirror"), QKeySequence(Qt::Key_H),
                        tr("Mirror the view left to right (for marks lifted on tape)"), true);
    m_grid = makeAction(this, "actionPixelGrid", tr("Pixel &Grid"), QKeySequence(Qt::Key_G),
                        tr("Outline each pixel from 800% zoom"), true);
    m_overview = makeAction(this, "actionOverview", tr("&Overview"), QKeySequence(Qt::Key_O),
                            tr("Show the whole image in a corner; click it to jump there"), true);
    m_loupe = makeAction(this, "actionLoupe", tr("Lou&pe"), QKeySequence(Qt::Key_M),
                         tr("Magnify the area under the cursor"), true);
    m_enhancement = makeAction(this, "actionShowEnhancement", tr("Show &Enhancement"), QKeySequence(Qt::Key_E),
                               tr("Show the enhancement recipe's result over the original"), true);
    m_save = makeAction(this, "actionSaveWork", tr("&Save Work"), QKeySequence::Save,
                        tr("Store the enhancement recipe, calibration and measurements with the mark, with the "
                           "SHA-256 of the recipe's output"));
    connect(m_save, &QAction::triggered, this, &MarkViewerWindow::save);
    m_save->setEnabled(false);
    m_export =
        makeAction(this, "actionExportCalibrated", tr("&Export Calibrated Copy…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                   tr("Write the enhanced mark at 1000 or 500 ppi as lossless PNG or TIFF with its processing "
                      "report"));
    m_grid->setChecked(m_canvas->showsGrid());
    m_overview->setChecked(m_canvas->showsOverview());
    m_loupe->setChecked(m_canvas->showsLoupe());
    m_enhancement->setChecked(m_canvas->showsEnhancement());
    connect(m_zoomIn, &QAction::triggered, m_canvas, &MarkCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_canvas, &MarkCanvas::zoomOut);
    connect(m_fit, &QAction::triggered, m_canvas, &MarkCanvas::fitToWindow);
    connect(m_actualPixels, &QAction::triggered, m_canvas, &MarkCanvas::actualPixels);
    connect(m_lifeSize, &QAction::triggered, m_canvas, &MarkCanvas::lifeSize);
    connect(m_rotateLeft, &QAction::triggered, m_canvas, [this] { m_canvas->rotateBy(-90); });
    connect(m_rotateRight, &QAction::triggered, m_canvas, [this] { m_canvas->rotateBy(90); });
    connect(m_flip, &QAction::toggled, m_canvas, &MarkCanvas::setFlipped);
    connect(m_grid, &QAction::toggled, m_canvas, &MarkCanvas::setShowGrid);
    connect(m_overview, &QAction::toggled, m_canvas, &MarkCanvas::setShowOverview);
    connect(m_loupe, &QAction::toggled, m_canvas, &MarkCanvas::setShowLoupe);
    connect(m_enhancement, &QAction::toggled, m_canvas, &MarkCanvas::setShowEnhancement);
    connect(m_export, &QAction::triggered, this, &MarkViewerWindow::exportCalibratedCopy);
    connect(m_document, &MarkDocument::calibrationChanged, this,
            [this] { m_lifeSize->setEnabled(m_document->isCalibrated()); });
    m_lifeSize->setEnabled(false);
    m_export->setEnabled(false);
}

void MarkViewerWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Mark Viewer"));
    bar->setObjectName(QStringLiteral("markViewerToolBar"));
    bar->addActions(m_toolActions);
    bar->addAction(m_suggest);
    bar->addSeparator();
    for (QAction *action : {m_zoomOut, m_zoomIn, m_fit, m_actualPixels, m_lifeSize})
        bar->addAction(action);
    // The view controls get a row of their own so nothing hides behind the overflow arrow.
    addToolBarBreak();
    bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("markViewerViewBar"));
    bar->addAction(m_rotateLeft);
    m_rotation = new QDoubleSpinBox(bar);
    m_rotation->setObjectName(QStringLiteral("rotationBox"));
    m_rotation->setRange(0.0, 359.9);
    m_rotation->setWrapping(true);
    m_rotation->setDecimals(1);
    m_rotation->setSuffix(QStringLiteral("°"));
    m_rotation->setToolTip(tr("Rotation of the view, clockwise, any angle"));
    m_rotation->setAccessibleName(tr("Rotation"));
    bar->addWidget(m_rotation);
    bar->addAction(m_rotateRight);
    bar->addAction(m_flip);
    connect(m_rotation, &QDoubleSpinBox::valueChanged, m_canvas, &MarkCanvas::setRotation);
    bar->addSeparator();
    for (QAction *action : {m_grid, m_overview, m_loupe, m_enhancement})
        bar->addAction(action);
    // 16-bit images only: the sample range stretched over the display's 256 levels.
    m_windowLow = new QSpinBox(bar);
    m_windowHigh = new QSpinBox(bar);
    for (QSpinBox *box : {m_windowLow, m_windowHigh}) {
        box->setRange(0, 65535);
        box->setEnabled(false);
        connect(box, &QSpinBox::editingFinished, this, &MarkViewerWindow::applyDisplayWindow);
    }
    m_windowLow->setObjectName(QStringLiteral("windowLow"));
    m_windowHigh->setObjectName(QStringLiteral("windowHigh"));
    m_windowLow->setToolTip(tr("16-bit display window: the sample value shown black"));
    m_windowHigh->setToolTip(tr("16-bit display window: the sample value shown white"));
    m_windowActions = {bar->addSeparator(), bar->addWidget(new QLabel(tr(" Window "), bar)),
                       bar->addWidget(m_windowLow), bar->addWidget(m_windowHigh)};
    for (QAction *action : std::as_const(m_windowActions))
        action->setVisible(false);
}

void MarkViewerWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_save);
    file->addAction(m_export);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    close->setObjectName(QStringLiteral("actionCloseViewer"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : {m_zoomIn, m_zoomOut, m_fit, m_actualPixels, m_lifeSize})
        view->addAction(action);
    view->addSeparator();
    for (QAction *action : {m_rotateLeft, m_rotateRight, m_flip})
        view->addAction(action);
    view->addSeparator();
    for (QAction *action : {m_grid, m_overview, m_loupe, m_enhancement})
        view->addAction(action);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_toolActions);
    QMenu *markup = menuBar()->addMenu(tr("Mar&kup"));
    markup->setObjectName(QStringLiteral("markupMenu"));
    markup->addAction(m_markupAction);
    markup->addAction(m_suggest);
    markup->addAction(m_showSuggestions);
    markup->addSeparator();
    markup->addAction(m_commitMarkup);
    markup->addSeparator();
    markup->addAction(m_exportMarkup);
    markup->addAction(m_importMarkup);
}

void MarkViewerWindow::createSidePanel()
{
    m_recipe = new RecipePanel(m_document, this);
    m_measurements = new MeasurementPanel(m_document, m_canvas->tool(), this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("viewerSideTabs"));
    tabs->addTab(m_recipe, tr("E&nhancement"));
    tabs->addTab(m_measurements, tr("Calibration && &Measurements"));
    m_features = new FeatureListPanel(m_featureModel, m_suggestionModel, m_markupTool, this);
    connect(m_features, &FeatureListPanel::failed, this, &MarkViewerWindow::showError);
    connect(m_features, &FeatureListPanel::suggestionSelected, this, [this](const FeatureId &, QPointF at) {
        ViewTransform view = m_canvas->view();
        view.centerOn(at);
        m_canvas->setView(view);
    });
    tabs->addTab(m_features, tr("Feat&ures"));
    auto *dock = new QDockWidget(tr("Mark"), this);
    dock->setObjectName(QStringLiteral("viewerSidePanel"));
    dock->setWidget(tabs);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MarkViewerWindow::documentLoaded()
{
    m_export->setEnabled(true);
    m_save->setEnabled(m_session != nullptr);
    m_lifeSize->setEnabled(m_document->isCalibrated());
    const bool sixteen = m_document->pyramid()->isSixteenBit();
    m_windowLow->setEnabled(sixteen);
    m_windowHigh->setEnabled(sixteen);
    for (QAction *action : std::as_const(m_windowActions))
        action->setVisible(sixteen);
    const imaging::DisplayWindow window = m_canvas->scheduler()->window();
    m_windowLow->setValue(window.low);
    m_windowHigh->setValue(window.high);
    m_status->setText(m_canvas->statusText());
    if (!m_sha256.isEmpty())
        static_cast<void>(startMarkup(m_sha256)); // a failure is shown in the status bar
    updateMarkupActions();
    storePreview();
}

void MarkViewerWindow::applyDisplayWindow()
{
    const int low = m_windowLow->value();
    const int high = std::max(low + 1, m_windowHigh->value());
    m_canvas->scheduler()->setWindow(imaging::DisplayWindow{low, high});
    m_canvas->update();
}

void MarkViewerWindow::exportCalibratedCopy()
{
    if (!m_document->isCalibrated()) {
        showError(tr("%1 is not calibrated: calibrate it on its scale before exporting a calibrated copy")
                      .arg(m_document->name()));
        return;
    }
    bool ok = false;
    const QString ppiText = QInputDialog::getItem(this, tr("Export Calibrated Copy"), tr("Resolution of the copy:"),
                                                  {tr("1000 ppi"), tr("500 ppi")}, 0, false, &ok);
    if (!ok)
        return;
    const int exportPpi = ppiText.startsWith(QLatin1String("500")) ? 500 : 1000;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calibrated Copy"),
                                                      m_document->name() + QStringLiteral("-%1ppi.png").arg(exportPpi),
                                                      tr("Lossless images (*.png *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Exporting %1…").arg(path));
    m_export->setEnabled(false);
    whenFinished(
        this, m_document->exportCalibratedCopy(path, exportPpi),
        [this, path](const Result<imaging::ProcessingReport> &report) {
            m_export->setEnabled(true);
            if (!report) {
                showError(tr("The calibrated copy %1 was not written: %2").arg(path, report.error().message()));
                return;
            }
            statusBar()->showMessage(
                tr("Wrote %1 and its processing report (output SHA-256 %2)").arg(path, report->outputSha256), 20000);
        });
}

} // namespace ridgeline
