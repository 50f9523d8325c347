// MainWindow: View > Case Overview (case officers and supervisors), View > Review Queue
// (supervisors), issue 7, and View > Supervisor Dashboard (supervisors, issue 8). Only wiring: one
// overview window per case, one review queue and one dashboard, brought forward when open again,
// closed when the workstation locks.
#include "app/gui/caseoverviewwindow.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/reportdialog.h"
#include "app/gui/reviewqueuewindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/dashboard/dashboardcontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "widgets/dashboard/dashboardview.h"

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
    m_actions->dashboard->setVisible(isAllowed(role, Action::ViewDashboard));
    connect(m_actions->dashboard, &QAction::triggered, this, &MainWindow::openDashboard);
    // Reports are of the case shown in the details panel too.
    QAction *reports = m_actions->reports;
    reports->setVisible(isAllowed(role, Action::ExportReport));
    connect(m_cases, &CaseBrowserController::detailsLoaded, reports, [reports](const CaseDetails &details) {
        reports->setData(QStringList{details.record.id.toString(), details.record.reference.toString()});
    });
    connect(m_cases, &CaseBrowserController::detailsCleared, reports, [reports]() { reports->setData({}); });
    connect(reports, &QAction::triggered, this, &MainWindow::openReports);
}

void MainWindow::openReports()
{
    const QStringList data = m_actions->reports->data().toStringList();
    if (data.size() != 2) {
        statusBar()->showMessage(tr("Select a case in the case list first."), 10000);
        return;
    }
    auto *dialog = new ReportDialog(m_session.get(), CaseId::fromString(data.at(0)), data.at(1), this);
    closeWhenLocked(dialog);
    dialog->show();
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

void MainWindow::openDashboard()
{
    if (auto *open = findChild<DashboardView *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *controller = new DashboardController(m_session.get());
    auto *view = new DashboardView(controller, this);
    controller->setParent(view);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Supervisor Dashboard — Ridgeline"));
    view->resize(1400, 900);
    closeWhenLocked(view);
    view->show();
    controller->refresh();
}

} // namespace ridgeline
