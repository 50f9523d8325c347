// LocalWorkspaceSession: derived data (thumbnails, later tile pyramids). Rebuildable from the
// originals, so neither reading nor writing it is audited as evidence; only refusals are audited.
#include "app/services/localworkspacesession.h"

#include "app/storage/derivedimagestore.h"

namespace ridgeline {
namespace {

QString objectIdOf(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex());
}

// Intake builds thumbnails for the user who imported (an administrator may import but not view
// cases), and a viewer rebuilds one it had to decode: either permission is enough.
Status mayWriteDerived(LocalWorkspaceSession &session, const User &user, const QByteArray &sha256)
{
    if (isAllowed(user.role, Action::ImportTransmission))
        return session.require(Action::ImportTransmission, QStringLiteral("derived-data"), objectIdOf(sha256));
    return session.require(Action::ViewCase, QStringLiteral("derived-data"), objectIdOf(sha256));
}

} // namespace

Result<QByteArray> LocalWorkspaceSession::derivedData(const QByteArray &sha256, const QString &kind)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("derived-data"), objectIdOf(sha256)); !s)
        return s.error();
    return storage::DerivedImageStore(m_db->sql()).read(sha256, kind);
}

Status LocalWorkspaceSession::storeDerivedData(const QByteArray &sha256, const QString &kind, const QByteArray &data)
{
    if (Status s = mayWriteDerived(*this, m_user, sha256); !s)
        return s;
    return storage::DerivedImageStore(m_db->sql()).store(sha256, kind, data);
}

Status LocalWorkspaceSession::removeDerivedData(const QByteArray &sha256, const QString &kindPrefix)
{
    if (Status s = mayWriteDerived(*this, m_user, sha256); !s)
        return s;
    auto removed = storage::DerivedImageStore(m_db->sql()).remove(sha256, kindPrefix);
    return removed ? Status() : Status(removed.error());
}

} // namespace ridgeline
