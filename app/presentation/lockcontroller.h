#pragma once

#include "app/presentation/idlemonitor.h"

#include <QObject>

#include <chrono>

namespace ridgeline {

class SessionController;

// Locks the session on request or after idle time and unlocks it with the same user's
// passphrase. The window hides its content as soon as lockedChanged(true) arrives, before the
// session has finished locking on its thread. UI thread.
class LockController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unlocked,
        Locking,
        Locked,
        Unlocking
    };

    LockController(SessionController *session, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isLocked() const { return m_state != State::Unlocked; }
    bool isBusy() const { return m_state == State::Locking || m_state == State::Unlocking; }
    IdleMonitor *idleMonitor() { return &m_idle; }

    // The policy sets the longest idle time; a user preference (minutes, 0 = none) may only
    // shorten it.
    static std::chrono::milliseconds effectiveIdleTimeout(std::chrono::seconds policy, int preferredMinutes);
    void setIdleTimeout(std::chrono::milliseconds timeout);

public Q_SLOTS:
    void lockNow();
    // Pass the passphrase with std::move; it is wiped after use.
    void unlock(QByteArray passphrase);

Q_SIGNALS:
    void lockedChanged(bool locked);
    void busyChanged(bool busy);
    void unlockFailed(const QString &message);
    void lockFailed(const QString &message);

private:
    void setState(State state);

    SessionController *m_session;
    IdleMonitor m_idle;
    State m_state = State::Unlocked;
};

} // namespace ridgeline
