#pragma once

#include "app/gui/commandline.h"
#include "app/presentation/logincontroller.h"
#include "app/presentation/translationloader.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace ridgeline {

class LoginDialog;
class MainWindow;

// The composition root of the window program: language, sign-in (dialog or --login-user),
// the main window, logging out back to the sign-in, and the unattended screenshot.
class Workstation : public QObject
{
    Q_OBJECT
public:
    Workstation(CommandLineOptions options, SessionOpener opener, QObject *parent = nullptr);
    ~Workstation() override;

    // Shows the first window. Returns an exit code to stop with at once, or -1 to run the event loop.
    int start();

    MainWindow *mainWindow() const { return m_window.get(); }

Q_SIGNALS:
    // The program should end with this code (screenshot written, unattended sign-in failed, ...).
    void finished(int exitCode);

private:
    void showLogin();
    void signInUnattended();
    void openMainWindow();
    void logout();
    void takeScreenshotIfAsked();

    CommandLineOptions m_options;
    QSettings m_settings;
    TranslationLoader m_translations;
    LoginController m_login;
    std::unique_ptr<LoginDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
    bool m_screenshotScheduled = false;
};

} // namespace ridgeline
