#pragma once

// One open workspace database: the SQLCipher connection with the key applied, the pragmas of
// design/ARCHITECTURE.md section 4, and the schema migrated. Owns the connection; use it from one
// thread.

#include "app/core/error.h"
#include "app/storage/secretbytes.h"
#include "app/storage/sqlitedatabase.h"
#include "app/storage/walcheckpointer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ridgeline::storage {

class WorkspaceDatabase
{
public:
    static constexpr int kPageSize = 4096;
    static constexpr std::size_t kKeyBytes = 32;

    // Creates a new encrypted database (the file must not exist) with a random database id.
    static Result<std::unique_ptr<WorkspaceDatabase>> create(const QString &path, const SecretBytes &key);
    // Opens an existing one. Corrupt when the key does not decrypt it or the file is damaged.
    static Result<std::unique_ptr<WorkspaceDatabase>> open(const QString &path, const SecretBytes &key);
    // The same library with no key at all: the plain-SQLite reference of the benchmarks. Never
    // used for a workspace.
    static Result<std::unique_ptr<WorkspaceDatabase>> createUnencryptedForBenchmark(const QString &path);

    // The 16 bytes SQLCipher keeps in clear at the start of the file (its per-database salt). The key
    // header records them so a header for another database is recognised before any unlock.
    static Result<QByteArray> readFileSalt(const QString &path);

    SqliteDatabase &sql() { return *m_db; }
    const QString &path() const { return m_db->path(); }
    const QByteArray &databaseId() const { return m_databaseId; }

    Result<QString> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

    // Closes the connection (checkpointing the WAL into the main file).
    void close()
    {
        m_checkpointer.reset();
        m_db.reset();
    }
    // Checkpoints run on their own thread (walcheckpointer.h); null for the benchmark's plain file.
    WalCheckpointer *checkpointer() { return m_checkpointer.get(); }

private:
    explicit WorkspaceDatabase(std::unique_ptr<SqliteDatabase> db);
    static Result<std::unique_ptr<WorkspaceDatabase>> start(const QString &path, const SecretBytes *key, bool create);
    Status checkSize();
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // after m_db: stopped before the connection closes
    QByteArray m_databaseId;
};

} // namespace ridgeline::storage
