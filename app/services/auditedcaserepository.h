#pragma once

// The CaseRepository a session hands out: checks the permission table through the session (so a
// refusal is audited) and writes an audit event in the same transaction as every change.

#include "app/core/repositories.h"

namespace ridgeline {

namespace storage {
class SqlCipherCaseRepository;
}
class LocalWorkspaceSession;

class AuditedCaseRepository : public CaseRepository
{
public:
    AuditedCaseRepository(LocalWorkspaceSession &session, storage::SqlCipherCaseRepository &store);

    Result<QList<CaseRecord>> cases() override;
    Result<CaseRecord> caseById(const CaseId &id) override;
    Result<CaseRecord> caseByReference(const CaseReference &reference) override;
    Result<CaseRecord> saveCase(const CaseRecord &record) override;
    Result<QList<Mark>> marksOfCase(const CaseId &id) override;
    Result<QList<Document>> documentsOfCase(const CaseId &id) override;
    Result<QList<std::pair<Person, PersonRole>>> personsOfCase(const CaseId &id) override;

    // Account name and first passphrase rules, shared by create() and addUser().
    static Status checkNewAccount(const QString &name, const QByteArray &passphrase);

private:
    LocalWorkspaceSession &m_session;
    storage::SqlCipherCaseRepository &m_store;
};

} // namespace ridgeline
