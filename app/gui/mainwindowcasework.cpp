// MainWindow: the examiner's casework (issue 7). The Worklist tab lists the marks waiting for the
// signed-in examiner; Mark Casework (Tools menu, the Marks tab's and the worklist's context menus)
// opens the casework panel of the selected mark. Every step refreshes the worklist. Only wiring;
// the logic is in WorklistController and MarkCaseworkController (app/presentation/casework).
#include "app/gui/caseworkdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/worklistview.h"
#include "app/presentation/casework/worklistcontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "widgets/casedetailspanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>

namespace ridgeline {

namespace {

QAction *caseworkAction(QObject *owner, const char *objectName, const QString &text, const QKeySequence &shortcut,
                        const QString &tip)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/mark.svg")), text, owner);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    action->setToolTip(QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

void MainWindow::wireCasework()
{
    const Role role = m_session->info().user.role;
    m_markCasework = caseworkAction(this, "actionMarkCasework", tr("Mark &Casework…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                    tr("Open the ACE-V casework of the selected mark: its stage, records, history "
                                       "and the next step"));
    m_markCasework->setVisible(isAllowed(role, Action::ViewCase));
    if (QMenu *tools = menuBar()->findChild<QMenu *>(QStringLiteral("menuTools")))
        tools->insertAction(m_actions->openInMarkViewer, m_markCasework);
    m_details->marksList()->addAction(m_markCasework);
    connect(m_markCasework, &QAction::triggered, this, [this] {
        std::optional<MarkId> mark;
        if (m_worklistView && m_views->currentWidget() == m_worklistView)
            mark = m_worklistView->currentMark();
        else if (const std::optional<Mark> selected = selectedMark())
            mark = selected->id;
        if (mark)
            openCasework(*mark);
        else
            statusBar()->showMessage(tr("Select a mark in the Marks tab or on your worklist first."), 10000);
    });

    QAction *showWorklist = nullptr;
    if (isAllowed(role, Action::AnnotateMark)) {
        m_worklist = new WorklistController(m_session.get(), this);
        m_worklistView = new WorklistView(m_worklist);
        m_worklistView->setRefreshAction(m_actions->refresh);
        m_worklistView->table()->addAction(m_markCasework);
        showWorklist = caseworkAction(this, "actionShowWorklist", tr("My &Worklist"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                      tr("Show the marks waiting for you: assigned to you, waiting for your "
                                         "verification or not taken yet"));
        const int tab = m_views->addTab(m_worklistView, QIcon(QStringLiteral(":/icons/mark.svg")), tr("Worklist"));
        m_views->setTabToolTip(tab, showWorklist->toolTip());
        if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("menuView")))
            view->insertAction(m_actions->refresh, showWorklist);
        m_actions->toolBar->insertAction(m_actions->refresh, showWorklist);
        connect(showWorklist, &QAction::triggered, this, [this] {
            m_views->setCurrentWidget(m_worklistView);
            m_worklistView->table()->setFocus(Qt::ShortcutFocusReason);
        });
        connect(m_actions->refresh, &QAction::triggered, m_worklist, &WorklistController::refresh);
        connect(m_worklistView, &WorklistView::markActivated, this, &MainWindow::openCasework);
        connect(m_worklist, &WorklistController::loaded, this, [this, tab](int count) {
            m_views->setTabText(tab, count > 0 ? tr("Worklist (%1)").arg(count) : tr("Worklist"));
        });
        connect(m_worklist, &WorklistController::failed, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
        m_worklist->refresh();
    }
    // Evidence records are not left on screen behind the lock.
    connect(m_lock, &LockController::lockedChanged, this, [this, showWorklist](bool locked) {
        m_markCasework->setEnabled(!locked);
        if (showWorklist)
            showWorklist->setEnabled(!locked);
        if (locked)
            for (CaseworkDialog *dialog : findChildren<CaseworkDialog *>())
                dialog->close();
    });
}

CaseworkDialog *MainWindow::openCasework(const MarkId &mark)
{
    for (CaseworkDialog *open : findChildren<CaseworkDialog *>())
        if (open->markId() == mark && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    auto *dialog = new CaseworkDialog(m_session.get(), mark, this);
    connect(dialog, &CaseworkDialog::stepFinished, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        if (m_worklist)
            m_worklist->refresh();
    });
    connect(dialog, &CaseworkDialog::markViewerRequested, this, &MainWindow::openMarkViewer);
    connect(dialog, &CaseworkDialog::stepFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    dialog->show();
    return dialog;
}

} // namespace ridgeline
