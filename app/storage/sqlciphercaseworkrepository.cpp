#include "app/storage/sqlciphercaseworkrepository.h"

#include "app/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ridgeline::storage {

namespace {

QDateTime utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

constexpr const char *kSignOffColumns =
    "SELECT case_id, revision, document, sha256, supervisor, public_key, signature, signed_ms, void_ms, voided_by, "
    "void_reason FROM case_signoffs ";

} // namespace

const char *SqlCipherCaseworkRepository::schemaSql()
{
    return R"sql(
CREATE TABLE mark_casework (
    mark_id TEXT PRIMARY KEY REFERENCES marks(id), examiner TEXT NOT NULL, verifier TEXT NOT NULL,
    exemption_reason TEXT NOT NULL, exempted_by TEXT NOT NULL, state_since_ms INTEGER NOT NULL);
CREATE TABLE mark_stage_changes (
    mark_id TEXT NOT NULL REFERENCES marks(id), seq INTEGER NOT NULL, from_state TEXT NOT NULL,
    to_state TEXT NOT NULL, user_name TEXT NOT NULL, reason TEXT NOT NULL, time_ms INTEGER NOT NULL,
    revision INTEGER NOT NULL, PRIMARY KEY (mark_id, seq));
CREATE TABLE mark_analyses (
    mark_id TEXT PRIMARY KEY REFERENCES marks(id), examiner TEXT NOT NULL, value TEXT NOT NULL,
    substrate TEXT NOT NULL, method TEXT NOT NULL, distortion TEXT NOT NULL, notes TEXT NOT NULL,
    markup_revision INTEGER NOT NULL, markup BLOB NOT NULL, exposed_before_ms INTEGER NOT NULL,
    committed_ms INTEGER NOT NULL, sha256 BLOB NOT NULL CHECK (length(sha256) = 32));
CREATE TABLE mark_conclusions (
    mark_id TEXT NOT NULL REFERENCES marks(id), seq INTEGER NOT NULL, stage TEXT NOT NULL, examiner TEXT NOT NULL,
    conclusion TEXT NOT NULL, basis TEXT NOT NULL, exemplar_ref TEXT NOT NULL, blind INTEGER NOT NULL,
    committed_ms INTEGER NOT NULL, sha256 BLOB NOT NULL CHECK (length(sha256) = 32), PRIMARY KEY (mark_id, seq));
CREATE TABLE mark_resolutions (
    mark_id TEXT NOT NULL REFERENCES marks(id), seq INTEGER NOT NULL, resolver TEXT NOT NULL,
    reexamined TEXT NOT NULL, outcome TEXT NOT NULL, conclusion TEXT NOT NULL, basis TEXT NOT NULL,
    exemplar_ref TEXT NOT NULL, committed_ms INTEGER NOT NULL, sha256 BLOB NOT NULL CHECK (length(sha256) = 32),
    PRIMARY KEY (mark_id, seq));
CREATE TABLE exemplar_exposures (
    user_name TEXT NOT NULL, case_id TEXT NOT NULL REFERENCES cases(id), first_ms INTEGER NOT NULL,
    PRIMARY KEY (user_name, case_id));
CREATE TABLE signing_keys (
    user_name TEXT PRIMARY KEY, public_key BLOB NOT NULL CHECK (length(public_key) = 32), salt BLOB NOT NULL,
    nonce BLOB NOT NULL, sealed_secret BLOB NOT NULL, ops_limit INTEGER NOT NULL, mem_limit INTEGER NOT NULL,
    created_ms INTEGER NOT NULL);
CREATE TABLE case_signoffs (
    case_id TEXT NOT NULL REFERENCES cases(id), revision INTEGER NOT NULL CHECK (revision >= 1),
    document BLOB NOT NULL, sha256 BLOB NOT NULL CHECK (length(sha256) = 32), supervisor TEXT NOT NULL,
    public_key BLOB NOT NULL, signature BLOB NOT NULL, signed_ms INTEGER NOT NULL, void_ms INTEGER,
    voided_by TEXT NOT NULL DEFAULT '', void_reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (case_id, revision));
CREATE TABLE case_signoff_marks (
    case_id TEXT NOT NULL, revision INTEGER NOT NULL, mark_id TEXT NOT NULL REFERENCES marks(id),
    PRIMARY KEY (case_id, revision, mark_id));
CREATE INDEX case_signoff_marks_mark ON case_signoff_marks(mark_id);
CREATE INDEX exemplar_impressions_original ON exemplar_impressions(original_sha256);
CREATE TRIGGER mark_stage_changes_no_update BEFORE UPDATE ON mark_stage_changes
    BEGIN SELECT RAISE(ABORT, 'stage changes are append-only'); END;
CREATE TRIGGER mark_stage_changes_no_delete BEFORE DELETE ON mark_stage_changes
    BEGIN SELECT RAISE(ABORT, 'stage changes are append-only'); END;
CREATE TRIGGER mark_analyses_no_update BEFORE UPDATE ON mark_analyses
    BEGIN SELECT RAISE(ABORT, 'a committed analysis is immutable'); END;
CREATE TRIGGER mark_analyses_no_delete BEFORE DELETE ON mark_analyses
    BEGIN SELECT RAISE(ABORT, 'a committed analysis is immutable'); END;
CREATE TRIGGER mark_conclusions_no_update BEFORE UPDATE ON mark_conclusions
    BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER mark_conclusions_no_delete BEFORE DELETE ON mark_conclusions
    BEGIN SELECT RAISE(ABORT, 'conclusions are append-only'); END;
CREATE TRIGGER mark_resolutions_no_update BEFORE UPDATE ON mark_resolutions
    BEGIN SELECT RAISE(ABORT, 'resolutions are append-only'); END;
CREATE TRIGGER mark_resolutions_no_delete BEFORE DELETE ON mark_resolutions
    BEGIN SELECT RAISE(ABORT, 'resolutions are append-only'); END;
CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
    BEGIN SELECT RAISE(ABORT, 'signing keys are never replaced'); END;
CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys
    BEGIN SELECT RAISE(ABORT, 'signing keys are never deleted'); END;
CREATE TRIGGER case_signoffs_frozen BEFORE UPDATE ON case_signoffs
    WHEN OLD.void_ms IS NOT NULL OR NEW.document IS NOT OLD.document OR NEW.sha256 IS NOT OLD.sha256
      OR NEW.supervisor IS NOT OLD.supervisor OR NEW.public_key IS NOT OLD.public_key
      OR NEW.signature IS NOT OLD.signature OR NEW.signed_ms IS NOT OLD.signed_ms
      OR NEW.revision IS NOT OLD.revision OR NEW.case_id IS NOT OLD.case_id
    BEGIN SELECT RAISE(ABORT, 'a signed revision is frozen'); END;
CREATE TRIGGER case_signoffs_no_delete BEFORE DELETE ON case_signoffs
    BEGIN SELECT RAISE(ABORT, 'a signed revision is frozen'); END;
CREATE TRIGGER case_signoff_marks_no_update BEFORE UPDATE ON case_signoff_marks
    BEGIN SELECT RAISE(ABORT, 'a signed revision is frozen'); END;
CREATE TRIGGER case_signoff_marks_no_delete BEFORE DELETE ON case_signoff_marks
    BEGIN SELECT RAISE(ABORT, 'a signed revision is frozen'); END;
)sql";
}

SqlCipherCaseworkRepository::SqlCipherCaseworkRepository(SqliteDatabase &db)
    : m_db(db)
{}

Result<CaseworkRow> SqlCipherCaseworkRepository::casework(const MarkId &mark)
{
    SqliteStatement q(m_db, "SELECT examiner, verifier, exemption_reason, exempted_by, state_since_ms FROM "
                            "mark_casework WHERE mark_id = ?");
    q.bind(1, mark.toString());
    auto row = q.step();
    if (!row)
        return row.error();
    CaseworkRow out;
    if (*row) {
        out.examiner = q.text(0);
        out.verifier = q.text(1);
        out.exemptionReason = q.text(2);
        out.exemptedBy = q.text(3);
        out.stateSinceMs = q.int64(4);
    }
    return out;
}

Status SqlCipherCaseworkRepository::saveCasework(const MarkId &mark, const CaseworkRow &row)
{
    SqliteStatement q(m_db, "INSERT OR REPLACE INTO mark_casework (mark_id, examiner, verifier, exemption_reason, "
                            "exempted_by, state_since_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    q.bind(1, mark.toString())
        .bind(2, row.examiner)
        .bind(3, row.verifier)
        .bind(4, row.exemptionReason)
        .bind(5, row.exemptedBy)
        .bind(6, row.stateSinceMs);
    return q.run();
}

Result<int> SqlCipherCaseworkRepository::moveMark(const MarkId &mark, MarkState from, MarkState to,
                                                  int expectedRevision, const QString &user, const QString &reason,
                                                  qint64 nowMs)
{
    SqliteStatement current(m_db, "SELECT state, revision, exhibit_ref FROM marks WHERE id = ?");
    current.bind(1, mark.toString());
    auto row = current.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "There is no mark %1 in the workspace.")
                         .arg(mark.toString()));
    const auto storedState = markStateFromKey(current.text(0));
    const int storedRevision = int(current.int64(1));
    const QString exhibit = current.text(2);
    if (storedRevision != expectedRevision || storedState != from) {
        // Who changed it last, for the message.
        SqliteStatement last(m_db, "SELECT user_name, time_ms FROM mark_stage_changes WHERE mark_id = ? ORDER BY "
                                   "seq DESC LIMIT 1");
        last.bind(1, mark.toString());
        auto lastRow = last.step();
        const QString who = lastRow && *lastRow ? last.text(0) : QString();
        // The stage the caller saw: the one the mark entered at the version they name.
        SqliteStatement seen(m_db, "SELECT to_state FROM mark_stage_changes WHERE mark_id = ? AND revision = ? "
                                   "ORDER BY seq DESC LIMIT 1");
        seen.bind(1, mark.toString()).bind(2, expectedRevision);
        auto seenRow = seen.step();
        const std::optional<MarkState> seenState =
            seenRow && *seenRow ? markStateFromKey(seen.text(0)) : std::optional<MarkState>(from);
        const QString when = lastRow && *lastRow ? utc(last.int64(1)).toString(Qt::ISODate) : QString();
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "ridgeline::storage",
                         "Mark %1 was changed by another session first: it is now at version %2, stage \"%3\"%4; "
                         "your step was based on version %5, stage \"%6\". Nothing was saved: reload the mark and "
                         "decide again.")
                         .arg(exhibit)
                         .arg(storedRevision)
                         .arg(storedState ? markStateDisplayName(*storedState) : current.text(0),
                              who.isEmpty()
                                  ? QString()
                                  : QCoreApplication::translate("ridgeline::storage", " (by %1 at %2)").arg(who, when))
                         .arg(expectedRevision)
                         .arg(markStateDisplayName(seenState.value_or(from))));
    }
    SqliteStatement update(m_db, "UPDATE marks SET state = ?1, revision = revision + 1 WHERE id = ?2 AND "
                                 "revision = ?3");
    update.bind(1, markStateKey(to)).bind(2, mark.toString()).bind(3, expectedRevision);
    if (Status s = update.run(); !s)
        return s.error();
    if (m_db.changes() != 1)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::storage", "Mark %1 was changed by another session "
                                                                       "first; nothing was saved.")
                         .arg(exhibit));
    SqliteStatement seq(m_db, "SELECT COALESCE(MAX(seq), 0) + 1 FROM mark_stage_changes WHERE mark_id = ?");
    seq.bind(1, mark.toString());
    auto next = seq.step();
    if (!next)
        return next.error();
    SqliteStatement insert(m_db, "INSERT INTO mark_stage_changes (mark_id, seq, from_state, to_state, user_name, "
                                 "reason, time_ms, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, mark.toString())
        .bind(2, seq.int64(0))
        .bind(3, markStateKey(from))
        .bind(4, markStateKey(to))
        .bind(5, user)
        .bind(6, reason)
        .bind(7, nowMs)
        .bind(8, expectedRevision + 1);
    if (Status s = insert.run(); !s)
        return s.error();
    return expectedRevision + 1;
}

Result<QList<MarkStageChange>> SqlCipherCaseworkRepository::history(const MarkId &mark)
{
    SqliteStatement q(m_db, "SELECT from_state, to_state, user_name, reason, time_ms FROM mark_stage_changes WHERE "
                            "mark_id = ? ORDER BY seq");
    q.bind(1, mark.toString());
    QList<MarkStageChange> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(MarkStageChange{markStateFromKey(q.text(0)).value_or(MarkState::Received),
                                   markStateFromKey(q.text(1)).value_or(MarkState::Received), q.text(2), q.text(3),
                                   utc(q.int64(4))});
    }
    return out;
}

Status SqlCipherCaseworkRepository::addAnalysis(const AnalysisRecord &r)
{
    SqliteStatement q(m_db, "INSERT INTO mark_analyses (mark_id, examiner, value, substrate, method, distortion, "
                            "notes, markup_revision, markup, exposed_before_ms, committed_ms, sha256) VALUES (?, ?, "
                            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.markId.toString())
        .bind(2, r.examiner)
        .bind(3, valueDecisionKey(r.input.value))
        .bind(4, r.input.substrate)
        .bind(5, r.input.developmentMethod)
        .bind(6, r.input.distortionNotes)
        .bind(7, r.input.notes)
        .bind(8, r.markupRevision)
        .bindBlob(9, r.markupJson.isNull() ? QByteArray("") : r.markupJson)
        .bind(10, msOf(r.exposedBeforeUtc))
        .bind(11, msOf(r.committedUtc))
        .bindBlob(12, r.snapshotSha256);
    return q.run();
}

Result<AnalysisRecord> SqlCipherCaseworkRepository::analysis(const MarkId &mark)
{
    SqliteStatement q(m_db, "SELECT examiner, value, substrate, method, distortion, notes, markup_revision, markup, "
                            "exposed_before_ms, committed_ms, sha256 FROM mark_analyses WHERE mark_id = ?");
    q.bind(1, mark.toString());
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "The mark has no committed analysis."));
    AnalysisRecord r;
    r.markId = mark;
    r.examiner = q.text(0);
    r.input.value = valueDecisionFromKey(q.text(1)).value_or(ValueDecision::NoValue);
    r.input.substrate = q.text(2);
    r.input.developmentMethod = q.text(3);
    r.input.distortionNotes = q.text(4);
    r.input.notes = q.text(5);
    r.markupRevision = int(q.int64(6));
    r.markupJson = q.blob(7);
    r.exposedBeforeUtc = utc(q.int64(8));
    r.committedUtc = utc(q.int64(9));
    r.snapshotSha256 = q.blob(10);
    return r;
}

Status SqlCipherCaseworkRepository::addConclusion(const ConclusionRecord &r)
{
    SqliteStatement q(m_db, "INSERT INTO mark_conclusions (mark_id, seq, stage, examiner, conclusion, basis, "
                            "exemplar_ref, blind, committed_ms, sha256) VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + "
                            "1 FROM mark_conclusions WHERE mark_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, r.markId.toString())
        .bind(2, conclusionStageKey(r.stage))
        .bind(3, r.examiner)
        .bind(4, conclusionKey(r.input.conclusion))
        .bind(5, r.input.basis)
        .bind(6, r.input.exemplarRef)
        .bind(7, r.blind ? 1 : 0)
        .bind(8, msOf(r.committedUtc))
        .bindBlob(9, r.sha256);
    return q.run();
}

Result<QList<ConclusionRecord>> SqlCipherCaseworkRepository::conclusions(const MarkId &mark)
{
    SqliteStatement q(m_db, "SELECT stage, examiner, conclusion, basis, exemplar_ref, blind, committed_ms, sha256 "
                            "FROM mark_conclusions WHERE mark_id = ? ORDER BY seq");
    q.bind(1, mark.toString());
    QList<ConclusionRecord> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ConclusionRecord r;
        r.markId = mark;
        r.stage = conclusionStageFromKey(q.text(0)).value_or(ConclusionStage::Evaluation);
        r.examiner = q.text(1);
        r.input.conclusion = conclusionFromKey(q.text(2)).value_or(ConclusionKind::Inconclusive);
        r.input.basis = q.text(3);
        r.input.exemplarRef = q.text(4);
        r.blind = q.int64(5) != 0;
        r.committedUtc = utc(q.int64(6));
        r.sha256 = q.blob(7);
        out.append(r);
    }
    return out;
}

Status SqlCipherCaseworkRepository::addResolution(const ResolutionRecord &r)
{
    SqliteStatement q(m_db, "INSERT INTO mark_resolutions (mark_id, seq, resolver, reexamined, outcome, conclusion, "
                            "basis, exemplar_ref, committed_ms, sha256) VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + "
                            "1 FROM mark_resolutions WHERE mark_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, r.markId.toString())
        .bind(2, r.resolver)
        .bind(3, r.reexamined)
        .bind(4, r.outcome)
        .bind(5, conclusionKey(r.final.conclusion))
        .bind(6, r.final.basis)
        .bind(7, r.final.exemplarRef)
        .bind(8, msOf(r.committedUtc))
        .bindBlob(9, r.sha256);
    return q.run();
}

Result<QList<ResolutionRecord>> SqlCipherCaseworkRepository::resolutions(const MarkId &mark)
{
    SqliteStatement q(m_db, "SELECT resolver, reexamined, outcome, conclusion, basis, exemplar_ref, committed_ms, "
                            "sha256 FROM mark_resolutions WHERE mark_id = ? ORDER BY seq");
    q.bind(1, mark.toString());
    QList<ResolutionRecord> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ResolutionRecord r;
        r.markId = mark;
        r.resolver = q.text(0);
        r.reexamined = q.text(1);
        r.outcome = q.text(2);
        r.final.conclusion = conclusionFromKey(q.text(3)).value_or(ConclusionKind::Inconclusive);
        r.final.basis = q.text(4);
        r.final.exemplarRef = q.text(5);
        r.committedUtc = utc(q.int64(6));
        r.sha256 = q.blob(7);
        out.append(r);
    }
    return out;
}

Result<qint64> SqlCipherCaseworkRepository::firstExposure(const QString &user, const CaseId &caseId)
{
    SqliteStatement q(m_db, "SELECT first_ms FROM exemplar_exposures WHERE user_name = ? AND case_id = ?");
    q.bind(1, user).bind(2, caseId.toString());
    auto row = q.step();
    if (!row)
        return row.error();
    return *row ? q.int64(0) : qint64(0);
}

Status SqlCipherCaseworkRepository::recordExposure(const QString &user, const CaseId &caseId, qint64 nowMs)
{
    SqliteStatement q(m_db, "INSERT OR IGNORE INTO exemplar_exposures (user_name, case_id, first_ms) VALUES (?, ?, ?)");
    q.bind(1, user).bind(2, caseId.toString()).bind(3, nowMs);
    return q.run();
}

Result<SigningKeyRow> SqlCipherCaseworkRepository::signingKey(const QString &user)
{
    SqliteStatement q(m_db, "SELECT public_key, salt, nonce, sealed_secret, ops_limit, mem_limit, created_ms FROM "
                            "signing_keys WHERE user_name = ?");
    q.bind(1, user);
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::storage", "%1 has no signing key yet.").arg(user));
    return SigningKeyRow{user, q.blob(0), q.blob(1), q.blob(2), q.blob(3), int(q.int64(4)), q.int64(5), q.int64(6)};
}

Status SqlCipherCaseworkRepository::addSigningKey(const SigningKeyRow &r)
{
    SqliteStatement q(m_db, "INSERT INTO signing_keys (user_name, public_key, salt, nonce, sealed_secret, ops_limit, "
                            "mem_limit, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.user)
        .bindBlob(2, r.publicKey)
        .bindBlob(3, r.salt)
        .bindBlob(4, r.nonce)
        .bindBlob(5, r.sealedSecret)
        .bind(6, r.opsLimit)
        .bind(7, r.memLimit)
        .bind(8, r.createdMs);
    return q.run();
}

Result<int> SqlCipherCaseworkRepository::latestSignOffRevision(const CaseId &caseId)
{
    SqliteStatement q(m_db, "SELECT COALESCE(MAX(revision), 0) FROM case_signoffs WHERE case_id = ?");
    q.bind(1, caseId.toString());
    auto row = q.step();
    if (!row)
        return row.error();
    return int(q.int64(0));
}

Status SqlCipherCaseworkRepository::addSignOff(const SignOffRecord &r)
{
    SqliteStatement q(m_db, "INSERT INTO case_signoffs (case_id, revision, document, sha256, supervisor, public_key, "
                            "signature, signed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.caseId.toString())
        .bind(2, r.revision)
        .bindBlob(3, r.document)
        .bindBlob(4, r.sha256)
        .bind(5, r.supervisor)
        .bindBlob(6, r.publicKey)
        .bindBlob(7, r.signature)
        .bind(8, msOf(r.signedUtc));
    if (Status s = q.run(); !s)
        return s;
    for (const MarkId &mark : r.marks) {
        SqliteStatement m(m_db, "INSERT INTO case_signoff_marks (case_id, revision, mark_id) VALUES (?, ?, ?)");
        m.bind(1, r.caseId.toString()).bind(2, r.revision).bind(3, mark.toString());
        if (Status s = m.run(); !s)
            return s;
    }
    return {};
}

Result<QList<SignOffRecord>> SqlCipherCaseworkRepository::signOffs(const CaseId &caseId)
{
    const QByteArray sql = QByteArray(kSignOffColumns) +
                           (caseId.isNull() ? "ORDER BY case_id, revision" : "WHERE case_id = ? ORDER BY revision");
    SqliteStatement q(m_db, sql.constData());
    if (!caseId.isNull())
        q.bind(1, caseId.toString());
    QList<SignOffRecord> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        SignOffRecord r;
        r.caseId = CaseId::fromString(q.text(0));
        r.revision = int(q.int64(1));
        r.document = q.blob(2);
        r.sha256 = q.blob(3);
        r.supervisor = q.text(4);
        r.publicKey = q.blob(5);
        r.signature = q.blob(6);
        r.signedUtc = utc(q.int64(7));
        r.voidedUtc = q.isNull(8) ? QDateTime() : utc(q.int64(8));
        r.voidedBy = q.text(9);
        r.voidReason = q.text(10);
        out.append(r);
    }
    for (SignOffRecord &r : out) {
        SqliteStatement m(m_db, "SELECT mark_id FROM case_signoff_marks WHERE case_id = ? AND revision = ? ORDER BY "
                                "mark_id");
        m.bind(1, r.caseId.toString()).bind(2, r.revision);
        for (;;) {
            auto row = m.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            r.marks.append(MarkId::fromString(m.text(0)));
        }
    }
    return out;
}

Result<QList<SignOffRecord>> SqlCipherCaseworkRepository::signOffsInForceFor(const MarkId &mark)
{
    SqliteStatement q(m_db, "SELECT s.case_id FROM case_signoffs s JOIN case_signoff_marks m ON m.case_id = "
                            "s.case_id AND m.revision = s.revision WHERE m.mark_id = ? AND s.void_ms IS NULL LIMIT 1");
    q.bind(1, mark.toString());
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return QList<SignOffRecord>{};
    auto all = signOffs(CaseId::fromString(q.text(0)));
    if (!all)
        return all.error();
    QList<SignOffRecord> out;
    for (const SignOffRecord &r : *all)
        if (r.inForce() && r.marks.contains(mark))
            out.append(r);
    return out;
}

Status SqlCipherCaseworkRepository::voidSignOff(const CaseId &caseId, int revision, const QString &user,
                                                const QString &reason, qint64 nowMs)
{
    SqliteStatement q(m_db, "UPDATE case_signoffs SET void_ms = ?, voided_by = ?, void_reason = ? WHERE case_id = ? "
                            "AND revision = ? AND void_ms IS NULL");
    q.bind(1, nowMs).bind(2, user).bind(3, reason).bind(4, caseId.toString()).bind(5, revision);
    return q.run();
}

} // namespace ridgeline::storage
