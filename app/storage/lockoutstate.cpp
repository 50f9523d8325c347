#include "app/storage/lockoutstate.h"

#include "app/storage/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ridgeline::storage {
namespace {

constexpr int kMaxPending = 1000;
constexpr int kMaxTrackedUsers = 1000;

struct State
{
    QJsonObject root;
    bool damaged = false;
};

State readState(const QString &path)
{
    State state;
    auto bytes = readWholeFile(path, 4 * 1024 * 1024);
    if (!bytes) {
        state.damaged = bytes.error().code() != ErrorCode::NotFound;
        return state;
    }
    const QJsonDocument document = QJsonDocument::fromJson(*bytes);
    if (!document.isObject() ||
        document.object().value(QStringLiteral("format")).toString() != QLatin1String("ridgeline-lockout")) {
        state.damaged = true;
        return state;
    }
    state.root = document.object();
    return state;
}

Status writeState(const QString &path, QJsonObject root)
{
    root.insert(QStringLiteral("format"), QStringLiteral("ridgeline-lockout"));
    root.insert(QStringLiteral("version"), 1);
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

// Serialises read-modify-write across processes. flock() rather than QLockFile: the kernel drops the
// lock when its holder dies, even by SIGKILL half-way through, so no stale lock can block sign-in.
class Guard
{
public:
    explicit Guard(const QString &path)
    {
        m_fd =
            ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        for (int waited = 0; m_fd >= 0 && waited < 10000; waited += 5) {
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                m_locked = true;
                return;
            }
            ::usleep(5000);
        }
    }
    ~Guard()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    Guard(const Guard &) = delete;
    Guard &operator=(const Guard &) = delete;
    bool locked() const { return m_locked; }

private:
    int m_fd = -1;
    bool m_locked = false;
};

Error busy(const QString &path)
{
    return Error(ErrorCode::Io,
                 QCoreApplication::translate("ridgeline::storage",
                                             "The sign-in record %1 is locked by another Ridgeline process; try again.")
                     .arg(path));
}

} // namespace

LockoutState::LockoutState(QString databasePath)
    : m_path(pathFor(databasePath))
{}

Result<qint64> LockoutState::lockedUntilMs(const QString &user, qint64 nowMs) const
{
    const State state = readState(m_path);
    const qint64 until = qint64(state.root.value(QStringLiteral("users"))
                                    .toObject()
                                    .value(user)
                                    .toObject()
                                    .value(QStringLiteral("lockedUntilMs"))
                                    .toDouble());
    return until > nowMs ? until : qint64(0);
}

Result<qint64> LockoutState::recordFailure(const QString &user, qint64 nowMs, const QString &reason,
                                           const LockoutPolicy &policy, bool pendingAudit)
{
    Guard guard(m_path);
    if (!guard.locked())
        return busy(m_path);
    State state = readState(m_path);
    QJsonObject users = state.root.value(QStringLiteral("users")).toObject();
    QJsonObject entry = users.value(user).toObject();
    qint64 lockedUntil = qint64(entry.value(QStringLiteral("lockedUntilMs")).toDouble());
    int consecutive = entry.value(QStringLiteral("consecutive")).toInt();
    if (lockedUntil != 0 && lockedUntil <= nowMs) {
        // The previous lock ran out: counting starts again.
        lockedUntil = 0;
        consecutive = 0;
    }
    if (reason != QLatin1String("locked"))
        ++consecutive;
    if (lockedUntil == 0 && policy.maxFailedLogins > 0 && consecutive >= policy.maxFailedLogins)
        lockedUntil = nowMs + policy.lockoutSeconds * 1000;
    if (!users.contains(user) && users.size() >= kMaxTrackedUsers) {
        // Guessing at random names must not grow this file without bound: forget an unlocked entry.
        for (auto it = users.begin(); it != users.end(); ++it) {
            if (it.value().toObject().value(QStringLiteral("lockedUntilMs")).toDouble() <= double(nowMs)) {
                users.erase(it);
                break;
            }
        }
    }
    entry.insert(QStringLiteral("consecutive"), consecutive);
    entry.insert(QStringLiteral("lockedUntilMs"), double(lockedUntil));
    users.insert(user, entry);
    state.root.insert(QStringLiteral("users"), users);
    state.root.insert(QStringLiteral("totalFailures"),
                      state.root.value(QStringLiteral("totalFailures")).toDouble() + 1);
    if (state.damaged)
        state.root.insert(QStringLiteral("wasDamaged"), true);
    if (pendingAudit) {
        QJsonArray pending = state.root.value(QStringLiteral("pending")).toArray();
        if (pending.size() >= kMaxPending) {
            pending.removeFirst();
            state.root.insert(QStringLiteral("dropped"), state.root.value(QStringLiteral("dropped")).toDouble() + 1);
        }
        pending.append(QJsonObject{{QStringLiteral("user"), user.left(128)},
                                   {QStringLiteral("timeMs"), double(nowMs)},
                                   {QStringLiteral("reason"), reason}});
        state.root.insert(QStringLiteral("pending"), pending);
    }
    if (Status s = writeState(m_path, state.root); !s)
        return s.error();
    return lockedUntil > nowMs ? lockedUntil : qint64(0);
}

Result<LockoutState::Drained> LockoutState::pending() const
{
    if (!QFile::exists(m_path))
        return Drained{};
    Guard guard(m_path);
    if (!guard.locked())
        return busy(m_path);
    const State state = readState(m_path);
    Drained drained;
    drained.wasDamaged = state.damaged || state.root.value(QStringLiteral("wasDamaged")).toBool();
    drained.totalFailures = qint64(state.root.value(QStringLiteral("totalFailures")).toDouble());
    drained.dropped = qint64(state.root.value(QStringLiteral("dropped")).toDouble());
    for (const QJsonValue &value : state.root.value(QStringLiteral("pending")).toArray()) {
        const QJsonObject o = value.toObject();
        drained.pending.append({o.value(QStringLiteral("user")).toString(),
                                qint64(o.value(QStringLiteral("timeMs")).toDouble()),
                                o.value(QStringLiteral("reason")).toString()});
    }
    return drained;
}

Status LockoutState::recordSuccess(const QString &user, qsizetype audited)
{
    if (!QFile::exists(m_path))
        return {}; // nothing failed since the file was last cleared: no need to create it
    Guard guard(m_path);
    if (!guard.locked())
        return busy(m_path);
    State state = readState(m_path);
    QJsonObject users = state.root.value(QStringLiteral("users")).toObject();
    users.remove(user);
    state.root.insert(QStringLiteral("users"), users);
    // Only the entries that reached the audit trail go; failures recorded meanwhile stay pending.
    QJsonArray pending = state.root.value(QStringLiteral("pending")).toArray();
    for (qsizetype i = 0; i < audited && !pending.isEmpty(); ++i)
        pending.removeFirst();
    state.root.insert(QStringLiteral("pending"), pending);
    state.root.remove(QStringLiteral("dropped"));
    state.root.remove(QStringLiteral("wasDamaged"));
    return writeState(m_path, state.root);
}

Status LockoutState::restoreCounter(qint64 total)
{
    Guard guard(m_path);
    if (!guard.locked())
        return busy(m_path);
    State state = readState(m_path);
    if (qint64(state.root.value(QStringLiteral("totalFailures")).toDouble()) >= total && !state.damaged)
        return {};
    state.root.insert(QStringLiteral("totalFailures"), double(total));
    return writeState(m_path, state.root);
}

} // namespace ridgeline::storage
