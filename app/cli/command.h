#pragma once

#include "app/core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <utility>

namespace ridgeline::cli {

// Options every command accepts (design/CLI.md "Common"). They may appear before or after the
// command name.
struct GlobalOptions
{
    QString dbPath; // empty: the default workspace in the user's data folder
    QString user;
    QString passphraseFile;
    bool json = false;
};

// What a command gets to work with. Results go to out(), progress and messages to err().
class Context
{
public:
    explicit Context(GlobalOptions options);

    const GlobalOptions &options() const { return m_options; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The workspace database path: --db, else the default location.
    QString databasePath() const;

    // Prints "ridgeline-cli: <message>" to stderr and returns the error's exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    // One progress line on stderr ("label: done/total"); a bar when stderr is a terminal.
    void progress(const QString &label, qint64 done, qint64 total);

private:
    GlobalOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal = false;
};

struct Command
{
    QString name;     // first word: "init", "user", "an2k", ...
    QString synopsis; // one line per form, for --help
    std::function<int(Context &, const QStringList &args)> run;
};

class CommandRegistry
{
public:
    void add(Command command);
    const Command *find(const QString &name) const;
    // For a group that adds forms to a command another group registered (caseworkcommands.cpp).
    Command *find(const QString &name) { return const_cast<Command *>(std::as_const(*this).find(name)); }
    const QList<Command> &commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

// Each group lives in its own file.
void registerWorkspaceCommands(CommandRegistry &registry);
void registerPrintCommands(CommandRegistry &registry);
void registerInteropCommands(CommandRegistry &registry);
void registerImportCommands(CommandRegistry &registry);
void registerEnhanceCommands(CommandRegistry &registry); // enhancecommands.cpp (recipes, validation)
void registerSearchCommands(CommandRegistry &registry);  // searchcommands.cpp (exemplar templates, search)
void registerMarkCommands(CommandRegistry &registry);    // markcommands.cpp (work saved with a mark, replay)
// caseworkcommands.cpp (ACE-V steps, sign-off, worklist); adds forms to "mark" and "case", so after those
void registerCaseworkCommands(CommandRegistry &registry);
// reportcommands.cpp: the case report, court charts and status summaries as PDF (issue 8)
void registerReportCommands(CommandRegistry &registry);
void registerTemplateCommands(CommandRegistry &registry); // templatecommands.cpp: ISO/IEC 19794-2 records (issue 9)

// Splits argv into global options, the command name and its arguments. Returns an error for an
// option that lacks its value.
struct ParsedCommandLine
{
    GlobalOptions options;
    QString command;
    QStringList args;
    bool help = false;
};
Result<ParsedCommandLine> parseCommandLine(const QStringList &arguments);

// Small helpers for command argument parsing: takes "--name VALUE" out of args.
std::optional<QString> takeOption(QStringList &args, const QString &name);
bool takeFlag(QStringList &args, const QString &name);

} // namespace ridgeline::cli
