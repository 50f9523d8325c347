#pragma once

// Data derived from an original (thumbnails now, tile pyramids later): rebuildable at any time from
// the original, so it lives in its own table (derived_images), is never audited as evidence and is
// never read back as if it were an original. Keyed by the original's SHA-256 and a kind string
// ("thumbnail", "tiles/0/3/4", ...). Uses the caller's connection; same thread.

#include "app/core/error.h"

#include <QByteArray>
#include <QString>

namespace ridgeline::storage {

class SqliteDatabase;

class DerivedImageStore
{
public:
    explicit DerivedImageStore(SqliteDatabase &db);

    // NotFound when nothing of that kind is stored for the original.
    Result<QByteArray> read(const QByteArray &sha256, const QString &kind);
    // Replaces what was stored under (sha256, kind). NotFound when the workspace holds no original
    // with that SHA-256: derived data never outlives or precedes its original.
    Status store(const QByteArray &sha256, const QString &kind, const QByteArray &data);
    // Removes every kind that starts with `kindPrefix` ("" removes all derived data of the original).
    Result<int> remove(const QByteArray &sha256, const QString &kindPrefix);

private:
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
