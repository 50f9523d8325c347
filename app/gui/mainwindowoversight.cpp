// MainWindow: View > Case Overview (case officers and supervisors) and View > Review Queue
// (supervisors), issue 7. Only wiring: one overview window per case and one review queue, brought
// forward when open again, closed when the workstation locks.
#include "app/gui/caseoverviewwindow.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/reviewqueuewindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/sessioncontroller.h"

#include <QAction>
#include <QStatusBar>

namespace ridgeline {

void MainWindow::wireOversight()
{
    const Role role = m_session->info().user.role;
    QAction *overview = m_actions->caseOverview;
    overview->setVisible(role == Role::CaseOfficer || role == Role::Supervisor);
    m_actions->reviewQueue->setVisible(isAllowed(role, Action::SignOff));
    // The overview is of the case shown in the details panel.
    connect(m_cases, &CaseBrowserController::detailsLoaded, overview,
            [overview](const CaseDetails &details) { overview->setData(details.record.id.toString()); });
    connect(m_cases, &CaseBrowserController::detailsCleared, overview, [overview]() { overview->setData({}); });
    connect(overview, &QAction::triggered, this, &MainWindow::openCaseOverview);
    connect(m_actions->reviewQueue, &QAction::triggered, this, &MainWindow::openReviewQueue);
}

void MainWindow::closeWhenLocked(QWidget *window)
{
    connect(m_lock, &LockController::lockedChanged, window, [window](bool locked) {
        if (locked)
            window->close(); // case records are not left on screen behind the lock
    });
}

void MainWindow::openCaseOverview()
{
    const QString id = m_actions->caseOverview->data().toString();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select a case in the case list first."), 10000);
        return;
    }
    for (CaseOverviewWindow *open : findChildren<CaseOverviewWindow *>())
        if (open->property("caseId").toString() == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto *window = new CaseOverviewWindow(m_session.get(), CaseId::fromString(id), this);
    window->setProperty("caseId", id);
    closeWhenLocked(window);
    window->show();
}

void MainWindow::openReviewQueue()
{
    if (auto *open = findChild<ReviewQueueWindow *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *window = new ReviewQueueWindow(m_session.get(), this);
    closeWhenLocked(window);
    window->show();
}

} // namespace ridgeline
