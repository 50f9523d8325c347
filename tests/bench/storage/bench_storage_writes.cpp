// Cases and audit events written per second: SQLCipher with the workspace key against the same
// library with no key, in the same run, same schema, same pragmas. Two shapes: one commit per case
// (each an fsync, as the window does) and 500 cases per commit (the CPU cost of the codec shows).
#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/sqlciphercaserepository.h"
#include "app/storage/workspacedatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class BenchStorageWrites : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // Writes `total` cases, each with its audit event, `perCommit` to a transaction. Returns writes/s.
    double run(bool encrypted, int total, int perCommit)
    {
        const QString path = m_dir.filePath(QStringLiteral("b%1.db").arg(++m_n));
        auto db = encrypted ? WorkspaceDatabase::create(path, SecretBytes::random(32))
                            : WorkspaceDatabase::createUnencryptedForBenchmark(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message()));
        auto key = WorkstationKey::loadOrCreate((*db)->sql());
        SqlCipherCaseRepository cases((*db)->sql());
        SqlCipherAuditLog audit((*db)->sql(), *key, (*db)->databaseId(), QStringLiteral("bench"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < total; i += perCommit) {
            SqliteTransaction t((*db)->sql());
            for (int j = i; j < i + perCommit; ++j) {
                CaseRecord c;
                c.reference = CaseReference(QStringLiteral("WYP"), 2026, j + 1);
                c.force = QStringLiteral("West Yorkshire Police");
                c.offence = QStringLiteral("Burglary dwelling");
                c.officerInCase = QStringLiteral("DC 4471 Sarah Whitaker");
                c.summary = QStringLiteral("Rear kitchen window forced; jewellery and a laptop taken. %1").arg(j);
                auto saved = cases.saveCase(c);
                AuditEvent e;
                e.user = QStringLiteral("dhartley");
                e.action = QStringLiteral("create-case");
                e.objectType = QStringLiteral("case");
                e.objectId = saved->id.toString();
                e.details = c.reference.toString();
                if (!saved || !audit.append(e))
                    qFatal("write failed");
            }
            if (!t.commit())
                qFatal("commit failed");
        }
        return total * 1000.0 / qMax<qint64>(1, timer.elapsed());
    }

    void compare(const char *label, int total, int perCommit)
    {
        // Interleaved and repeated, so disk and cache effects fall on both sides alike.
        double encrypted = 0, plain = 0;
        for (int round = 0; round < 3; ++round) {
            plain += run(false, total, perCommit);
            encrypted += run(true, total, perCommit);
        }
        encrypted /= 3;
        plain /= 3;
        qInfo("%s: encrypted %.0f writes/s, plain SQLite (same library, no key) %.0f writes/s, ratio %.0f%% "
              "(target >= 65%%)",
              label, encrypted, plain, 100.0 * encrypted / plain);
        QVERIFY(encrypted >= 0.65 * plain);
    }

private Q_SLOTS:
    void oneCommitPerCase() { compare("one commit per case+event (fsync each)", 300, 1); }
    void batchedCommits() { compare("500 cases+events per commit", 10000, 500); }
};

QTEST_GUILESS_MAIN(BenchStorageWrites)
#include "bench_storage_writes.moc"
