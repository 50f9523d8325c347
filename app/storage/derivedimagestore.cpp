#include "app/storage/derivedimagestore.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ridgeline::storage {
namespace {

QString hex(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex());
}

} // namespace

DerivedImageStore::DerivedImageStore(SqliteDatabase &db)
    : m_db(db)
{}

Result<QByteArray> DerivedImageStore::read(const QByteArray &sha256, const QString &kind)
{
    SqliteStatement query(m_db, "SELECT data FROM derived_images WHERE sha256 = ? AND kind = ?");
    query.bindBlob(1, sha256).bind(2, kind);
    auto row = query.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "No %1 is stored for original %2.")
                         .arg(kind, hex(sha256)));
    return query.blob(0);
}

Status DerivedImageStore::store(const QByteArray &sha256, const QString &kind, const QByteArray &data)
{
    if (kind.isEmpty())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage", "Derived data of original %1 needs a kind.")
                         .arg(hex(sha256)));
    SqliteStatement original(m_db, "SELECT 1 FROM evidence_blobs WHERE sha256 = ?");
    original.bindBlob(1, sha256);
    auto row = original.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The %1 was not stored: original %2 is not in this workspace.")
                         .arg(kind, hex(sha256)));
    SqliteStatement write(m_db,
                          "INSERT OR REPLACE INTO derived_images (sha256, kind, data, created_ms) VALUES (?,?,?,?)");
    write.bindBlob(1, sha256).bind(2, kind).bindBlob(3, data).bind(4, QDateTime::currentMSecsSinceEpoch());
    return write.run();
}

Result<int> DerivedImageStore::remove(const QByteArray &sha256, const QString &kindPrefix)
{
    // LIKE would treat '%' and '_' in a kind as wildcards; comparing the prefix itself does not.
    SqliteStatement erase(m_db, "DELETE FROM derived_images WHERE sha256 = ?1 AND substr(kind, 1, length(?2)) = ?2");
    erase.bindBlob(1, sha256).bind(2, kindPrefix);
    if (Status s = erase.run(); !s)
        return s.error();
    return m_db.changes();
}

} // namespace ridgeline::storage
