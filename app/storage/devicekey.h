#pragma once

// An Ed25519 key pair of a transmitting device (a scene examiner's camera or tablet). Ridgeline
// only ever holds device secret keys for its own demo and test packages; real devices keep theirs.

#include "app/storage/secretbytes.h"

#include <QByteArray>

namespace ridgeline::storage {

class DeviceKeyPair
{
public:
    // Deterministic from a 32-byte seed (crypto_sign_seed_keypair).
    static DeviceKeyPair fromSeed(const QByteArray &seed);
    static DeviceKeyPair generate();

    const QByteArray &publicKey() const { return m_publicKey; }
    // Detached Ed25519 signature, 64 bytes.
    QByteArray sign(const QByteArray &message) const;

private:
    SecretBytes m_secretKey;
    QByteArray m_publicKey;
};

} // namespace ridgeline::storage
