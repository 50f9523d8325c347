#pragma once

// User accounts (name, display name, role, active) inside the encrypted workspace. Passphrases are
// not here: they live only as key slots in the header. Uses the caller's connection; same thread.

#include "app/core/domain.h"
#include "app/core/error.h"

#include <QList>

namespace ridgeline::storage {

class SqliteDatabase;

class SqlCipherUserRepository
{
public:
    explicit SqlCipherUserRepository(SqliteDatabase &db);

    Result<QList<User>> users(bool includeInactive = false);
    // NotFound when there is no such account (active or not).
    Result<User> userByName(const QString &name);
    // A new account, or the reactivation of a removed one with the same name.
    Result<User> addUser(const User &user);
    Status setActive(const QString &name, bool active);

private:
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
