// The kill -9 loop of issue 2 at 1,000 iterations (tst_crashrecovery runs 50).
#include "killloop.h"

#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class BenchStorageKillLoop : public QObject
{
    Q_OBJECT

public:
    // 1,000 kills take longer than QtTest's default 5-minute limit per test function.
    BenchStorageKillLoop() { qputenv("QTEST_FUNCTION_TIMEOUT", "3600000"); }

private Q_SLOTS:
    void thousandKills()
    {
        QTemporaryDir dir;
        const quint32 seed = QRandomGenerator::global()->generate();
        const KillLoopResult r = runKillLoop(QStringLiteral(RIDGELINE_WRITER_HELPER), dir.path(), 1000, seed);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        qInfo("kill -9 loop: %d iterations (seed %u), %d acknowledged writes, all present; %d kills before the first "
              "ack; verify passed every 25 iterations; %.0f s",
              r.iterations, seed, r.acknowledged, r.killedBeforeFirstAck, r.seconds);
        QCOMPARE(r.iterations, 1000);
    }
};

QTEST_GUILESS_MAIN(BenchStorageKillLoop)
#include "bench_storage_killloop.moc"
