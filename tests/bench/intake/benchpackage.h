#pragma once

// The issue-4 benchmark package and workspace, shared by bench_import (throughput) and
// bench_importwindow (the window's responsiveness while it imports the same package).

#include "app/services/localworkspacesession.h"

#include <QString>

#include <memory>

namespace ridgeline::bench {

// Writes a signed transmission folder with `images` PNG images of 2000 x 2000 (8-bit grey ridge
// textures, no two alike) and images / 10 PDF statements. Returns the folder, empty on failure.
// `devicePublicKey` receives the signing device's key, to register in the workspace.
QString writeBenchPackage(const QString &folder, int images, QByteArray &devicePublicKey);

// Creates a workspace at `path` with that device registered, and a case officer "officer"
// (passphrase kOfficerPassphrase) who imports. Returns an error message, empty on success.
inline constexpr char kOfficerPassphrase[] = "officer pass";
QString createBenchWorkspace(const QString &path, const QByteArray &devicePublicKey);
SessionOptions benchSessionOptions();

} // namespace ridgeline::bench
