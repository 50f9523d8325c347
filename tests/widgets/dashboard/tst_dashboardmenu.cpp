// The main window's entry for the supervisor's dashboard (issue 8): View > Supervisor Dashboard
// (Ctrl+Shift+D) for supervisors only; it opens one dashboard window, brought forward when asked
// again, which says what failed when the session cannot give the records (the in-memory session
// keeps no casework).
#include "app/gui/mainactions.h"
#include "tests/widgets/guitest.h"
#include "widgets/dashboard/dashboardview.h"

#include <QLabel>
#include <QMenu>
#include <QTest>

using namespace ridgeline;

namespace {

std::unique_ptr<MainWindow> windowFor(Role role, QSettings &settings)
{
    auto session = std::make_unique<test::FakeSession>(role);
    SessionInfo info{session->user(), session->databasePath(), WorkspacePolicy{}};
    return std::make_unique<MainWindow>(std::make_unique<SessionController>(std::move(session), info), settings);
}

QAction *dashboardEntry(MainWindow *window)
{
    for (QAction *action : window->findChild<QMenu *>(QStringLiteral("menuView"))->actions())
        if (action->objectName() == QStringLiteral("actionDashboard"))
            return action;
    return nullptr;
}

} // namespace

class TestDashboardMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlySupervisorsSeeIt()
    {
        test::WindowFixture f;
        for (Role role : {Role::Examiner, Role::CaseOfficer, Role::Admin}) {
            auto window = windowFor(role, *f.settings);
            QAction *entry = dashboardEntry(window.get());
            QVERIFY(entry);
            QVERIFY2(!entry->isVisible(), qPrintable(roleKey(role)));
        }
        auto supervisor = windowFor(Role::Supervisor, *f.settings);
        QAction *entry = dashboardEntry(supervisor.get());
        QVERIFY(entry && entry->isVisible());
        QCOMPARE(entry->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QVERIFY(!entry->statusTip().isEmpty());
    }

    void opensOneWindowThatSaysWhatFailed()
    {
        test::WindowFixture f;
        auto window = windowFor(Role::Supervisor, *f.settings);
        window->show();
        dashboardEntry(window.get())->trigger();
        auto *view = window->findChild<DashboardView *>();
        QVERIFY(view);
        QVERIFY(view->isWindow());
        QTRY_VERIFY(view->noticeLabel()->isVisible());
        QVERIFY(view->noticeLabel()->text().contains(QStringLiteral("keeps no casework")));
        dashboardEntry(window.get())->trigger();
        QCOMPARE(window->findChildren<DashboardView *>().size(), 1);
    }
};

QTEST_MAIN(TestDashboardMenu)
#include "tst_dashboardmenu.moc"
