#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace ridgeline {

// Watches every input event of the application (an event filter on the QCoreApplication) and
// emits idle() once no key, mouse, wheel or touch input has arrived for idleTimeout(). Display-free:
// it only looks at event types. UI thread. Starts disabled; a timeout of zero disables it.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    std::chrono::milliseconds idleTimeout() const { return m_timeout; }
    void setIdleTimeout(std::chrono::milliseconds timeout);

    bool isEnabled() const { return m_enabled; }
    // Enabling starts a fresh idle period.
    void setEnabled(bool enabled);
    // Counts as user activity.
    void reset();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_enabled = false;
};

} // namespace ridgeline
