#include "app/presentation/lockcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;
using namespace std::chrono_literals;

class TestLockController : public QObject
{
    Q_OBJECT
private:
    test::FakeSession *m_fake = nullptr;

    std::unique_ptr<SessionController> makeSession(std::chrono::seconds idle = 600s)
    {
        auto fake = std::make_unique<test::FakeSession>();
        m_fake = fake.get();
        WorkspacePolicy policy;
        policy.idleLockAfter = idle;
        return std::make_unique<SessionController>(std::move(fake), SessionInfo{m_fake->user(), {}, policy});
    }

private Q_SLOTS:
    void preferenceMayOnlyShortenThePolicy()
    {
        QCOMPARE(LockController::effectiveIdleTimeout(600s, 0), 600000ms);
        QCOMPARE(LockController::effectiveIdleTimeout(600s, 5), 300000ms);
        QCOMPARE(LockController::effectiveIdleTimeout(600s, 30), 600000ms);
        QCOMPARE(LockController::effectiveIdleTimeout(0s, 3), 180000ms);
    }

    void locksAfterIdleTimeOnTheSessionThread()
    {
        auto session = makeSession();
        LockController lock(session.get());
        QSignalSpy locked(&lock, &LockController::lockedChanged);
        lock.setIdleTimeout(50ms);
        QVERIFY(locked.wait(5000));
        QCOMPARE(locked.at(0).at(0).toBool(), true);
        QTRY_COMPARE(lock.state(), LockController::State::Locked);
        QVERIFY(m_fake->locked);
        QCOMPARE(m_fake->repository.callsOnMainThread.loadRelaxed(), 0);
    }

    void inputPostponesTheIdleLock()
    {
        auto session = makeSession();
        LockController lock(session.get());
        lock.setIdleTimeout(1500ms);
        QObject target;
        QElapsedTimer clock;
        clock.start();
        // Keep "typing" for well over the idle time: the lock must not come.
        while (clock.elapsed() < 3000) {
            QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&target, &key);
            QTest::qWait(50);
            QVERIFY(!lock.isLocked());
        }
        QSignalSpy locked(&lock, &LockController::lockedChanged);
        QVERIFY(locked.wait(5000));
    }

    void wrongPassphraseKeepsItLockedAndTheRightOneUnlocks()
    {
        auto session = makeSession();
        LockController lock(session.get());
        lock.lockNow();
        QVERIFY(lock.isLocked());
        QTRY_COMPARE(lock.state(), LockController::State::Locked);

        QSignalSpy failed(&lock, &LockController::unlockFailed);
        lock.unlock(QByteArrayLiteral("wrong"));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not right")));
        QCOMPARE(lock.state(), LockController::State::Locked);

        QSignalSpy changed(&lock, &LockController::lockedChanged);
        lock.unlock(QByteArray(test::FakeSession::kPassphrase));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QVERIFY(!m_fake->locked);
        QCOMPARE(m_fake->unlockAttempts, 2);
        QVERIFY(lock.idleMonitor()->isEnabled());
    }

    void anEmptyPassphraseIsNotSent()
    {
        auto session = makeSession();
        LockController lock(session.get());
        lock.lockNow();
        QTRY_COMPARE(lock.state(), LockController::State::Locked);
        QSignalSpy failed(&lock, &LockController::unlockFailed);
        lock.unlock({});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_fake->unlockAttempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestLockController)
#include "tst_lockcontroller.moc"
