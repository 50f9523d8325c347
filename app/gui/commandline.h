#pragma once

#include "app/core/error.h"

#include <QString>
#include <QStringList>

namespace ridgeline {

// The window's command line:
//   ridgeline [--workspace PATH] [--user NAME] [--login-user NAME]
//             [--screenshot FILE [--screenshot-delay MS]]
// --login-user signs in without the dialog, with the passphrase from RIDGELINE_PASSPHRASE
// (never from an argument); it exists for unattended screenshots and demonstrations.
struct CommandLineOptions
{
    QString workspace;
    QString user;
    QString loginUser;
    QString screenshot;
    int screenshotDelayMs = 3000;
};

// Parses arguments (the first is the program name). Usage errors carry ErrorCode::Usage.
Result<CommandLineOptions> parseCommandLine(const QStringList &arguments);

} // namespace ridgeline
