#include "app/storage/sqlciphertemplaterepository.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace ridgeline::storage {

namespace {} // namespace

const char *SqlCipherTemplateRepository::schemaSql()
{
    return R"sql(
CREATE TABLE exemplar_templates (
    impression_id TEXT PRIMARY KEY REFERENCES exemplar_impressions(id), algorithm TEXT NOT NULL,
    minutiae INTEGER NOT NULL, data BLOB NOT NULL, created_ms INTEGER NOT NULL);
)sql";
}

SqlCipherTemplateRepository::SqlCipherTemplateRepository(SqliteDatabase &db)
    : m_db(db)
{}

Result<QList<ExemplarTemplateEntry>> SqlCipherTemplateRepository::entries(const QString &algorithm, bool withBytes,
                                                                          const QString &onlyImpression)
{
    // The cases of every person in one pass (case_persons is keyed by case first).
    QHash<QString, QList<CaseId>> casesOf;
    SqliteStatement cases(m_db, "SELECT DISTINCT person_id, case_id FROM case_persons WHERE ?1 = '' OR person_id = "
                                "(SELECT person_id FROM exemplar_impressions WHERE id = ?1)");
    cases.bind(1, onlyImpression);
    for (;;) {
        auto row = cases.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        casesOf[cases.text(0)].append(CaseId::fromString(cases.text(1)));
    }
    // Blobs live in overflow pages that SQLite reads only when the column is fetched.
    SqliteStatement q(m_db, "SELECT e.id, e.person_id, p.family_name, p.given_names, e.finger_position, e.rolled, "
                            "e.ppi, e.original_sha256, e.exhibit_ref, t.algorithm = ?1, t.created_ms, t.data "
                            "FROM exemplar_impressions e JOIN persons p ON p.id = e.person_id "
                            "LEFT JOIN exemplar_templates t ON t.impression_id = e.id "
                            "WHERE ?2 = '' OR e.id = ?2 ORDER BY e.created_ms, e.id");
    q.bind(1, algorithm).bind(2, onlyImpression);
    QList<ExemplarTemplateEntry> list;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        ExemplarTemplateEntry entry;
        entry.impressionId = q.text(0);
        entry.person = PersonId::fromString(q.text(1));
        Person person;
        person.familyName = q.text(2);
        person.givenNames = q.text(3);
        entry.personName = person.displayName();
        entry.fingerPosition = int(q.int64(4));
        entry.rolled = q.int64(5) != 0;
        entry.ppi = q.real(6);
        entry.originalSha256 = q.blob(7);
        entry.exhibitReference = q.text(8);
        entry.cases = casesOf.value(q.text(1));
        entry.hasTemplate = !q.isNull(9) && q.int64(9) != 0;
        if (entry.hasTemplate) {
            entry.templateStoredMs = q.int64(10);
            if (withBytes)
                entry.templateBytes = q.blob(11);
        }
        list.append(entry);
    }
}

Status SqlCipherTemplateRepository::store(const QString &impressionId, const QString &algorithm, int minutiae,
                                          const QByteArray &bytes)
{
    SqliteStatement exists(m_db, "SELECT 1 FROM exemplar_impressions WHERE id = ?");
    exists.bind(1, impressionId);
    auto found = exists.step();
    if (!found)
        return found.error();
    if (!*found)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage::Templates",
                                                 "Exemplar impression %1 is not in this workspace.")
                         .arg(impressionId));
    SqliteStatement w(m_db, "INSERT OR REPLACE INTO exemplar_templates (impression_id, algorithm, minutiae, data, "
                            "created_ms) VALUES (?,?,?,?,?)");
    w.bind(1, impressionId).bind(2, algorithm).bind(3, minutiae).bindBlob(4, bytes);
    w.bind(5, QDateTime::currentMSecsSinceEpoch());
    return w.run();
}

Status SqlCipherTemplateRepository::clear()
{
    return m_db.exec("DELETE FROM exemplar_templates");
}

Result<int> SqlCipherTemplateRepository::count(const QString &algorithm)
{
    SqliteStatement q(m_db, "SELECT count(*) FROM exemplar_templates WHERE algorithm = ?");
    q.bind(1, algorithm);
    auto row = q.step();
    if (!row)
        return row.error();
    return int(q.int64(0));
}

} // namespace ridgeline::storage
