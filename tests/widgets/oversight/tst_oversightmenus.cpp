// The main window's entries for the case officer's and the supervisor's views (issue 7): View > Case
// Overview for case officers and supervisors, View > Review Queue for supervisors only, with their
// shortcuts and tips; the overview opens for the case shown (one window per case, brought forward
// when asked again) and says so when no case is selected; both windows close when the workstation
// locks.
#include "app/gui/caseoverviewwindow.h"
#include "app/gui/mainactions.h"
#include "app/gui/reviewqueuewindow.h"
#include "app/presentation/lockcontroller.h"
#include "tests/widgets/guitest.h"
#include "widgets/casedetailspanel.h"

#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QTest>

using namespace ridgeline;

namespace {

std::unique_ptr<MainWindow> windowFor(Role role, QSettings &settings)
{
    auto session = std::make_unique<test::FakeSession>(role);
    SessionInfo info{session->user(), session->databasePath(), WorkspacePolicy{}};
    return std::make_unique<MainWindow>(std::make_unique<SessionController>(std::move(session), info), settings);
}

QStringList viewMenu(MainWindow *window)
{
    QStringList texts;
    for (QAction *action : window->findChild<QMenu *>(QStringLiteral("menuView"))->actions())
        if (action->isVisible() && !action->isSeparator())
            texts << action->text();
    return texts;
}

} // namespace

class TestOversightMenus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesByRole()
    {
        test::WindowFixture f;
        const QString overview = QStringLiteral("Case &Overview…");
        const QString queue = QStringLiteral("Re&view Queue…");
        auto supervisor = windowFor(Role::Supervisor, *f.settings);
        QVERIFY(viewMenu(supervisor.get()).contains(overview));
        QVERIFY(viewMenu(supervisor.get()).contains(queue));
        auto officer = windowFor(Role::CaseOfficer, *f.settings);
        QVERIFY(viewMenu(officer.get()).contains(overview));
        QVERIFY(!viewMenu(officer.get()).contains(queue));
        auto examiner = windowFor(Role::Examiner, *f.settings);
        QVERIFY(!viewMenu(examiner.get()).contains(overview));
        QVERIFY(!viewMenu(examiner.get()).contains(queue));

        MainActions *actions = supervisor->mainActions();
        QCOMPARE(actions->caseOverview->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QCOMPARE(actions->reviewQueue->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(actions->caseOverview->toolTip().contains(QStringLiteral("Ctrl+Shift+O")));
        QVERIFY(!actions->reviewQueue->statusTip().isEmpty());
    }

    void overviewOfTheShownCaseAndClosedOnLock()
    {
        test::WindowFixture f;
        auto window = windowFor(Role::Supervisor, *f.settings);
        window->show();
        MainActions *actions = window->mainActions();
        // Nothing shown yet: it says what to do.
        actions->caseOverview->setData({});
        actions->caseOverview->trigger();
        QVERIFY(window->findChildren<CaseOverviewWindow *>().isEmpty());
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Select a case in the case list first."));

        QTRY_VERIFY(!window->detailsPanel()->shownReference().isEmpty());
        const QString reference = window->detailsPanel()->shownReference();
        actions->caseOverview->trigger();
        QCOMPARE(window->findChildren<CaseOverviewWindow *>().size(), 1);
        QPointer<CaseOverviewWindow> overview = window->findChild<CaseOverviewWindow *>();
        QTRY_VERIFY(overview->windowTitle().contains(reference));
        actions->caseOverview->trigger(); // the same case: brought forward, not opened twice
        QCOMPARE(window->findChildren<CaseOverviewWindow *>().size(), 1);

        actions->reviewQueue->trigger();
        actions->reviewQueue->trigger();
        QCOMPARE(window->findChildren<ReviewQueueWindow *>().size(), 1);
        QPointer<ReviewQueueWindow> queue = window->findChild<ReviewQueueWindow *>();

        window->lockController()->lockNow();
        QTRY_VERIFY(overview.isNull());
        QTRY_VERIFY(queue.isNull());
    }
};

QTEST_MAIN(TestOversightMenus)
#include "tst_oversightmenus.moc"
