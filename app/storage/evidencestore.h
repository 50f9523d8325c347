#pragma once

// Originals (mark images, exemplars, documents) stored byte for byte inside the encrypted
// workspace, split into 1 MiB chunks and addressed by their SHA-256. Every read re-hashes the
// bytes and refuses a mismatch. Uses the caller's connection; same thread.

#include "app/core/error.h"

#include <QByteArray>
#include <QStringList>

namespace ridgeline::storage {

class SqliteDatabase;

class EvidenceStore
{
public:
    static constexpr int kChunkSize = 1024 * 1024;
    explicit EvidenceStore(SqliteDatabase &db);

    // Stores `bytes` (idempotent: the same content is stored once) and returns its raw SHA-256,
    // always computed here from the bytes. `stored` (optional) tells whether they were new.
    Result<QByteArray> put(const QByteArray &bytes, const QString &mediaType, bool *stored = nullptr);
    // The same for a caller that knows the hash the bytes should have (intake: the manifest's).
    // The bytes are written under `expectedSha256` while a second thread hashes them, so hashing
    // overlaps the encryption instead of preceding it. Returns the hash computed here. When it
    // differs, nothing is committed: the write is left uncommitted, which rolls it back (or, inside
    // the caller's transaction, makes that transaction's commit fail), so bytes are never filed
    // under a hash they do not have.
    Result<QByteArray> putExpecting(const QByteArray &bytes, const QByteArray &expectedSha256, const QString &mediaType,
                                    bool *stored = nullptr);
    // Corrupt when the stored bytes no longer hash to `sha256`; NotFound when absent.
    Result<QByteArray> read(const QByteArray &sha256);
    bool contains(const QByteArray &sha256);
    // Re-hashes every original; appends one problem per bad one. Returns how many were checked.
    Result<qint64> verifyAll(QStringList &problems);

private:
    // Writes `bytes` under `sha` in the open transaction unless held already; true when written.
    Result<bool> insertUnlessHeld(const QByteArray &bytes, const QByteArray &sha, const QString &mediaType);
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
