// LocalWorkspaceSession: ACE-V casework (issue 7, ARCHITECTURE.md section 3). Every change of a
// mark's stage goes through runCaseworkStep: the facts are gathered, checkMarkTransition decides
// (a refusal is audited), and in one transaction the step's record is written, the mark moved with
// a compare-and-set on its version (marks.revision) and the audit event appended. Two sessions (two
// workstations) taking a step on the same mark: the second finds the version changed and is
// refused with both versions named; a retry of a step that already succeeded is answered with the
// current record. Sequestration and blind verification are decided here too, so no window or
// command can get round them.
#include "app/core/markupchanges.h"
#include "app/core/markupjson.h"
#include "app/core/markworkflow.h"
#include "app/services/localworkspacesession.h"
#include "app/storage/sha256.h"
#include "app/storage/sqlciphercaseworkrepository.h"
#include "app/storage/sqlciphermarkuprepository.h"
#include "app/storage/sqlciphermarkworkrepository.h"
#include "app/storage/usersigningkey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace ridgeline {

namespace {

using storage::CaseworkRow;
using storage::SqlCipherCaseworkRepository;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return storage::Sha256::hash(bytes);
}

// Canonical bytes of a record: compact JSON, keys sorted (QJsonObject keeps them sorted).
QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject conclusionJson(const ConclusionInput &c)
{
    return QJsonObject{{QStringLiteral("conclusion"), conclusionKey(c.conclusion)},
                       {QStringLiteral("basis"), c.basis},
                       {QStringLiteral("exemplar"), c.exemplarRef}};
}

bool sameConclusion(const ConclusionInput &a, const ConclusionInput &b)
{
    if (a.conclusion != b.conclusion)
        return false;
    return a.conclusion == ConclusionKind::Inconclusive || a.exemplarRef == b.exemplarRef;
}

Status checkConclusionInput(const ConclusionInput &input, const QString &exhibit)
{
    if (input.basis.trimmed().isEmpty())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::Casework",
                                                 "The conclusion on mark %1 needs its basis in words; nothing was "
                                                 "recorded.")
                         .arg(exhibit));
    if (input.conclusion != ConclusionKind::Inconclusive && input.exemplarRef.trimmed().isEmpty())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::Casework",
                                                 "An identification or exclusion of mark %1 names the exemplar "
                                                 "impression it refers to; nothing was recorded.")
                         .arg(exhibit));
    return {};
}

// A conclusion of `stage` as recorded now, with the SHA-256 of its canonical form (the
// verification's also says whether it was blind).
ConclusionRecord hashedConclusion(const MarkId &markId, ConclusionStage stage, const QString &examiner,
                                  const ConclusionInput &input, bool blind, qint64 now)
{
    ConclusionRecord record{markId, stage, examiner, input, blind, {}, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)};
    QJsonObject json = conclusionJson(input);
    json.insert(QStringLiteral("stage"), conclusionStageKey(stage));
    json.insert(QStringLiteral("examiner"), examiner);
    json.insert(QStringLiteral("mark"), markId.toString());
    if (stage == ConclusionStage::Verification)
        json.insert(QStringLiteral("blind"), blind);
    json.insert(QStringLiteral("committed"), record.committedUtc.toString(Qt::ISODateWithMs));
    record.sha256 = sha256Of(canonical(json));
    return record;
}

} // namespace

// What one step does beyond the move: its target, the audit action, how to write its record (returns
// the details for the audit event), and how to tell that it was already done (idempotent retry).
struct LocalWorkspaceSession::CaseworkStep
{
    MarkState to = MarkState::Received;
    const char *action = "";
    QString reason;
    int expectedVersion = 0;
    // Facts the step itself establishes (its record is written in the same transaction).
    std::function<void(WorkflowFacts &)> establishes;
    // Extra checks once the facts are known (BadInput / PermissionDenied).
    std::function<Status(const MarkCasework &)> check;
    // Writes the record; returns the audit details.
    std::function<Result<QString>(SqlCipherCaseworkRepository &, CaseworkRow &, const MarkCasework &, qint64)> write;
    // True when the step's record already stands (the caller retried after a lost answer).
    std::function<bool(const MarkCasework &)> alreadyDone;
    // Further moves after the first (resolution -> technical review), each with its reason.
    QList<std::pair<MarkState, QString>> then;
    // The target may depend on the record (verification: agreement or conflict).
    std::function<MarkState(const MarkCasework &)> target;
};

namespace {

// The full record of a mark, unredacted: the session filters it for the user afterwards.
struct Gathered
{
    MarkCasework work;
    CaseworkRow row;
    QList<ResolutionRecord> resolutions;
};

} // namespace

static Result<Gathered> gather(LocalWorkspaceSession &session, const MarkId &markId)
{
    auto mark = session.caseStore().markById(markId);
    if (!mark)
        return mark.error();
    storage::SqliteDatabase &db = session.database().sql();
    SqlCipherCaseworkRepository repo(db);
    Gathered g;
    g.work.mark = *mark;
    g.work.version = mark->revision;
    auto caseRecord = session.caseStore().caseById(mark->caseId);
    if (caseRecord)
        g.work.caseReference = caseRecord->reference.toString();
    auto row = repo.casework(markId);
    if (!row)
        return row.error();
    g.row = *row;
    g.work.examiner = row->examiner;
    if (g.work.examiner.isEmpty() && !mark->assignedExaminer.isNull()) {
        // Marks assigned before casework records existed (or by intake): the user behind the id.
        storage::SqliteStatement q(db, "SELECT name FROM users WHERE id = ?");
        q.bind(1, mark->assignedExaminer.toString());
        if (auto r = q.step(); r && *r)
            g.work.examiner = q.text(0);
    }
    g.work.verifier = row->verifier;
    g.work.exemptionReason = row->exemptionReason;
    g.work.exemptedBy = row->exemptedBy;
    if (auto analysis = repo.analysis(markId))
        g.work.analysis = *analysis;
    else if (analysis.error().code() != ErrorCode::NotFound)
        return analysis.error();
    auto conclusions = repo.conclusions(markId);
    if (!conclusions)
        return conclusions.error();
    g.work.conclusions = *conclusions;
    auto resolutions = repo.resolutions(markId);
    if (!resolutions)
        return resolutions.error();
    g.resolutions = *resolutions;
    if (!resolutions->isEmpty())
        g.work.resolution = resolutions->last();
    auto history = repo.history(markId);
    if (!history)
        return history.error();
    g.work.history = *history;
    if (!g.work.examiner.isEmpty()) {
        auto exposed = repo.firstExposure(g.work.examiner, mark->caseId);
        if (!exposed)
            return exposed.error();
        if (*exposed > 0)
            g.work.firstExposureUtc = QDateTime::fromMSecsSinceEpoch(*exposed, Qt::UTC);
    }
    return g;
}

// The latest evaluation (the examiner's conclusion), the verification after it, and whether a
// resolution follows that verification: the facts of the current round (a mark returned for
// rework starts a new one).
struct Round
{
    const ConclusionRecord *evaluation = nullptr;
    const ConclusionRecord *verification = nullptr;
    bool resolved = false;
};

static Round currentRound(const Gathered &g)
{
    Round round;
    for (const ConclusionRecord &c : g.work.conclusions) {
        if (c.stage == ConclusionStage::Evaluation) {
            round.evaluation = &c;
            round.verification = nullptr;
        } else if (c.stage == ConclusionStage::Verification && round.evaluation) {
            round.verification = &c;
        }
    }
    if (round.verification)
        for (const ResolutionRecord &r : g.resolutions)
            if (r.committedUtc >= round.verification->committedUtc)
                round.resolved = true;
    return round;
}

static WorkflowFacts factsOf(const Gathered &g, const User &user)
{
    WorkflowFacts facts;
    facts.actor = user.name;
    facts.role = user.role;
    facts.examiner = g.work.examiner;
    facts.verifier = g.work.verifier;
    facts.analysisCommitted = g.work.analysis.has_value();
    const Round round = currentRound(g);
    facts.conclusionRecorded = round.evaluation != nullptr;
    facts.verificationRecorded = round.verification != nullptr;
    facts.verificationExempt = !g.row.exemptionReason.isEmpty();
    facts.conflictResolved = round.resolved;
    return facts;
}

Status LocalWorkspaceSession::checkSequestration(const CaseId &caseId, const QString &what, const QString &objectType,
                                                 const QString &objectId)
{
    if (m_user.role != Role::Examiner)
        return {};
    // A mark of the case in analysis, taken by this examiner (or assigned to them by id).
    storage::SqliteStatement q(m_db->sql(),
                               "SELECT m.exhibit_ref FROM marks m LEFT JOIN mark_casework c ON c.mark_id = m.id "
                               "WHERE m.case_id = ?1 AND m.state = 'analysis' AND (c.examiner = ?2 OR "
                               "m.assigned_examiner = ?3) LIMIT 1");
    q.bind(1, caseId.toString()).bind(2, m_user.name).bind(3, m_user.id.toString());
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    const QString exhibit = q.text(0);
    if (Status s = recordEvent(QStringLiteral("sequestration"), objectType, objectId, AuditOutcome::Refused,
                               QStringLiteral("%1 withheld: analysis of mark %2 not committed").arg(what, exhibit));
        !s)
        return s;
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("ridgeline::Casework",
                                             "Your analysis of mark %1 is not committed yet: the %2 of its case stay "
                                             "closed to you until it is (ACE-V sequestration). The refusal was "
                                             "recorded.")
                     .arg(exhibit, what));
}

Status LocalWorkspaceSession::checkExaminationAccess(const Mark &mark, bool write, const QString &action)
{
    if (m_user.role != Role::Examiner)
        return {};
    auto g = gather(*this, mark.id);
    if (!g)
        return g.error();
    const MarkCasework &work = g->work;
    if (work.examiner.isEmpty() || work.examiner == m_user.name)
        return {};
    QString refusal;
    if (write) {
        refusal = QCoreApplication::translate("ridgeline::Casework",
                                              "Mark %1 is examined by %2: only they commit its markup and "
                                              "comparisons; your work stays in your draft.")
                      .arg(mark.exhibitReference, work.examiner);
    } else if (m_policy.blindVerification && !work.signedOff()) {
        // Their own verification, or their resolution of a conflict (a conclusion of their own too).
        const bool verified = std::any_of(work.conclusions.cbegin(), work.conclusions.cend(), [&](const auto &c) {
            return c.stage != ConclusionStage::Evaluation && c.examiner == m_user.name;
        });
        if (!verified)
            refusal = QCoreApplication::translate("ridgeline::Casework",
                                                  "Mark %1 is examined by %2 and verification is blind: their "
                                                  "markup and comparisons stay closed to you until you have recorded "
                                                  "your own verification. The refusal was recorded.")
                          .arg(mark.exhibitReference, work.examiner);
    }
    if (refusal.isEmpty())
        return {};
    if (Status s = recordEvent(action, QStringLiteral("mark"), mark.id.toString(), AuditOutcome::Refused,
                               write ? QStringLiteral("examined by %1").arg(work.examiner)
                                     : QStringLiteral("blind verification: examined by %1").arg(work.examiner));
        !s)
        return s;
    return Error(ErrorCode::PermissionDenied, refusal);
}

Status LocalWorkspaceSession::noteExemplarExposure(const CaseId &caseId)
{
    if (m_user.role != Role::Examiner || caseId.isNull())
        return {};
    return SqlCipherCaseworkRepository(m_db->sql()).recordExposure(m_user.name, caseId, nowMs());
}

Result<MarkCasework> LocalWorkspaceSession::markCasework(const MarkId &markId)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("mark"), markId.toString()); !s)
        return s.error();
    auto g = gather(*this, markId);
    if (!g)
        return g.error();
    MarkCasework work = g->work;
    // Flagged changes: the newest markup revision against the analysis snapshot.
    if (work.analysis && !work.analysis->markupJson.isEmpty()) {
        auto latest =
            storage::SqlCipherMarkupRepository(m_db->sql()).revision(storage::MarkupSubject::markup(markId), 0);
        if (latest && latest->revision != work.analysis->markupRevision) {
            auto before = markupFromJson(work.analysis->markupJson);
            auto after = markupFromJson(latest->json);
            if (before && after)
                work.changesSinceAnalysis = markupChangesSince(*before, *after);
            else
                work.withheld << QCoreApplication::translate("ridgeline::Casework",
                                                             "the changes since the analysis (a markup document "
                                                             "could not be read: %1)")
                                     .arg((before ? after.error() : before.error()).message());
        }
    }
    // Blind verification: another examiner sees none of the first examination until they have
    // committed their own verification of the mark.
    const bool otherExaminer =
        m_user.role == Role::Examiner && !work.examiner.isEmpty() && work.examiner != m_user.name;
    if (otherExaminer && m_policy.blindVerification) {
        bool verified = false;
        for (const ConclusionRecord &c : work.conclusions) // a verification or a resolution of theirs
            verified = verified || (c.stage != ConclusionStage::Evaluation && c.examiner == m_user.name);
        if (!verified && !work.signedOff()) {
            if (work.analysis) {
                work.analysis->markupJson.clear();
                work.analysis->input = AnalysisInput{};
                work.analysis->snapshotSha256.clear();
                work.analysis->withheld = true;
                work.withheld << QCoreApplication::translate("ridgeline::Casework",
                                                             "the first examiner's analysis (blind verification)");
            }
            QList<ConclusionRecord> kept;
            for (const ConclusionRecord &c : work.conclusions)
                if (c.examiner == m_user.name)
                    kept.append(c);
            if (kept.size() != work.conclusions.size())
                work.withheld << QCoreApplication::translate("ridgeline::Casework",
                                                             "the first examiner's conclusion (blind verification)");
            work.conclusions = kept;
            work.changesSinceAnalysis.clear();
            if (work.resolution) {
                work.resolution.reset();
                work.withheld << QCoreApplication::translate("ridgeline::Casework",
                                                             "the resolution (blind verification)");
            }
        }
    }
    return work;
}

Result<MarkCasework> LocalWorkspaceSession::runCaseworkStep(const MarkId &markId, CaseworkStep &step)
{
    if (Status s = checkUsable(); !s)
        return s.error();
    auto g = gather(*this, markId);
    if (!g)
        return g.error();
    const MarkCasework &work = g->work;
    const QString markIdText = markId.toString();
    const QString actionName = QString::fromLatin1(step.action);
    const auto refuse = [&](const Error &error) -> Result<MarkCasework> {
        if (Status s = recordEvent(actionName, QStringLiteral("mark"), markIdText, AuditOutcome::Refused,
                                   QStringLiteral("%1 at version %2: %3")
                                       .arg(markStateKey(work.mark.state))
                                       .arg(work.version)
                                       .arg(error.message()));
            !s)
            return s.error();
        return error;
    };
    if (step.expectedVersion != work.version) {
        if (step.alreadyDone && step.alreadyDone(work))
            return markCasework(markId);
        // moveMark names both versions; it fails here by construction and the probe rolls back
        // before the refusal is recorded (inside the probe the audit event would roll back too).
        Error conflict;
        {
            storage::SqliteTransaction probe(m_db->sql());
            auto moved = SqlCipherCaseworkRepository(m_db->sql())
                             .moveMark(markId, work.mark.state, step.to, step.expectedVersion, m_user.name, {}, 0);
            conflict = moved ? Error(ErrorCode::Conflict,
                                     QCoreApplication::translate("ridgeline::Casework",
                                                                 "The mark was changed by another session first."))
                             : moved.error();
        }
        return refuse(conflict);
    }
    // A signed-off mark leaves that stage only through a later change, which voids its sign-off
    // (noteChangeOfMark); no step may take it back to technical review with the sign-off in force.
    if (work.signedOff() && !(work.mark.state == MarkState::SignedOff && step.to == MarkState::Closed))
        return refuse(Error(ErrorCode::PermissionDenied,
                            QCoreApplication::translate("ridgeline::Casework",
                                                        "Mark %1 is signed off: its examination only reopens with a "
                                                        "committed change, which voids the sign-off.")
                                .arg(work.mark.exhibitReference)));
    if (step.check)
        if (Status s = step.check(work); !s)
            return refuse(s.error());
    const MarkState target = step.target ? step.target(work) : step.to; // may set the reason
    WorkflowFacts facts = factsOf(*g, m_user);
    facts.reason = step.reason;
    if (step.establishes)
        step.establishes(facts);
    if (Status s = checkMarkTransition(work.mark.state, target, facts); !s)
        return refuse(s.error());
    MarkState at = target;
    for (const auto &[next, why] : step.then) {
        WorkflowFacts later = facts;
        later.reason = why;
        if (Status s = checkMarkTransition(at, next, later); !s)
            return refuse(s.error());
        at = next;
    }

    storage::SqliteDatabase &db = m_db->sql();
    Error lost; // the compare-and-set found the mark changed since it was read above
    {
        storage::SqliteTransaction transaction(db);
        if (!transaction.status())
            return transaction.status().error();
        SqlCipherCaseworkRepository repo(db);
        const qint64 now = nowMs();
        // The compare-and-set first: when another session (a second workstation) took a step on
        // the mark since gather(), nothing of this one is written, not even its record.
        auto version = repo.moveMark(markId, work.mark.state, target, work.version, m_user.name, step.reason, now);
        if (!version && version.error().code() != ErrorCode::Conflict)
            return version.error();
        CaseworkRow row = g->row;
        Result<QString> written = QString();
        if (version && step.write)
            written = step.write(repo, row, work, now);
        // A record that cannot be written as it stands (the examiner's markup draft behind a newer
        // revision) is refused like a stale version.
        if (!written && written.error().code() != ErrorCode::Conflict)
            return written.error();
        if (version && written) {
            const QString details = *written;
            MarkState from = target;
            for (const auto &[next, why] : step.then) {
                version = repo.moveMark(markId, from, next, *version, m_user.name, why, now);
                if (!version)
                    return version.error();
                from = next;
            }
            row.stateSinceMs = now;
            if (Status s = repo.saveCasework(markId, row); !s)
                return s.error();
            QString audit = QStringLiteral("%1: %2 -> %3; version %4")
                                .arg(work.mark.exhibitReference, markStateKey(work.mark.state), markStateKey(from))
                                .arg(*version);
            if (!step.reason.isEmpty())
                audit += QStringLiteral("; reason: ") + step.reason;
            if (!details.isEmpty())
                audit += QStringLiteral("; ") + details;
            if (Status s = recordEvent(actionName, QStringLiteral("mark"), markIdText, AuditOutcome::Success, audit);
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            return markCasework(markId);
        }
        lost = version ? written.error() : version.error();
    }
    // Rolled back. When the other session took this very step (the same user's retry from a second
    // workstation) it is answered like any retry; otherwise it is a conflict, refused and audited.
    if (step.alreadyDone)
        if (auto again = gather(*this, markId); again && step.alreadyDone(again->work))
            return markCasework(markId);
    return refuse(lost);
}

Result<MarkCasework> LocalWorkspaceSession::startAnalysis(const MarkId &mark, int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Analysis;
    step.action = "start-analysis";
    step.expectedVersion = expectedVersion;
    step.write = [this](SqlCipherCaseworkRepository &, CaseworkRow &row, const MarkCasework &work,
                        qint64) -> Result<QString> {
        if (row.examiner.isEmpty())
            row.examiner = work.examiner.isEmpty() ? m_user.name : work.examiner;
        return QStringLiteral("examiner %1").arg(row.examiner);
    };
    step.alreadyDone = [this](const MarkCasework &w) {
        return w.mark.state == MarkState::Analysis && w.examiner == m_user.name;
    };
    step.check = [](const MarkCasework &w) -> Status {
        if (w.mark.kind == MarkKind::ScenePhoto)
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::Casework", "%1 is a scene photograph, not a mark: it "
                                                                            "is not examined under ACE-V.")
                             .arg(w.mark.exhibitReference));
        if (w.mark.originalSha256.isEmpty())
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::Casework", "Mark %1 has no image yet: its analysis "
                                                                            "starts when the image has arrived.")
                             .arg(w.mark.exhibitReference));
        return {};
    };
    return runCaseworkStep(mark, step);
}

Result<MarkCasework> LocalWorkspaceSession::assignExaminer(const MarkId &markId, const QString &examiner,
                                                           const QString &reason, int expectedVersion)
{
    if (Status s = require(Action::AssignWork, QStringLiteral("mark"), markId.toString()); !s)
        return s.error();
    auto g = gather(*this, markId);
    if (!g)
        return g.error();
    // Refusals are on the record, like those of the steps.
    const auto refuse = [&](const Error &error) -> Error {
        if (Status s = recordEvent(
                QStringLiteral("assign-examiner"), QStringLiteral("mark"), markId.toString(), AuditOutcome::Refused,
                QStringLiteral("%1 to %2: %3").arg(g->work.mark.exhibitReference, examiner, error.message()));
            !s)
            return s.error();
        return error;
    };
    auto user = m_users->userByName(examiner);
    if (!user || user->role != Role::Examiner || !user->active)
        return refuse(Error(ErrorCode::BadInput,
                            QCoreApplication::translate("ridgeline::Casework",
                                                        "\"%1\" is not an active examiner of this workspace; mark %2 "
                                                        "was not assigned.")
                                .arg(examiner, g->work.mark.exhibitReference)));
    if (g->work.mark.state != MarkState::Received && g->work.mark.state != MarkState::Analysis)
        return refuse(Error(ErrorCode::PermissionDenied,
                            QCoreApplication::translate("ridgeline::Casework",
                                                        "Mark %1 is at the stage \"%2\": only a mark not yet "
                                                        "analysed can be (re)assigned.")
                                .arg(g->work.mark.exhibitReference, markStateDisplayName(g->work.mark.state))));
    if (g->work.examiner == examiner)
        return markCasework(markId);
    if (g->work.mark.state == MarkState::Analysis && reason.trimmed().isEmpty())
        return refuse(Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::Casework", "Taking mark %1 from %2 in mid-analysis needs a reason.")
                .arg(g->work.mark.exhibitReference, g->work.examiner)));
    Error lost; // a stale version: refused once the transaction has rolled back
    {
        storage::SqliteTransaction transaction(m_db->sql());
        if (!transaction.status())
            return transaction.status().error();
        SqlCipherCaseworkRepository repo(m_db->sql());
        const qint64 now = nowMs();
        const QString why = reason.trimmed().isEmpty() ? QStringLiteral("assigned to %1").arg(examiner)
                                                       : QStringLiteral("assigned to %1: %2").arg(examiner, reason);
        auto version =
            repo.moveMark(markId, g->work.mark.state, g->work.mark.state, expectedVersion, m_user.name, why, now);
        if (!version && version.error().code() != ErrorCode::Conflict)
            return version.error();
        if (version) {
            CaseworkRow row = g->row;
            row.examiner = examiner;
            row.stateSinceMs = row.stateSinceMs ? row.stateSinceMs : now;
            if (Status s = repo.saveCasework(markId, row); !s)
                return s.error();
            if (Status s = recordEvent(
                    QStringLiteral("assign-examiner"), QStringLiteral("mark"), markId.toString(), AuditOutcome::Success,
                    QStringLiteral("%1: %2; version %3").arg(g->work.mark.exhibitReference, why).arg(*version));
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            return markCasework(markId);
        }
        lost = version.error();
    }
    return refuse(lost);
}

Result<MarkCasework> LocalWorkspaceSession::commitAnalysis(const MarkId &markId, const AnalysisInput &input,
                                                           int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::AnalysisCommitted;
    step.action = "commit-analysis";
    step.expectedVersion = expectedVersion;
    step.establishes = [](WorkflowFacts &f) { f.analysisCommitted = true; };
    step.alreadyDone = [this, input](const MarkCasework &w) {
        return w.analysis && w.analysis->examiner == m_user.name && w.analysis->input.value == input.value &&
               w.analysis->input.substrate == input.substrate && w.analysis->input.notes == input.notes &&
               w.analysis->input.developmentMethod == input.developmentMethod &&
               w.analysis->input.distortionNotes == input.distortionNotes;
    };
    step.write = [this, input, markId](SqlCipherCaseworkRepository &repo, CaseworkRow &, const MarkCasework &work,
                                       qint64 now) -> Result<QString> {
        // The examiner's markup draft becomes a revision first: the snapshot is what they see.
        storage::SqlCipherMarkupRepository markup(m_db->sql());
        const auto subject = storage::MarkupSubject::markup(markId);
        if (auto draft = markup.draft(subject, m_user.name); draft) {
            auto committed = markup.commitDraft(subject, m_user.name, now);
            if (!committed)
                return committed.error();
            if (Status s = recordEvent(QStringLiteral("commit-markup"), QStringLiteral("mark"), markId.toString(),
                                       AuditOutcome::Success,
                                       QStringLiteral("revision %1; sha256=%2; with the analysis")
                                           .arg(committed->revision)
                                           .arg(hex(committed->sha256)));
                !s)
                return s.error();
        } else if (draft.error().code() != ErrorCode::NotFound) {
            return draft.error();
        }
        AnalysisRecord record;
        record.markId = markId;
        record.examiner = m_user.name;
        record.input = input;
        record.committedUtc = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (auto latest = markup.revision(subject, 0); latest) {
            record.markupRevision = latest->revision;
            record.markupJson = latest->json;
        } else if (latest.error().code() != ErrorCode::NotFound) {
            return latest.error();
        }
        auto exposed = repo.firstExposure(m_user.name, work.mark.caseId);
        if (!exposed)
            return exposed.error();
        if (*exposed > 0)
            record.exposedBeforeUtc = QDateTime::fromMSecsSinceEpoch(*exposed, Qt::UTC);
        const QJsonObject canonicalRecord{
            {QStringLiteral("format"), QStringLiteral("ridgeline-analysis")},
            {QStringLiteral("mark"), markId.toString()},
            {QStringLiteral("examiner"), record.examiner},
            {QStringLiteral("value"), valueDecisionKey(input.value)},
            {QStringLiteral("substrate"), input.substrate},
            {QStringLiteral("developmentMethod"), input.developmentMethod},
            {QStringLiteral("distortion"), input.distortionNotes},
            {QStringLiteral("notes"), input.notes},
            {QStringLiteral("markupRevision"), record.markupRevision},
            {QStringLiteral("markupSha256"), hex(sha256Of(record.markupJson))},
            {QStringLiteral("committed"), record.committedUtc.toString(Qt::ISODateWithMs)}};
        record.snapshotSha256 = sha256Of(canonical(canonicalRecord));
        if (Status s = repo.addAnalysis(record); !s)
            return s.error();
        return QStringLiteral("value %1; markup revision %2; snapshot sha256=%3%4")
            .arg(valueDecisionKey(input.value))
            .arg(record.markupRevision)
            .arg(hex(record.snapshotSha256), record.exposedBeforeUtc.isValid()
                                                 ? QStringLiteral("; exemplars of the case seen before: %1")
                                                       .arg(record.exposedBeforeUtc.toString(Qt::ISODate))
                                                 : QString());
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::beginComparison(const MarkId &markId, int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Comparison;
    step.action = "begin-comparison";
    step.expectedVersion = expectedVersion;
    step.check = [](const MarkCasework &w) -> Status {
        if (w.analysis && w.analysis->input.value == ValueDecision::NoValue)
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::Casework",
                                                     "Mark %1 was analysed as of no value: it is not compared.")
                             .arg(w.mark.exhibitReference));
        return {};
    };
    step.alreadyDone = [this](const MarkCasework &w) {
        return w.mark.state == MarkState::Comparison && w.examiner == m_user.name;
    };
    step.write = [this](SqlCipherCaseworkRepository &repo, CaseworkRow &, const MarkCasework &work,
                        qint64 now) -> Result<QString> {
        if (Status s = repo.recordExposure(m_user.name, work.mark.caseId, now); !s)
            return s.error();
        return QStringLiteral("exemplars open to the examiner");
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::recordConclusion(const MarkId &markId, const ConclusionInput &input,
                                                             int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Evaluation;
    step.action = "record-conclusion";
    step.expectedVersion = expectedVersion;
    step.check = [input](const MarkCasework &w) { return checkConclusionInput(input, w.mark.exhibitReference); };
    step.alreadyDone = [this, input](const MarkCasework &w) {
        return w.mark.state == MarkState::Evaluation && !w.conclusions.isEmpty() &&
               w.conclusions.last().examiner == m_user.name && w.conclusions.last().input.basis == input.basis &&
               sameConclusion(w.conclusions.last().input, input);
    };
    step.write = [this, input, markId](SqlCipherCaseworkRepository &repo, CaseworkRow &, const MarkCasework &,
                                       qint64 now) -> Result<QString> {
        const ConclusionRecord record =
            hashedConclusion(markId, ConclusionStage::Evaluation, m_user.name, input, false, now);
        if (Status s = repo.addConclusion(record); !s)
            return s.error();
        return QStringLiteral("conclusion %1; exemplar %2; sha256=%3")
            .arg(conclusionKey(input.conclusion), input.exemplarRef, hex(record.sha256));
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::submitForVerification(const MarkId &markId, int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Verification;
    step.action = "submit-for-verification";
    step.expectedVersion = expectedVersion;
    step.alreadyDone = [this](const MarkCasework &w) {
        return w.mark.state == MarkState::Verification && w.examiner == m_user.name;
    };
    step.write = [](SqlCipherCaseworkRepository &, CaseworkRow &row, const MarkCasework &, qint64) -> Result<QString> {
        row.verifier.clear();
        return QString();
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::exemptFromVerification(const MarkId &markId, const QString &reason,
                                                                   int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::TechnicalReview;
    step.action = "exempt-from-verification";
    step.reason = reason.trimmed();
    step.expectedVersion = expectedVersion;
    step.establishes = [](WorkflowFacts &f) { f.verificationExempt = true; };
    step.alreadyDone = [this, reason](const MarkCasework &w) {
        return w.mark.state == MarkState::TechnicalReview && w.exemptionReason == reason.trimmed() &&
               w.exemptedBy == m_user.name;
    };
    step.write = [this, reason](SqlCipherCaseworkRepository &, CaseworkRow &row, const MarkCasework &,
                                qint64) -> Result<QString> {
        row.exemptionReason = reason.trimmed();
        row.exemptedBy = m_user.name;
        return QStringLiteral("verification exempted under policy");
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::recordVerification(const MarkId &markId, const ConclusionInput &input,
                                                               int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::TechnicalReview;
    step.action = "record-verification";
    step.expectedVersion = expectedVersion;
    step.establishes = [](WorkflowFacts &f) { f.verificationRecorded = true; };
    // The verifier's own record decides where the mark goes: agreement to technical review,
    // disagreement to conflict (the reason says what differs).
    const auto evaluationOf = [](const MarkCasework &w) -> const ConclusionRecord * {
        const ConclusionRecord *last = nullptr;
        for (const ConclusionRecord &c : w.conclusions)
            if (c.stage == ConclusionStage::Evaluation)
                last = &c;
        return last;
    };
    step.check = [this, input, evaluationOf](const MarkCasework &w) -> Status {
        if (Status s = checkConclusionInput(input, w.mark.exhibitReference); !s)
            return s;
        if (m_user.name == w.examiner)
            return Error(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("ridgeline::Casework",
                                                     "Mark %1 was examined by you: nobody verifies their own "
                                                     "examination. The refusal was recorded.")
                             .arg(w.mark.exhibitReference));
        if (w.mark.state == MarkState::Verification && !evaluationOf(w))
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::Casework", "There is no conclusion to verify."));
        return {};
    };
    step.target = [input, evaluationOf, &step](const MarkCasework &w) {
        const ConclusionRecord *evaluation = evaluationOf(w);
        if (evaluation && !sameConclusion(evaluation->input, input)) {
            step.reason =
                QStringLiteral("verifier's conclusion %1%2 differs from the examiner's %3%4")
                    .arg(conclusionKey(input.conclusion),
                         input.exemplarRef.isEmpty() ? QString()
                                                     : QStringLiteral(" (") + input.exemplarRef + QLatin1Char(')'),
                         conclusionKey(evaluation->input.conclusion),
                         evaluation->input.exemplarRef.isEmpty()
                             ? QString()
                             : QStringLiteral(" (") + evaluation->input.exemplarRef + QLatin1Char(')'));
            return MarkState::Conflict;
        }
        return MarkState::TechnicalReview;
    };
    step.alreadyDone = [this, input](const MarkCasework &w) {
        return !w.conclusions.isEmpty() && w.conclusions.last().stage == ConclusionStage::Verification &&
               w.conclusions.last().examiner == m_user.name && w.conclusions.last().input.basis == input.basis &&
               sameConclusion(w.conclusions.last().input, input);
    };
    step.write = [this, input, markId](SqlCipherCaseworkRepository &repo, CaseworkRow &row, const MarkCasework &,
                                       qint64 now) -> Result<QString> {
        const ConclusionRecord record = hashedConclusion(markId, ConclusionStage::Verification, m_user.name, input,
                                                         m_policy.blindVerification, now);
        if (Status s = repo.addConclusion(record); !s)
            return s.error();
        row.verifier = m_user.name;
        return QStringLiteral("verification %1; exemplar %2; %3; sha256=%4")
            .arg(conclusionKey(input.conclusion), input.exemplarRef,
                 record.blind ? QStringLiteral("blind") : QStringLiteral("not blind"), hex(record.sha256));
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::resolveConflict(const MarkId &markId, const QString &reexamined,
                                                            const QString &outcome, const ConclusionInput &final,
                                                            int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Resolution;
    step.action = "resolve-conflict";
    step.reason = outcome.trimmed();
    step.expectedVersion = expectedVersion;
    step.establishes = [](WorkflowFacts &f) { f.conflictResolved = true; };
    step.then = {{MarkState::TechnicalReview, {}}};
    step.check = [this, reexamined, outcome, final](const MarkCasework &w) -> Status {
        if (reexamined.trimmed().isEmpty() || outcome.trimmed().isEmpty())
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::Casework",
                                                     "The resolution of mark %1 says what was re-examined and the "
                                                     "outcome; nothing was recorded.")
                             .arg(w.mark.exhibitReference));
        if (m_user.name == w.examiner || m_user.name == w.verifier)
            return Error(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("ridgeline::Casework",
                                                     "You examined or verified mark %1: its conflict is resolved by "
                                                     "someone else. The refusal was recorded.")
                             .arg(w.mark.exhibitReference));
        return checkConclusionInput(final, w.mark.exhibitReference);
    };
    step.alreadyDone = [this, outcome](const MarkCasework &w) {
        return w.resolution && w.resolution->resolver == m_user.name && w.resolution->outcome == outcome.trimmed() &&
               w.mark.state == MarkState::TechnicalReview;
    };
    step.write = [this, reexamined, outcome, final, markId](SqlCipherCaseworkRepository &repo, CaseworkRow &,
                                                            const MarkCasework &, qint64 now) -> Result<QString> {
        ResolutionRecord record{markId,
                                m_user.name,
                                reexamined.trimmed(),
                                outcome.trimmed(),
                                final,
                                {},
                                QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)};
        QJsonObject json = conclusionJson(final);
        json.insert(QStringLiteral("stage"), QStringLiteral("resolution"));
        json.insert(QStringLiteral("resolver"), m_user.name);
        json.insert(QStringLiteral("reexamined"), record.reexamined);
        json.insert(QStringLiteral("outcome"), record.outcome);
        json.insert(QStringLiteral("mark"), markId.toString());
        json.insert(QStringLiteral("committed"), record.committedUtc.toString(Qt::ISODateWithMs));
        record.sha256 = sha256Of(canonical(json));
        if (Status s = repo.addResolution(record); !s)
            return s.error();
        ConclusionRecord standing{markId,        ConclusionStage::Resolution, m_user.name, final, false,
                                  record.sha256, record.committedUtc};
        if (Status s = repo.addConclusion(standing); !s)
            return s.error();
        return QStringLiteral("resolution: re-examined %1; conclusion %2; sha256=%3")
            .arg(record.reexamined, conclusionKey(final.conclusion), hex(record.sha256));
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::returnForRework(const MarkId &markId, const QString &reason,
                                                            int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Comparison;
    step.action = "return-for-rework";
    step.reason = reason.trimmed();
    step.expectedVersion = expectedVersion;
    step.alreadyDone = [this, reason](const MarkCasework &w) {
        return w.mark.state == MarkState::Comparison && !w.history.isEmpty() &&
               w.history.last().from == MarkState::TechnicalReview && w.history.last().user == m_user.name &&
               w.history.last().reason == reason.trimmed();
    };
    step.write = [](SqlCipherCaseworkRepository &, CaseworkRow &row, const MarkCasework &, qint64) -> Result<QString> {
        row.verifier.clear();
        row.exemptionReason.clear();
        row.exemptedBy.clear();
        return QString();
    };
    return runCaseworkStep(markId, step);
}

Result<MarkCasework> LocalWorkspaceSession::closeMark(const MarkId &markId, int expectedVersion)
{
    CaseworkStep step;
    step.to = MarkState::Closed;
    step.action = "close-mark";
    step.expectedVersion = expectedVersion;
    step.alreadyDone = [](const MarkCasework &w) { return w.mark.state == MarkState::Closed; };
    return runCaseworkStep(markId, step);
}

} // namespace ridgeline
