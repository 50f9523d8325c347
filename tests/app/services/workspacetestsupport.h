#pragma once

// Shared by the services tests: fast sessions (Argon2id at the library minimum, through the API
// parameter; the shipped programs never pass it), file fingerprints, and the raw-key test hook that
// opens a workspace past its session to damage it the way an attacker with the key could.

#include "app/services/localworkspacesession.h"
#include "app/storage/keyslots.h"
#include "app/storage/workspacedatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace ridgeline::testing {

inline SessionOptions fastOptions(int checkpointInterval = 100)
{
    SessionOptions options;
    options.kdf = storage::KdfLimits::minimumForTests();
    options.checkpointInterval = checkpointInterval;
    return options;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<absent>");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x10)));
}

// The test hook: the workspace's database opened with its raw key (unwrapped from `user`'s slot).
inline std::unique_ptr<storage::WorkspaceDatabase> openRaw(const QString &path, const QString &user,
                                                           const QByteArray &passphrase)
{
    auto header = storage::KeySlotHeader::load(storage::KeySlotHeader::headerPathFor(path));
    if (!header)
        return nullptr;
    auto key = header->unwrap(user, passphrase);
    if (!key)
        return nullptr;
    auto db = storage::WorkspaceDatabase::open(path, *key);
    return db ? std::move(*db) : nullptr;
}

} // namespace ridgeline::testing
