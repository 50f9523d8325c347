#include "app/storage/sqlcipheruserrepository.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>

namespace ridgeline::storage {
namespace {

User userFromRow(const SqliteStatement &r)
{
    User u;
    u.id = UserId::fromString(r.text(0));
    u.name = r.text(1);
    u.displayName = r.text(2);
    u.role = roleFromKey(r.text(3)).value_or(Role::Examiner);
    u.active = r.int64(4) != 0;
    u.createdUtc = QDateTime::fromMSecsSinceEpoch(r.int64(5), Qt::UTC);
    return u;
}

} // namespace

SqlCipherUserRepository::SqlCipherUserRepository(SqliteDatabase &db)
    : m_db(db)
{}

Result<QList<User>> SqlCipherUserRepository::users(bool includeInactive)
{
    SqliteStatement statement(m_db, "SELECT id, name, display_name, role, active, created_ms FROM users "
                                    "WHERE active = 1 OR ? ORDER BY name");
    statement.bind(1, includeInactive ? 1 : 0);
    QList<User> out;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(userFromRow(statement));
    }
}

Result<User> SqlCipherUserRepository::userByName(const QString &name)
{
    SqliteStatement statement(m_db,
                              "SELECT id, name, display_name, role, active, created_ms FROM users WHERE name = ?");
    statement.bind(1, name);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::storage", "There is no user \"%1\" in this workspace.").arg(name));
    return userFromRow(statement);
}

Result<User> SqlCipherUserRepository::addUser(const User &user)
{
    auto existing = userByName(user.name);
    if (existing && existing->active)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::storage", "User \"%1\" already exists.").arg(user.name));
    User saved = user;
    saved.active = true;
    saved.id = existing ? existing->id : (user.id.isNull() ? UserId::create() : user.id);
    if (!saved.createdUtc.isValid())
        saved.createdUtc = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    SqliteStatement write(m_db, "INSERT OR REPLACE INTO users (id, name, display_name, role, active, created_ms) "
                                "VALUES (?,?,?,?,1,?)");
    write.bind(1, saved.id.toString())
        .bind(2, saved.name)
        .bind(3, saved.displayName.isEmpty() ? saved.name : saved.displayName)
        .bind(4, roleKey(saved.role))
        .bind(5, saved.createdUtc.toMSecsSinceEpoch());
    if (Status s = write.run(); !s)
        return s.error();
    return saved;
}

Status SqlCipherUserRepository::setActive(const QString &name, bool active)
{
    SqliteStatement write(m_db, "UPDATE users SET active = ? WHERE name = ?");
    write.bind(1, active ? 1 : 0).bind(2, name);
    if (Status s = write.run(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::storage", "There is no user \"%1\" in this workspace.").arg(name));
    return {};
}

} // namespace ridgeline::storage
