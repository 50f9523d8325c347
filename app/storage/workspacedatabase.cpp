#include "app/storage/workspacedatabase.h"

#include "app/storage/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ridgeline::storage {
namespace {} // namespace

WorkspaceDatabase::WorkspaceDatabase(std::unique_ptr<SqliteDatabase> db)
    : m_db(std::move(db))
{}

Result<std::unique_ptr<WorkspaceDatabase>> WorkspaceDatabase::create(const QString &path, const SecretBytes &key)
{
    if (QFileInfo::exists(path))
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "%1 already exists; choose a new path for the workspace (nothing was "
                                                 "overwritten).")
                         .arg(path));
    return start(path, &key, true);
}

Result<std::unique_ptr<WorkspaceDatabase>> WorkspaceDatabase::open(const QString &path, const SecretBytes &key)
{
    if (!QFileInfo::exists(path))
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::storage",
                                        "The workspace database %1 does not exist. Check --db or create one with init.")
                .arg(path));
    return start(path, &key, false);
}

Result<std::unique_ptr<WorkspaceDatabase>> WorkspaceDatabase::createUnencryptedForBenchmark(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage", "%1 already exists").arg(path));
    return start(path, nullptr, true);
}

Result<std::unique_ptr<WorkspaceDatabase>> WorkspaceDatabase::start(const QString &path, const SecretBytes *key,
                                                                    bool create)
{
    auto connection = SqliteDatabase::open(path, create);
    if (!connection)
        return connection.error();
    std::unique_ptr<WorkspaceDatabase> db(new WorkspaceDatabase(std::move(*connection)));
    SqliteDatabase &sql = *db->m_db;
    // Owner-only, like the key header; SQLite gives the -wal and -shm files the same mode.
    if (create)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (key) {
        if (Status s = sql.applyRawKey(*key); !s)
            return s.error();
        if (Status s = sql.exec("PRAGMA cipher_page_size = 4096"); !s)
            return s.error();
    }
    // The first read of page 1 is where a wrong key or a damaged first page shows.
    auto tables = sql.queryInt("SELECT count(*) FROM sqlite_master");
    if (!tables)
        return tables.error();
    if (!create) {
        if (Status s = db->checkSize(); !s)
            return s.error();
    }
    // A page found in SQLite's own cache needs no decryption; the default 2 MiB cache made the codec
    // re-decrypt hot index pages on every write (docs/benchmarks.md).
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (Status s = sql.exec(pragma); !s)
            return s.error();
    }
    if (Status s = migrateSchema(sql); !s)
        return s.error();
    auto id = db->setting(QStringLiteral("meta:database_id"));
    if (!id)
        return id.error();
    if (id->isEmpty()) {
        if (!create)
            return Error(
                ErrorCode::Corrupt,
                QCoreApplication::translate("ridgeline::storage", "The workspace %1 has no database id; it is damaged.")
                    .arg(path));
        initializeSodium();
        const SecretBytes random = SecretBytes::random(16);
        const QByteArray hex = QByteArray(reinterpret_cast<const char *>(random.data()), 16).toHex();
        if (Status s = db->setSetting(QStringLiteral("meta:database_id"), QString::fromLatin1(hex)); !s)
            return s.error();
        id = QString::fromLatin1(hex);
    }
    db->m_databaseId = QByteArray::fromHex(id->toLatin1());
    if (key) {
        auto checkpointer = WalCheckpointer::start(sql, key);
        if (!checkpointer)
            return checkpointer.error();
        db->m_checkpointer = std::move(*checkpointer);
    }
    return db;
}

Status WorkspaceDatabase::checkSize()
{
    // A file cut short at a page boundary still decrypts page 1; compare what page 1 says with what
    // is on disk (the WAL may legitimately hold pages that the main file does not have yet).
    const qint64 fileSize = QFileInfo(path()).size();
    auto pages = m_db->queryInt("PRAGMA page_count");
    if (!pages)
        return pages.error();
    const bool walPresent = QFileInfo(path() + QStringLiteral("-wal")).size() > 0;
    if (fileSize % kPageSize != 0 || (!walPresent && *pages * kPageSize != fileSize))
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The workspace database %1 is truncated or padded (%2 bytes, %3 pages "
                                                 "expected). Restore it from a backup; nothing was written to it.")
                         .arg(path())
                         .arg(fileSize)
                         .arg(*pages));
    return {};
}

Result<QByteArray> WorkspaceDatabase::readFileSalt(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::storage",
                                        "The workspace database %1 does not exist. Check --db or create one with init.")
                .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("ridgeline::storage", "%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray salt = file.read(16);
    if (salt.size() != 16)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The workspace database %1 is truncated (%2 bytes). Restore it from a "
                                                 "backup.")
                         .arg(path)
                         .arg(file.size()));
    return salt;
}

Result<QString> WorkspaceDatabase::setting(const QString &key) const
{
    SqliteStatement statement(*m_db, "SELECT value FROM settings WHERE key = ?");
    statement.bind(1, key);
    auto row = statement.step();
    if (!row)
        return row.error();
    return *row ? statement.text(0) : QString();
}

Status WorkspaceDatabase::setSetting(const QString &key, const QString &value)
{
    SqliteStatement statement(*m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    statement.bind(1, key).bind(2, value);
    return statement.run();
}

} // namespace ridgeline::storage
