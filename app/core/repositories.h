#pragma once

// Repository interfaces: what the services need from storage, in domain terms. Implementations
// live in app/storage and name their technology (SqlCipherCaseRepository). All calls are
// synchronous and may block on disk: call them from a worker thread, never the UI thread.

#include "app/core/auditevent.h"
#include "app/core/domain.h"
#include "app/core/error.h"

#include <QList>

namespace ridgeline {

class CaseRepository
{
public:
    virtual ~CaseRepository() = default;
    virtual Result<QList<CaseRecord>> cases() = 0;
    virtual Result<CaseRecord> caseById(const CaseId &id) = 0;
    virtual Result<CaseRecord> caseByReference(const CaseReference &reference) = 0;
    // Inserts or updates. Updating checks `revision` against the stored one and fails with
    // ErrorCode::Conflict when another session changed the case first; on success the stored
    // revision is bumped and returned in the record.
    virtual Result<CaseRecord> saveCase(const CaseRecord &record) = 0;
    virtual Result<QList<Mark>> marksOfCase(const CaseId &id) = 0;
    virtual Result<QList<Document>> documentsOfCase(const CaseId &id) = 0;
    virtual Result<QList<std::pair<Person, PersonRole>>> personsOfCase(const CaseId &id) = 0;
};

class AuditLog
{
public:
    virtual ~AuditLog() = default;
    // Fills sequence, time (if null), previous hash and hash, and appends. Returns the stored event.
    virtual Result<AuditEvent> append(AuditEvent event) = 0;
};

} // namespace ridgeline
