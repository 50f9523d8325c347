#pragma once

// A user's own Ed25519 signing key (issue 7: a supervisor signs off case revisions with it). The
// public key is stored in the clear; the secret key only sealed (XSalsa20-Poly1305) under a key
// derived with Argon2id from the user's passphrase, so nobody else signed in to the workspace -
// not even an administrator - can sign in their name. Held in sodium memory while in use.

#include "app/core/error.h"
#include "app/storage/keyslots.h"
#include "app/storage/secretbytes.h"
#include "app/storage/sqlciphercaseworkrepository.h"

#include <QByteArray>
#include <QString>

namespace ridgeline::storage {

class UserSigningKey
{
public:
    // A fresh key pair, and the row to store with its secret sealed under `passphrase`.
    static Result<UserSigningKey> create(const QString &user, const QByteArray &passphrase, const KdfLimits &limits,
                                         qint64 nowMs, SigningKeyRow &row);
    // The key of a stored row; AuthenticationFailed when the passphrase does not open it.
    static Result<UserSigningKey> unseal(const SigningKeyRow &row, const QByteArray &passphrase);

    const QByteArray &publicKey() const { return m_publicKey; }
    QByteArray sign(const QByteArray &message) const; // 64 bytes, detached

private:
    SecretBytes m_secretKey;
    QByteArray m_publicKey;
};

} // namespace ridgeline::storage
