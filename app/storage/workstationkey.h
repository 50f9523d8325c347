#pragma once

// The workstation's Ed25519 signing key for audit checkpoints. The secret half is stored inside the
// encrypted workspace (workstation_keys) and held in sodium memory while open.

#include "app/core/error.h"
#include "app/storage/secretbytes.h"

#include <QByteArray>
#include <QString>

namespace ridgeline::storage {

class SqliteDatabase;

class WorkstationKey
{
public:
    // Loads this workspace's key, creating it on first use.
    static Result<WorkstationKey> loadOrCreate(SqliteDatabase &db);

    const QByteArray &publicKey() const { return m_publicKey; } // 32 bytes
    // First 16 hex digits of SHA-256 of the public key: short enough to read out, long enough to tell
    // workstations apart.
    QString fingerprint() const;
    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    SecretBytes m_secretKey;
    QByteArray m_publicKey;
};

} // namespace ridgeline::storage
