// Issue 2: kill the writing process (kill -9) at random moments, at least 50 times: every
// acknowledged write is there afterwards and verify passes. The 1,000-iteration run is the
// benchmark bench_storage_killloop.
#include "killloop.h"

#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAcknowledgedWriteSurvivesSigkill()
    {
        QTemporaryDir dir;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        const KillLoopResult r = runKillLoop(QStringLiteral(RIDGELINE_WRITER_HELPER), dir.path(), 50, seed);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QCOMPARE(r.iterations, 50);
        qInfo("%d kills, %d acknowledged writes all present, %d kills before the first ack, %.1f s", r.iterations,
              r.acknowledged, r.killedBeforeFirstAck, r.seconds);
        QVERIFY(r.acknowledged > 50); // the kills really landed during writing, not only during sign-in
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
