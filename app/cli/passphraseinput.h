#pragma once

// Where ridgeline-cli gets passphrases (design/CLI.md): never from argv. The signed-in user's comes
// from --passphrase-file, else RIDGELINE_PASSPHRASE, else a no-echo prompt on the terminal; a new
// one (user add, user passwd) from RIDGELINE_NEW_PASSPHRASE, else a prompt typed twice.

#include "app/cli/command.h"

#include <QByteArray>

namespace ridgeline::cli {

Result<QByteArray> readPassphrase(const Context &context, const QString &prompt);
Result<QByteArray> readNewPassphrase(const QString &prompt);

} // namespace ridgeline::cli
