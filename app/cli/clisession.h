#pragma once

#include "app/cli/command.h"
#include "app/services/localworkspacesession.h"

#include <memory>

namespace ridgeline::cli {

using SessionPtr = std::unique_ptr<LocalWorkspaceSession>;

// Opens the workspace (--db) as --user with the passphrase from --passphrase-file,
// RIDGELINE_PASSPHRASE or a terminal prompt. On failure prints the message and sets `exitCode`
// (2 usage, 3 authentication, 6 corrupt, 7 not found).
SessionPtr openSession(Context &context, int &exitCode);

// The mark EXHIBIT (case-insensitive) of the case REF: NotFound naming both when there is none,
// BadInput for a malformed reference.
Result<Mark> findMarkOfCase(LocalWorkspaceSession &session, const QString &caseReference, const QString &exhibit);

// Commands that write a file check its folder before any work: NotFound naming the file when the
// folder does not exist.
Status requireOutputFolder(const QString &path);

// Ends the session (final signed checkpoint) and returns `code`, or the logout's failure.
int finish(Context &context, SessionPtr &session, int code);

} // namespace ridgeline::cli
