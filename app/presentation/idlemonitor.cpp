#include "app/presentation/idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace ridgeline {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::idle);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleMonitor::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    restart();
}

void IdleMonitor::setEnabled(bool enabled)
{
    m_enabled = enabled;
    restart();
}

void IdleMonitor::reset()
{
    if (m_timer.isActive())
        m_timer.start();
}

void IdleMonitor::restart()
{
    if (m_enabled && m_timeout.count() > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    // The timer restarts only for input: paint and timer events would otherwise keep the
    // workstation unlocked forever.
    if (m_timer.isActive() && isUserInput(event->type()))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace ridgeline
