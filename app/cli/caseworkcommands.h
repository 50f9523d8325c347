#pragma once

// Shared by the casework commands of ridgeline-cli (caseworkcommands.cpp: the forms of `mark`;
// signoffcommands.cpp: `case sign-off`, `case sign-offs`, `worklist`). Internal to app/cli.

#include "app/cli/command.h"

#include <QJsonObject>

namespace ridgeline::cli {

// The first word that is neither an option nor an option's value (every option of `mark` and
// `case` takes a value; --json is global): "casework" in `mark --case X casework --mark Y`.
QString subcommandOf(const QStringList &args);

// Adds forms to a command another group registered ("mark" in markcommands.cpp, "case" in
// workspacecommands.cpp): `run` answers the listed subcommands, the command as it was the rest, so
// `mark show` and `case show` still reach their own code. Registers `name` when nobody has.
void extendCommand(CommandRegistry &registry, const QString &name, const QStringList &subcommands,
                   const QString &synopsis, std::function<int(Context &, const QStringList &)> run);

void printJson(Context &context, const QJsonObject &object);

void registerSignOffCommands(CommandRegistry &registry); // signoffcommands.cpp

} // namespace ridgeline::cli
