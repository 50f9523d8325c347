// verify(): pages, originals, the audit chain and its signed checkpoints. Tampering goes through the
// raw-key test hook (openRaw) with the append-only triggers dropped, as an attacker with the key could.
#include "workspacetestsupport.h"

#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestWorkspaceVerification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    const QByteArray m_pass = "granite-jasper-walnut-torch";

    // A workspace with a supervisor (who may verify), 60-odd audit events and checkpoints every 10.
    QString makeWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.ridgeline").arg(++m_n));
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), m_pass, fastOptions(10));
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message()));
        (void)(*admin)->addUser(QStringLiteral("mcollins"), {}, Role::Supervisor, m_pass);
        storage::SqliteTransaction t((*admin)->database().sql());
        for (int i = 0; i < 60; ++i)
            (void)(*admin)->recordEvent(QStringLiteral("edit-case"), QStringLiteral("case"), QString::number(i));
        (void)t.commit();
        return path;
    }

    static VerifyReport verify(const QString &path, const QByteArray &pass)
    {
        auto session = LocalWorkspaceSession::open(path, QStringLiteral("mcollins"), pass, fastOptions(10));
        if (!session)
            qFatal("%s", qPrintable(session.error().message()));
        auto report = (*session)->verify();
        return report ? *report : VerifyReport{};
    }

    void tamper(const QString &path, const char *sql)
    {
        auto raw = openRaw(path, QStringLiteral("admin"), m_pass);
        QVERIFY(raw);
        QVERIFY(raw->sql().exec("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;"));
        Status s = raw->sql().exec(sql);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message()));
    }

private Q_SLOTS:
    void cleanWorkspaceVerifies()
    {
        const QString path = makeWorkspace();
        const VerifyReport r = verify(path, m_pass);
        QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QVERIFY(r.pagesChecked > 10);
        QVERIFY(r.eventsChecked > 60);
        QVERIFY(r.checkpointsChecked >= 6);
        QCOMPARE(r.signaturesChecked, r.checkpointsChecked);
        QCOMPARE(r.workstationPublicKey.size(), 32);
    }

    void modifiedEventIsNamed()
    {
        const QString path = makeWorkspace();
        tamper(path, "UPDATE audit_events SET user = 'someone-else' WHERE seq = 23");
        const VerifyReport r = verify(path, m_pass);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadEvent, 23);
        QVERIFY(r.problems.join(QLatin1Char(' ')).contains(QLatin1String("event 23")));
    }

    void deletedEventIsNamed()
    {
        const QString path = makeWorkspace();
        tamper(path, "DELETE FROM audit_events WHERE seq = 31");
        QCOMPARE(verify(path, m_pass).firstBadEvent, 31);
    }

    void reorderedEventsAreNamed()
    {
        const QString path = makeWorkspace();
        tamper(path,
               "UPDATE audit_events SET seq = -40 WHERE seq = 40; UPDATE audit_events SET seq = 40 WHERE seq = 41; "
               "UPDATE audit_events SET seq = 41 WHERE seq = -40;");
        QCOMPARE(verify(path, m_pass).firstBadEvent, 40);
    }

    void truncatedTrailIsNamed()
    {
        const QString path = makeWorkspace(); // logout signed a checkpoint at the head
        tamper(path, "DELETE FROM audit_events WHERE seq > 44");
        const QByteArray before = fileHash(path);
        // Signing in would append after the gap; it is refused, naming the first missing event.
        auto session = LocalWorkspaceSession::open(path, QStringLiteral("mcollins"), m_pass, fastOptions(10));
        QVERIFY(!session);
        QCOMPARE(session.error().code(), ErrorCode::Corrupt);
        QVERIFY(session.error().message().contains(QLatin1String("truncated")));
        QVERIFY(session.error().message().contains(QLatin1String("events 45 to")));
        QCOMPARE(fileHash(path), before);
    }

    void damagedOriginalIsNamed()
    {
        const QString path = makeWorkspace();
        QByteArray sha;
        {
            auto admin = LocalWorkspaceSession::open(path, QStringLiteral("admin"), m_pass, fastOptions(10));
            QVERIFY(admin);
            // Admins may import (devices, transmissions) even though they may not view evidence.
            auto stored = (*admin)->storeOriginal(QByteArray(70000, 'p'), QStringLiteral("image/png"),
                                                  QStringLiteral("mark"), QStringLiteral("m"));
            QVERIFY(stored);
            sha = *stored;
        }
        QVERIFY(verify(path, m_pass).ok());
        {
            auto raw = openRaw(path, QStringLiteral("admin"), m_pass);
            QVERIFY(raw->sql().exec("UPDATE evidence_chunks SET data = zeroblob(70000)"));
        }
        const VerifyReport r = verify(path, m_pass);
        QCOMPARE(r.originalsChecked, 1);
        QVERIFY(r.problems.join(QLatin1Char(' ')).contains(QString::fromLatin1(sha.toHex())));
    }

    void modifiedPageIsFoundByTheCodec()
    {
        const QString path = makeWorkspace();
        {
            auto admin = LocalWorkspaceSession::open(path, QStringLiteral("admin"), m_pass, fastOptions(10));
            (void)(*admin)->storeOriginal(QByteArray(200000, 'q'), QStringLiteral("image/png"), QStringLiteral("mark"),
                                          QStringLiteral("m"));
        }
        // A byte in the middle of the evidence pages, which sign-in never reads.
        const qint64 size = QFileInfo(path).size();
        flipByte(path, (size / 2 / 4096) * 4096 + 1000);
        auto session = LocalWorkspaceSession::open(path, QStringLiteral("mcollins"), m_pass, fastOptions(10));
        if (!session) {
            QCOMPARE(session.error().code(), ErrorCode::Corrupt);
            return;
        }
        auto report = (*session)->verify();
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY(report->problems.first().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceVerification)
#include "tst_workspaceverification.moc"
