#include "app/gui/mainwindow.h"

#include "app/gui/aboutdialog.h"
#include "app/gui/documentdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/markviewerwindow.h"
#include "app/gui/preferencesdialog.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/casemediacontroller.h"
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/preferences.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markpreviewhook.h"
#include "app/presentation/workspacesearch.h"
#include "app/services/exemplartemplatehook.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"
#include "widgets/inbox/inboxview.h"
#include "widgets/lockscreen.h"
#include "widgets/searchresultsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ridgeline {

MainWindow::MainWindow(std::unique_ptr<SessionController> session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_settings(settings)
    , m_cases(new CaseBrowserController(m_session.get(), this))
    , m_lock(new LockController(m_session.get(), this))
    , m_intake(new IntakeController(m_session.get(), this))
    , m_search(new WorkspaceSearchController(m_session.get(), this))
    , m_media(new CaseMediaController(m_session.get(), this))
    , m_actions(new MainActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const SessionInfo &info = m_session->info();
    setWindowTitle(tr("%1 — Ridgeline").arg(QFileInfo(info.databasePath).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ridgeline.svg")));

    m_actions->populate(this);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(buildContent());
    m_lockScreen = new LockScreen;
    m_lockScreen->setUser(info.user.displayName, info.user.name);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    buildStatusBar();

    wireCases();
    wireActions();
    wireLock();
    wireIntake();
    wireSearch();
    wireMedia();
    wireExemplarSearch();
    wireComparison();
    wireOversight();
    wireCasework();
    restoreLayout();
    applyIdlePreference();
    m_cases->refresh();
    m_intake->addPostImportHook(std::make_shared<MarkPreviewHook>());
    m_intake->addPostImportHook(std::make_shared<ExemplarTemplateHook>());
    m_intake->start();
}

MainWindow::~MainWindow()
{
    // Stop a running import before the session (destroyed next) waits for it.
    m_intake->cancelAll();
    saveLayout();
}

QWidget *MainWindow::buildContent()
{
    m_browser = new CaseBrowser(m_cases->filterModel());
    m_details = new CaseDetailsPanel;

    auto *listTitle = new QLabel(tr("Cases"));
    listTitle->setProperty("role", QStringLiteral("sectionTitle"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_browser, 1);

    auto *detailsTitle = new QLabel(tr("Case details"));
    detailsTitle->setProperty("role", QStringLiteral("sectionTitle"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(detailsTitle);
    rightLayout->addWidget(m_details, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_inboxView = new InboxView(m_intake->model());
    m_searchView = new SearchResultsView(m_search->model());
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("mainViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_splitter, QIcon(QStringLiteral(":/icons/case.svg")), tr("Cases"));
    m_views->addTab(m_inboxView, QIcon(QStringLiteral(":/icons/inbox.svg")), tr("Inbox"));
    m_views->addTab(m_searchView, QIcon(QStringLiteral(":/icons/search.svg")), tr("Search"));
    m_views->setTabToolTip(0, m_actions->showCases->toolTip());
    m_views->setTabToolTip(1, m_actions->showInbox->toolTip());
    m_views->setTabToolTip(2, m_actions->findInWorkspace->toolTip());

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("contentPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(m_views);
    return page;
}

void MainWindow::buildStatusBar()
{
    const SessionInfo &info = m_session->info();
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    const QString who = info.user.displayName.isEmpty() ? info.user.name : info.user.displayName;
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(who, roleDisplayName(info.user.role)));
    m_userLabel->setToolTip(tr("User name: %1").arg(info.user.name));
    m_workspaceLabel = new QLabel;
    m_workspaceLabel->setObjectName(QStringLiteral("statusWorkspace"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(info.databasePath)));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(info.databasePath));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("statusCases"));
    m_countLabel->setText(tr("Loading cases…"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::wireCases()
{
    connect(m_browser, &CaseBrowser::currentCaseChanged, m_cases, &CaseBrowserController::selectCase);
    connect(m_cases, &CaseBrowserController::detailsCleared, m_details, &CaseDetailsPanel::showPlaceholder);
    connect(m_cases, &CaseBrowserController::detailsLoading, m_details, &CaseDetailsPanel::showLoading);
    connect(m_cases, &CaseBrowserController::detailsLoaded, m_details, &CaseDetailsPanel::showDetails);
    connect(m_cases, &CaseBrowserController::detailsFailed, m_details, &CaseDetailsPanel::showError);
    connect(m_cases, &CaseBrowserController::casesLoaded, this, [this](int count) {
        m_countLabel->setText(tr("%n case(s)", nullptr, count));
        m_browser->selectFirstIfNone();
    });
    connect(m_cases, &CaseBrowserController::casesFailed, this, [this](const QString &message) {
        m_countLabel->setText(tr("Cases not loaded"));
        statusBar()->showMessage(tr("The case list could not be read: %1").arg(message), 15000);
    });
}

void MainWindow::wireActions()
{
    connect(m_actions->lock, &QAction::triggered, m_lock, &LockController::lockNow);
    connect(m_actions->logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refresh, &QAction::triggered, m_cases, &CaseBrowserController::refresh);
    connect(m_actions->find, &QAction::triggered, this, [this]() {
        m_views->setCurrentIndex(0);
        m_browser->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchField()->selectAll();
    });
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_actions->showCases, &QAction::triggered, this, [this]() { m_views->setCurrentIndex(0); });
    connect(m_actions->showInbox, &QAction::triggered, this, [this]() {
        m_views->setCurrentWidget(m_inboxView);
        m_inboxView->table()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_actions->findInWorkspace, &QAction::triggered, this, [this]() {
        m_views->setCurrentWidget(m_searchView);
        m_searchView->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_searchView->searchField()->selectAll();
    });
    connect(m_actions->importPackage, &QAction::triggered, this, &MainWindow::chooseImportPackage);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_details, &CaseDetailsPanel::markActivated, this, &MainWindow::openMarkViewer);
    connect(m_actions->openInMarkViewer, &QAction::triggered, this, [this]() {
        if (const std::optional<Mark> mark = selectedMark())
            openMarkViewer(*mark);
        else
            statusBar()->showMessage(tr("Select a mark in the Marks tab first."), 10000);
    });
}

void MainWindow::openMarkViewer(const Mark &mark)
{
    if (mark.originalSha256.isEmpty()) {
        statusBar()->showMessage(tr("Mark %1 has no image to open.").arg(mark.exhibitReference), 10000);
        return;
    }
    // One markup per mark: while a comparison of the mark is open, the markup is edited there.
    for (QMainWindow *comparison : findChildren<QMainWindow *>(QStringLiteral("comparisonWindow")))
        if (comparison->property("markId").toString() == mark.id.toString()) {
            comparison->raise();
            comparison->activateWindow();
            statusBar()->showMessage(tr("%1 is open in a comparison; its markup is edited there. Close the comparison "
                                        "to open the mark viewer.")
                                         .arg(mark.exhibitReference),
                                     15000);
            return;
        }
    const int cacheMegabytes = PreferencesStore(m_settings).preferences().tileCacheMegabytes;
    MarkViewerWindow *viewer = MarkViewerWindow::openMark(m_session.get(), mark, cacheMegabytes, this);
    viewer->setProperty("markId", mark.id.toString());
    // Evidence is not left on screen behind the lock.
    connect(m_lock, &LockController::lockedChanged, viewer, [viewer](bool locked) {
        if (locked)
            viewer->close();
    });
}

void MainWindow::wireLock()
{
    connect(m_lock, &LockController::lockedChanged, this, &MainWindow::setLockedView);
    connect(m_lock, &LockController::busyChanged, m_lockScreen, &LockScreen::setBusy);
    connect(m_lock, &LockController::unlockFailed, m_lockScreen, &LockScreen::setError);
    connect(m_lock, &LockController::lockFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The lock could not be recorded in the workspace: %1").arg(message), 15000);
    });
    connect(m_lockScreen, &LockScreen::unlockRequested, this,
            [this]() { m_lock->unlock(m_lockScreen->takePassphrase()); });
    connect(m_lockScreen, &LockScreen::logoutRequested, this, &MainWindow::logoutRequested);
}

void MainWindow::setLockedView(bool locked)
{
    if (locked && m_openDialog)
        m_openDialog->reject();
    const QList<QAction *> keep = m_actions->availableWhileLocked();
    for (QAction *action : m_actions->all()) {
        if (!keep.contains(action))
            action->setEnabled(!locked);
    }
    m_stack->setCurrentIndex(locked ? 1 : 0);
    if (locked) {
        m_lockScreen->reset();
        statusBar()->showMessage(tr("Workstation locked"));
    } else {
        statusBar()->clearMessage();
        m_browser->table()->setFocus();
    }
}

void MainWindow::restoreLayout()
{
    PreferencesStore store(m_settings);
    if (!restoreGeometry(store.windowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size().boundedTo(QSize(1520, 900)));
        move(available.center() - rect().center());
    }
    restoreState(store.windowState());
    if (!m_splitter->restoreState(store.splitterState()))
        m_splitter->setSizes({width() * 60 / 100, width() * 40 / 100});
    m_browser->restoreHeaderState(store.caseTableHeaderState());
}

void MainWindow::saveLayout()
{
    PreferencesStore(m_settings)
        .setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState(), m_browser->saveHeaderState());
}

void MainWindow::applyIdlePreference()
{
    const int minutes = PreferencesStore(m_settings).preferences().idleLockMinutes;
    m_lock->setIdleTimeout(LockController::effectiveIdleTimeout(m_session->info().policy.idleLockAfter, minutes));
}

void MainWindow::openPreferences()
{
    PreferencesStore store(m_settings);
    auto *dialog = new PreferencesDialog(store.preferences(), m_session->info().policy.idleLockAfter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        PreferencesStore saved(m_settings);
        saved.setPreferences(dialog->preferences());
        applyIdlePreference();
        // Open viewers are children of this window (openMarkViewer); a new budget applies to them at once.
        const int cacheMegabytes = saved.preferences().tileCacheMegabytes;
        for (MarkViewerWindow *viewer : findChildren<MarkViewerWindow *>())
            viewer->setTileCacheMegabytes(cacheMegabytes);
        statusBar()->showMessage(tr("Preferences saved"), 5000);
    });
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running import stops at its next check; the package stays in the inbox for next time.
    m_intake->cancelAll();
    saveLayout();
    event->accept();
}

} // namespace ridgeline
