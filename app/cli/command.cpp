#include "app/cli/command.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

namespace ridgeline::cli {

Context::Context(GlobalOptions options)
    : m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
    , m_errIsTerminal(::isatty(STDERR_FILENO) == 1)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

QString Context::databasePath() const
{
    if (!m_options.dbPath.isEmpty())
        return m_options.dbPath;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.ridgeline"));
}

int Context::fail(const Error &error)
{
    m_err << "ridgeline-cli: " << error.message() << Qt::endl;
    return error.exitCode();
}

int Context::usage(const QString &message)
{
    m_err << "ridgeline-cli: " << message << "\n"
          << "Try 'ridgeline-cli --help'." << Qt::endl;
    return static_cast<int>(ErrorCode::Usage);
}

void Context::progress(const QString &label, qint64 done, qint64 total)
{
    if (m_errIsTerminal) {
        const int width = 30;
        const int filled = total > 0 ? int(width * done / total) : 0;
        m_err << '\r' << label << " [" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.'))
              << "] " << done << '/' << total;
        if (done >= total)
            m_err << '\n';
        m_err.flush();
    } else {
        m_err << label << ": " << done << '/' << total << Qt::endl;
    }
}

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const Command &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

Result<ParsedCommandLine> parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](QString &target) -> bool {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("--db")) {
            if (!value(parsed.options.dbPath))
                return Error(ErrorCode::Usage, QStringLiteral("--db needs a path"));
        } else if (a == QLatin1String("--user")) {
            if (!value(parsed.options.user))
                return Error(ErrorCode::Usage, QStringLiteral("--user needs a name"));
        } else if (a == QLatin1String("--passphrase-file")) {
            if (!value(parsed.options.passphraseFile))
                return Error(ErrorCode::Usage, QStringLiteral("--passphrase-file needs a file"));
        } else if (a == QLatin1String("--json")) {
            parsed.options.json = true;
        } else if ((a == QLatin1String("--help") || a == QLatin1String("-h")) && parsed.command.isEmpty()) {
            parsed.help = true;
        } else if (parsed.command.isEmpty()) {
            parsed.command = a;
        } else {
            parsed.args.append(a);
        }
    }
    return parsed;
}

std::optional<QString> takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return std::nullopt;
    QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace ridgeline::cli
