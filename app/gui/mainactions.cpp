#include "app/gui/mainactions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace ridgeline {

namespace {

QAction *makeAction(QObject *owner, const char *objectName, const QIcon &icon, const QString &text,
                    const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon, text, owner);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(tip);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    action->setToolTip(
        shortcut.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainActions::MainActions(QObject *parent)
    : QObject(parent)
    , lock(makeAction(this, "actionLock", icon("lock"), tr("&Lock Workstation"), QKeySequence(Qt::CTRL | Qt::Key_L),
                      tr("Hide the workspace until your passphrase is entered again")))
    , logout(makeAction(this, "actionLogout", icon("logout"), tr("Log &Out"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                        tr("Close the workspace and return to the sign-in dialog")))
    , quit(makeAction(this, "actionQuit", icon("quit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                      tr("Close the workspace and quit Ridgeline")))
    , refresh(makeAction(this, "actionRefresh", icon("refresh"), tr("&Refresh Cases"), QKeySequence(Qt::Key_F5),
                         tr("Read the case list from the workspace again")))
    , find(makeAction(this, "actionFind", icon("search"), tr("&Find Case…"), QKeySequence(Qt::CTRL | Qt::Key_F),
                      tr("Move to the search field above the case list")))
    , findInWorkspace(makeAction(this, "actionFindInWorkspace", icon("search"), tr("Find in &Workspace…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                 tr("Search case references, names, places and document text in the whole workspace")))
    , showCases(makeAction(this, "actionShowCases", icon("case"), tr("&Cases"), QKeySequence(Qt::CTRL | Qt::Key_1),
                           tr("Show the case list and the selected case")))
    , showInbox(makeAction(this, "actionShowInbox", icon("inbox"), tr("&Inbox"), QKeySequence(Qt::CTRL | Qt::Key_I),
                           tr("Show the transmissions received, imported and quarantined")))
    , importPackage(makeAction(this, "actionImportPackage", icon("import"), tr("&Import Package…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                               tr("Import a transmission package (a .zip, or a folder chosen by its manifest.json)")))
    , searchExemplars(makeAction(this, "actionSearchExemplars", icon("search"), tr("Search &Exemplars for Mark…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                 tr("Compare the selected mark with every exemplar impression in the workspace and "
                                    "rank the candidates")))
    , fullScreen(makeAction(this, "actionFullScreen", QIcon(), tr("F&ull Screen"), QKeySequence(Qt::Key_F11),
                            tr("Use the whole screen for the window")))
    , preferences(makeAction(this, "actionPreferences", icon("preferences"), tr("&Preferences…"),
                             QKeySequence(Qt::CTRL | Qt::Key_Comma),
                             tr("Choose the language and when the workstation locks itself")))
    , about(makeAction(this, "actionAbout", icon("about"), tr("&About Ridgeline"), QKeySequence(),
                       tr("Show the version of Ridgeline and the licences of its libraries")))
    , aboutQt(makeAction(this, "actionAboutQt", QIcon(), tr("About &Qt"), QKeySequence(),
                         tr("Show the version and licence of Qt")))
    , openInMarkViewer(makeAction(this, "actionOpenInMarkViewer", icon("mark"), tr("Open in &Mark Viewer"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                  tr("Open the selected mark to zoom, enhance, calibrate and measure it")))
    , compareWithExemplar(
          makeAction(this, "actionCompareWithExemplar", icon("search"), tr("&Compare with Exemplar…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                     tr("Open the selected mark beside a tenprint impression of a person of the case, to "
                        "link corresponding features, align and overlay them")))
    , compareWithMark(makeAction(this, "actionCompareWithMark", icon("search"), tr("Compare with &Another Mark…"),
                                 QKeySequence(),
                                 tr("Open the selected mark beside another mark of the case: a footwear mark beside "
                                    "a test impression of a shoe, or two scene marks")))
    , caseOverview(makeAction(this, "actionCaseOverview", icon("case"), tr("Case &Overview…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                              tr("Open the selected case's exhibits and results, persons, documents, timeline and "
                                 "the status summary for the victim")))
    , reviewQueue(makeAction(this, "actionReviewQueue", icon("document"), tr("Re&view Queue…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                             tr("Marks at technical review, in conflict or waiting for an exemption: review the full "
                                "record, resolve, return for rework and sign off cases")))
    , dashboard(makeAction(this, "actionDashboard", icon("case"), tr("Supervisor &Dashboard…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                           tr("Caseload, ages, turnaround, workload, conclusions, conflicts and matcher scores, "
                              "filtered by period, force, offence and examiner")))
    , reports(makeAction(this, "actionReports", icon("document"), tr("&Reports…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                         tr("The selected case's report, a court chart of one of its marks, or a status summary "
                            "for the victim or the prosecutor: preview, export as PDF, print")))
{
    quit->setMenuRole(QAction::QuitRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    fullScreen->setCheckable(true);
}

void MainActions::populate(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(importPackage);
    file->addAction(reports);
    file->addSeparator();
    file->addAction(lock);
    file->addAction(logout);
    file->addSeparator();
    file->addAction(quit);

    toolBar = new QToolBar(tr("Main Toolbar"), window);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->setMovable(false);
    toolBar->addAction(showCases);
    toolBar->addAction(showInbox);
    toolBar->addSeparator();
    toolBar->addAction(refresh);
    toolBar->addAction(importPackage);
    toolBar->addSeparator();
    toolBar->addAction(lock);
    toolBar->addAction(logout);
    window->addToolBar(Qt::TopToolBarArea, toolBar);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(showCases);
    view->addAction(showInbox);
    view->addAction(caseOverview);
    view->addAction(reviewQueue);
    view->addAction(dashboard);
    view->addSeparator();
    view->addAction(refresh);
    view->addAction(find);
    view->addAction(findInWorkspace);
    view->addSeparator();
    QAction *toggleToolBar = toolBar->toggleViewAction();
    toggleToolBar->setText(tr("Show &Toolbar"));
    toggleToolBar->setStatusTip(tr("Show or hide the toolbar"));
    view->addAction(toggleToolBar);
    view->addAction(fullScreen);

    QMenu *tools = bar->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(openInMarkViewer);
    tools->addAction(compareWithExemplar);
    tools->addAction(compareWithMark);
    tools->addAction(searchExemplars);
    tools->addSeparator();
    tools->addAction(preferences);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(about);
    help->addAction(aboutQt);
}

QList<QAction *> MainActions::all() const
{
    return {lock,
            logout,
            quit,
            refresh,
            find,
            findInWorkspace,
            showCases,
            showInbox,
            importPackage,
            searchExemplars,
            fullScreen,
            preferences,
            about,
            aboutQt,
            openInMarkViewer,
            compareWithExemplar,
            compareWithMark,
            caseOverview,
            reviewQueue,
            dashboard,
            reports};
}

QList<QAction *> MainActions::availableWhileLocked() const
{
    return {logout, quit, fullScreen, about, aboutQt};
}

} // namespace ridgeline
