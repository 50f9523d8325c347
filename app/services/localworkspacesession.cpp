#include "app/services/localworkspacesession.h"

#include "app/services/auditedcaserepository.h"
#include "app/storage/lockoutstate.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ridgeline {
namespace {

const QString kMaxFailed = QStringLiteral("policy:max_failed_logins");
const QString kLockoutSeconds = QStringLiteral("policy:lockout_seconds");
const QString kIdleSeconds = QStringLiteral("policy:idle_lock_seconds");
const QString kBlind = QStringLiteral("policy:blind_verification");
const QString kUnsigned = QStringLiteral("policy:accept_unsigned_packages");

} // namespace

LocalWorkspaceSession::~LocalWorkspaceSession()
{
    // A session that goes away without logout() still leaves a signed head behind.
    if (!m_closed && m_db)
        (void)logout();
}

Status LocalWorkspaceSession::checkUsable() const
{
    if (m_closed)
        return Error(ErrorCode::PermissionDenied, QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                                              "The session has ended; sign in again."));
    if (m_locked)
        return Error(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("ridgeline::WorkspaceSession",
                                        "The session of \"%1\" is locked; unlock it with your passphrase first.")
                .arg(m_user.name));
    return {};
}

Status LocalWorkspaceSession::recordEvent(const QString &action, const QString &objectType, const QString &objectId,
                                          AuditOutcome outcome, const QString &details)
{
    if (m_closed)
        return Error(ErrorCode::PermissionDenied, QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                                              "The session has ended; sign in again."));
    AuditEvent event{0, {}, m_user.name, {}, action, objectType, objectId, outcome, details};
    auto appended = m_audit->append(event);
    if (!appended)
        return appended.error();
    return {};
}

Status LocalWorkspaceSession::require(Action action, const QString &objectType, const QString &objectId)
{
    if (m_closed)
        return Error(ErrorCode::PermissionDenied, QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                                              "The session has ended; sign in again."));
    QString why;
    if (m_locked)
        why = QStringLiteral("session locked");
    else if (!isAllowed(m_user.role, action))
        why = QStringLiteral("role %1").arg(roleKey(m_user.role));
    if (why.isEmpty())
        return {};
    if (Status s = recordEvent(actionKey(action), objectType, objectId, AuditOutcome::Refused, why); !s)
        return s;
    if (m_locked)
        return checkUsable();
    return Error(
        ErrorCode::PermissionDenied,
        QCoreApplication::translate("ridgeline::WorkspaceSession",
                                    "%1 (%2) may not %3%4. Ask a user whose role allows it; the refusal was recorded.")
            .arg(m_user.name, roleDisplayName(m_user.role), actionKey(action),
                 objectId.isEmpty() ? QString()
                                    : QCoreApplication::translate("ridgeline::WorkspaceSession", " on %1 %2")
                                          .arg(objectType, objectId)));
}

CaseRepository &LocalWorkspaceSession::cases()
{
    return *m_cases;
}

AuditLog &LocalWorkspaceSession::audit()
{
    return *m_audit;
}

Status LocalWorkspaceSession::loadPolicy()
{
    WorkspacePolicy p;
    const auto read = [this](const QString &key, qint64 fallback) -> qint64 {
        auto value = m_db->setting(key);
        return value && !value->isEmpty() ? value->toLongLong() : fallback;
    };
    p.maxFailedLogins = int(read(kMaxFailed, p.maxFailedLogins));
    p.lockoutDuration = std::chrono::seconds(read(kLockoutSeconds, p.lockoutDuration.count()));
    p.idleLockAfter = std::chrono::seconds(read(kIdleSeconds, p.idleLockAfter.count()));
    p.blindVerification = read(kBlind, p.blindVerification ? 1 : 0) != 0;
    p.acceptUnsignedPackages = read(kUnsigned, p.acceptUnsignedPackages ? 1 : 0) != 0;
    m_policy = p;
    return {};
}

Status LocalWorkspaceSession::setPolicy(const WorkspacePolicy &policy)
{
    if (Status s = require(Action::ManagePolicy, QStringLiteral("workspace"), QStringLiteral("policy")); !s)
        return s;
    if (policy.maxFailedLogins < 1 || policy.lockoutDuration.count() < 0 || policy.idleLockAfter.count() < 0)
        return Error(ErrorCode::BadInput, QCoreApplication::translate(
                                              "ridgeline::WorkspaceSession",
                                              "The policy needs at least one allowed failed sign-in and durations of "
                                              "zero or more seconds."));
    auto header = freshHeader();
    if (!header)
        return header.error();
    storage::SqliteTransaction transaction(m_db->sql());
    const QList<std::pair<QString, qint64>> values{{kMaxFailed, policy.maxFailedLogins},
                                                   {kLockoutSeconds, policy.lockoutDuration.count()},
                                                   {kIdleSeconds, policy.idleLockAfter.count()},
                                                   {kBlind, policy.blindVerification ? 1 : 0},
                                                   {kUnsigned, policy.acceptUnsignedPackages ? 1 : 0}};
    for (const auto &[key, value] : values) {
        if (Status s = m_db->setSetting(key, QString::number(value)); !s)
            return s;
    }
    const QString details = QStringLiteral("maxFailedLogins=%1 lockoutSeconds=%2 idleLockSeconds=%3")
                                .arg(policy.maxFailedLogins)
                                .arg(policy.lockoutDuration.count())
                                .arg(policy.idleLockAfter.count());
    if (Status s = recordEvent(QStringLiteral("policy-change"), QStringLiteral("workspace"), QStringLiteral("policy"),
                               AuditOutcome::Success, details);
        !s)
        return s;
    // Failed sign-ins cannot read the database, so the lockout numbers travel in the header too.
    header->setLockoutPolicy({policy.maxFailedLogins, policy.lockoutDuration.count()});
    if (Status s = header->save(storage::KeySlotHeader::headerPathFor(m_path), m_key); !s)
        return s;
    m_header = std::move(*header);
    m_policy = policy;
    return transaction.commit();
}

Result<storage::KeySlotHeader> LocalWorkspaceSession::freshHeader() const
{
    auto header = storage::KeySlotHeader::load(storage::KeySlotHeader::headerPathFor(m_path));
    if (!header)
        return header.error();
    if (Status s = header->verifyMac(m_key); !s)
        return s.error();
    return header;
}

Result<User> LocalWorkspaceSession::addUser(const QString &name, const QString &displayName, Role role,
                                            const QByteArray &passphrase)
{
    if (Status s = require(Action::ManageUsers, QStringLiteral("user"), name); !s)
        return s.error();
    if (Status s = AuditedCaseRepository::checkNewAccount(name, passphrase); !s)
        return s.error();
    auto header = freshHeader();
    if (!header)
        return header.error();
    if (header->hasSlot(name))
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "User \"%1\" already exists; choose another name.")
                         .arg(name));
    // Account row and audit event first, header last, commit after the header is on disk: a crash in
    // between leaves at worst a slot without an account, which cannot sign in.
    storage::SqliteTransaction transaction(m_db->sql());
    auto user = m_users->addUser(User{UserId::create(), name, displayName, role, true, {}});
    if (!user)
        return user.error();
    if (Status s = recordEvent(QStringLiteral("user-add"), QStringLiteral("user"), name, AuditOutcome::Success,
                               QStringLiteral("role=%1").arg(roleKey(role)));
        !s)
        return s.error();
    if (Status s = header->setSlot(name, passphrase, m_key, m_options.kdf); !s)
        return s.error();
    if (Status s = header->save(storage::KeySlotHeader::headerPathFor(m_path), m_key); !s)
        return s.error();
    m_header = std::move(*header);
    if (Status s = transaction.commit(); !s)
        return s.error();
    return user;
}

Status LocalWorkspaceSession::removeUser(const QString &name)
{
    if (Status s = require(Action::ManageUsers, QStringLiteral("user"), name); !s)
        return s;
    if (name == m_user.name)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "You cannot remove your own account (%1); ask another administrator.")
                         .arg(name));
    auto header = freshHeader();
    if (!header)
        return header.error();
    if (!header->removeSlot(name))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                                      "There is no user \"%1\" in this workspace.")
                                              .arg(name));
    storage::SqliteTransaction transaction(m_db->sql());
    if (Status s = m_users->setActive(name, false); !s)
        return s;
    if (Status s = recordEvent(QStringLiteral("user-remove"), QStringLiteral("user"), name); !s)
        return s;
    if (Status s = header->save(storage::KeySlotHeader::headerPathFor(m_path), m_key); !s)
        return s;
    m_header = std::move(*header);
    return transaction.commit();
}

Status LocalWorkspaceSession::changeOwnPassphrase(const QByteArray &oldPassphrase, const QByteArray &newPassphrase)
{
    if (Status s = require(Action::ChangeOwnPassphrase, QStringLiteral("user"), m_user.name); !s)
        return s;
    if (Status s = AuditedCaseRepository::checkNewAccount(m_user.name, newPassphrase); !s)
        return s;
    auto header = freshHeader();
    if (!header)
        return header.error();
    auto key = header->unwrap(m_user.name, oldPassphrase);
    if (!key || !key->equals(m_key)) {
        (void)recordEvent(QStringLiteral("passphrase-change"), QStringLiteral("user"), m_user.name,
                          AuditOutcome::Failure, QStringLiteral("current passphrase wrong"));
        return Error(
            ErrorCode::AuthenticationFailed,
            QCoreApplication::translate("ridgeline::WorkspaceSession",
                                        "The current passphrase of \"%1\" is wrong; the passphrase was not changed.")
                .arg(m_user.name));
    }
    storage::SqliteTransaction transaction(m_db->sql());
    if (Status s = recordEvent(QStringLiteral("passphrase-change"), QStringLiteral("user"), m_user.name); !s)
        return s;
    if (Status s = header->setSlot(m_user.name, newPassphrase, m_key, m_options.kdf); !s)
        return s;
    if (Status s = header->save(storage::KeySlotHeader::headerPathFor(m_path), m_key); !s)
        return s;
    m_header = std::move(*header);
    return transaction.commit();
}

Result<QList<User>> LocalWorkspaceSession::users()
{
    if (Status s = require(Action::ManageUsers); !s)
        return s.error();
    return m_users->users();
}

Result<QHash<QString, QString>> LocalWorkspaceSession::userDisplayNames()
{
    if (Status s = require(Action::ViewCase); !s)
        return s.error();
    auto all = m_users->users();
    if (!all)
        return all.error();
    QHash<QString, QString> names;
    for (const User &u : *all)
        names.insert(u.name, u.displayName);
    return names;
}

Result<QList<AuditEvent>> LocalWorkspaceSession::auditEvents(const QString &objectType, const QString &objectId)
{
    if (Status s = require(Action::ViewAudit, objectType, objectId); !s)
        return s.error();
    return m_audit->events(objectType, objectId);
}

Result<QList<AuditEvent>> LocalWorkspaceSession::auditEventsOfCase(const CaseId &caseId)
{
    // The case officer follows their case through its timeline (issue 7) without the workspace's
    // whole trail; examiners never read it, so blind verification holds.
    const Action needed = m_user.role == Role::CaseOfficer ? Action::ViewCase : Action::ViewAudit;
    if (Status s = require(needed, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    return m_audit->eventsOfCase(caseId.toString());
}

Status LocalWorkspaceSession::lock()
{
    if (Status s = checkUsable(); !s)
        return s;
    if (Status s = recordEvent(QStringLiteral("lock"), QStringLiteral("user"), m_user.name); !s)
        return s;
    m_locked = true;
    return {};
}

Status LocalWorkspaceSession::unlock(const QByteArray &passphrase)
{
    if (m_closed)
        return checkUsable();
    if (!m_locked)
        return {};
    storage::LockoutState lockout(m_path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto until = lockout.lockedUntilMs(m_user.name, now);
    if (until && *until > 0) {
        (void)recordEvent(QStringLiteral("unlock"), QStringLiteral("user"), m_user.name, AuditOutcome::Refused,
                          QStringLiteral("account locked"));
        return Error(ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "The account \"%1\" is locked after too many failed attempts "
                                                 "until %2.")
                         .arg(m_user.name, QDateTime::fromMSecsSinceEpoch(*until, Qt::UTC).toString(Qt::ISODate)));
    }
    auto key = m_header.unwrap(m_user.name, passphrase);
    if (!key || !key->equals(m_key)) {
        (void)recordEvent(QStringLiteral("unlock"), QStringLiteral("user"), m_user.name, AuditOutcome::Failure,
                          QStringLiteral("wrong passphrase"));
        (void)lockout.recordFailure(m_user.name, now, QStringLiteral("wrong-passphrase"), m_header.lockoutPolicy(),
                                    false);
        return Error(ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                 "Wrong passphrase for \"%1\"; the session stays locked.")
                         .arg(m_user.name));
    }
    m_locked = false;
    if (Status s = importFailedLogins(m_user.name); !s)
        return s;
    return recordEvent(QStringLiteral("unlock"), QStringLiteral("user"), m_user.name);
}

Status LocalWorkspaceSession::logout()
{
    if (m_closed)
        return {};
    m_staging.reset(); // an import that never reached commitImport leaves nothing behind
    Status status = recordEvent(QStringLiteral("logout"), QStringLiteral("user"), m_user.name);
    if (status)
        status = m_audit->signCheckpoint();
    m_closed = true;
    m_cases.reset();
    m_evidence.reset();
    m_users.reset();
    m_caseStore.reset();
    m_audit.reset();
    m_db.reset();
    m_key = storage::SecretBytes();
    return status;
}

Result<QByteArray> LocalWorkspaceSession::storeOriginal(const QByteArray &bytes, const QString &mediaType,
                                                        const QString &objectType, const QString &objectId)
{
    if (Status s = require(Action::ImportTransmission, objectType, objectId); !s)
        return s.error();
    storage::SqliteTransaction transaction(m_db->sql());
    auto sha = m_evidence->put(bytes, mediaType);
    if (!sha)
        return sha.error();
    if (Status s = recordEvent(QStringLiteral("import-original"), objectType, objectId, AuditOutcome::Success,
                               QStringLiteral("sha256=%1 bytes=%2 type=%3")
                                   .arg(QString::fromLatin1(sha->toHex()))
                                   .arg(bytes.size())
                                   .arg(mediaType));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return sha;
}

Result<QByteArray> LocalWorkspaceSession::readOriginal(const QByteArray &sha256, const QString &objectType,
                                                       const QString &objectId)
{
    if (Status s = require(Action::ViewEvidence, objectType, objectId); !s)
        return s.error();
    // ACE-V: an exemplar is withheld from an examiner with an uncommitted analysis in any case of
    // the exemplar's person, and its first sight is recorded for every such case.
    QList<CaseId> exemplarCases;
    // Decided by the bytes asked for (an exemplar's original), whatever object the caller names.
    if (m_user.role == Role::Examiner) {
        storage::SqliteStatement cases(m_db->sql(), "SELECT DISTINCT cp.case_id FROM exemplar_impressions e JOIN "
                                                    "case_persons cp ON cp.person_id = e.person_id WHERE "
                                                    "e.original_sha256 = ?");
        cases.bindBlob(1, sha256);
        for (;;) {
            auto row = cases.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            exemplarCases.append(CaseId::fromString(cases.text(0)));
        }
        for (const CaseId &caseId : exemplarCases)
            if (Status s =
                    checkSequestration(caseId, QCoreApplication::translate("ridgeline::Casework", "exemplar images"),
                                       objectType, objectId);
                !s)
                return s.error();
    }
    auto bytes = m_evidence->read(sha256);
    const QString details = QStringLiteral("sha256=%1").arg(QString::fromLatin1(sha256.toHex()));
    if (Status s = recordEvent(QStringLiteral("read-evidence"), objectType, objectId,
                               bytes ? AuditOutcome::Success : AuditOutcome::Failure,
                               bytes ? details : details + QStringLiteral("; ") + bytes.error().message());
        !s)
        return s.error();
    if (bytes)
        for (const CaseId &caseId : exemplarCases)
            if (Status s = noteExemplarExposure(caseId); !s)
                return s.error();
    return bytes;
}

Result<storage::CaseNote> LocalWorkspaceSession::addCaseNote(const CaseId &caseId, const QString &text)
{
    if (Status s = require(Action::AddCaseNote, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    storage::SqliteTransaction transaction(m_db->sql());
    auto note = m_caseStore->addNote(caseId, m_user.name, text);
    if (!note)
        return note.error();
    if (Status s = recordEvent(QStringLiteral("add-note"), QStringLiteral("case"), caseId.toString(),
                               AuditOutcome::Success, QStringLiteral("note %1").arg(note->id));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return note;
}

} // namespace ridgeline
