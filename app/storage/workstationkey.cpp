#include "app/storage/workstationkey.h"

#include "app/storage/sqlitedatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSysInfo>

#include <sodium.h>

namespace ridgeline::storage {

Result<WorkstationKey> WorkstationKey::loadOrCreate(SqliteDatabase &db)
{
    initializeSodium();
    WorkstationKey key;
    SqliteStatement select(db, "SELECT public_key, secret_key FROM workstation_keys ORDER BY id LIMIT 1");
    auto row = select.step();
    if (!row)
        return row.error();
    if (*row) {
        key.m_publicKey = select.blob(0);
        QByteArray secret = select.blob(1);
        if (key.m_publicKey.size() != crypto_sign_PUBLICKEYBYTES || secret.size() != crypto_sign_SECRETKEYBYTES)
            return Error(ErrorCode::Corrupt,
                         QStringLiteral("The workstation signing key in %1 is damaged.").arg(db.path()));
        key.m_secretKey = SecretBytes::copyOf(secret.constData(), size_t(secret.size()));
        wipe(secret);
        return key;
    }
    key.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    key.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()), key.m_secretKey.data());
    SqliteStatement insert(db, "INSERT INTO workstation_keys (host, public_key, secret_key, created_ms) "
                               "VALUES (?, ?, ?, ?)");
    insert.bind(1, QSysInfo::machineHostName())
        .bindBlob(2, key.m_publicKey)
        .bindBlob(3, QByteArray::fromRawData(key.m_secretKey.chars(), int(key.m_secretKey.size())))
        .bind(4, QDateTime::currentMSecsSinceEpoch());
    if (Status s = insert.run(); !s)
        return s.error();
    return key;
}

QString WorkstationKey::fingerprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray WorkstationKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         m_secretKey.data());
    return signature;
}

bool WorkstationKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    initializeSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace ridgeline::storage
