#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QString>

namespace ridgeline::storage {

// Replaces `path` with `contents` so that a crash at any moment leaves either the old or the new
// file, never a mixture: write a temporary file in the same folder, fsync it, rename it over the
// target, fsync the folder (QSaveFile syncs the file but not the folder entry, so this is by hand).
Status writeFileAtomically(const QString &path, const QByteArray &contents);

// Reads a whole file; NotFound when absent, Io when unreadable.
Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);

} // namespace ridgeline::storage
