#include "app/storage/keyslots.h"

#include "app/storage/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace ridgeline::storage {
namespace {

constexpr int kFormatVersion = 1;
constexpr auto kFormatName = "ridgeline-keyslots";
constexpr std::size_t kKeyBytes = 32;

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

// Unkeyed, over everything: tells accidental damage (a flipped bit anywhere, MAC included) from a
// wrong passphrase before any unlock. The MAC is what stops deliberate edits.
QByteArray checksumOf(const QByteArray &body, const QByteArray &mac)
{
    return QCryptographicHash::hash(body + mac.toHex(), QCryptographicHash::Sha256);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::minimumForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KeySlotHeader KeySlotHeader::createNew(const QByteArray &databaseId, const QByteArray &databaseSalt)
{
    KeySlotHeader header;
    header.m_databaseId = databaseId;
    header.m_databaseSalt = databaseSalt;
    return header;
}

QByteArray KeySlotHeader::body() const
{
    QJsonArray slots;
    for (const Slot &slot : m_slots) {
        slots.append(QJsonObject{{QStringLiteral("user"), slot.user},
                                 {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                                 {QStringLiteral("opsLimit"), double(slot.limits.opsLimit)},
                                 {QStringLiteral("memLimit"), double(slot.limits.memLimit)},
                                 {QStringLiteral("salt"), b64(slot.salt)},
                                 {QStringLiteral("nonce"), b64(slot.nonce)},
                                 {QStringLiteral("sealedKey"), b64(slot.sealedKey)}});
    }
    const QJsonObject lockout{{QStringLiteral("maxFailedLogins"), m_lockout.maxFailedLogins},
                              {QStringLiteral("lockoutSeconds"), double(m_lockout.lockoutSeconds)}};
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormatName)},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("databaseId"), QString::fromLatin1(m_databaseId.toHex())},
                           {QStringLiteral("databaseSalt"), QString::fromLatin1(m_databaseSalt.toHex())},
                           {QStringLiteral("lockout"), lockout},
                           {QStringLiteral("slots"), slots}};
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray KeySlotHeader::macOf(const SecretBytes &databaseKey) const
{
    SecretBytes macKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), 1, "rlheader", databaseKey.data());
    const QByteArray data = body();
    QByteArray mac(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), macKey.data(),
                       macKey.size());
    return mac;
}

Result<KeySlotHeader> KeySlotHeader::load(const QString &path)
{
    initializeSodium();
    auto bytes = readWholeFile(path, 4 * 1024 * 1024);
    if (!bytes) {
        if (bytes.error().code() == ErrorCode::NotFound)
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "ridgeline::storage", "The key header %1 is missing, so no user can unlock the workspace "
                                                   "beside it. Restore the .keys file from the backup taken with the "
                                                   "database.")
                             .arg(path));
        return bytes.error();
    }
    const auto damaged = [&path](const QString &why) {
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The key header %1 is damaged (%2). Restore it from a backup; the "
                                                 "database has not been touched.")
                         .arg(path, why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(
            QCoreApplication::translate("ridgeline::storage", "not valid JSON at offset %1").arg(parseError.offset));
    QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return damaged(QCoreApplication::translate("ridgeline::storage", "not a Ridgeline key header"));
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return damaged(QCoreApplication::translate("ridgeline::storage", "unknown header version %1")
                           .arg(root.value(QStringLiteral("version")).toInt()));

    KeySlotHeader header;
    header.m_path = path;
    header.m_databaseId = QByteArray::fromHex(root.value(QStringLiteral("databaseId")).toString().toLatin1());
    header.m_databaseSalt = QByteArray::fromHex(root.value(QStringLiteral("databaseSalt")).toString().toLatin1());
    header.m_mac = QByteArray::fromHex(root.value(QStringLiteral("mac")).toString().toLatin1());
    const QJsonObject lockout = root.value(QStringLiteral("lockout")).toObject();
    header.m_lockout.maxFailedLogins = lockout.value(QStringLiteral("maxFailedLogins")).toInt();
    header.m_lockout.lockoutSeconds = qint64(lockout.value(QStringLiteral("lockoutSeconds")).toDouble());
    for (const QJsonValue &value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        Slot slot;
        slot.user = o.value(QStringLiteral("user")).toString();
        slot.limits.opsLimit = quint64(o.value(QStringLiteral("opsLimit")).toDouble());
        slot.limits.memLimit = std::size_t(o.value(QStringLiteral("memLimit")).toDouble());
        slot.salt = fromBase64(o.value(QStringLiteral("salt")));
        slot.nonce = fromBase64(o.value(QStringLiteral("nonce")));
        slot.sealedKey = fromBase64(o.value(QStringLiteral("sealedKey")));
        if (slot.user.isEmpty() || slot.salt.size() != crypto_pwhash_SALTBYTES ||
            slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            slot.sealedKey.size() != int(kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
            o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
            return damaged(QCoreApplication::translate("ridgeline::storage", "slot %1 is malformed")
                               .arg(header.m_slots.size() + 1));
        header.m_slots.append(slot);
    }
    if (header.m_databaseId.size() != 16 || header.m_databaseSalt.size() != 16 || header.m_mac.size() != 32)
        return damaged(QCoreApplication::translate("ridgeline::storage", "identity fields are malformed"));
    const QByteArray checksum = QByteArray::fromHex(root.value(QStringLiteral("checksum")).toString().toLatin1());
    if (checksum != checksumOf(header.body(), header.m_mac))
        return damaged(QCoreApplication::translate("ridgeline::storage", "checksum mismatch"));
    return header;
}

Status KeySlotHeader::save(const QString &path, const SecretBytes &databaseKey) const
{
    const QByteArray data = body();
    QJsonObject root = QJsonDocument::fromJson(data).object();
    const QByteArray mac = macOf(databaseKey);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksumOf(data, mac).toHex()));
    root.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Status KeySlotHeader::verifyMac(const SecretBytes &databaseKey) const
{
    const QByteArray expected = macOf(databaseKey);
    if (m_mac.size() != expected.size() ||
        sodium_memcmp(m_mac.constData(), expected.constData(), size_t(expected.size())) != 0)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The key header %1 was modified outside Ridgeline (its MAC does not "
                                                 "match). Restore it from a backup and report it to the administrator.")
                         .arg(m_path));
    return {};
}

QStringList KeySlotHeader::users() const
{
    QStringList names;
    for (const Slot &slot : m_slots)
        names.append(slot.user);
    return names;
}

int KeySlotHeader::indexOf(const QString &user) const
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).user == user)
            return i;
    }
    return -1;
}

KdfLimits KeySlotHeader::limitsOf(const QString &user) const
{
    const int i = indexOf(user);
    return i >= 0 ? m_slots.at(i).limits : KdfLimits{};
}

QByteArray KeySlotHeader::associatedData(const QString &user) const
{
    return "ridgeline-slot-v1:" + m_databaseId.toHex() + ':' + user.toUtf8();
}

Result<SecretBytes> KeySlotHeader::deriveKey(const QByteArray &passphrase, const QByteArray &salt,
                                             const KdfLimits &limits)
{
    // The upper bounds stop a doctored header from making every sign-in allocate without limit.
    constexpr quint64 maxOps = quint64(crypto_pwhash_OPSLIMIT_SENSITIVE) * 4;
    constexpr quint64 maxMem = quint64(crypto_pwhash_MEMLIMIT_SENSITIVE) * 2;
    if (limits.opsLimit < crypto_pwhash_OPSLIMIT_MIN || limits.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
        limits.opsLimit > maxOps || quint64(limits.memLimit) > maxMem)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage", "a key slot has impossible Argon2id limits"));
    SecretBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), limits.opsLimit, limits.memLimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Io,
                     QCoreApplication::translate(
                         "ridgeline::storage", "Deriving the passphrase key ran out of memory (Argon2id needs %1 MiB).")
                         .arg(limits.memLimit / (1024 * 1024)));
    return key;
}

Result<SecretBytes> KeySlotHeader::unwrap(const QString &user, const QByteArray &passphrase) const
{
    initializeSodium();
    const Error refused(ErrorCode::AuthenticationFailed,
                        QCoreApplication::translate(
                            "ridgeline::storage",
                            "Sign-in failed for \"%1\": unknown user or wrong passphrase. Check the user name and "
                            "passphrase (Caps Lock?) and try again.")
                            .arg(user));
    const int i = indexOf(user);
    if (i < 0)
        return refused;
    const Slot &slot = m_slots.at(i);
    auto wrappingKey = deriveKey(passphrase, slot.salt, slot.limits);
    if (!wrappingKey)
        return wrappingKey.error();
    SecretBytes databaseKey(kKeyBytes);
    const QByteArray ad = associatedData(user);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            databaseKey.data(), &length, nullptr, reinterpret_cast<const unsigned char *>(slot.sealedKey.constData()),
            quint64(slot.sealedKey.size()), reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(slot.nonce.constData()), wrappingKey->data()) != 0 ||
        length != kKeyBytes)
        return refused;
    return databaseKey;
}

Status KeySlotHeader::setSlot(const QString &user, const QByteArray &passphrase, const SecretBytes &databaseKey,
                              const KdfLimits &limits)
{
    initializeSodium();
    if (user.isEmpty())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage", "A key slot needs a user name."));
    Slot slot;
    slot.user = user;
    slot.limits = limits;
    slot.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    slot.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));
    auto wrappingKey = deriveKey(passphrase, slot.salt, limits);
    if (!wrappingKey)
        return wrappingKey.error();
    slot.sealedKey = QByteArray(int(databaseKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    const QByteArray ad = associatedData(user);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.sealedKey.data()), &length, databaseKey.data(), databaseKey.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), wrappingKey->data());
    const int i = indexOf(user);
    if (i >= 0)
        m_slots[i] = slot;
    else
        m_slots.append(slot);
    return {};
}

bool KeySlotHeader::removeSlot(const QString &user)
{
    const int i = indexOf(user);
    if (i < 0)
        return false;
    m_slots.removeAt(i);
    return true;
}

} // namespace ridgeline::storage
