#include "app/core/role.h"

#include <QCoreApplication>

namespace ridgeline {

QList<Role> allRoles()
{
    return {Role::Examiner, Role::CaseOfficer, Role::Supervisor, Role::Admin};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Examiner:
        return QStringLiteral("examiner");
    case Role::CaseOfficer:
        return QStringLiteral("case-officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Examiner:
        return QCoreApplication::translate("ridgeline::Role", "Fingerprint examiner");
    case Role::CaseOfficer:
        return QCoreApplication::translate("ridgeline::Role", "Case officer");
    case Role::Supervisor:
        return QCoreApplication::translate("ridgeline::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("ridgeline::Role", "Administrator");
    }
    return {};
}

} // namespace ridgeline
