// Users, roles, refusals, session lock, policy and the canary test (no plaintext on disk).
#include "workspacetestsupport.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestLocalWorkspaceSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    const QByteArray m_adminPass = "granite-jasper-walnut-torch";
    const QByteArray m_officerPass = "moss-ledger-falcon-quarry";
    const QByteArray m_examinerPass = "ivory-salt-quill-lemon";

    QString makeWorkspace(const QString &folder = {})
    {
        QString base = m_dir.path();
        if (!folder.isEmpty()) {
            QDir(base).mkpath(folder);
            base = m_dir.filePath(folder);
        }
        const QString path = QDir(base).filePath(QStringLiteral("ws%1.ridgeline").arg(++m_n));
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), m_adminPass, fastOptions());
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message()));
        (void)(*admin)->addUser(QStringLiteral("dhartley"), QStringLiteral("D. Hartley"), Role::CaseOfficer,
                                m_officerPass);
        (void)(*admin)->addUser(QStringLiteral("ajones"), QStringLiteral("A. Jones"), Role::Examiner, m_examinerPass);
        return path;
    }

    static std::unique_ptr<LocalWorkspaceSession> open(const QString &path, const QString &user, const QByteArray &pass)
    {
        auto session = LocalWorkspaceSession::open(path, user, pass, fastOptions());
        return session ? std::move(*session) : nullptr;
    }

    static CaseRecord newCase(const QString &summary)
    {
        CaseRecord c;
        c.reference = CaseReference(QStringLiteral("WYP"), 2026, 4117);
        c.force = QStringLiteral("West Yorkshire Police");
        c.offence = QStringLiteral("Burglary dwelling");
        c.officerInCase = QStringLiteral("DC 4471");
        c.summary = summary;
        return c;
    }

    static bool hasEvent(LocalWorkspaceSession &s, const QString &action, AuditOutcome outcome)
    {
        auto events = static_cast<storage::SqlCipherAuditLog &>(s.audit()).events();
        return events && std::any_of(events->cbegin(), events->cend(),
                                     [&](const AuditEvent &e) { return e.action == action && e.outcome == outcome; });
    }

private Q_SLOTS:
    void userChangesRewriteOnlyTheHeader()
    {
        const QString path = makeWorkspace();
        auto admin = open(path, QStringLiteral("admin"), m_adminPass);
        QVERIFY(admin);
        const QByteArray dbBefore = fileHash(path);
        const QByteArray headerBefore = fileHash(path + QStringLiteral(".keys"));
        QVERIFY(
            admin->addUser(QStringLiteral("gprys"), QStringLiteral("Gwen Prys"), Role::Examiner, "brook-birch-valley"));
        const QByteArray headerAfterAdd = fileHash(path + QStringLiteral(".keys"));
        QVERIFY(headerAfterAdd != headerBefore);
        QVERIFY(admin->changeOwnPassphrase(m_adminPass, "new-admin-passphrase"));
        QVERIFY(admin->removeUser(QStringLiteral("ajones")));
        // The database is never re-keyed or rewritten: its file is byte for byte the same (the
        // account rows and audit events sit in the WAL until the next checkpoint).
        QCOMPARE(fileHash(path), dbBefore);
        QVERIFY(fileHash(path + QStringLiteral(".keys")) != headerAfterAdd);
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        QVERIFY(admin->logout());

        QVERIFY(!open(path, QStringLiteral("admin"), m_adminPass));
        QVERIFY(open(path, QStringLiteral("admin"), "new-admin-passphrase"));
        QVERIFY(open(path, QStringLiteral("gprys"), "brook-birch-valley"));
        QVERIFY(!open(path, QStringLiteral("ajones"), m_examinerPass));
    }

    void onlyAdminsManageUsersAndRefusalsAreAudited()
    {
        const QString path = makeWorkspace();
        auto examiner = open(path, QStringLiteral("ajones"), m_examinerPass);
        QVERIFY(examiner);
        auto added = examiner->addUser(QStringLiteral("eve"), QString(), Role::Admin, "eve-eve-eve-eve");
        QVERIFY(!added);
        QCOMPARE(added.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(hasEvent(*examiner, QStringLiteral("manage-users"), AuditOutcome::Refused));
        QVERIFY(!examiner->setPolicy(WorkspacePolicy{}));
        QCOMPARE(examiner->cases().saveCase(newCase(QStringLiteral("x"))).error().code(), ErrorCode::PermissionDenied);
    }

    void badAccountsAreRefused()
    {
        const QString path = makeWorkspace();
        auto admin = open(path, QStringLiteral("admin"), m_adminPass);
        QCOMPARE(admin->addUser(QStringLiteral("Bad Name"), {}, Role::Examiner, "long-enough-pass").error().code(),
                 ErrorCode::Usage);
        QCOMPARE(admin->addUser(QStringLiteral("short"), {}, Role::Examiner, "abc").error().code(),
                 ErrorCode::BadInput);
        QCOMPARE(admin->addUser(QStringLiteral("ajones"), {}, Role::Examiner, "long-enough-pass").error().code(),
                 ErrorCode::Conflict);
        QCOMPARE(admin->removeUser(QStringLiteral("admin")).error().code(), ErrorCode::BadInput);
        QCOMPARE(admin->users()->size(), 3);
    }

    void caseChangesAreAuditedWithRevisions()
    {
        const QString path = makeWorkspace();
        auto officer = open(path, QStringLiteral("dhartley"), m_officerPass);
        QVERIFY(officer);
        auto created = officer->cases().saveCase(newCase(QStringLiteral("Rear window forced")));
        QVERIFY(created);
        CaseRecord changed = *created;
        changed.status = CaseStatus::UnderExamination;
        auto saved = officer->cases().saveCase(changed);
        QVERIFY(saved);
        QCOMPARE(saved->revision, 2);
        QCOMPARE(officer->cases().saveCase(changed).error().code(), ErrorCode::Conflict);
        QVERIFY(hasEvent(*officer, QStringLiteral("create-case"), AuditOutcome::Success));
        QVERIFY(hasEvent(*officer, QStringLiteral("state-change"), AuditOutcome::Success));
    }

    void evidenceReadsAreAuditedAndRefusedToAdmins()
    {
        const QString path = makeWorkspace();
        QByteArray sha;
        {
            auto officer = open(path, QStringLiteral("dhartley"), m_officerPass);
            auto stored = officer->storeOriginal(QByteArray(5000, 'm'), QStringLiteral("image/png"),
                                                 QStringLiteral("mark"), QStringLiteral("m1"));
            QVERIFY(stored);
            sha = *stored;
        }
        auto examiner = open(path, QStringLiteral("ajones"), m_examinerPass);
        QCOMPARE(examiner->readOriginal(sha, QStringLiteral("mark"), QStringLiteral("m1"))->size(), 5000);
        QVERIFY(hasEvent(*examiner, QStringLiteral("read-evidence"), AuditOutcome::Success));
        auto admin = open(path, QStringLiteral("admin"), m_adminPass);
        QCOMPARE(admin->readOriginal(sha, QStringLiteral("mark"), QStringLiteral("m1")).error().code(),
                 ErrorCode::PermissionDenied);
        QVERIFY(hasEvent(*admin, QStringLiteral("view-evidence"), AuditOutcome::Refused));
    }

    void lockedSessionRefusesEverythingUntilUnlocked()
    {
        const QString path = makeWorkspace();
        auto officer = open(path, QStringLiteral("dhartley"), m_officerPass);
        QVERIFY(officer->lock());
        QVERIFY(officer->isLocked());
        QCOMPARE(officer->cases().cases().error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(officer->unlock("not my passphrase").error().code(), ErrorCode::AuthenticationFailed);
        QVERIFY(officer->isLocked());
        QVERIFY(officer->unlock(m_officerPass));
        QVERIFY(officer->cases().cases());
        QVERIFY(hasEvent(*officer, QStringLiteral("lock"), AuditOutcome::Success));
        QVERIFY(hasEvent(*officer, QStringLiteral("unlock"), AuditOutcome::Failure));
        QVERIFY(hasEvent(*officer, QStringLiteral("unlock"), AuditOutcome::Success));
    }

    void policyPersistsAndReachesTheHeader()
    {
        const QString path = makeWorkspace();
        {
            auto admin = open(path, QStringLiteral("admin"), m_adminPass);
            WorkspacePolicy p;
            p.maxFailedLogins = 7;
            p.lockoutDuration = std::chrono::seconds(900);
            p.idleLockAfter = std::chrono::seconds(120);
            QVERIFY(admin->setPolicy(p));
        }
        auto admin = open(path, QStringLiteral("admin"), m_adminPass);
        QCOMPARE(admin->policy().maxFailedLogins, 7);
        QCOMPARE(admin->policy().idleLockAfter.count(), 120);
        auto header = storage::KeySlotHeader::load(path + QStringLiteral(".keys"));
        QCOMPARE(header->lockoutPolicy().maxFailedLogins, 7);
        QCOMPARE(header->lockoutPolicy().lockoutSeconds, 900);
    }

    void canaryStringsNeverReachTheDisk()
    {
        const QString path = makeWorkspace(QStringLiteral("canary"));
        const QByteArray canaries[] = {"CANARY-CASE-7f3a9c", "CANARY-PERSON-b81d2e", "CANARY-NOTE-44c0aa"};
        auto scan = [&]() {
            QDirIterator files(QFileInfo(path).absolutePath(), QDir::Files | QDir::Hidden);
            int scanned = 0;
            while (files.hasNext()) {
                const QByteArray bytes = readAll(files.next());
                ++scanned;
                for (const QByteArray &canary : canaries) {
                    QVERIFY2(!bytes.contains(canary), qPrintable(files.filePath() + QStringLiteral(": ") + canary));
                    // UTF-16 too, in case something wrote a QString raw.
                    QVERIFY(!bytes.contains(QByteArray(
                        reinterpret_cast<const char *>(QString::fromLatin1(canary).utf16()), canary.size() * 2)));
                }
            }
            QVERIFY(scanned >= 2);
        };
        auto officer = open(path, QStringLiteral("dhartley"), m_officerPass);
        auto c = officer->cases().saveCase(newCase(QString::fromLatin1(canaries[0])));
        QVERIFY(c);
        Person p;
        p.familyName = QString::fromLatin1(canaries[1]);
        p.givenNames = QStringLiteral("Test");
        auto person = officer->caseStore().savePerson(p);
        QVERIFY(person);
        QVERIFY(officer->caseStore().linkPerson(c->id, person->id, PersonRole::Suspect));
        QVERIFY(officer->addCaseNote(c->id, QString::fromLatin1(canaries[2])));
        scan(); // while open: database, -wal, -shm, header, sign-in record
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(officer->logout());
        scan(); // after close
        // And the data is really there.
        auto again = open(path, QStringLiteral("dhartley"), m_officerPass);
        QCOMPARE(again->cases().caseById(c->id)->summary, QString::fromLatin1(canaries[0]));
    }
};

QTEST_GUILESS_MAIN(TestLocalWorkspaceSession)
#include "tst_localworkspacesession.moc"
