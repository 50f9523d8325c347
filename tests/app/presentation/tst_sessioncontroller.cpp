// The session controller runs every call on one thread, in order, and logging out comes after the
// calls already queued (a closing window's last draft must reach the workspace), never beside
// them on the calling thread.
#include "app/presentation/sessioncontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace ridgeline;
using ridgeline::test::FakeSession;

class TestSessionController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logoutWaitsForTheQueuedCallsAndRunsOnTheSessionThread()
    {
        auto fake = std::make_unique<FakeSession>();
        FakeSession *session = fake.get();
        SessionController controller(std::move(fake), SessionInfo{session->user(), {}, {}});
        QList<QString> order;
        QMutex mutex;
        std::atomic<QThread *> sessionThread = nullptr;
        // A slow call in progress, and one queued behind it that must not be overtaken.
        auto slow = controller.run([&](WorkspaceSession &) {
            sessionThread = QThread::currentThread();
            QThread::msleep(200);
            QMutexLocker lock(&mutex);
            order << QStringLiteral("slow");
            return 0;
        });
        auto queued = controller.run([&](WorkspaceSession &s) {
            QMutexLocker lock(&mutex);
            order << (static_cast<FakeSession &>(s).loggedOut ? QStringLiteral("after logout")
                                                              : QStringLiteral("queued"));
            return 0;
        });
        QVERIFY(controller.logout());
        QVERIFY(session->loggedOut);
        QCOMPARE(order, (QList<QString>{QStringLiteral("slow"), QStringLiteral("queued")}));
        QVERIFY(slow.isFinished() && queued.isFinished());
        QVERIFY(sessionThread.load() != QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
