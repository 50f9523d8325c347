// MainWindow: Compare with Exemplar. The examiner picks an impression on the tenprint card of a
// person of the case (ExemplarChooserDialog) and the mark opens beside it (ComparisonWindow).
#include "app/gui/comparisonwindow.h"
#include "app/gui/exemplarchooserdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/preferences.h"
#include "app/presentation/sessioncontroller.h"
#include "widgets/casedetailspanel.h"

#include <QAction>
#include <QInputDialog>
#include <QStatusBar>
#include <QTreeWidget>

namespace ridgeline {

void MainWindow::wireComparison()
{
    QAction *withExemplar = m_actions->compareWithExemplar;
    QAction *withMark = m_actions->compareWithMark;
    const bool allowed = isAllowed(m_session->info().user.role, Action::CompareExemplar);
    // Both need a selected mark with an image; another mark needs a second one in the case.
    const auto update = [this, withExemplar, withMark] {
        const std::optional<Mark> mark = selectedMark();
        const bool usable = mark && !mark->originalSha256.isEmpty();
        withExemplar->setEnabled(usable);
        withMark->setEnabled(usable && m_shownMarks.size() > 1);
    };
    update();
    connect(m_details->marksList(), &QTreeWidget::currentItemChanged, this, update);
    connect(m_cases, &CaseBrowserController::detailsLoaded, this, update);
    connect(m_cases, &CaseBrowserController::detailsCleared, this, update);
    for (QAction *action : {withExemplar, withMark}) {
        action->setVisible(allowed);
        m_details->marksList()->addAction(action);
    }
    connect(withExemplar, &QAction::triggered, this, &MainWindow::compareSelectedMark);
    connect(withMark, &QAction::triggered, this, &MainWindow::compareSelectedMarkWithMark);
}

void MainWindow::compareSelectedMarkWithMark()
{
    const std::optional<Mark> mark = selectedMark();
    if (!mark || mark->originalSha256.isEmpty()) {
        statusBar()->showMessage(tr("Select a mark with an image in the Marks tab first."), 10000);
        return;
    }
    QList<Mark> others;
    QStringList labels;
    for (const Mark &m : std::as_const(m_shownMarks))
        if (m.id != mark->id && !m.originalSha256.isEmpty()) {
            others.append(m);
            labels << tr("%1 (%2)").arg(m.exhibitReference, markKindDisplayName(m.kind));
        }
    if (others.isEmpty()) {
        statusBar()->showMessage(tr("The case has no other mark with an image."), 10000);
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Compare %1 with Another Mark").arg(mark->exhibitReference),
                                                 tr("The mark to show on the right:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const Mark other = others.at(std::max(0, int(labels.indexOf(chosen))));
    const QString rightRef = QStringLiteral("mark:") + other.id.toString();
    if (raiseOrCloseComparisons(*mark, rightRef))
        return;
    const int cacheMegabytes = PreferencesStore(m_settings).preferences().tileCacheMegabytes;
    watchComparison(ComparisonWindow::openComparisonWithMark(m_session.get(), *mark, other, cacheMegabytes, this),
                    *mark, rightRef);
}

bool MainWindow::raiseOrCloseComparisons(const Mark &mark, const QString &rightRef)
{
    for (QMainWindow *viewer : findChildren<QMainWindow *>())
        if (viewer->objectName() != QLatin1String("comparisonWindow") &&
            viewer->property("markId").toString() == mark.id.toString())
            viewer->close();
    for (QMainWindow *open : findChildren<QMainWindow *>(QStringLiteral("comparisonWindow")))
        if (open->property("markId").toString() == mark.id.toString()) {
            if (open->property("rightRef").toString() == rightRef) {
                open->raise();
                open->activateWindow();
                return true;
            }
            open->close(); // with something else: that comparison is stored, this one opens
        }
    return false;
}

void MainWindow::watchComparison(QMainWindow *window, const Mark &mark, const QString &rightRef)
{
    window->setObjectName(QStringLiteral("comparisonWindow"));
    window->setProperty("markId", mark.id.toString());
    window->setProperty("rightRef", rightRef);
    connect(m_lock, &LockController::lockedChanged, window, [window](bool locked) {
        if (locked)
            window->close(); // evidence is not left on screen behind the lock
    });
}

void MainWindow::compareSelectedMark()
{
    const std::optional<Mark> mark = selectedMark();
    if (!mark) {
        statusBar()->showMessage(tr("Select a mark in the Marks tab first."), 10000);
        return;
    }
    if (mark->originalSha256.isEmpty()) {
        statusBar()->showMessage(tr("Mark %1 has no image to compare.").arg(mark->exhibitReference), 10000);
        return;
    }
    auto *dialog = new ExemplarChooserDialog(m_session.get(), mark->caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare %1 with an Exemplar").arg(mark->exhibitReference));
    m_openDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, mark = *mark] {
        if (const std::optional<ExemplarImpressionRecord> chosen = dialog->chosen())
            openComparison(mark, *chosen);
    });
    dialog->open();
}

void MainWindow::openComparison(const Mark &mark, const ExemplarImpressionRecord &exemplar)
{
    // One markup per mark: the mark viewer of the mark closes first (its last changes are stored
    // on the session's thread before the comparison reads them, the session runs calls in order).
    if (raiseOrCloseComparisons(mark, exemplar.id.toString()))
        return;
    const int cacheMegabytes = PreferencesStore(m_settings).preferences().tileCacheMegabytes;
    watchComparison(ComparisonWindow::openComparison(m_session.get(), mark, exemplar, cacheMegabytes, this), mark,
                    exemplar.id.toString());
    statusBar()->showMessage(
        tr("Opening %1 beside %2, %3…")
            .arg(mark.exhibitReference, exemplar.personName, fingerPositionDisplayName(exemplar.fingerPosition)),
        8000);
}

} // namespace ridgeline
