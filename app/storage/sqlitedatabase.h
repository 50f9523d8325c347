#pragma once

// A small RAII wrapper over the SQLCipher C API: one connection, prepared statements, and
// transactions that roll back when they leave scope uncommitted. sqlite3.h stays in the .cpp so no
// other layer sees it. Not thread-safe: one connection per thread.

#include "app/core/error.h"
#include "app/storage/secretbytes.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ridgeline::storage {

class SqliteDatabase
{
public:
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (and with `create` creates) the file. No statement runs before the caller's key.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, bool create);

    // Gives SQLCipher the raw 256-bit key (`PRAGMA key = "x'..'"`); the statement text is built in
    // sodium memory and wiped. Must be the first statement on the connection.
    Status applyRawKey(const SecretBytes &key);
    // Runs one or more statements that return no rows.
    Status exec(const char *sql);
    Status exec(const QString &sql) { return exec(sql.toUtf8().constData()); }
    // First column of the first row as text ("" when no row).
    Result<QString> queryText(const char *sql);
    Result<qint64> queryInt(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Maps the connection's last error to an Error naming `what` and the workspace file.
    Error lastError(const QString &what) const;
    static Error errorFromCode(int code, const QString &message, const QString &what, const QString &path);

    int transactionDepth() const { return m_depth; }

private:
    friend class SqliteTransaction;
    SqliteDatabase(sqlite3 *db, QString path);
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_depth = 0;
    bool m_innerFailed = false; // an inner transaction ended uncommitted: the outer may not commit
};

class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds are 1-based like SQLite's. The first failure is kept and reported by step()/run().
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &text);         // a null QString binds ''
    SqliteStatement &bindOptional(int index, const QString &text); // an empty QString binds NULL
    SqliteStatement &bindBlob(int index, const QByteArray &blob);
    SqliteStatement &bindNull(int index);

    // true: a row is ready; false: done.
    Result<bool> step();
    // Steps to completion (INSERT/UPDATE/DELETE).
    Status run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's UTF-8 bytes without a copy: valid until the next step() or reset(). For
    // set-based reads that look values up instead of keeping them (no allocation per row).
    QByteArrayView textView(int column) const;
    bool isNull(int column) const;

private:
    SqliteDatabase &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_error;
    QString m_sql;
};

// BEGIN IMMEDIATE at the outermost level (so two processes serialise on the write lock up front
// instead of failing at commit); rolls back unless commit() succeeded. A nested transaction joins
// the outer one rather than opening a SAVEPOINT: SQLCipher encrypts every page copied into a
// savepoint's journal, which halved write speed (docs/benchmarks.md). The price is all-or-nothing
// nesting: an inner transaction left uncommitted makes the outer commit() fail and roll back.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit();

private:
    SqliteDatabase &m_db;
    Status m_status;
    bool m_outermost = false;
    bool m_open = false;
};

} // namespace ridgeline::storage
