#include "app/gui/workstation.h"

#include "app/gui/logindialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/screenshot.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/preferences.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

namespace ridgeline {

Workstation::Workstation(CommandLineOptions options, SessionOpener opener, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_login(std::move(opener))
{
    m_translations.apply(PreferencesStore(m_settings).preferences().language);
    connect(&m_login, &LoginController::signedIn, this, &Workstation::openMainWindow);
}

Workstation::~Workstation()
{
    // The window logs out when destroyed; do it before the login controller goes.
    m_window.reset();
}

int Workstation::start()
{
    if (!m_options.loginUser.isEmpty()) {
        signInUnattended();
        return -1;
    }
    showLogin();
    return -1;
}

void Workstation::showLogin()
{
    m_dialog = std::make_unique<LoginDialog>(&m_login);
    PreferencesStore store(m_settings);
    m_dialog->setWorkspace(m_options.workspace.isEmpty() ? store.lastWorkspace() : m_options.workspace);
    m_dialog->setUserName(m_options.user.isEmpty() ? store.lastUserName() : m_options.user);
    connect(m_dialog.get(), &QDialog::rejected, this, [this]() {
        if (!m_window)
            Q_EMIT finished(0);
    });
    m_dialog->show();
    takeScreenshotIfAsked();
}

void Workstation::signInUnattended()
{
    // Read once and remove from the environment so that nothing this process starts inherits it.
    QByteArray passphrase = qgetenv("RIDGELINE_PASSPHRASE");
    qunsetenv("RIDGELINE_PASSPHRASE");
    if (passphrase.isEmpty()) {
        QTextStream(stderr) << "ridgeline: --login-user needs the passphrase in the environment variable "
                               "RIDGELINE_PASSPHRASE\n";
        Q_EMIT finished(int(ErrorCode::Usage));
        return;
    }
    connect(&m_login, &LoginController::failed, this, [this](LoginFailure, const QString &message) {
        QTextStream(stderr) << "ridgeline: " << message << '\n';
        Q_EMIT finished(int(ErrorCode::AuthenticationFailed));
    });
    m_login.signIn(m_options.workspace, m_options.loginUser, std::move(passphrase));
}

void Workstation::openMainWindow()
{
    std::unique_ptr<SessionController> session = m_login.takeSession();
    if (!session)
        return;
    if (m_dialog) {
        PreferencesStore(m_settings).setLastLogin(m_dialog->workspace(), m_dialog->userName());
        m_dialog->hide();
        m_dialog.release()->deleteLater();
    }
    m_window = std::make_unique<MainWindow>(std::move(session), m_settings);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &Workstation::logout, Qt::QueuedConnection);
    m_window->show();
    takeScreenshotIfAsked();
}

void Workstation::logout()
{
    // Show the sign-in first so that closing the main window does not end the program.
    showLogin();
    m_window.reset();
}

void Workstation::takeScreenshotIfAsked()
{
    if (m_options.screenshot.isEmpty() || m_screenshotScheduled)
        return;
    // With --login-user, wait for the main window; otherwise shoot whatever shows (the sign-in).
    if (!m_options.loginUser.isEmpty() && !m_window)
        return;
    m_screenshotScheduled = true;
    scheduleScreenshot(
        m_options.screenshot, m_options.screenshotDelayMs,
        [this]() -> QWidget * {
            if (m_window && m_window->isVisible())
                return m_window.get();
            return m_dialog && m_dialog->isVisible() ? m_dialog.get() : nullptr;
        },
        [this](bool ok, const QString &message) {
            QTextStream(ok ? stdout : stderr) << "ridgeline: screenshot " << message << '\n';
            Q_EMIT finished(ok ? 0 : 1);
        });
}

} // namespace ridgeline
