#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>
#include <sqlite3.h>

namespace ridgeline::storage {
namespace {} // namespace

SqliteDatabase::SqliteDatabase(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

SqliteDatabase::~SqliteDatabase()
{
    // Statements are owned by their RAII wrappers and finalised first; close_v2 copes otherwise.
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, bool create)
{
    sqlite3 *db = nullptr;
    // NOMUTEX: a connection belongs to one thread at a time (see the header), so SQLite's per-call
    // connection mutex would only cost time.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return errorFromCode(rc, message,
                             QCoreApplication::translate("ridgeline::storage", "Opening the workspace database"), path);
    }
    sqlite3_extended_result_codes(db, 1);
    // Another process (the window beside a CLI run) may hold the write lock for a moment.
    sqlite3_busy_timeout(db, 10000);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, path));
}

Status SqliteDatabase::applyRawKey(const SecretBytes &key)
{
    // PRAGMA key = "x'<64 hex>'";  built in sodium memory so no copy of the key stays in the heap.
    static const char prefix[] = "PRAGMA key = \"x'";
    static const char suffix[] = "'\";";
    const size_t hexLength = key.size() * 2;
    SecretBytes statement(sizeof prefix - 1 + hexLength + sizeof suffix);
    char *out = statement.chars();
    memcpy(out, prefix, sizeof prefix - 1);
    sodium_bin2hex(out + sizeof prefix - 1, hexLength + 1, key.data(), key.size());
    memcpy(out + sizeof prefix - 1 + hexLength, suffix, sizeof suffix); // includes the terminator
    const int rc = sqlite3_exec(m_db, out, nullptr, nullptr, nullptr);
    sodium_memzero(statement.data(), statement.size());
    if (rc != SQLITE_OK)
        return lastError(QCoreApplication::translate("ridgeline::storage", "Setting the database key"));
    return {};
}

Status SqliteDatabase::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return errorFromCode(sqlite3_extended_errcode(m_db), text,
                             QCoreApplication::translate("ridgeline::storage", "Running a database statement"), m_path);
    }
    return {};
}

Result<QString> SqliteDatabase::queryText(const char *sql)
{
    SqliteStatement statement(*this, sql);
    auto row = statement.step();
    if (!row)
        return row.error();
    return *row ? statement.text(0) : QString();
}

Result<qint64> SqliteDatabase::queryInt(const char *sql)
{
    SqliteStatement statement(*this, sql);
    auto row = statement.step();
    if (!row)
        return row.error();
    return *row ? statement.int64(0) : qint64(0);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqliteDatabase::lastError(const QString &what) const
{
    return errorFromCode(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), what, m_path);
}

Error SqliteDatabase::errorFromCode(int code, const QString &message, const QString &what, const QString &path)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "%1 failed: the workspace database %2 is damaged or was not made with "
                                                 "this key (%3). Restore it from a backup.")
                         .arg(what, path, message));
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "%1 failed: %2 cannot be opened (%3). Check the path and permissions.")
                         .arg(what, path, message));
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::Io, QCoreApplication::translate(
                                        "ridgeline::storage", "%1 failed on %2: %3. Check free space and permissions.")
                                        .arg(what, path, message));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "%1 failed: %2 is busy in another program (%3). Try again.")
                         .arg(what, path, message));
    case SQLITE_CONSTRAINT:
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::storage", "%1 failed: %2.").arg(what, message));
    default:
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::storage", "%1 failed on %2: %3").arg(what, path, message));
    }
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_error = db.lastError(QCoreApplication::translate("ridgeline::storage", "Preparing a database statement"));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

#define RIDGELINE_BIND(call)                                                                                           \
    if (m_stmt && !m_error && (call) != SQLITE_OK)                                                                     \
        m_error = m_db.lastError(QCoreApplication::translate("ridgeline::storage", "Binding a value"));                \
    return *this;

SqliteStatement &SqliteStatement::bind(int index,
                                       qint64 value){RIDGELINE_BIND(sqlite3_bind_int64(m_stmt, index, value))}

SqliteStatement &SqliteStatement::bind(int index,
                                       double value){RIDGELINE_BIND(sqlite3_bind_double(m_stmt, index, value))}

SqliteStatement &SqliteStatement::bindOptional(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    RIDGELINE_BIND(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT))
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    RIDGELINE_BIND(sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT))
}

SqliteStatement &SqliteStatement::bindNull(int index){RIDGELINE_BIND(sqlite3_bind_null(m_stmt, index))}

#undef RIDGELINE_BIND

Result<bool> SqliteStatement::step()
{
    if (m_error)
        return *m_error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db.lastError(QCoreApplication::translate("ridgeline::storage", "Reading or writing the workspace"));
}

Status SqliteStatement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::textView(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
    , m_outermost(db.m_depth == 0)
{
    if (m_outermost) {
        m_status = db.exec("BEGIN IMMEDIATE");
        db.m_innerFailed = false;
    }
    if (m_status.ok()) {
        m_open = true;
        ++db.m_depth;
    }
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_open)
        return;
    --m_db.m_depth;
    if (m_outermost)
        (void)m_db.exec("ROLLBACK");
    else
        m_db.m_innerFailed = true;
}

Status SqliteTransaction::commit()
{
    if (!m_open)
        return m_status.ok()
                   ? Status(Error(ErrorCode::Internal,
                                  QCoreApplication::translate("ridgeline::storage", "transaction committed twice")))
                   : m_status;
    if (!m_outermost) {
        m_open = false;
        --m_db.m_depth;
        return {};
    }
    if (m_db.m_innerFailed)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "A step inside this change failed, so none of it was written to %1.")
                         .arg(m_db.path()));
    Status status = m_db.exec("COMMIT");
    if (status.ok()) {
        m_open = false;
        --m_db.m_depth;
    }
    return status;
}

} // namespace ridgeline::storage
