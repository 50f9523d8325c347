#include "app/storage/lockoutstate.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestLockoutState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const LockoutPolicy m_policy{3, 60};

private Q_SLOTS:
    void guessingNamesDoesNotGrowTheFileWithoutBound()
    {
        LockoutState state(m_dir.filePath(QStringLiteral("d.db")));
        for (int i = 0; i < 1100; ++i)
            QVERIFY(state.recordFailure(QStringLiteral("guess%1").arg(i), 1000 + i, QStringLiteral("unknown-user"),
                                        m_policy, true));
        QVERIFY(QFileInfo(LockoutState::pathFor(m_dir.filePath(QStringLiteral("d.db")))).size() < 300 * 1024);
        QCOMPARE(state.pending()->pending.size(), 1000);
        QCOMPARE(state.pending()->dropped, 100);
    }

    void locksAfterTheConfiguredCountAndExpires()
    {
        LockoutState state(m_dir.filePath(QStringLiteral("a.db")));
        const qint64 t0 = 1'800'000'000'000;
        QCOMPARE(*state.recordFailure(QStringLiteral("ajones"), t0, QStringLiteral("wrong-passphrase"), m_policy, true),
                 0);
        QCOMPARE(
            *state.recordFailure(QStringLiteral("ajones"), t0 + 1, QStringLiteral("wrong-passphrase"), m_policy, true),
            0);
        QCOMPARE(*state.lockedUntilMs(QStringLiteral("ajones"), t0 + 2), 0);
        const qint64 until =
            *state.recordFailure(QStringLiteral("ajones"), t0 + 2, QStringLiteral("wrong-passphrase"), m_policy, true);
        QCOMPARE(until, t0 + 2 + 60'000);
        // Another instance (another process) sees the same lock.
        LockoutState other(m_dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(*other.lockedUntilMs(QStringLiteral("ajones"), t0 + 10), until);
        QCOMPARE(*other.lockedUntilMs(QStringLiteral("bsmith"), t0 + 10), 0);
        QCOMPARE(*other.lockedUntilMs(QStringLiteral("ajones"), until + 1), 0);
        // After expiry, counting starts again from zero.
        QCOMPARE(*state.recordFailure(QStringLiteral("ajones"), until + 5, QStringLiteral("wrong-passphrase"), m_policy,
                                      true),
                 0);
    }

    void successHandsOverPendingFailuresOnceAndKeepsTheCounter()
    {
        LockoutState state(m_dir.filePath(QStringLiteral("b.db")));
        QVERIFY(state.recordFailure(QStringLiteral("x"), 1000, QStringLiteral("unknown-user"), m_policy, true));
        QVERIFY(state.recordFailure(QStringLiteral("y"), 2000, QStringLiteral("wrong-passphrase"), m_policy, true));
        QVERIFY(state.recordFailure(QStringLiteral("y"), 3000, QStringLiteral("wrong-passphrase"), m_policy, false));
        auto drained = state.pending();
        QVERIFY(drained);
        QCOMPARE(drained->pending.size(), 2);
        QCOMPARE(drained->pending.at(1).timeMs, 2000);
        QCOMPARE(drained->totalFailures, 3);
        QCOMPARE(state.pending()->pending.size(), 2); // reading changes nothing
        // A failure recorded after the caller read the list stays pending.
        QVERIFY(state.recordFailure(QStringLiteral("z"), 4000, QStringLiteral("wrong-passphrase"), m_policy, true));
        QVERIFY(state.recordSuccess(QStringLiteral("y"), drained->pending.size()));
        auto again = state.pending();
        QCOMPARE(again->pending.size(), 1);
        QCOMPARE(again->pending.first().user, QStringLiteral("z"));
        QCOMPARE(again->totalFailures, 4);
    }

    void damagedFileIsReportedNotFatal()
    {
        const QString db = m_dir.filePath(QStringLiteral("c.db"));
        QFile f(LockoutState::pathFor(db));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{garbage");
        f.close();
        LockoutState state(db);
        QCOMPARE(*state.lockedUntilMs(QStringLiteral("a"), 0), 0);
        auto drained = state.pending();
        QVERIFY(drained);
        QVERIFY(drained->wasDamaged);
    }
};

QTEST_GUILESS_MAIN(TestLockoutState)
#include "tst_lockoutstate.moc"
