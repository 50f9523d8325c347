#include "app/storage/sqlciphercaserepository.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::storage {
namespace {

constexpr auto kCaseColumns = "SELECT id, force_code, year, number, force, offence, officer, status, summary, "
                              "created_ms, updated_ms, revision FROM cases ";

QDateTime fromMs(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

CaseRecord caseFromRow(const SqliteStatement &row)
{
    CaseRecord c;
    c.id = CaseId::fromString(row.text(0));
    c.reference = CaseReference(row.text(1), int(row.int64(2)), row.int64(3));
    c.force = row.text(4);
    c.offence = row.text(5);
    c.officerInCase = row.text(6);
    c.status = caseStatusFromKey(row.text(7)).value_or(CaseStatus::Open);
    c.summary = row.text(8);
    c.createdUtc = fromMs(row, 9);
    c.updatedUtc = fromMs(row, 10);
    c.revision = int(row.int64(11));
    return c;
}

template<class T, class F> Result<QList<T>> collect(SqliteStatement &statement, F fromRow)
{
    QList<T> out;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(fromRow(statement));
    }
}

// Columns: id, family_name, given_names, date_of_birth, force, identifiers (JSON).
Person personFromRow(const SqliteStatement &r)
{
    Person p;
    p.id = PersonId::fromString(r.text(0));
    p.familyName = r.text(1);
    p.givenNames = r.text(2);
    p.dateOfBirth = QDate::fromString(r.text(3), Qt::ISODate);
    p.force = r.text(4);
    for (const QJsonValue &v : QJsonDocument::fromJson(r.text(5).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        p.identifiers.append(
            {o.value(QStringLiteral("scheme")).toString(), o.value(QStringLiteral("value")).toString()});
    }
    return p;
}

// Reads the stored revision: -1 when the row does not exist yet.
Result<int> storedRevision(SqliteDatabase &db, const char *sql, const QString &id)
{
    SqliteStatement statement(db, sql);
    statement.bind(1, id);
    auto row = statement.step();
    if (!row)
        return row.error();
    return *row ? int(statement.int64(0)) : -1;
}

Error staleRevision(const QString &what, int stored, int yours)
{
    return Error(ErrorCode::Conflict, QCoreApplication::translate(
                                          "ridgeline::storage",
                                          "%1 was changed by someone else first (stored revision %2, yours %3). Reload "
                                          "it and apply your change again.")
                                          .arg(what)
                                          .arg(stored)
                                          .arg(yours));
}

Mark markFromRow(const SqliteStatement &r)
{
    Mark m;
    m.id = MarkId::fromString(r.text(0));
    m.caseId = CaseId::fromString(r.text(1));
    m.exhibitReference = r.text(2);
    m.kind = markKindFromKey(r.text(3)).value_or(MarkKind::LatentFinger);
    m.state = markStateFromKey(r.text(4)).value_or(MarkState::Received);
    m.originalSha256 = r.blob(5);
    m.provenance.transmission = TransmissionId::fromString(r.text(6));
    m.provenance.deviceId = r.text(7);
    m.provenance.sceneExaminer = r.text(8);
    m.provenance.capturedUtc = fromMs(r, 9);
    m.provenance.place = r.text(10);
    m.calibration.ppi = r.real(11);
    m.calibration.source = CalibrationSource(r.int64(12));
    m.assignedExaminer = UserId::fromString(r.text(13));
    m.receivedUtc = fromMs(r, 14);
    m.revision = int(r.int64(15));
    return m;
}

constexpr auto kMarkColumns = "SELECT id, case_id, exhibit_ref, kind, state, original_sha256, transmission_id, "
                              "device_id, scene_examiner, captured_ms, place, ppi, calibration_source, "
                              "assigned_examiner, received_ms, revision FROM marks ";

} // namespace

SqlCipherCaseRepository::SqlCipherCaseRepository(SqliteDatabase &db)
    : m_db(db)
{}

Result<QList<CaseRecord>> SqlCipherCaseRepository::cases()
{
    SqliteStatement statement(m_db, (QByteArray(kCaseColumns) + "ORDER BY force_code, year, number").constData());
    return collect<CaseRecord>(statement, caseFromRow);
}

Result<CaseRecord> SqlCipherCaseRepository::oneCase(const char *where,
                                                    const std::function<void(SqliteStatement &)> &bind)
{
    SqliteStatement statement(m_db, (QByteArray(kCaseColumns) + where).constData());
    bind(statement);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, QString());
    return caseFromRow(statement);
}

Result<CaseRecord> SqlCipherCaseRepository::caseById(const CaseId &id)
{
    auto found = oneCase("WHERE id = ?", [&](SqliteStatement &s) { s.bind(1, id.toString()); });
    if (!found && found.error().code() == ErrorCode::NotFound)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "Case %1 does not exist in this workspace.")
                         .arg(id.toString()));
    return found;
}

Result<CaseRecord> SqlCipherCaseRepository::caseByReference(const CaseReference &reference)
{
    auto found = oneCase("WHERE force_code = ? AND year = ? AND number = ?", [&](SqliteStatement &s) {
        s.bind(1, reference.forceCode()).bind(2, reference.year()).bind(3, reference.number());
    });
    if (!found && found.error().code() == ErrorCode::NotFound)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "Case %1 does not exist in this workspace; check the reference with "
                                                 "'cases list'.")
                         .arg(reference.toString()));
    return found;
}

Result<CaseRecord> SqlCipherCaseRepository::saveCase(const CaseRecord &record)
{
    if (!record.reference.isValid())
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::storage", "A case needs a valid reference (FORCE/YEAR/NUMBER)."));
    CaseRecord saved = record;
    if (saved.id.isNull())
        saved.id = CaseId::create();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = storedRevision(m_db, "SELECT revision FROM cases WHERE id = ?", saved.id.toString());
    if (!stored)
        return stored.error();
    if (*stored >= 0 && *stored != record.revision)
        return staleRevision(
            QCoreApplication::translate("ridgeline::storage", "Case %1").arg(record.reference.toString()), *stored,
            record.revision);
    saved.revision = *stored >= 0 ? *stored + 1 : 1;
    if (!saved.createdUtc.isValid())
        saved.createdUtc = now;
    saved.updatedUtc = now;
    // Plain INSERT or UPDATE: INSERT OR REPLACE would silently delete another case holding the same reference.
    SqliteStatement write(m_db, *stored < 0
                                    ? "INSERT INTO cases (id, force_code, year, number, force, offence, officer, "
                                      "status, summary, created_ms, updated_ms, revision) "
                                      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"
                                    : "UPDATE cases SET force_code = ?2, year = ?3, number = ?4, force = ?5, "
                                      "offence = ?6, officer = ?7, status = ?8, summary = ?9, created_ms = ?10, "
                                      "updated_ms = ?11, revision = ?12 WHERE id = ?1");
    write.bind(1, saved.id.toString())
        .bind(2, saved.reference.forceCode())
        .bind(3, saved.reference.year())
        .bind(4, saved.reference.number())
        .bind(5, saved.force)
        .bind(6, saved.offence)
        .bind(7, saved.officerInCase)
        .bind(8, caseStatusKey(saved.status))
        .bind(9, saved.summary)
        .bind(10, toMs(saved.createdUtc))
        .bind(11, toMs(saved.updatedUtc))
        .bind(12, saved.revision);
    if (Status s = write.run(); !s) {
        if (s.error().code() == ErrorCode::Conflict)
            return Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("ridgeline::storage", "Case reference %1 is already used by another case.")
                    .arg(saved.reference.toString()));
        return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

Result<QList<Mark>> SqlCipherCaseRepository::marksOfCase(const CaseId &id)
{
    SqliteStatement statement(m_db, (QByteArray(kMarkColumns) + "WHERE case_id = ? ORDER BY exhibit_ref").constData());
    statement.bind(1, id.toString());
    return collect<Mark>(statement, markFromRow);
}

Result<Mark> SqlCipherCaseRepository::markById(const MarkId &id)
{
    SqliteStatement statement(m_db, (QByteArray(kMarkColumns) + "WHERE id = ?").constData());
    statement.bind(1, id.toString());
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "Mark %1 does not exist in this workspace.")
                         .arg(id.toString()));
    return markFromRow(statement);
}

Result<Mark> SqlCipherCaseRepository::saveMark(const Mark &mark)
{
    Mark saved = mark;
    if (saved.id.isNull())
        saved.id = MarkId::create();
    SqliteTransaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = storedRevision(m_db, "SELECT revision FROM marks WHERE id = ?", saved.id.toString());
    if (!stored)
        return stored.error();
    if (*stored >= 0 && *stored != mark.revision)
        return staleRevision(QCoreApplication::translate("ridgeline::storage", "Mark %1").arg(mark.exhibitReference),
                             *stored, mark.revision);
    saved.revision = *stored >= 0 ? *stored + 1 : 1;
    SqliteStatement write(
        m_db, *stored < 0 ? "INSERT INTO marks (id, case_id, exhibit_ref, kind, state, original_sha256, "
                            "transmission_id, device_id, scene_examiner, captured_ms, place, ppi, "
                            "calibration_source, assigned_examiner, received_ms, revision) "
                            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)"
                          : "UPDATE marks SET case_id = ?2, exhibit_ref = ?3, kind = ?4, state = ?5, "
                            "original_sha256 = ?6, transmission_id = ?7, device_id = ?8, scene_examiner = ?9, "
                            "captured_ms = ?10, place = ?11, ppi = ?12, calibration_source = ?13, "
                            "assigned_examiner = ?14, received_ms = ?15, revision = ?16 WHERE id = ?1");
    write.bind(1, saved.id.toString())
        .bind(2, saved.caseId.toString())
        .bind(3, saved.exhibitReference)
        .bind(4, markKindKey(saved.kind))
        .bind(5, markStateKey(saved.state))
        .bindBlob(6, saved.originalSha256.isEmpty() ? QByteArray() : saved.originalSha256)
        .bindOptional(7, saved.provenance.transmission.isNull() ? QString() : saved.provenance.transmission.toString())
        .bind(8, saved.provenance.deviceId)
        .bind(9, saved.provenance.sceneExaminer)
        .bind(10, toMs(saved.provenance.capturedUtc))
        .bind(11, saved.provenance.place)
        .bind(12, saved.calibration.ppi)
        .bind(13, int(saved.calibration.source))
        .bindOptional(14, saved.assignedExaminer.isNull() ? QString() : saved.assignedExaminer.toString())
        .bind(15, toMs(saved.receivedUtc))
        .bind(16, saved.revision);
    if (Status s = write.run(); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

Result<QList<Document>> SqlCipherCaseRepository::documentsOfCase(const CaseId &id)
{
    SqliteStatement statement(m_db, "SELECT id, case_id, title, kind, media_type, sha256, page_count, added_ms "
                                    "FROM documents WHERE case_id = ? ORDER BY added_ms, title");
    statement.bind(1, id.toString());
    return collect<Document>(statement, [](const SqliteStatement &r) {
        Document d;
        d.id = DocumentId::fromString(r.text(0));
        d.caseId = CaseId::fromString(r.text(1));
        d.title = r.text(2);
        d.kind = documentKindFromKey(r.text(3)).value_or(DocumentKind::Other);
        d.mediaType = r.text(4);
        d.sha256 = r.blob(5);
        d.pageCount = int(r.int64(6));
        d.addedUtc = fromMs(r, 7);
        return d;
    });
}

Result<QList<std::pair<Person, PersonRole>>> SqlCipherCaseRepository::personsOfCase(const CaseId &id)
{
    SqliteStatement statement(m_db, "SELECT p.id, p.family_name, p.given_names, p.date_of_birth, p.force, "
                                    "p.identifiers, cp.role FROM case_persons cp JOIN persons p ON p.id = cp.person_id "
                                    "WHERE cp.case_id = ? ORDER BY cp.role, p.family_name, p.given_names");
    statement.bind(1, id.toString());
    return collect<std::pair<Person, PersonRole>>(statement, [](const SqliteStatement &r) {
        return std::pair<Person, PersonRole>(personFromRow(r),
                                             personRoleFromKey(r.text(6)).value_or(PersonRole::Witness));
    });
}

Result<QList<Person>> SqlCipherCaseRepository::allPersons()
{
    SqliteStatement statement(m_db,
                              "SELECT id, family_name, given_names, date_of_birth, force, identifiers FROM persons");
    return collect<Person>(statement, personFromRow);
}

Result<Person> SqlCipherCaseRepository::savePerson(const Person &person)
{
    Person saved = person;
    if (saved.id.isNull())
        saved.id = PersonId::create();
    QJsonArray identifiers;
    for (const PersonIdentifier &i : saved.identifiers)
        identifiers.append(QJsonObject{{QStringLiteral("scheme"), i.scheme}, {QStringLiteral("value"), i.value}});
    // No INSERT OR REPLACE: it deletes the old row first, which the case links refer to.
    SqliteStatement existing(m_db, "SELECT 1 FROM persons WHERE id = ?");
    existing.bind(1, saved.id.toString());
    auto exists = existing.step();
    if (!exists)
        return exists.error();
    SqliteStatement write(m_db, *exists ? "UPDATE persons SET family_name = ?2, given_names = ?3, date_of_birth = ?4, "
                                          "force = ?5, identifiers = ?6 WHERE id = ?1"
                                        : "INSERT INTO persons (id, family_name, given_names, date_of_birth, force, "
                                          "identifiers) VALUES (?1,?2,?3,?4,?5,?6)");
    write.bind(1, saved.id.toString())
        .bind(2, saved.familyName)
        .bind(3, saved.givenNames)
        .bindOptional(4, saved.dateOfBirth.isValid() ? saved.dateOfBirth.toString(Qt::ISODate) : QString())
        .bind(5, saved.force)
        .bind(6, QString::fromUtf8(QJsonDocument(identifiers).toJson(QJsonDocument::Compact)));
    if (Status s = write.run(); !s)
        return s.error();
    return saved;
}

Status SqlCipherCaseRepository::linkPerson(const CaseId &caseId, const PersonId &personId, PersonRole role)
{
    SqliteStatement write(m_db, "INSERT OR IGNORE INTO case_persons (case_id, person_id, role) VALUES (?,?,?)");
    write.bind(1, caseId.toString()).bind(2, personId.toString()).bind(3, personRoleKey(role));
    return write.run();
}

Result<Document> SqlCipherCaseRepository::saveDocument(const Document &document)
{
    Document saved = document;
    if (saved.id.isNull())
        saved.id = DocumentId::create();
    if (!saved.addedUtc.isValid())
        saved.addedUtc = QDateTime::currentDateTimeUtc();
    SqliteStatement write(m_db, "INSERT OR REPLACE INTO documents (id, case_id, title, kind, media_type, sha256, "
                                "page_count, added_ms) VALUES (?,?,?,?,?,?,?,?)");
    write.bind(1, saved.id.toString())
        .bind(2, saved.caseId.toString())
        .bind(3, saved.title)
        .bind(4, documentKindKey(saved.kind))
        .bind(5, saved.mediaType)
        .bindBlob(6, saved.sha256)
        .bind(7, saved.pageCount)
        .bind(8, toMs(saved.addedUtc));
    if (Status s = write.run(); !s)
        return s.error();
    return saved;
}

Result<Transmission> SqlCipherCaseRepository::saveTransmission(const Transmission &transmission)
{
    Transmission saved = transmission;
    if (saved.id.isNull())
        saved.id = TransmissionId::create();
    if (!saved.receivedUtc.isValid())
        saved.receivedUtc = QDateTime::currentDateTimeUtc();
    SqliteStatement write(m_db, "INSERT OR REPLACE INTO transmissions (id, sender_force, device_id, scene_examiner, "
                                "case_reference, captured_ms, received_ms, status, reason, package_sha256) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?)");
    write.bind(1, saved.id.toString())
        .bind(2, saved.senderForce)
        .bind(3, saved.deviceId)
        .bind(4, saved.sceneExaminer)
        .bind(5, saved.caseReference)
        .bind(6, toMs(saved.capturedUtc))
        .bind(7, toMs(saved.receivedUtc))
        .bind(8, transmissionStatusKey(saved.status))
        .bind(9, saved.reason)
        .bindBlob(10, saved.packageSha256);
    if (Status s = write.run(); !s)
        return s.error();
    return saved;
}

Result<CaseNote> SqlCipherCaseRepository::addNote(const CaseId &caseId, const QString &author, const QString &text)
{
    CaseNote note{QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, author, text,
                  QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC)};
    SqliteStatement write(m_db, "INSERT INTO case_notes (id, case_id, author, text, created_ms) VALUES (?,?,?,?,?)");
    write.bind(1, note.id).bind(2, caseId.toString()).bind(3, author).bind(4, text).bind(5, toMs(note.createdUtc));
    if (Status s = write.run(); !s)
        return s.error();
    return note;
}

Result<QList<CaseNote>> SqlCipherCaseRepository::notesOfCase(const CaseId &caseId)
{
    SqliteStatement statement(m_db, "SELECT id, case_id, author, text, created_ms FROM case_notes WHERE case_id = ? "
                                    "ORDER BY created_ms");
    statement.bind(1, caseId.toString());
    return collect<CaseNote>(statement, [](const SqliteStatement &r) {
        return CaseNote{r.text(0), CaseId::fromString(r.text(1)), r.text(2), r.text(3), fromMs(r, 4)};
    });
}

} // namespace ridgeline::storage
