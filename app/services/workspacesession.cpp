// Signing in: WorkspaceSession::create/open and the parts of LocalWorkspaceSession that turn a
// passphrase into an open workspace. The order of checks matters: everything that can be checked
// without the key (header present and intact, header belongs to this database, account not locked)
// comes before the deliberately slow Argon2id, and nothing is written to the database or the key
// header until the passphrase has proved right.
#include "app/services/auditedcaserepository.h"
#include "app/services/localworkspacesession.h"
#include "app/storage/lockoutstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace ridgeline {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

Error lockedError(const QString &user, qint64 untilMs)
{
    return Error(ErrorCode::AuthenticationFailed,
                 QCoreApplication::translate(
                     "ridgeline::WorkspaceSession",
                     "The account \"%1\" is locked after too many failed sign-ins until %2. Wait until then or ask an "
                     "administrator.")
                     .arg(user, utcText(untilMs)));
}

} // namespace

// The interface's answer for sessions that keep no exemplars (test fakes).
Result<QHash<QString, QString>> WorkspaceSession::userDisplayNames()
{
    return QHash<QString, QString>{{user().name, user().displayName}};
}

Result<QList<ExemplarImpressionRecord>> WorkspaceSession::exemplarImpressionsOfCase(const CaseId &)
{
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("ridgeline::WorkspaceSession",
                                             "This session keeps no exemplar impressions; open the workspace itself "
                                             "to list a case's tenprint cards."));
}

Result<std::unique_ptr<WorkspaceSession>>
WorkspaceSession::create(const QString &databasePath, const QString &adminName, const QByteArray &passphrase)
{
    auto session = LocalWorkspaceSession::create(databasePath, adminName, passphrase, SessionOptions{});
    if (!session)
        return session.error();
    return std::unique_ptr<WorkspaceSession>(std::move(*session));
}

Result<std::unique_ptr<WorkspaceSession>> WorkspaceSession::open(const QString &databasePath, const QString &userName,
                                                                 const QByteArray &passphrase)
{
    auto session = LocalWorkspaceSession::open(databasePath, userName, passphrase, SessionOptions{});
    if (!session)
        return session.error();
    return std::unique_ptr<WorkspaceSession>(std::move(*session));
}

LocalWorkspaceSession::LocalWorkspaceSession(QString path, SessionOptions options, storage::SecretBytes key,
                                             storage::KeySlotHeader header,
                                             std::unique_ptr<storage::WorkspaceDatabase> db)
    : m_path(std::move(path))
    , m_options(options)
    , m_key(std::move(key))
    , m_header(std::move(header))
    , m_db(std::move(db))
{}

Result<std::unique_ptr<LocalWorkspaceSession>> LocalWorkspaceSession::create(const QString &databasePath,
                                                                             const QString &adminName,
                                                                             const QByteArray &passphrase,
                                                                             const SessionOptions &options)
{
    if (!storage::initializeSodium())
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "libsodium could not start; no workspace can be created."));
    const QString headerPath = storage::KeySlotHeader::headerPathFor(databasePath);
    if (QFileInfo::exists(databasePath) || QFileInfo::exists(headerPath))
        return Error(ErrorCode::BadInput, QCoreApplication::translate(
                                              "ridgeline::WorkspaceSession",
                                              "%1 already exists; choose another path for the new workspace (nothing "
                                              "was overwritten).")
                                              .arg(QFileInfo::exists(databasePath) ? databasePath : headerPath));
    if (Status s = AuditedCaseRepository::checkNewAccount(adminName, passphrase); !s)
        return s.error();
    storage::SecretBytes key = storage::SecretBytes::random(storage::WorkspaceDatabase::kKeyBytes);
    auto db = storage::WorkspaceDatabase::create(databasePath, key);
    if (!db)
        return db.error();
    // The salt is in the main file only after the first checkpoint.
    Status built = (*db)->sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    auto salt = built ? storage::WorkspaceDatabase::readFileSalt(databasePath) : Result<QByteArray>(built.error());
    storage::KeySlotHeader header = storage::KeySlotHeader::createNew((*db)->databaseId(), salt ? *salt : QByteArray());
    if (salt) {
        header.setLockoutPolicy({WorkspacePolicy{}.maxFailedLogins, WorkspacePolicy{}.lockoutDuration.count()});
        built = header.setSlot(adminName, passphrase, key, options.kdf);
        if (built)
            built = header.save(headerPath, key);
    } else {
        built = salt.error();
    }
    if (built) {
        storage::SqlCipherUserRepository users((*db)->sql());
        auto admin = users.addUser(User{UserId::create(), adminName, adminName, Role::Admin, true, {}});
        if (!admin)
            built = admin.error();
    }
    if (!built) {
        // Half-made workspaces are removed so the next attempt starts clean; they held no data.
        (*db).reset();
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")})
            QFile::remove(databasePath + suffix);
        return built.error().withContext(
            QCoreApplication::translate("ridgeline::WorkspaceSession", "Creating workspace %1").arg(databasePath));
    }
    std::unique_ptr<LocalWorkspaceSession> session(
        new LocalWorkspaceSession(databasePath, options, std::move(key), std::move(header), std::move(*db)));
    if (Status s = session->start(adminName, true); !s)
        return s.error();
    return session;
}

Result<std::unique_ptr<LocalWorkspaceSession>> LocalWorkspaceSession::open(const QString &databasePath,
                                                                           const QString &userName,
                                                                           const QByteArray &passphrase,
                                                                           const SessionOptions &options)
{
    if (!storage::initializeSodium())
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "libsodium could not start; the workspace stays locked."));
    if (!QFileInfo::exists(databasePath))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "The workspace %1 does not exist. Check the path (--db) or create it "
                                                 "with 'ridgeline-cli init'.")
                         .arg(databasePath));
    auto header = storage::KeySlotHeader::load(storage::KeySlotHeader::headerPathFor(databasePath));
    if (!header)
        return header.error();
    auto salt = storage::WorkspaceDatabase::readFileSalt(databasePath);
    if (!salt)
        return salt.error();
    if (*salt != header->databaseSalt())
        return Error(ErrorCode::Corrupt, QCoreApplication::translate(
                                             "ridgeline::WorkspaceSession",
                                             "The key header %1 belongs to another workspace database, not %2. Put the "
                                             ".keys file that was made with this database beside it.")
                                             .arg(storage::KeySlotHeader::headerPathFor(databasePath), databasePath));
    storage::LockoutState lockout(databasePath);
    const qint64 now = nowMs();
    auto lockedUntil = lockout.lockedUntilMs(userName, now);
    if (lockedUntil && *lockedUntil > 0) {
        (void)lockout.recordFailure(userName, now, QStringLiteral("locked"), header->lockoutPolicy(), true);
        return lockedError(userName, *lockedUntil);
    }
    auto key = header->unwrap(userName, passphrase);
    if (!key) {
        if (key.error().code() != ErrorCode::AuthenticationFailed)
            return key.error();
        const QString reason =
            header->hasSlot(userName) ? QStringLiteral("wrong-passphrase") : QStringLiteral("unknown-user");
        auto until = lockout.recordFailure(userName, now, reason, header->lockoutPolicy(), true);
        if (until && *until > 0)
            return lockedError(userName, *until);
        return key.error();
    }
    if (Status s = header->verifyMac(*key); !s)
        return s.error();
    auto db = storage::WorkspaceDatabase::open(databasePath, *key);
    if (!db)
        return db.error();
    if ((*db)->databaseId() != header->databaseId())
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "The key header beside %1 names another database id; the two files do "
                                                 "not belong together. Restore the matching pair from a backup.")
                         .arg(databasePath));
    std::unique_ptr<LocalWorkspaceSession> session(
        new LocalWorkspaceSession(databasePath, options, std::move(*key), std::move(*header), std::move(*db)));
    if (Status s = session->start(userName, false); !s) {
        session->m_closed = true; // no logout event for a sign-in that did not complete
        return s.error();
    }
    return session;
}

Status LocalWorkspaceSession::start(const QString &userName, bool creating)
{
    storage::SqliteDatabase &sql = m_db->sql();
    auto key = storage::WorkstationKey::loadOrCreate(sql);
    if (!key)
        return key.error();
    m_workstationKey.emplace(std::move(*key));
    m_audit =
        std::make_unique<storage::SqlCipherAuditLog>(sql, *m_workstationKey, m_db->databaseId(), workstationName());
    m_audit->setCheckpointInterval(m_options.checkpointInterval);
    m_caseStore = std::make_unique<storage::SqlCipherCaseRepository>(sql);
    m_users = std::make_unique<storage::SqlCipherUserRepository>(sql);
    m_evidence = std::make_unique<storage::EvidenceStore>(sql);
    m_cases = std::make_unique<AuditedCaseRepository>(*this, *m_caseStore);
    if (Status s = loadPolicy(); !s)
        return s;
    auto account = m_users->userByName(userName);
    if (!account || !account->active) {
        // A slot without an active account: the account was removed while this header was kept.
        AuditEvent refused{0,
                           {},
                           userName,
                           {},
                           QStringLiteral("login"),
                           QStringLiteral("user"),
                           userName,
                           AuditOutcome::Failure,
                           QStringLiteral("account removed or disabled")};
        (void)m_audit->append(refused);
        return Error(
            ErrorCode::AuthenticationFailed,
            QCoreApplication::translate("ridgeline::WorkspaceSession",
                                        "The account \"%1\" is disabled in this workspace. Ask an administrator.")
                .arg(userName));
    }
    m_user = *account;
    if (Status s = checkTrailNotTruncated(); !s)
        return s;
    if (creating) {
        if (Status s = recordEvent(QStringLiteral("create-workspace"), QStringLiteral("workspace"),
                                   QString::fromLatin1(m_db->databaseId().toHex()));
            !s)
            return s;
        if (Status s = recordEvent(QStringLiteral("user-add"), QStringLiteral("user"), userName, AuditOutcome::Success,
                                   QStringLiteral("role=admin"));
            !s)
            return s;
    }
    if (Status s = importFailedLogins(userName); !s)
        return s;
    return recordEvent(QStringLiteral("login"), QStringLiteral("user"), userName);
}

Status LocalWorkspaceSession::importFailedLogins(const QString &userName)
{
    storage::LockoutState lockout(m_path);
    auto drained = lockout.pending();
    if (!drained)
        return drained.error();
    storage::SqliteTransaction transaction(m_db->sql());
    for (const storage::FailedLogin &failure : drained->pending) {
        // Recorded late but with the time it happened; the sequence shows when it was learnt.
        AuditEvent e{0,
                     QDateTime::fromMSecsSinceEpoch(failure.timeMs, Qt::UTC),
                     failure.user,
                     {},
                     failure.reason == QLatin1String("locked") ? QStringLiteral("login-refused-locked")
                                                               : QStringLiteral("login"),
                     QStringLiteral("user"),
                     failure.user,
                     AuditOutcome::Failure,
                     QStringLiteral("%1; recorded at the next successful sign-in").arg(failure.reason)};
        if (auto appended = m_audit->append(e); !appended)
            return appended.error();
    }
    // The lockout file's counter only grows; a smaller value than last seen means it was deleted or
    // rolled back, which is itself worth an audit entry.
    auto seen = m_db->setting(QStringLiteral("lockout:total_seen"));
    if (!seen)
        return seen.error();
    const qint64 lastSeen = seen->toLongLong();
    if (drained->totalFailures < lastSeen || drained->wasDamaged || drained->dropped > 0) {
        const QString details = QStringLiteral("failure counter %1, last seen %2, damaged %3, dropped %4")
                                    .arg(drained->totalFailures)
                                    .arg(lastSeen)
                                    .arg(drained->wasDamaged ? 1 : 0)
                                    .arg(drained->dropped);
        if (Status s = recordEvent(QStringLiteral("lockout-record-tampered"), QStringLiteral("workspace"),
                                   storage::LockoutState::pathFor(m_path), AuditOutcome::Failure, details);
            !s)
            return s;
        if (Status s = lockout.restoreCounter(lastSeen); !s)
            return s;
    }
    if (Status s = m_db->setSetting(QStringLiteral("lockout:total_seen"),
                                    QString::number(qMax(lastSeen, drained->totalFailures)));
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    // Cleared only now: had the audit write failed, the failures would still be pending.
    return lockout.recordSuccess(userName, drained->pending.size());
}

Status LocalWorkspaceSession::checkTrailNotTruncated()
{
    // Appending to a trail whose tail was cut off would paper over the gap with valid links, so a
    // truncation below the last signed checkpoint stops the sign-in before anything is written.
    auto heads = m_db->sql().queryText("SELECT (SELECT COALESCE(MAX(seq), 0) FROM audit_events) || ' ' || "
                                       "(SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints)");
    if (!heads)
        return heads.error();
    const qint64 last = heads->section(QLatin1Char(' '), 0, 0).toLongLong();
    const qint64 signedAt = heads->section(QLatin1Char(' '), 1, 1).toLongLong();
    if (last >= signedAt)
        return {};
    return Error(
        ErrorCode::Corrupt,
        QCoreApplication::translate("ridgeline::WorkspaceSession",
                                    "The audit trail of %1 was truncated: it ends at event %2 but a checkpoint was "
                                    "signed at event %3, so events %4 to %3 were removed. Restore the workspace "
                                    "from a backup; nothing was written.")
            .arg(m_path)
            .arg(last)
            .arg(signedAt)
            .arg(last + 1));
}

QString LocalWorkspaceSession::workstationName() const
{
    const QString fingerprint = m_workstationKey ? m_workstationKey->fingerprint() : QString();
    return QStringLiteral("%1 (%2)").arg(QSysInfo::machineHostName(), fingerprint);
}

QByteArray LocalWorkspaceSession::workstationPublicKey() const
{
    return m_workstationKey ? m_workstationKey->publicKey() : QByteArray();
}

} // namespace ridgeline
