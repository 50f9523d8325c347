// LocalWorkspaceSession: stored templates of exemplar impressions for the local search
// (decision 0004). Templates are derived data; building them reads originals, which is audited
// once per build by the service that builds them, not once per impression.
#include "app/services/localworkspacesession.h"

#include "app/storage/sqlciphertemplaterepository.h"

namespace ridgeline {
namespace {

// Examiners search; intake (case officers, administrators) builds the templates of what it files.
Status mayUseTemplates(LocalWorkspaceSession &session, const User &user, const QString &objectId)
{
    if (isAllowed(user.role, Action::RunSearch))
        return session.require(Action::RunSearch, QStringLiteral("exemplar-templates"), objectId);
    return session.require(Action::ImportTransmission, QStringLiteral("exemplar-templates"), objectId);
}

} // namespace

Result<QList<ExemplarTemplateEntry>> LocalWorkspaceSession::exemplarTemplates(const QString &algorithm, bool withBytes,
                                                                              const QString &onlyImpression)
{
    if (Status s = mayUseTemplates(*this, m_user, algorithm); !s)
        return s.error();
    return storage::SqlCipherTemplateRepository(m_db->sql()).entries(algorithm, withBytes, onlyImpression);
}

Result<QByteArray> LocalWorkspaceSession::readExemplarForTemplate(const ExemplarTemplateEntry &entry)
{
    if (Status s = mayUseTemplates(*this, m_user, entry.impressionId); !s)
        return s.error();
    return m_evidence->read(entry.originalSha256);
}

Status LocalWorkspaceSession::storeExemplarTemplate(const QString &impressionId, const QString &algorithm, int minutiae,
                                                    const QByteArray &bytes)
{
    if (Status s = mayUseTemplates(*this, m_user, impressionId); !s)
        return s;
    return storage::SqlCipherTemplateRepository(m_db->sql()).store(impressionId, algorithm, minutiae, bytes);
}

} // namespace ridgeline
