#include "app/storage/evidencestore.h"

#include "app/storage/sha256.h"
#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>

#include <future>

namespace ridgeline::storage {
namespace {} // namespace

EvidenceStore::EvidenceStore(SqliteDatabase &db)
    : m_db(db)
{}

bool EvidenceStore::contains(const QByteArray &sha256)
{
    SqliteStatement statement(m_db, "SELECT 1 FROM evidence_blobs WHERE sha256 = ?");
    statement.bindBlob(1, sha256);
    auto row = statement.step();
    return row && *row;
}

Result<bool> EvidenceStore::insertUnlessHeld(const QByteArray &bytes, const QByteArray &sha, const QString &mediaType)
{
    if (contains(sha))
        return false;
    const qint64 chunks = (bytes.size() + kChunkSize - 1) / kChunkSize;
    SqliteStatement blob(m_db, "INSERT INTO evidence_blobs (sha256, size, media_type, chunk_count, created_ms) "
                               "VALUES (?,?,?,?,?)");
    blob.bindBlob(1, sha)
        .bind(2, qint64(bytes.size()))
        .bind(3, mediaType)
        .bind(4, chunks)
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    if (Status s = blob.run(); !s)
        return s.error();
    SqliteStatement chunk(m_db, "INSERT INTO evidence_chunks (sha256, idx, data) VALUES (?,?,?)");
    for (qint64 i = 0; i < chunks; ++i) {
        chunk.reset();
        chunk.bindBlob(1, sha).bind(2, i).bindBlob(
            3, QByteArray::fromRawData(bytes.constData() + i * kChunkSize,
                                       int(qMin<qint64>(kChunkSize, bytes.size() - i * kChunkSize))));
        if (Status s = chunk.run(); !s)
            return s.error();
    }
    return true;
}

Result<QByteArray> EvidenceStore::put(const QByteArray &bytes, const QString &mediaType, bool *stored)
{
    if (stored)
        *stored = false;
    // The address is always computed here from the bytes being written, never taken from the
    // caller: nothing can be filed under a hash that its bytes do not have.
    const QByteArray sha = Sha256::hash(bytes);
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto inserted = insertUnlessHeld(bytes, sha, mediaType);
    if (!inserted)
        return inserted.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (stored)
        *stored = *inserted;
    return sha;
}

Result<QByteArray> EvidenceStore::putExpecting(const QByteArray &bytes, const QByteArray &expectedSha256,
                                               const QString &mediaType, bool *stored)
{
    // Small originals are not worth a thread.
    if (bytes.size() < kChunkSize || expectedSha256.size() != Sha256::kSize)
        return put(bytes, mediaType, stored);
    if (stored)
        *stored = false;
    auto hashing = std::async(std::launch::async, [bytes] { return Sha256::hash(bytes); });
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto inserted = insertUnlessHeld(bytes, expectedSha256, mediaType);
    const QByteArray sha = hashing.get();
    if (!inserted)
        return inserted.error();
    if (sha != expectedSha256)
        return sha; // `transaction` is left uncommitted: what was written under the wrong hash goes
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (stored)
        *stored = *inserted;
    return sha;
}

Result<QByteArray> EvidenceStore::read(const QByteArray &sha256)
{
    SqliteStatement statement(m_db, "SELECT c.data, b.size FROM evidence_blobs b LEFT JOIN evidence_chunks c "
                                    "ON c.sha256 = b.sha256 WHERE b.sha256 = ? ORDER BY c.idx");
    statement.bindBlob(1, sha256);
    QByteArray bytes;
    Sha256 hash;
    bool found = false;
    qint64 expectedSize = 0;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found = true;
        expectedSize = statement.int64(1);
        const QByteArray data = statement.blob(0);
        hash.addData(data);
        bytes.append(data);
    }
    if (!found)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "Original %1 is not in this workspace.")
                         .arg(QString::fromLatin1(sha256.toHex())));
    if (bytes.size() != expectedSize || hash.result() != sha256)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "Original %1 no longer matches its SHA-256 (%2 of %3 bytes read): the "
                                                 "evidence is damaged. Restore the workspace from a backup.")
                         .arg(QString::fromLatin1(sha256.toHex()))
                         .arg(bytes.size())
                         .arg(expectedSize));
    return bytes;
}

Result<qint64> EvidenceStore::verifyAll(QStringList &problems)
{
    SqliteStatement list(m_db, "SELECT sha256 FROM evidence_blobs ORDER BY created_ms");
    QList<QByteArray> all;
    for (;;) {
        auto row = list.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        all.append(list.blob(0));
    }
    for (const QByteArray &sha : all) {
        auto bytes = read(sha);
        if (!bytes)
            problems.append(bytes.error().message());
    }
    return qint64(all.size());
}

} // namespace ridgeline::storage
