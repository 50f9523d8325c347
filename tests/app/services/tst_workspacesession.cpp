// Signing in and the "Bad input and faults" items of issue 2 that concern it: wrong passphrase,
// unknown user, locked user, missing header, header for another database, truncated or bit-flipped
// database or header. Each: a clear message, no crash, nothing overwritten.
#include "workspacetestsupport.h"

#include "app/storage/lockoutstate.h"

#include <QTemporaryDir>
#include <QThread>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    const QByteArray m_adminPass = "granite-jasper-walnut-torch";
    const QByteArray m_userPass = "ivory-salt-quill-lemon";

    // A fresh workspace with an admin and an examiner "ajones".
    QString makeWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("ws%1.ridgeline").arg(++m_n));
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), m_adminPass, fastOptions());
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message()));
        if (!(*admin)->addUser(QStringLiteral("ajones"), QStringLiteral("A. Jones"), Role::Examiner, m_userPass))
            qFatal("addUser failed");
        (void)(*admin)->logout();
        return path;
    }

    static QByteArray workspaceFingerprint(const QString &path)
    {
        return fileHash(path) + fileHash(path + QStringLiteral("-wal")) + fileHash(path + QStringLiteral(".keys"));
    }

    Result<std::unique_ptr<LocalWorkspaceSession>> open(const QString &path, const QString &user,
                                                        const QByteArray &pass)
    {
        return LocalWorkspaceSession::open(path, user, pass, fastOptions());
    }

private Q_SLOTS:
    void createdWorkspaceOpensForItsUsers()
    {
        const QString path = makeWorkspace();
        auto session = open(path, QStringLiteral("ajones"), m_userPass);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message()));
        QCOMPARE((*session)->user().role, Role::Examiner);
        QCOMPARE((*session)->user().displayName, QStringLiteral("A. Jones"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".keys")));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void createRefusesToOverwrite()
    {
        const QString path = makeWorkspace();
        const QByteArray before = workspaceFingerprint(path);
        auto again = LocalWorkspaceSession::create(path, QStringLiteral("admin"), m_adminPass, fastOptions());
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::BadInput);
        QCOMPARE(workspaceFingerprint(path), before);
    }

    void wrongPassphraseChangesNeitherFile()
    {
        const QString path = makeWorkspace();
        const QByteArray before = workspaceFingerprint(path);
        for (int i = 0; i < 2; ++i) {
            auto session = open(path, QStringLiteral("ajones"), "ivory-salt-quill-lemoN");
            QVERIFY(!session);
            QCOMPARE(session.error().code(), ErrorCode::AuthenticationFailed);
            QVERIFY(session.error().message().contains(QLatin1String("ajones")));
        }
        QCOMPARE(workspaceFingerprint(path), before);
        // Only the separate sign-in record changed.
        QVERIFY(QFileInfo::exists(storage::LockoutState::pathFor(path)));
    }

    void unknownUserIsRefusedLikeAWrongPassphrase()
    {
        const QString path = makeWorkspace();
        const QByteArray before = workspaceFingerprint(path);
        auto session = open(path, QStringLiteral("mallory"), m_userPass);
        QCOMPARE(session.error().code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(workspaceFingerprint(path), before);
    }

    void lockoutHoldsAcrossProcessesAndFailuresReachTheAuditTrail()
    {
        const QString path = makeWorkspace();
        {
            auto admin = open(path, QStringLiteral("admin"), m_adminPass);
            QVERIFY(admin);
            WorkspacePolicy policy = (*admin)->policy();
            policy.maxFailedLogins = 3;
            policy.lockoutDuration = std::chrono::seconds(2);
            QVERIFY((*admin)->setPolicy(policy));
        }
        const QDateTime firstFailure = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!open(path, QStringLiteral("ajones"), "wrong passphrase!"));
        // The right passphrase is refused while locked: each open() reads the lock from disk, as a
        // second CLI process would.
        auto locked = open(path, QStringLiteral("ajones"), m_userPass);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code(), ErrorCode::AuthenticationFailed);
        QVERIFY(locked.error().message().contains(QLatin1String("locked")));
        QVERIFY(open(path, QStringLiteral("admin"), m_adminPass)); // other accounts are unaffected
        QThread::msleep(2100);
        auto session = open(path, QStringLiteral("ajones"), m_userPass);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message()));
        (void)(*session)->logout();

        auto admin = open(path, QStringLiteral("admin"), m_adminPass);
        QVERIFY(admin);
        // Admins may not view the audit trail (separation of duties); read it through the log.
        auto events = static_cast<storage::SqlCipherAuditLog &>((*admin)->audit())
                          .events(QStringLiteral("user"), QStringLiteral("ajones"));
        QVERIFY(events);
        int failures = 0;
        int refusedWhileLocked = 0;
        for (const AuditEvent &e : *events) {
            if (e.action == QLatin1String("login") && e.outcome == AuditOutcome::Failure) {
                ++failures;
                QVERIFY(e.timeUtc >= firstFailure.addMSecs(-5));
                QVERIFY(e.timeUtc < firstFailure.addSecs(2)); // the original time, not the time it was learnt
            }
            if (e.action == QLatin1String("login-refused-locked"))
                ++refusedWhileLocked;
        }
        QCOMPARE(failures, 3);
        QCOMPARE(refusedWhileLocked, 1);
    }

    void deletingTheSignInRecordIsDetected()
    {
        const QString path = makeWorkspace();
        QVERIFY(!open(path, QStringLiteral("ajones"), "wrong passphrase!"));
        QVERIFY(open(path, QStringLiteral("ajones"), m_userPass)); // counter 1 seen
        QVERIFY(!open(path, QStringLiteral("ajones"), "wrong passphrase!"));
        QVERIFY(QFile::remove(storage::LockoutState::pathFor(path)));
        auto session = open(path, QStringLiteral("admin"), m_adminPass);
        QVERIFY(session);
        auto events = static_cast<storage::SqlCipherAuditLog &>((*session)->audit()).events();
        QVERIFY(std::any_of(events->cbegin(), events->cend(),
                            [](const AuditEvent &e) { return e.action == QLatin1String("lockout-record-tampered"); }));
    }

    void removedUserCannotSignIn()
    {
        const QString path = makeWorkspace();
        {
            auto admin = open(path, QStringLiteral("admin"), m_adminPass);
            QVERIFY((*admin)->removeUser(QStringLiteral("ajones")));
        }
        auto session = open(path, QStringLiteral("ajones"), m_userPass);
        QCOMPARE(session.error().code(), ErrorCode::AuthenticationFailed);
    }

    void missingHeaderIsNamed()
    {
        const QString path = makeWorkspace();
        QVERIFY(QFile::rename(path + QStringLiteral(".keys"), path + QStringLiteral(".keys.away")));
        const QByteArray before = fileHash(path);
        auto session = open(path, QStringLiteral("ajones"), m_userPass);
        QVERIFY(!session);
        QCOMPARE(session.error().code(), ErrorCode::NotFound);
        QVERIFY(session.error().message().contains(path + QStringLiteral(".keys")));
        QVERIFY(session.error().message().contains(QLatin1String("backup")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".keys")));
    }

    void headerOfAnotherDatabaseIsRecognised()
    {
        const QString a = makeWorkspace();
        const QString b = makeWorkspace();
        QVERIFY(QFile::remove(a + QStringLiteral(".keys")));
        QVERIFY(QFile::copy(b + QStringLiteral(".keys"), a + QStringLiteral(".keys")));
        const QByteArray before = workspaceFingerprint(a);
        auto session = open(a, QStringLiteral("ajones"), m_userPass);
        QVERIFY(!session);
        QCOMPARE(session.error().code(), ErrorCode::Corrupt);
        QVERIFY(session.error().message().contains(QLatin1String("another")));
        QCOMPARE(workspaceFingerprint(a), before);
    }

    void truncatedDatabaseIsCorruptAndUntouched()
    {
        const QString path = makeWorkspace();
        const qint64 size = QFileInfo(path).size();
        for (qint64 cut : {qint64(0), qint64(10), size / 2, size - 4096}) {
            const QString copy = m_dir.filePath(QStringLiteral("cut%1.ridgeline").arg(cut));
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + QStringLiteral(".keys"), copy + QStringLiteral(".keys")));
            QVERIFY(QFile::resize(copy, cut));
            const QByteArray before = workspaceFingerprint(copy);
            auto session = open(copy, QStringLiteral("ajones"), m_userPass);
            QVERIFY2(!session, qPrintable(QStringLiteral("cut at %1 opened").arg(cut)));
            QCOMPARE(session.error().code(), ErrorCode::Corrupt);
            QVERIFY(session.error().message().contains(copy));
            QCOMPARE(workspaceFingerprint(copy), before);
        }
    }

    void bitFlippedFirstPageIsCorruptAndUntouched()
    {
        const QString path = makeWorkspace();
        flipByte(path, 200);
        const QByteArray before = workspaceFingerprint(path);
        auto session = open(path, QStringLiteral("ajones"), m_userPass);
        QVERIFY(!session);
        QCOMPARE(session.error().code(), ErrorCode::Corrupt);
        QVERIFY(session.error().message().contains(path));
        QCOMPARE(workspaceFingerprint(path), before);
    }

    void damagedHeaderIsCorruptAndUntouched()
    {
        const QString path = makeWorkspace();
        const QString header = path + QStringLiteral(".keys");
        const QByteArray original = readAll(header);
        for (qint64 offset : {qint64(5), original.size() / 3, original.size() / 2, original.size() - 10}) {
            QFile f(header);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(original);
            f.close();
            flipByte(header, offset);
            const QByteArray before = workspaceFingerprint(path);
            auto session = open(path, QStringLiteral("ajones"), m_userPass);
            QVERIFY(!session);
            QCOMPARE(session.error().code(), ErrorCode::Corrupt);
            QVERIFY(session.error().message().contains(header));
            QCOMPARE(workspaceFingerprint(path), before);
        }
        QVERIFY(QFile::resize(header, original.size() / 2));
        auto session = open(path, QStringLiteral("ajones"), m_userPass);
        QCOMPARE(session.error().code(), ErrorCode::Corrupt);
    }

    void missingDatabaseIsNotFound()
    {
        auto session = open(m_dir.filePath(QStringLiteral("absent.ridgeline")), QStringLiteral("a"), "x");
        QCOMPARE(session.error().code(), ErrorCode::NotFound);
        QVERIFY(session.error().message().contains(QLatin1String("absent.ridgeline")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
