#include "app/storage/usersigningkey.h"

#include <QCoreApplication>

#include <sodium.h>

namespace ridgeline::storage {

namespace {

Result<SecretBytes> derive(const QByteArray &passphrase, const QByteArray &salt, quint64 ops, std::size_t mem)
{
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (salt.size() != crypto_pwhash_SALTBYTES ||
        crypto_pwhash(key.data(), key.size(), passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The key protecting the signing key could not be derived (out of "
                                                 "memory?); nothing was signed."));
    return key;
}

} // namespace

Result<UserSigningKey> UserSigningKey::create(const QString &user, const QByteArray &passphrase,
                                              const KdfLimits &limits, qint64 nowMs, SigningKeyRow &row)
{
    if (sodium_init() < 0)
        return Error(ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"));
    UserSigningKey key;
    key.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()), key.m_secretKey.data());
    row = SigningKeyRow{};
    row.user = user;
    row.publicKey = key.m_publicKey;
    row.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(row.salt.data(), size_t(row.salt.size()));
    row.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(row.nonce.data(), size_t(row.nonce.size()));
    row.opsLimit = int(limits.opsLimit);
    row.memLimit = qint64(limits.memLimit);
    row.createdMs = nowMs;
    auto wrapping = derive(passphrase, row.salt, limits.opsLimit, limits.memLimit);
    if (!wrapping)
        return wrapping.error();
    row.sealedSecret.resize(qsizetype(crypto_secretbox_MACBYTES + key.m_secretKey.size()));
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(row.sealedSecret.data()), key.m_secretKey.data(),
                          key.m_secretKey.size(), reinterpret_cast<const unsigned char *>(row.nonce.constData()),
                          wrapping->data());
    return key;
}

Result<UserSigningKey> UserSigningKey::unseal(const SigningKeyRow &row, const QByteArray &passphrase)
{
    if (sodium_init() < 0)
        return Error(ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"));
    const auto refused = Error(ErrorCode::AuthenticationFailed,
                               QCoreApplication::translate("ridgeline::storage",
                                                           "The passphrase does not open %1's signing key; nothing "
                                                           "was signed.")
                                   .arg(row.user));
    if (row.nonce.size() != crypto_secretbox_NONCEBYTES ||
        row.sealedSecret.size() != qsizetype(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES) ||
        row.publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage", "The stored signing key of %1 is damaged.")
                         .arg(row.user));
    auto wrapping = derive(passphrase, row.salt, quint64(row.opsLimit), std::size_t(row.memLimit));
    if (!wrapping)
        return wrapping.error();
    UserSigningKey key;
    key.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    if (crypto_secretbox_open_easy(
            key.m_secretKey.data(), reinterpret_cast<const unsigned char *>(row.sealedSecret.constData()),
            quint64(row.sealedSecret.size()), reinterpret_cast<const unsigned char *>(row.nonce.constData()),
            wrapping->data()) != 0)
        return refused;
    QByteArray derivedPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(derivedPublic.data()), key.m_secretKey.data());
    if (derivedPublic != row.publicKey)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage", "The stored signing key of %1 does not match "
                                                                       "its public key.")
                         .arg(row.user));
    key.m_publicKey = row.publicKey;
    return key;
}

QByteArray UserSigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         m_secretKey.data());
    return signature;
}

} // namespace ridgeline::storage
