#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/workspacedatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::storage;

class TestSqlCipherAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::optional<WorkstationKey> m_key;
    std::unique_ptr<SqlCipherAuditLog> m_log;

    void fill(int events)
    {
        SqliteTransaction transaction(m_db->sql()); // one fsync, not one per event
        for (int i = 0; i < events; ++i) {
            AuditEvent e;
            e.user = QStringLiteral("ajones");
            e.action = i % 2 ? QStringLiteral("edit-case") : QStringLiteral("read-evidence");
            e.objectType = QStringLiteral("case");
            e.objectId = QString::number(i);
            e.details = QStringLiteral("event %1").arg(i);
            QVERIFY(m_log->append(e));
        }
        QVERIFY(transaction.commit());
    }

    AuditChainReport check()
    {
        auto report = verifyAuditChain(m_db->sql(), m_db->databaseId());
        return report ? *report : AuditChainReport{};
    }

    // Test hook: the triggers are dropped on this raw connection so rows can be edited, as an attacker
    // holding the database key could.
    void dropTriggers()
    {
        QVERIFY(m_db->sql().exec("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete; "
                                 "DROP TRIGGER audit_checkpoints_no_delete"));
    }

private Q_SLOTS:
    void init()
    {
        auto db =
            WorkspaceDatabase::create(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_n)), SecretBytes::random(32));
        QVERIFY(db);
        m_db = std::move(*db);
        auto key = WorkstationKey::loadOrCreate(m_db->sql());
        QVERIFY(key);
        m_key.emplace(std::move(*key));
        m_log = std::make_unique<SqlCipherAuditLog>(m_db->sql(), *m_key, m_db->databaseId(), QStringLiteral("ws-1"));
        m_log->setCheckpointInterval(10);
        fill(35);
    }
    void cleanup()
    {
        m_log.reset();
        m_key.reset();
        m_db.reset();
    }

    void chainLinksAndCheckpointsHold()
    {
        auto events = m_log->events();
        QVERIFY(events);
        QCOMPARE(events->size(), 35);
        QCOMPARE(events->first().previousHash, auditGenesisHash());
        for (int i = 1; i < events->size(); ++i) {
            QCOMPARE(events->at(i).sequence, i + 1);
            QCOMPARE(events->at(i).previousHash, events->at(i - 1).hash);
            QCOMPARE(events->at(i).hash, events->at(i).computeHash());
        }
        QVERIFY(m_log->signCheckpoint());
        const AuditChainReport r = check();
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.eventsChecked, 35);
        QCOMPARE(r.checkpointsChecked, 4); // 10, 20, 30 and the head at 35
        QCOMPARE(r.signaturesChecked, 4);
    }

    void triggersRefuseUpdateAndDelete()
    {
        Status update = m_db->sql().exec("UPDATE audit_events SET details = 'x' WHERE seq = 3");
        QVERIFY(!update);
        QVERIFY(update.error().message().contains(QLatin1String("append-only")));
        QVERIFY(!m_db->sql().exec("DELETE FROM audit_events WHERE seq = 35"));
        QVERIFY(!m_db->sql().exec("DELETE FROM audit_checkpoints"));
        QCOMPARE(*m_db->sql().queryInt("SELECT count(*) FROM audit_events"), 35);
    }

    void modifiedEventIsNamed()
    {
        dropTriggers();
        QVERIFY(m_db->sql().exec("UPDATE audit_events SET details = 'nothing happened' WHERE seq = 17"));
        const AuditChainReport r = check();
        QCOMPARE(r.firstBadSequence, 17);
        QVERIFY(r.problems.first().contains(QLatin1String("17")));
    }

    void deletedEventIsNamed()
    {
        dropTriggers();
        QVERIFY(m_db->sql().exec("DELETE FROM audit_events WHERE seq = 12"));
        QCOMPARE(check().firstBadSequence, 12);
    }

    void reorderedEventsAreNamed()
    {
        dropTriggers();
        // Swap the contents of events 22 and 23, keeping their sequence numbers.
        QVERIFY(m_db->sql().exec("UPDATE audit_events SET seq = -22 WHERE seq = 22; "
                                 "UPDATE audit_events SET seq = 22 WHERE seq = 23; "
                                 "UPDATE audit_events SET seq = 23 WHERE seq = -22;"));
        QCOMPARE(check().firstBadSequence, 22);
    }

    void truncationBelowTheLastCheckpointIsNamed()
    {
        QVERIFY(m_log->signCheckpoint()); // checkpoint at 35
        dropTriggers();
        QVERIFY(m_db->sql().exec("DELETE FROM audit_events WHERE seq > 28"));
        const AuditChainReport r = check();
        QCOMPARE(r.firstBadSequence, 29);
        QVERIFY(r.problems.join(QLatin1Char(' ')).contains(QLatin1String("truncated")));
    }

    void rewrittenChainIsCaughtByTheCheckpoint()
    {
        // An attacker re-hashes everything after a change; the signed checkpoint at 20 disagrees.
        dropTriggers();
        auto events = m_log->events();
        QVERIFY(events);
        QByteArray previous = events->at(13).hash;
        for (int i = 14; i < events->size(); ++i) {
            AuditEvent e = events->at(i);
            if (i == 14)
                e.details = QStringLiteral("forged");
            e.previousHash = previous;
            e.hash = e.computeHash();
            previous = e.hash;
            SqliteStatement u(m_db->sql(),
                              "UPDATE audit_events SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?");
            u.bind(1, e.details).bindBlob(2, e.previousHash).bindBlob(3, e.hash).bind(4, e.sequence);
            QVERIFY(u.run());
        }
        const AuditChainReport r = check();
        QCOMPARE(r.firstBadSequence, 20);
    }

    void forgedCheckpointSignatureIsReported()
    {
        QVERIFY(m_db->sql().exec("DROP TRIGGER audit_checkpoints_no_update"));
        QVERIFY(m_db->sql().exec("UPDATE audit_checkpoints SET time_ms = time_ms + 1 WHERE seq = 10"));
        const AuditChainReport r = check();
        QVERIFY(r.problems.join(QLatin1Char(' ')).contains(QLatin1String("checkpoint at event 10")));
    }

    void verificationIsFastEnough()
    {
        fill(5000 - 35);
        QElapsedTimer timer;
        timer.start();
        const AuditChainReport r = check();
        const double perSecond = r.eventsChecked * 1000.0 / qMax<qint64>(1, timer.elapsed());
        qInfo("chain verification: %.0f events/s (the 50,000 events/s target is held by bench_storage_chain)",
              perSecond);
        QVERIFY(r.problems.isEmpty());
        // Only a gross regression fails here: machines running the suite in parallel vary too much.
        QVERIFY(perSecond > 10000);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherAuditLog)
#include "tst_sqlcipherauditlog.moc"
