#include "app/storage/sqlciphermarkuprepository.h"

#include "app/storage/sha256.h"
#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::storage {

namespace {

// Column order of every revision SELECT below; the document, when wanted, comes last.
constexpr const char *kRevisionColumns =
    "SELECT mark_id, kind, exemplar_ref, revision, base_revision, author, saved_ms, sha256, length(document)";
constexpr const char *kSubjectWhere = " WHERE mark_id = ?1 AND kind = ?2 AND exemplar_ref = ?3";

SqliteStatement &bindSubject(SqliteStatement &q, const MarkupSubject &subject)
{
    return q.bind(1, subject.mark.toString()).bind(2, subject.kindKey()).bind(3, subject.exemplarRef);
}

MarkupSubject subjectFromRow(const SqliteStatement &q)
{
    return MarkupSubject{MarkId::fromString(q.text(0)), q.text(1) == QLatin1String("comparison"), q.text(2)};
}

MarkupRevisionRow revisionFromRow(const SqliteStatement &q, bool withDocument)
{
    MarkupRevisionRow row;
    row.subject = subjectFromRow(q);
    row.revision = int(q.int64(3));
    row.baseRevision = int(q.int64(4));
    row.author = q.text(5);
    row.savedMs = q.int64(6);
    row.sha256 = q.blob(7);
    row.size = q.int64(8);
    if (withDocument)
        row.json = q.blob(9);
    return row;
}

} // namespace

QString SqlCipherMarkupRepository::describe(const MarkupSubject &subject)
{
    SqliteStatement q(m_db, "SELECT exhibit_ref FROM marks WHERE id = ?");
    q.bind(1, subject.mark.toString());
    auto row = q.step();
    const QString mark = row && *row ? q.text(0) : subject.mark.toString();
    return subject.comparison
               ? QCoreApplication::translate("ridgeline::storage", "comparison of mark %1 with exemplar %2")
                     .arg(mark, subject.exemplarRef)
               : QCoreApplication::translate("ridgeline::storage", "markup of mark %1").arg(mark);
}

const char *SqlCipherMarkupRepository::schemaSql()
{
    // exemplar_ref is '' for markup rather than NULL: SQLite treats NULLs in a key as distinct.
    return R"sql(
CREATE TABLE examination_drafts (
    mark_id TEXT NOT NULL REFERENCES marks(id), kind TEXT NOT NULL, exemplar_ref TEXT NOT NULL,
    user_name TEXT NOT NULL, base_revision INTEGER NOT NULL, created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL, document BLOB NOT NULL,
    PRIMARY KEY (mark_id, kind, exemplar_ref, user_name),
    CHECK ((kind = 'markup' AND exemplar_ref = '') OR (kind = 'comparison' AND exemplar_ref <> '')));
CREATE INDEX examination_drafts_user ON examination_drafts(user_name);
CREATE TABLE examination_revisions (
    mark_id TEXT NOT NULL REFERENCES marks(id), kind TEXT NOT NULL, exemplar_ref TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1), base_revision INTEGER NOT NULL, author TEXT NOT NULL,
    saved_ms INTEGER NOT NULL, sha256 BLOB NOT NULL CHECK (length(sha256) = 32), document BLOB NOT NULL,
    PRIMARY KEY (mark_id, kind, exemplar_ref, revision),
    CHECK ((kind = 'markup' AND exemplar_ref = '') OR (kind = 'comparison' AND exemplar_ref <> '')));
CREATE TRIGGER examination_revisions_no_update BEFORE UPDATE ON examination_revisions
    BEGIN SELECT RAISE(ABORT, 'examination revisions are append-only'); END;
CREATE TRIGGER examination_revisions_no_delete BEFORE DELETE ON examination_revisions
    BEGIN SELECT RAISE(ABORT, 'examination revisions are append-only'); END;
)sql";
}

SqlCipherMarkupRepository::SqlCipherMarkupRepository(SqliteDatabase &db)
    : m_db(db)
{}

Status SqlCipherMarkupRepository::validateDocument(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The document to save is not valid JSON (%1 at byte %2); nothing was "
                                                 "saved. This is a fault of the program: report it.")
                         .arg(error.errorString())
                         .arg(error.offset));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("format")).isString() ||
        doc.object().value(QStringLiteral("format")).toString().isEmpty())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The document to save is not a JSON object with a \"format\" name; "
                                                 "nothing was saved. This is a fault of the program: report it."));
    return {};
}

Result<bool> SqlCipherMarkupRepository::saveDraft(const MarkupSubject &subject, const QString &user, int baseRevision,
                                                  const QByteArray &json, qint64 nowMs)
{
    if (subject.comparison == subject.exemplarRef.trimmed().isEmpty())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "A comparison of mark %1 needs the exemplar impression it is with "
                                                 "(and markup has none); nothing was saved.")
                         .arg(subject.mark.toString()));
    if (Status s = validateDocument(json); !s)
        return s.error();
    SqliteStatement exists(m_db, "SELECT (SELECT exhibit_ref FROM marks WHERE id = ?1), (SELECT "
                                 "COALESCE(MAX(revision), 0) FROM examination_revisions WHERE mark_id = ?1 AND "
                                 "kind = ?2 AND exemplar_ref = ?3)");
    bindSubject(exists, subject);
    if (auto row = exists.step(); !row)
        return row.error();
    if (exists.isNull(0))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "Mark %1 does not exist in this workspace.")
                         .arg(subject.mark.toString()));
    const int latest = int(exists.int64(1));
    if (baseRevision < 0 || baseRevision > latest)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The %1 has no revision %2 to be based on (the newest is %3); "
                                                 "nothing was saved. Reopen it.")
                         .arg(describe(subject))
                         .arg(baseRevision)
                         .arg(latest));
    SqliteStatement update(m_db, "UPDATE examination_drafts SET base_revision = ?5, updated_ms = ?6, document = ?7 "
                                 "WHERE mark_id = ?1 AND kind = ?2 AND exemplar_ref = ?3 AND user_name = ?4");
    bindSubject(update, subject).bind(4, user).bind(5, baseRevision).bind(6, nowMs).bindBlob(7, json);
    if (Status s = update.run(); !s)
        return s.error();
    if (m_db.changes() > 0)
        return false;
    SqliteStatement insert(m_db, "INSERT INTO examination_drafts (mark_id, kind, exemplar_ref, user_name, "
                                 "base_revision, created_ms, updated_ms, document) VALUES (?1,?2,?3,?4,?5,?6,?6,?7)");
    bindSubject(insert, subject).bind(4, user).bind(5, baseRevision).bind(6, nowMs).bindBlob(7, json);
    if (Status s = insert.run(); !s)
        return s.error();
    return true;
}

Result<MarkupDraftRow> SqlCipherMarkupRepository::draft(const MarkupSubject &subject, const QString &user)
{
    SqliteStatement q(m_db, "SELECT base_revision, created_ms, updated_ms, document FROM examination_drafts WHERE "
                            "mark_id = ?1 AND kind = ?2 AND exemplar_ref = ?3 AND user_name = ?4");
    bindSubject(q, subject).bind(4, user);
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "%1 has no draft of the %2.")
                         .arg(user, describe(subject)));
    return MarkupDraftRow{subject, user, int(q.int64(0)), q.int64(1), q.int64(2), q.blob(3)};
}

Result<QList<MarkupDraftRow>> SqlCipherMarkupRepository::draftsOf(const QString &user)
{
    SqliteStatement q(m_db, "SELECT mark_id, kind, exemplar_ref, base_revision, created_ms, updated_ms FROM "
                            "examination_drafts WHERE user_name = ? ORDER BY created_ms, mark_id, kind, exemplar_ref");
    q.bind(1, user);
    QList<MarkupDraftRow> list;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list.append(MarkupDraftRow{subjectFromRow(q), user, int(q.int64(3)), q.int64(4), q.int64(5), {}});
    }
}

Result<MarkupDraftRow> SqlCipherMarkupRepository::discardDraft(const MarkupSubject &subject, const QString &user)
{
    auto existing = draft(subject, user);
    if (!existing)
        return existing.error();
    SqliteStatement q(m_db, "DELETE FROM examination_drafts WHERE mark_id = ?1 AND kind = ?2 AND exemplar_ref = ?3 "
                            "AND user_name = ?4");
    bindSubject(q, subject).bind(4, user);
    if (Status s = q.run(); !s)
        return s.error();
    return existing;
}

Result<int> SqlCipherMarkupRepository::latestRevision(const MarkupSubject &subject)
{
    SqliteStatement q(
        m_db, (QByteArray("SELECT COALESCE(MAX(revision), 0) FROM examination_revisions") + kSubjectWhere).constData());
    bindSubject(q, subject);
    auto row = q.step();
    if (!row)
        return row.error();
    return int(q.int64(0));
}

Result<MarkupRevisionRow> SqlCipherMarkupRepository::commitDraft(const MarkupSubject &subject, const QString &user,
                                                                 qint64 nowMs)
{
    auto pending = draft(subject, user);
    if (!pending)
        return pending.error();
    auto latest = latestRevision(subject);
    if (!latest)
        return latest.error();
    if (*latest != pending->baseRevision)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "The %1 was committed elsewhere as revision %2 after this draft was "
                                                 "started from revision %3. Open revision %2, bring the changes "
                                                 "together and commit again; the draft was kept.")
                         .arg(describe(subject))
                         .arg(*latest)
                         .arg(pending->baseRevision));
    MarkupRevisionRow saved{subject,
                            *latest + 1,
                            pending->baseRevision,
                            user,
                            nowMs,
                            Sha256::hash(pending->json),
                            pending->json.size(),
                            pending->json};
    SqliteStatement insert(m_db,
                           "INSERT INTO examination_revisions (mark_id, kind, exemplar_ref, revision, "
                           "base_revision, author, saved_ms, sha256, document) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    bindSubject(insert, subject).bind(4, saved.revision).bind(5, saved.baseRevision).bind(6, user).bind(7, nowMs);
    insert.bindBlob(8, saved.sha256).bindBlob(9, saved.json);
    if (Status s = insert.run(); !s)
        return s.error();
    SqliteStatement remove(m_db,
                           "DELETE FROM examination_drafts WHERE mark_id = ?1 AND kind = ?2 AND exemplar_ref = ?3 "
                           "AND user_name = ?4");
    bindSubject(remove, subject).bind(4, user);
    if (Status s = remove.run(); !s)
        return s.error();
    return saved;
}

Result<QList<MarkupRevisionRow>> SqlCipherMarkupRepository::revisions(const MarkupSubject &subject)
{
    const bool everyComparison = subject.comparison && subject.exemplarRef.isEmpty();
    const QByteArray sql = QByteArray(kRevisionColumns) + " FROM examination_revisions" +
                           (everyComparison ? " WHERE mark_id = ?1 AND kind = ?2" : kSubjectWhere) +
                           " ORDER BY exemplar_ref, revision";
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, subject.mark.toString()).bind(2, subject.kindKey());
    if (!everyComparison)
        q.bind(3, subject.exemplarRef);
    QList<MarkupRevisionRow> list;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list.append(revisionFromRow(q, false));
    }
}

Result<MarkupRevisionRow> SqlCipherMarkupRepository::revision(const MarkupSubject &subject, int revision)
{
    const QByteArray sql = QByteArray(kRevisionColumns) + ", document FROM examination_revisions" + kSubjectWhere +
                           (revision > 0 ? " AND revision = ?4" : " ORDER BY revision DESC LIMIT 1");
    SqliteStatement q(m_db, sql.constData());
    bindSubject(q, subject);
    if (revision > 0)
        q.bind(4, revision);
    auto found = q.step();
    if (!found)
        return found.error();
    if (!*found)
        return Error(ErrorCode::NotFound,
                     revision > 0
                         ? QCoreApplication::translate("ridgeline::storage", "The %1 has no revision %2.")
                               .arg(describe(subject))
                               .arg(revision)
                         : QCoreApplication::translate("ridgeline::storage", "The %1 has not been committed yet.")
                               .arg(describe(subject)));
    MarkupRevisionRow row = revisionFromRow(q, true);
    if (Sha256::hash(row.json) != row.sha256)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::storage",
                                                 "Revision %1 of the %2 does not match the SHA-256 it was committed "
                                                 "with: the workspace was altered. Run verify and restore it from a "
                                                 "backup.")
                         .arg(row.revision)
                         .arg(describe(subject)));
    return row;
}

Result<int> SqlCipherMarkupRepository::verifyAll(QStringList &problems)
{
    const QByteArray sql = QByteArray(kRevisionColumns) +
                           ", document FROM examination_revisions ORDER BY mark_id, kind, exemplar_ref, revision";
    SqliteStatement q(m_db, sql.constData());
    QList<MarkupRevisionRow> altered;
    int checked = 0;
    for (;;) {
        auto found = q.step();
        if (!found)
            return found.error();
        if (!*found)
            break;
        MarkupRevisionRow row = revisionFromRow(q, true);
        ++checked;
        if (Sha256::hash(row.json) != row.sha256)
            altered.append(row);
    }
    for (const MarkupRevisionRow &row : std::as_const(altered))
        problems.append(QCoreApplication::translate("ridgeline::storage",
                                                    "Revision %1 of the %2 does not match the SHA-256 it was "
                                                    "committed with (%3).")
                            .arg(row.revision)
                            .arg(describe(row.subject), QString::fromLatin1(row.sha256.toHex())));
    return checked;
}

} // namespace ridgeline::storage
