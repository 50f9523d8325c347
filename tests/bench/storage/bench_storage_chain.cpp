// Audit chain verification speed on an encrypted workspace: target at least 50,000 events/s.
// Reference: the raw SHA-256 rate of the same canonical encodings, measured in the same run.
#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/workspacedatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class BenchStorageChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyChain()
    {
        QTemporaryDir dir;
        auto db = WorkspaceDatabase::create(dir.filePath(QStringLiteral("c.db")), SecretBytes::random(32));
        QVERIFY(db);
        auto key = WorkstationKey::loadOrCreate((*db)->sql());
        SqlCipherAuditLog audit((*db)->sql(), *key, (*db)->databaseId(), QStringLiteral("bench-01 (abcdef0123456789)"));
        constexpr int kEvents = 200000;
        {
            SqliteTransaction t((*db)->sql());
            for (int i = 0; i < kEvents; ++i) {
                AuditEvent e;
                e.user = QStringLiteral("aokafor");
                e.action = i % 3 ? QStringLiteral("read-evidence") : QStringLiteral("edit-case");
                e.objectType = QStringLiteral("mark");
                e.objectId = QStringLiteral("5b0c6f1e-8d3a-4c1b-9a77-%1").arg(i, 12, 10, QLatin1Char('0'));
                e.details = QStringLiteral("sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
                QVERIFY(audit.append(e));
            }
            QVERIFY(t.commit());
        }
        QElapsedTimer timer;
        timer.start();
        auto report = verifyAuditChain((*db)->sql(), (*db)->databaseId());
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        const double rate = report->eventsChecked * 1000.0 / ms;

        auto events = audit.events();
        timer.restart();
        QByteArray sink;
        for (const AuditEvent &e : *events)
            sink = e.computeHash();
        const double hashRate = events->size() * 1000.0 / qMax<qint64>(1, timer.elapsed());
        qInfo("chain verification: %.0f events/s over %lld events, %lld checkpoints (target >= 50000); "
              "reference: canonical encoding + SHA-256 alone %.0f events/s",
              rate, report->eventsChecked, report->checkpointsChecked, hashRate);
        QVERIFY(rate >= 50000);
    }
};

QTEST_GUILESS_MAIN(BenchStorageChain)
#include "bench_storage_chain.moc"
