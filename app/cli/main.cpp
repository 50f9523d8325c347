// ridgeline-cli: the workstation's headless companion. The contract is design/CLI.md.
#include "app/cli/command.h"
#include "app/core/hugepagemalloc.h"

#include <QDir>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>

using namespace ridgeline;
using namespace ridgeline::cli;

namespace {

void printHelp(const CommandRegistry &registry)
{
    QTextStream out(stdout);
    out << "Usage: ridgeline-cli [--db PATH] [--user NAME] [--passphrase-file FILE] COMMAND [ARGS]\n\n"
        << "The passphrase is read from --passphrase-file, else RIDGELINE_PASSPHRASE, else a terminal prompt.\n\n"
        << "Commands:\n";
    for (const Command &c : registry.commands())
        out << c.synopsis << '\n';
    out << "\nExit codes: 0 success, 1 mismatch, 2 usage, 3 authentication failed, 4 bad input,\n"
        << "5 permission denied, 6 corrupt or tampered, 7 not found.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    ridgeline::keepImageBuffersInTheHeap(); // decoding image after image reuses the same pages
    // Reports, statements and thumbnails are painted with QPainter, which needs a GUI application;
    // the CLI never shows a window, so it uses the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on every start without one; a private folder keeps stderr for real messages.
        const QByteArray runtime =
            QDir::tempPath().toLocal8Bit() + "/ridgeline-runtime-" + QByteArray::number(getuid());
        ::mkdir(runtime.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ridgeline"));
    QCoreApplication::setApplicationName(QStringLiteral("Ridgeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RIDGELINE_VERSION));

    CommandRegistry registry;
    registerWorkspaceCommands(registry);
    registerImportCommands(registry);
    registerPrintCommands(registry);
    registerInteropCommands(registry);
    registerEnhanceCommands(registry);
    registerMarkCommands(registry);
    registerSearchCommands(registry);
    registerCaseworkCommands(registry);
    registerReportCommands(registry);
    registerTemplateCommands(registry);

    QStringList arguments = app.arguments();
    arguments.removeFirst();
    auto parsed = parseCommandLine(arguments);
    if (!parsed) {
        Context context({});
        return context.usage(parsed.error().message());
    }
    if (parsed->help || parsed->command.isEmpty()) {
        printHelp(registry);
        return parsed->help ? 0 : int(ErrorCode::Usage);
    }
    if (parsed->command == QLatin1String("--version")) {
        QTextStream(stdout) << "ridgeline-cli " << RIDGELINE_VERSION << '\n';
        return 0;
    }
    Context context(parsed->options);
    const Command *command = registry.find(parsed->command);
    if (!command)
        return context.usage(QStringLiteral("unknown command \"%1\"").arg(parsed->command));
    return command->run(context, parsed->args);
}
