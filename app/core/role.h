#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ridgeline {

enum class Role
{
    Examiner,
    CaseOfficer,
    Supervisor,
    Admin,
};

QList<Role> allRoles();
// Stable identifier used by the CLI and stored in the database: examiner, case-officer, ...
QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
// Translated name for display.
QString roleDisplayName(Role role);

} // namespace ridgeline
