#pragma once

// Cases and what hangs off them (marks, persons, documents, notes, transmissions) in the encrypted
// workspace. Saving a case or a mark checks its revision (optimistic concurrency): a stale one is
// refused with ErrorCode::Conflict. Uses the caller's connection; same thread. No auditing here:
// the services layer audits (it knows who acted and why).

#include "app/core/repositories.h"

#include <functional>

namespace ridgeline::storage {

class SqliteDatabase;

struct CaseNote
{
    QString id;
    CaseId caseId;
    QString author;
    QString text;
    QDateTime createdUtc;
};

class SqlCipherCaseRepository : public CaseRepository
{
public:
    explicit SqlCipherCaseRepository(SqliteDatabase &db);

    Result<QList<CaseRecord>> cases() override;
    Result<CaseRecord> caseById(const CaseId &id) override;
    Result<CaseRecord> caseByReference(const CaseReference &reference) override;
    Result<CaseRecord> saveCase(const CaseRecord &record) override;
    Result<QList<Mark>> marksOfCase(const CaseId &id) override;
    Result<QList<Document>> documentsOfCase(const CaseId &id) override;
    Result<QList<std::pair<Person, PersonRole>>> personsOfCase(const CaseId &id) override;

    // Insert or update with the same revision rule as saveCase.
    Result<Mark> saveMark(const Mark &mark);
    Result<Mark> markById(const MarkId &id);
    Result<Person> savePerson(const Person &person);
    // Every person record of the workspace, of every force (for matching incoming records).
    Result<QList<Person>> allPersons();
    Status linkPerson(const CaseId &caseId, const PersonId &personId, PersonRole role);
    Result<Document> saveDocument(const Document &document);
    Result<Transmission> saveTransmission(const Transmission &transmission);
    Result<CaseNote> addNote(const CaseId &caseId, const QString &author, const QString &text);
    Result<QList<CaseNote>> notesOfCase(const CaseId &caseId);

private:
    Result<CaseRecord> oneCase(const char *where, const std::function<void(class SqliteStatement &)> &bind);
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
