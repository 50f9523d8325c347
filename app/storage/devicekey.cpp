#include "app/storage/devicekey.h"

#include <sodium.h>

namespace ridgeline::storage {

DeviceKeyPair DeviceKeyPair::fromSeed(const QByteArray &seed)
{
    initializeSodium();
    DeviceKeyPair pair;
    pair.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    pair.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    // Any seed length is folded to the 32 bytes Ed25519 wants.
    SecretBytes folded(crypto_sign_SEEDBYTES);
    crypto_generichash(folded.data(), folded.size(), reinterpret_cast<const unsigned char *>(seed.constData()),
                       quint64(seed.size()), nullptr, 0);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.m_publicKey.data()), pair.m_secretKey.data(),
                             folded.data());
    return pair;
}

DeviceKeyPair DeviceKeyPair::generate()
{
    initializeSodium();
    DeviceKeyPair pair;
    pair.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    pair.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.m_publicKey.data()), pair.m_secretKey.data());
    return pair;
}

QByteArray DeviceKeyPair::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         m_secretKey.data());
    return signature;
}

} // namespace ridgeline::storage
