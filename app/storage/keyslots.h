#pragma once

// The key-slot header beside a workspace database (`<db>.keys`): one slot per user, each holding
// the database key sealed with XChaCha20-Poly1305 under a key that Argon2id derives from that
// user's passphrase. The header is JSON (versioned) with a SHA-256 checksum, which tells accidental
// damage apart from a wrong passphrase before any unlock, and a BLAKE2b MAC keyed from the database
// key, which detects deliberate edits once a slot has been opened. Not thread-safe (a value type).

#include "app/core/error.h"
#include "app/storage/secretbytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace ridgeline::storage {

// Argon2id cost, stored per slot so slots made under different limits still open.
struct KdfLimits
{
    quint64 opsLimit = 0;
    std::size_t memLimit = 0;
    // What every shipped code path uses: libsodium's MODERATE limits.
    static KdfLimits moderate();
    // Library minimum; only unit tests pass this (through an explicit API argument).
    static KdfLimits minimumForTests();
};

// The lockout part of the workspace policy, copied here because a failed sign-in has no key with
// which to read the encrypted database. Covered by the header MAC.
struct LockoutPolicy
{
    int maxFailedLogins = 5;
    qint64 lockoutSeconds = 300;
};

class KeySlotHeader
{
public:
    static QString headerPathFor(const QString &databasePath) { return databasePath + QStringLiteral(".keys"); }

    static KeySlotHeader createNew(const QByteArray &databaseId, const QByteArray &databaseSalt);
    // Reads and checks structure and checksum: NotFound when absent, Corrupt when damaged.
    static Result<KeySlotHeader> load(const QString &path);
    // Computes the MAC with the database key and replaces the file atomically.
    Status save(const QString &path, const SecretBytes &databaseKey) const;
    // Corrupt when the header was edited by someone without the database key.
    Status verifyMac(const SecretBytes &databaseKey) const;

    const QByteArray &databaseId() const { return m_databaseId; }     // 16 random bytes
    const QByteArray &databaseSalt() const { return m_databaseSalt; } // first 16 bytes of the db file
    LockoutPolicy lockoutPolicy() const { return m_lockout; }
    void setLockoutPolicy(const LockoutPolicy &policy) { m_lockout = policy; }

    QStringList users() const;
    bool hasSlot(const QString &user) const { return indexOf(user) >= 0; }
    KdfLimits limitsOf(const QString &user) const;
    // AuthenticationFailed for an unknown user or a wrong passphrase (the same message, so the
    // header does not reveal which accounts exist).
    Result<SecretBytes> unwrap(const QString &user, const QByteArray &passphrase) const;
    // Adds or replaces the user's slot.
    Status setSlot(const QString &user, const QByteArray &passphrase, const SecretBytes &databaseKey,
                   const KdfLimits &limits);
    bool removeSlot(const QString &user);

private:
    struct Slot
    {
        QString user;
        KdfLimits limits;
        QByteArray salt;
        QByteArray nonce;
        QByteArray sealedKey;
    };
    int indexOf(const QString &user) const;
    QByteArray body() const; // canonical bytes covered by checksum and MAC
    QByteArray associatedData(const QString &user) const;
    static Result<SecretBytes> deriveKey(const QByteArray &passphrase, const QByteArray &salt, const KdfLimits &limits);
    QByteArray macOf(const SecretBytes &databaseKey) const;

    QByteArray m_databaseId;
    QByteArray m_databaseSalt;
    LockoutPolicy m_lockout;
    QList<Slot> m_slots;
    QByteArray m_mac;
    QString m_path;
};

} // namespace ridgeline::storage
