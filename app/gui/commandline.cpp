#include "app/gui/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ridgeline {

Result<CommandLineOptions> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ridgeline::CommandLine", "Ridgeline forensic mark examination workstation"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption workspace(
        {QStringLiteral("workspace"), QStringLiteral("w")},
        QCoreApplication::translate("ridgeline::CommandLine", "Workspace database to open."), QStringLiteral("path"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("ridgeline::CommandLine", "User name to fill in."),
                                  QStringLiteral("name"));
    const QCommandLineOption loginUser(
        QStringLiteral("login-user"),
        QCoreApplication::translate("ridgeline::CommandLine",
                                    "Sign in as this user without the dialog; the passphrase is read from "
                                    "the environment variable RIDGELINE_PASSPHRASE."),
        QStringLiteral("name"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("ridgeline::CommandLine", "Save a PNG of the window to this file, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("ridgeline::CommandLine", "Milliseconds to wait before the screenshot."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    parser.addOptions({workspace, user, loginUser, screenshot, delay});

    if (!parser.parse(arguments))
        return Error(ErrorCode::Usage, parser.errorText());
    CommandLineOptions options;
    // Both print and exit the process.
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return Error(ErrorCode::Usage, QCoreApplication::translate("ridgeline::CommandLine", "Unexpected argument: %1")
                                           .arg(parser.positionalArguments().constFirst()));
    options.workspace = parser.value(workspace);
    options.user = parser.value(user);
    options.loginUser = parser.value(loginUser);
    options.screenshot = parser.value(screenshot);
    bool ok = false;
    options.screenshotDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || options.screenshotDelayMs < 0)
        return Error(ErrorCode::Usage, QCoreApplication::translate("ridgeline::CommandLine",
                                                                   "--screenshot-delay needs a number of milliseconds, "
                                                                   "not \"%1\"")
                                           .arg(parser.value(delay)));
    return options;
}

} // namespace ridgeline
