// LocalWorkspaceSession: worklists, the supervisor's sign-off of a case revision and its checks
// (issue 7). A sign-off signs the SHA-256 of the canonical revision document with the supervisor's
// own Ed25519 key; the document is stored frozen beside the signature. A later committed change to
// a signed mark (markup, comparison, enhancement work) voids the sign-off in the same transaction
// and puts the mark back to technical review; verify() re-checks every signature and that every
// sign-off in force still matches the workspace, so a change made behind the program's back shows.
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

#include <algorithm>

namespace ridgeline {

namespace {

using storage::SqlCipherCaseworkRepository;

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QDateTime utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

Result<QList<CaseworkQueueEntry>> LocalWorkspaceSession::caseworkQueue(CaseworkQueue which)
{
    if (Status s = require(Action::ViewCaseList); !s)
        return s.error();
    if (m_user.role == Role::Examiner)
        which = CaseworkQueue::MyWork;
    storage::SqlCipherCaseRepository &store = *m_caseStore;
    storage::SqliteStatement q(m_db->sql(),
                               "SELECT m.id, m.case_id, m.exhibit_ref, m.kind, m.state, COALESCE(c.examiner, ''), "
                               "COALESCE(c.verifier, ''), COALESCE(m.received_ms, 0), COALESCE(c.state_since_ms, "
                               "m.received_ms, 0), m.revision, COALESCE(u.name, ''), m.original_sha256 IS NOT NULL "
                               "FROM marks m LEFT JOIN mark_casework c ON c.mark_id = m.id LEFT JOIN users u ON u.id "
                               "= m.assigned_examiner");
    QHash<QString, QString> references;
    QList<CaseworkQueueEntry> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        CaseworkQueueEntry e;
        e.markId = MarkId::fromString(q.text(0));
        e.caseId = CaseId::fromString(q.text(1));
        e.exhibitReference = q.text(2);
        e.kind = markKindFromKey(q.text(3)).value_or(MarkKind::LatentFinger);
        e.state = markStateFromKey(q.text(4)).value_or(MarkState::Received);
        e.examiner = q.text(5).isEmpty() ? q.text(10) : q.text(5);
        e.verifier = q.text(6);
        e.receivedUtc = utc(q.int64(7));
        e.stateSinceUtc = utc(q.int64(8));
        e.version = int(q.int64(9));
        const bool hasImage = q.int64(11) != 0;
        const bool mine = e.examiner == m_user.name;
        switch (which) {
        case CaseworkQueue::MyWork:
            if (e.kind == MarkKind::ScenePhoto || !hasImage)
                continue;
            if (mine && e.state == MarkState::Received)
                e.why = QCoreApplication::translate("ridgeline::Casework", "Assigned to you");
            else if (mine && (e.state == MarkState::Analysis || e.state == MarkState::AnalysisCommitted ||
                              e.state == MarkState::Comparison || e.state == MarkState::Evaluation))
                e.why = QCoreApplication::translate("ridgeline::Casework", "Your examination");
            else if (e.state == MarkState::Received && e.examiner.isEmpty())
                e.why = QCoreApplication::translate("ridgeline::Casework", "Not taken yet");
            else if (e.state == MarkState::Verification && !mine && e.verifier.isEmpty())
                e.why = QCoreApplication::translate("ridgeline::Casework", "Awaiting verification");
            else if (e.state == MarkState::Conflict && (mine || e.verifier == m_user.name))
                e.why = QCoreApplication::translate("ridgeline::Casework", "In conflict: awaiting resolution");
            else
                continue;
            break;
        case CaseworkQueue::ReviewQueue:
            if (e.kind == MarkKind::ScenePhoto)
                continue;
            if (e.state == MarkState::TechnicalReview)
                e.why = QCoreApplication::translate("ridgeline::Casework", "Awaiting technical review and sign-off");
            else if (e.state == MarkState::Conflict)
                e.why = QCoreApplication::translate("ridgeline::Casework", "Conflict to resolve");
            else if (e.state == MarkState::Evaluation)
                e.why =
                    QCoreApplication::translate("ridgeline::Casework", "Concluded: verification or exemption to come");
            else
                continue;
            break;
        case CaseworkQueue::All:
            e.why = markStateDisplayName(e.state);
            break;
        }
        const QString caseKey = e.caseId.toString();
        if (!references.contains(caseKey)) {
            auto c = store.caseById(e.caseId);
            references.insert(caseKey, c ? c->reference.toString() : caseKey);
        }
        e.caseReference = references.value(caseKey);
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const CaseworkQueueEntry &a, const CaseworkQueueEntry &b) {
        if (a.stateSinceUtc != b.stateSinceUtc)
            return a.stateSinceUtc < b.stateSinceUtc;
        if (a.caseReference != b.caseReference)
            return a.caseReference < b.caseReference;
        return a.exhibitReference < b.exhibitReference;
    });
    return out;
}

// The part of a case revision that describes the examination (no signer, no stage): what a later
// check recomputes and compares.
Result<QJsonObject> LocalWorkspaceSession::revisionContent(const CaseId &caseId, const QList<MarkId> &marks)
{
    auto caseRecord = m_caseStore->caseById(caseId);
    if (!caseRecord)
        return caseRecord.error();
    storage::SqliteDatabase &db = m_db->sql();
    SqlCipherCaseworkRepository repo(db);
    storage::SqlCipherMarkupRepository markup(db);
    storage::SqlCipherMarkWorkRepository markWork(db);
    QList<std::pair<QString, QJsonObject>> entries;
    for (const MarkId &id : marks) {
        auto mark = m_caseStore->markById(id);
        if (!mark)
            return mark.error();
        if (mark->caseId != caseId)
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::Casework", "Mark %1 is not a mark of case %2.")
                             .arg(mark->exhibitReference, caseRecord->reference.toString()));
        QJsonObject m{{QStringLiteral("id"), id.toString()},
                      {QStringLiteral("exhibit"), mark->exhibitReference},
                      {QStringLiteral("kind"), markKindKey(mark->kind)},
                      {QStringLiteral("originalSha256"), hex(mark->originalSha256)}};
        auto row = repo.casework(id);
        if (!row)
            return row.error();
        m.insert(QStringLiteral("examiner"), row->examiner);
        m.insert(QStringLiteral("verifier"), row->verifier);
        if (!row->exemptionReason.isEmpty())
            m.insert(QStringLiteral("exemption"), QJsonObject{{QStringLiteral("reason"), row->exemptionReason},
                                                              {QStringLiteral("by"), row->exemptedBy}});
        if (auto analysis = repo.analysis(id); analysis) {
            m.insert(QStringLiteral("analysis"),
                     QJsonObject{{QStringLiteral("examiner"), analysis->examiner},
                                 {QStringLiteral("value"), valueDecisionKey(analysis->input.value)},
                                 {QStringLiteral("markupRevision"), analysis->markupRevision},
                                 {QStringLiteral("snapshotSha256"), hex(analysis->snapshotSha256)}});
        } else if (analysis.error().code() != ErrorCode::NotFound) {
            return analysis.error();
        }
        if (auto latest = markup.revisions(storage::MarkupSubject::markup(id)); latest && !latest->isEmpty())
            m.insert(QStringLiteral("markup"), QJsonObject{{QStringLiteral("revision"), latest->last().revision},
                                                           {QStringLiteral("sha256"), hex(latest->last().sha256)}});
        QJsonObject comparisons;
        if (auto all = markup.revisions(storage::MarkupSubject::comparisonWith(id, {})); all) {
            for (const auto &r : *all) // by exemplar then revision: the last one per exemplar stays
                comparisons.insert(r.subject.exemplarRef, QJsonObject{{QStringLiteral("revision"), r.revision},
                                                                      {QStringLiteral("sha256"), hex(r.sha256)}});
        }
        if (!comparisons.isEmpty())
            m.insert(QStringLiteral("comparisons"), comparisons);
        if (auto work = markWork.load(id); work) {
            m.insert(QStringLiteral("enhancement"),
                     QJsonObject{{QStringLiteral("revision"), work->revision},
                                 {QStringLiteral("recipeSha256"), hex(storage::Sha256::hash(work->recipeJson))},
                                 {QStringLiteral("outputSha256"), work->outputSha256}});
        }
        QJsonArray conclusions;
        auto list = repo.conclusions(id);
        if (!list)
            return list.error();
        for (const ConclusionRecord &c : *list)
            conclusions.append(QJsonObject{{QStringLiteral("stage"), conclusionStageKey(c.stage)},
                                           {QStringLiteral("examiner"), c.examiner},
                                           {QStringLiteral("conclusion"), conclusionKey(c.input.conclusion)},
                                           {QStringLiteral("exemplar"), c.input.exemplarRef},
                                           {QStringLiteral("blind"), c.blind},
                                           {QStringLiteral("sha256"), hex(c.sha256)}});
        m.insert(QStringLiteral("conclusions"), conclusions);
        QJsonArray resolutions;
        auto resolved = repo.resolutions(id);
        if (!resolved)
            return resolved.error();
        for (const ResolutionRecord &r : *resolved)
            resolutions.append(QJsonObject{{QStringLiteral("resolver"), r.resolver},
                                           {QStringLiteral("conclusion"), conclusionKey(r.final.conclusion)},
                                           {QStringLiteral("sha256"), hex(r.sha256)}});
        if (!resolutions.isEmpty())
            m.insert(QStringLiteral("resolutions"), resolutions);
        entries.append({mark->exhibitReference + QLatin1Char('\n') + id.toString(), m});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray markArray;
    for (const auto &e : entries)
        markArray.append(e.second);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("ridgeline-case-revision")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("id"), caseId.toString()},
                                             {QStringLiteral("reference"), caseRecord->reference.toString()},
                                             {QStringLiteral("force"), caseRecord->force},
                                             {QStringLiteral("offence"), caseRecord->offence}}},
        {QStringLiteral("marks"), markArray}};
}

Result<QByteArray> LocalWorkspaceSession::caseRevisionDocument(const CaseId &caseId, const QList<MarkId> &marks)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    auto content = revisionContent(caseId, marks);
    if (!content)
        return content.error();
    return QJsonDocument(*content).toJson(QJsonDocument::Compact);
}

Result<SignOffRecord> LocalWorkspaceSession::signOffCase(const CaseId &caseId, const QList<MarkId> &requested,
                                                         const QHash<QString, int> &expectedVersions,
                                                         const QByteArray &passphrase)
{
    const QString caseText = caseId.toString();
    if (Status s = require(Action::SignOff, QStringLiteral("case"), caseText); !s)
        return s.error();
    // A mark named twice is signed once.
    QList<MarkId> marks;
    for (const MarkId &id : requested)
        if (!marks.contains(id))
            marks.append(id);
    // A retry after a lost answer: these very marks signed off by this supervisor in one revision
    // still in force, each one version past the one the caller reviewed. Answered with that record.
    const auto signedAlready = [&]() -> std::optional<SignOffRecord> {
        auto all = SqlCipherCaseworkRepository(m_db->sql()).signOffs(caseId);
        if (!all)
            return std::nullopt;
        QList<MarkId> wanted = marks;
        std::sort(wanted.begin(), wanted.end(),
                  [](const MarkId &a, const MarkId &b) { return a.toString() < b.toString(); });
        for (const SignOffRecord &r : *all) {
            if (!r.inForce() || r.supervisor != m_user.name || r.marks != wanted)
                continue;
            const bool current = std::all_of(marks.cbegin(), marks.cend(), [&](const MarkId &id) {
                auto mark = m_caseStore->markById(id);
                return mark && mark->state == MarkState::SignedOff &&
                       mark->revision == expectedVersions.value(id.toString(), -2) + 1;
            });
            if (current)
                return r;
        }
        return std::nullopt;
    };
    auto caseRecord = m_caseStore->caseById(caseId);
    if (!caseRecord)
        return caseRecord.error();
    const QString reference = caseRecord->reference.toString();
    const auto refuse = [&](const Error &error) -> Error {
        (void)recordEvent(QStringLiteral("sign-off"), QStringLiteral("case"), caseText, AuditOutcome::Refused,
                          QStringLiteral("%1: %2").arg(reference, error.message()));
        return error;
    };
    if (marks.isEmpty())
        return refuse(Error(ErrorCode::BadInput,
                            QCoreApplication::translate("ridgeline::Casework", "Choose the marks of case %1 to sign "
                                                                               "off; nothing was signed.")
                                .arg(reference)));
    // Every mark first, all or nothing.
    QList<Mark> loaded;
    for (const MarkId &id : marks) {
        auto work = markCasework(id);
        if (!work)
            return work.error();
        if (work->mark.caseId != caseId)
            return refuse(Error(ErrorCode::BadInput,
                                QCoreApplication::translate("ridgeline::Casework", "Mark %1 is not a mark of case %2.")
                                    .arg(work->mark.exhibitReference, reference)));
        const int expected = expectedVersions.value(id.toString(), -1);
        if (expected != work->version) {
            if (auto done = signedAlready())
                return *done;
            return refuse(Error(ErrorCode::Conflict,
                                QCoreApplication::translate("ridgeline::Casework",
                                                            "Mark %1 changed since you reviewed it (now version %2, "
                                                            "stage \"%3\"; you reviewed version %4). Nothing was "
                                                            "signed: review it again.")
                                    .arg(work->mark.exhibitReference)
                                    .arg(work->version)
                                    .arg(markStateDisplayName(work->mark.state))
                                    .arg(expected)));
        }
        WorkflowFacts facts;
        facts.actor = m_user.name;
        facts.role = m_user.role;
        facts.examiner = work->examiner;
        facts.verifier = work->verifier;
        facts.analysisCommitted = work->analysis.has_value();
        bool evaluation = false, verification = false;
        for (const ConclusionRecord &c : work->conclusions) {
            if (c.stage == ConclusionStage::Evaluation) {
                evaluation = true;
                verification = false;
            } else if (c.stage == ConclusionStage::Verification) {
                verification = true;
            }
        }
        facts.conclusionRecorded = evaluation;
        facts.verificationRecorded = verification;
        facts.verificationExempt = !work->exemptionReason.isEmpty();
        facts.conflictResolved = work->resolution.has_value();
        if (Status s = checkMarkTransition(work->mark.state, MarkState::SignedOff, facts); !s)
            return refuse(Error(s.error().code(),
                                QStringLiteral("%1: %2").arg(work->mark.exhibitReference, s.error().message())));
        loaded.append(work->mark);
    }
    // The supervisor's passphrase: their own key slot must open with it.
    auto header = freshHeader();
    if (!header)
        return header.error();
    auto key = header->unwrap(m_user.name, passphrase);
    if (!key || !key->equals(m_key))
        return refuse(Error(
            ErrorCode::AuthenticationFailed,
            QCoreApplication::translate("ridgeline::Casework", "Wrong passphrase for %1; case %2 was not signed off.")
                .arg(m_user.name, reference)));

    storage::SqliteDatabase &db = m_db->sql();
    SqlCipherCaseworkRepository repo(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storage::SigningKeyRow newKeyRow;
    std::optional<storage::UserSigningKey> signer;
    bool newKey = false;
    if (auto stored = repo.signingKey(m_user.name); stored) {
        auto opened = storage::UserSigningKey::unseal(*stored, passphrase);
        if (!opened)
            return refuse(opened.error());
        signer.emplace(std::move(*opened));
    } else if (stored.error().code() == ErrorCode::NotFound) {
        auto made = storage::UserSigningKey::create(m_user.name, passphrase, m_options.kdf, now, newKeyRow);
        if (!made)
            return made.error();
        signer.emplace(std::move(*made));
        newKey = true;
    } else {
        return stored.error();
    }

    Error lost; // a mark changed by another session since it was reviewed above
    {
        storage::SqliteTransaction transaction(db);
        if (!transaction.status())
            return transaction.status().error();
        auto latest = repo.latestSignOffRevision(caseId);
        if (!latest)
            return latest.error();
        const int revision = *latest + 1;
        // The compare-and-set on every mark first: a session that lost the race writes nothing.
        QStringList exhibits;
        for (const Mark &mark : loaded) {
            auto moved = repo.moveMark(mark.id, MarkState::TechnicalReview, MarkState::SignedOff,
                                       expectedVersions.value(mark.id.toString()), m_user.name,
                                       QStringLiteral("signed off in revision %1").arg(revision), now);
            if (!moved && moved.error().code() == ErrorCode::Conflict) {
                lost = moved.error();
                break;
            }
            if (!moved)
                return moved.error();
            auto row = repo.casework(mark.id);
            if (!row)
                return row.error();
            row->stateSinceMs = now;
            if (Status s = repo.saveCasework(mark.id, *row); !s)
                return s.error();
            exhibits << mark.exhibitReference;
        }
        if (exhibits.size() == loaded.size()) {
            auto content = revisionContent(caseId, marks);
            if (!content)
                return content.error();
            SignOffRecord record;
            record.caseId = caseId;
            record.revision = revision;
            record.supervisor = m_user.name;
            record.publicKey = signer->publicKey();
            record.signedUtc = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            record.marks = marks;
            std::sort(record.marks.begin(), record.marks.end(),
                      [](const MarkId &a, const MarkId &b) { return a.toString() < b.toString(); });
            QJsonObject document = *content;
            document.insert(QStringLiteral("revision"), record.revision);
            document.insert(QStringLiteral("signer"),
                            QJsonObject{{QStringLiteral("user"), m_user.name},
                                        {QStringLiteral("displayName"), m_user.displayName},
                                        {QStringLiteral("publicKey"), hex(record.publicKey)},
                                        {QStringLiteral("signed"), record.signedUtc.toString(Qt::ISODateWithMs)}});
            record.document = QJsonDocument(document).toJson(QJsonDocument::Compact);
            record.sha256 = storage::Sha256::hash(record.document);
            record.signature = signer->sign(record.sha256);
            if (newKey) {
                if (Status s = repo.addSigningKey(newKeyRow); !s)
                    return s.error();
                if (Status s = recordEvent(QStringLiteral("create-signing-key"), QStringLiteral("user"), m_user.name,
                                           AuditOutcome::Success,
                                           QStringLiteral("Ed25519 public key %1; fingerprint %2")
                                               .arg(hex(record.publicKey), record.keyFingerprint()));
                    !s)
                    return s.error();
            }
            if (Status s = repo.addSignOff(record); !s)
                return s.error();
            if (Status s = recordEvent(
                    QStringLiteral("sign-off"), QStringLiteral("case"), caseText, AuditOutcome::Success,
                    QStringLiteral("%1 revision %2; marks %3; sha256=%4; key fingerprint %5")
                        .arg(reference)
                        .arg(record.revision)
                        .arg(exhibits.join(QStringLiteral(", ")), hex(record.sha256), record.keyFingerprint()));
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            return record;
        }
    }
    // Rolled back: the same supervisor's sign-off from a second workstation is a retry; anything
    // else is a conflict, refused and audited.
    if (auto done = signedAlready())
        return *done;
    return refuse(lost);
}

Result<QList<SignOffRecord>> LocalWorkspaceSession::signOffs(const CaseId &caseId)
{
    if (Status s = require(Action::ViewCase, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    return SqlCipherCaseworkRepository(m_db->sql()).signOffs(caseId);
}

Status LocalWorkspaceSession::noteChangeOfMark(const MarkId &markId, const QString &what)
{
    auto mark = m_caseStore->markById(markId);
    if (!mark)
        return mark.error();
    if (mark->state == MarkState::Closed)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("ridgeline::Casework",
                                                 "Mark %1 is closed: its examination can no longer change.")
                         .arg(mark->exhibitReference));
    if (mark->state != MarkState::SignedOff)
        return {};
    SqlCipherCaseworkRepository repo(m_db->sql());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto inForce = repo.signOffsInForceFor(markId);
    if (!inForce)
        return inForce.error();
    const QString reason = QStringLiteral("changed after sign-off: %1").arg(what);
    // The marks signed together with this one lose their sign-off too: they go back to technical
    // review with it, so no mark stays signed off under a void revision.
    QList<std::pair<MarkId, QString>> back{{markId, reason}};
    for (const SignOffRecord &r : *inForce) {
        if (Status s = repo.voidSignOff(r.caseId, r.revision, m_user.name, reason, now); !s)
            return s;
        if (Status s = recordEvent(
                QStringLiteral("void-sign-off"), QStringLiteral("case"), r.caseId.toString(), AuditOutcome::Success,
                QStringLiteral("revision %1 void: mark %2 %3").arg(r.revision).arg(mark->exhibitReference, reason));
            !s)
            return s;
        for (const MarkId &other : r.marks)
            if (other != markId)
                back.append({other, QStringLiteral("sign-off revision %1 void: mark %2 %3")
                                        .arg(r.revision)
                                        .arg(mark->exhibitReference, reason)});
    }
    for (const auto &[id, why] : back) {
        auto current = m_caseStore->markById(id);
        if (!current)
            return current.error();
        if (current->state != MarkState::SignedOff)
            continue;
        auto moved = repo.moveMark(id, MarkState::SignedOff, MarkState::TechnicalReview, current->revision, m_user.name,
                                   why, now);
        if (!moved)
            return moved.error();
        auto row = repo.casework(id);
        if (!row)
            return row.error();
        row->stateSinceMs = now;
        if (Status s = repo.saveCasework(id, *row); !s)
            return s;
    }
    return {};
}

void LocalWorkspaceSession::verifySignOffs(VerifyReport &report)
{
    SqlCipherCaseworkRepository repo(m_db->sql());
    auto all = repo.signOffs(CaseId());
    if (!all) {
        report.problems.append(all.error().message());
        return;
    }
    for (const SignOffRecord &r : *all) {
        ++report.signOffsChecked;
        auto caseRecord = m_caseStore->caseById(r.caseId);
        const QString name = QCoreApplication::translate("ridgeline::Casework", "Sign-off %1 of case %2")
                                 .arg(r.revision)
                                 .arg(caseRecord ? caseRecord->reference.toString() : r.caseId.toString());
        if (storage::Sha256::hash(r.document) != r.sha256) {
            report.problems.append(QCoreApplication::translate("ridgeline::Casework",
                                                               "%1: the signed document does not match its "
                                                               "SHA-256 (altered after signing).")
                                       .arg(name));
            continue;
        }
        if (!storage::WorkstationKey::verify(r.publicKey, r.sha256, r.signature)) {
            report.problems.append(
                QCoreApplication::translate("ridgeline::Casework", "%1: the signature by %2 does not verify.")
                    .arg(name, r.supervisor));
            continue;
        }
        auto key = repo.signingKey(r.supervisor);
        if (!key || key->publicKey != r.publicKey) {
            report.problems.append(
                QCoreApplication::translate("ridgeline::Casework", "%1: signed with a key that is not %2's.")
                    .arg(name, r.supervisor));
            continue;
        }
        if (!r.inForce())
            continue;
        auto current = revisionContent(r.caseId, r.marks);
        const QJsonObject signedDoc = QJsonDocument::fromJson(r.document).object();
        if (!current || (*current).value(QStringLiteral("marks")) != signedDoc.value(QStringLiteral("marks")) ||
            (*current).value(QStringLiteral("case")) != signedDoc.value(QStringLiteral("case"))) {
            report.problems.append(
                QCoreApplication::translate("ridgeline::Casework",
                                            "%1: the examination records no longer match what was signed, and no later "
                                            "revision voided the sign-off (changed outside Ridgeline).")
                    .arg(name));
        }
    }
}

} // namespace ridgeline
