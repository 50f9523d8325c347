#include "app/presentation/lockcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

#include <algorithm>

namespace ridgeline {

LockController::LockController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_idle, &IdleMonitor::idle, this, &LockController::lockNow);
    setIdleTimeout(effectiveIdleTimeout(session->info().policy.idleLockAfter, 0));
    m_idle.setEnabled(true);
}

std::chrono::milliseconds LockController::effectiveIdleTimeout(std::chrono::seconds policy, int preferredMinutes)
{
    using std::chrono::milliseconds;
    const milliseconds fromPolicy = policy;
    if (preferredMinutes <= 0)
        return fromPolicy;
    const milliseconds preferred = std::chrono::minutes(preferredMinutes);
    if (fromPolicy.count() <= 0)
        return preferred;
    return std::min(fromPolicy, preferred);
}

void LockController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle.setIdleTimeout(timeout);
}

void LockController::setState(State state)
{
    const bool wasLocked = isLocked();
    const bool wasBusy = isBusy();
    m_state = state;
    if (wasLocked != isLocked())
        Q_EMIT lockedChanged(isLocked());
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void LockController::lockNow()
{
    if (isLocked())
        return;
    m_idle.setEnabled(false);
    setState(State::Locking);
    whenFinished(this, m_session->lock(), [this](const Status &status) {
        // Even when the session could not record the lock, the window stays covered: the user
        // unlocks with the passphrase either way.
        setState(State::Locked);
        if (!status)
            Q_EMIT lockFailed(status.error().message());
    });
}

void LockController::unlock(QByteArray passphrase)
{
    if (m_state != State::Locked) {
        passphrase.fill('\0');
        if (m_state == State::Locking)
            Q_EMIT unlockFailed(tr("The workstation is still locking. Enter the passphrase again in a moment."));
        return;
    }
    if (passphrase.isEmpty()) {
        Q_EMIT unlockFailed(tr("Enter your passphrase to unlock."));
        return;
    }
    setState(State::Unlocking);
    whenFinished(this, m_session->unlock(std::move(passphrase)), [this](const Status &status) {
        if (!status) {
            setState(State::Locked);
            const Error &error = status.error();
            const bool wrongPassphrase = error.code() == ErrorCode::AuthenticationFailed &&
                                         !error.message().contains(QLatin1String("locked after"));
            Q_EMIT unlockFailed(wrongPassphrase ? tr("That passphrase is not right. The workstation stays locked.")
                                                : error.message());
            return;
        }
        setState(State::Unlocked);
        m_idle.setEnabled(true);
    });
}

} // namespace ridgeline
