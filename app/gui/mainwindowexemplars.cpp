// MainWindow: the wiring of the exemplar search for the selected mark. Only connections and
// small glue; the search runs in ExemplarSearchController on the session thread.
#include "app/gui/exemplarsearchdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/exemplarsearchcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "widgets/casedetailspanel.h"

#include <QAction>
#include <QStatusBar>
#include <QTreeWidget>

namespace ridgeline {

void MainWindow::wireExemplarSearch()
{
    m_exemplarSearch = new ExemplarSearchController(m_session.get(), this);
    QAction *action = m_actions->searchExemplars;
    action->setVisible(isAllowed(m_session->info().user.role, Action::RunSearch));
    action->setEnabled(false);
    connect(m_cases, &CaseBrowserController::detailsLoaded, this, [this](const CaseDetails &details) {
        m_shownMarks = details.marks;
        updateExemplarSearchAction();
    });
    connect(m_cases, &CaseBrowserController::detailsCleared, this, [this] {
        m_shownMarks.clear();
        updateExemplarSearchAction();
    });
    QTreeWidget *marks = m_details->marksList();
    connect(marks, &QTreeWidget::currentItemChanged, this, [this] { updateExemplarSearchAction(); });
    marks->addAction(action);
    if (marks->contextMenuPolicy() != Qt::CustomContextMenu)
        marks->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(action, &QAction::triggered, this, &MainWindow::searchExemplarsForSelectedMark);
    connect(m_exemplarSearch, &ExemplarSearchController::finished, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 20000); });
    connect(m_exemplarSearch, &ExemplarSearchController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
}

ExemplarSearchDialog *MainWindow::exemplarSearchDialog() const
{
    return m_exemplarDialog;
}

std::optional<Mark> MainWindow::selectedMark() const
{
    QTreeWidget *marks = m_details->marksList();
    const int row = marks->currentItem() ? marks->indexOfTopLevelItem(marks->currentItem()) : -1;
    if (row < 0 || row >= m_shownMarks.size())
        return std::nullopt;
    return m_shownMarks.at(row);
}

void MainWindow::updateExemplarSearchAction()
{
    const std::optional<Mark> mark = selectedMark();
    const bool usable = mark && !mark->originalSha256.isEmpty();
    m_actions->searchExemplars->setEnabled(usable);
    if (mark && !usable)
        m_actions->searchExemplars->setStatusTip(tr("Mark %1 has no image to search with").arg(mark->exhibitReference));
    else
        m_actions->searchExemplars->setStatusTip(
            tr("Compare the selected mark with every exemplar impression in the workspace and rank the candidates"));
}

void MainWindow::searchExemplarsForSelectedMark()
{
    const std::optional<Mark> mark = selectedMark();
    if (!mark || mark->originalSha256.isEmpty()) {
        statusBar()->showMessage(tr("Select a mark with an image in the Marks tab first."), 10000);
        return;
    }
    if (!m_exemplarDialog)
        m_exemplarDialog = new ExemplarSearchDialog(m_exemplarSearch, this);
    m_exemplarDialog->show();
    m_exemplarDialog->raise();
    m_exemplarDialog->activateWindow();
    statusBar()->showMessage(tr("Searching the exemplars for mark %1...").arg(mark->exhibitReference));
    m_exemplarSearch->searchMark(*mark);
}

} // namespace ridgeline
