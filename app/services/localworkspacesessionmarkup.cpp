// LocalWorkspaceSession: markup and comparison documents of a mark (issue 6). An autosave is one
// small transaction: an UPDATE of the user's draft row, or the first time its INSERT together with
// an audit event. A commit appends the revision, deletes the draft and records the audit event with
// the document's SHA-256 in one transaction, so the trail and the stored revisions never disagree.
// Comparisons obey ACE-V (ARCHITECTURE.md section 3): an examiner is refused every comparison of a
// mark that is received or in analysis, before anything is read or written.
#include "app/services/localworkspacesession.h"

#include "app/storage/sqlciphermarkuprepository.h"

#include <QCoreApplication>

namespace ridgeline {
namespace {

using storage::MarkupSubject;

QString actionName(const char *pattern, const MarkupSubject &subject)
{
    return QString::fromLatin1(pattern).arg(subject.kindKey());
}

// The subject part of an audit event's details (the object is always the mark).
QString exemplarDetails(const MarkupSubject &subject)
{
    if (!subject.comparison)
        return {};
    return QStringLiteral("; exemplar=%1")
        .arg(subject.exemplarRef.isEmpty() ? QStringLiteral("(all)") : subject.exemplarRef);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

ExaminationDraft toDraft(const storage::MarkupDraftRow &row)
{
    return ExaminationDraft{row.subject.mark,   row.subject.exemplarRef, row.user, row.baseRevision,
                            utc(row.createdMs), utc(row.updatedMs),      row.json};
}

ExaminationRevision toRevision(const storage::MarkupRevisionRow &row)
{
    return ExaminationRevision{row.subject.mark, row.subject.exemplarRef, row.revision, row.baseRevision,
                               row.author,       utc(row.savedMs),        row.sha256,   row.size,
                               row.json};
}

// Comparisons would show an examiner exemplar detail before the analysis of the mark is committed.
bool withheldByAceV(const User &user, const Mark &mark)
{
    return user.role == Role::Examiner && (mark.state == MarkState::Received || mark.state == MarkState::Analysis);
}

// One call on the documents of a subject: the role check, the mark, and for comparisons the ACE-V
// rule. Every refusal is audited; the mark is returned for messages.
Result<Mark> admit(LocalWorkspaceSession &session, const MarkupSubject &subject, Action action, const char *operation)
{
    const QString markId = subject.mark.toString();
    if (Status s = session.require(action, QStringLiteral("mark"), markId); !s)
        return s.error();
    auto mark = session.caseStore().markById(subject.mark);
    if (!mark)
        return mark.error();
    // Committed revisions belong to the mark's examiner: another examiner neither commits over
    // them nor (blind verification) reads them before recording their own verification.
    const QString op = QString::fromLatin1(operation);
    if (op == QLatin1String("read-%1") || op == QLatin1String("commit-%1"))
        if (Status s = session.checkExaminationAccess(*mark, op.startsWith(QLatin1String("commit")),
                                                      actionName(operation, subject));
            !s)
            return s.error();
    if (!subject.comparison || !withheldByAceV(session.user(), *mark))
        return mark;
    if (Status s = session.recordEvent(
            actionName(operation, subject), QStringLiteral("mark"), markId, AuditOutcome::Refused,
            QStringLiteral("ace-v: mark %1").arg(markStateKey(mark->state)) + exemplarDetails(subject));
        !s)
        return s.error();
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("ridgeline::WorkspaceSession",
                                             "Mark %1 is at the stage \"%2\": comparisons with exemplars stay closed "
                                             "to examiners until its analysis is committed (ACE-V). The refusal was "
                                             "recorded.")
                     .arg(mark->exhibitReference, markStateDisplayName(mark->state)));
}

Action writeAction(const MarkupSubject &subject)
{
    return subject.comparison ? Action::CompareExemplar : Action::AnnotateMark;
}

Status saveDraft(LocalWorkspaceSession &session, const MarkupSubject &subject, int baseRevision, const QByteArray &json)
{
    if (auto mark = admit(session, subject, writeAction(subject), "save-%1-draft"); !mark)
        return mark.error();
    storage::SqliteDatabase &db = session.database().sql();
    storage::SqliteTransaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    auto created =
        storage::SqlCipherMarkupRepository(db).saveDraft(subject, session.user().name, baseRevision, json, nowMs());
    if (!created)
        return created.error();
    if (*created) {
        if (Status s =
                session.recordEvent(actionName("create-%1-draft", subject), QStringLiteral("mark"),
                                    subject.mark.toString(), AuditOutcome::Success,
                                    QStringLiteral("base revision=%1; bytes=%2").arg(baseRevision).arg(json.size()) +
                                        exemplarDetails(subject));
            !s)
            return s;
    }
    return transaction.commit();
}

Result<ExaminationDraft> readDraft(LocalWorkspaceSession &session, const MarkupSubject &subject)
{
    if (auto mark = admit(session, subject, Action::ViewCase, "read-%1-draft"); !mark)
        return mark.error();
    auto row = storage::SqlCipherMarkupRepository(session.database().sql()).draft(subject, session.user().name);
    if (!row)
        return row.error();
    return toDraft(*row);
}

Status discardDraft(LocalWorkspaceSession &session, const MarkupSubject &subject)
{
    if (auto mark = admit(session, subject, writeAction(subject), "discard-%1-draft"); !mark)
        return mark.error();
    storage::SqliteDatabase &db = session.database().sql();
    storage::SqliteTransaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    auto gone = storage::SqlCipherMarkupRepository(db).discardDraft(subject, session.user().name);
    if (!gone)
        return gone.error();
    if (Status s = session.recordEvent(actionName("discard-%1-draft", subject), QStringLiteral("mark"),
                                       subject.mark.toString(), AuditOutcome::Success,
                                       QStringLiteral("base revision=%1; bytes=%2; started=%3; last autosave=%4")
                                               .arg(gone->baseRevision)
                                               .arg(gone->json.size())
                                               .arg(utc(gone->createdMs).toString(Qt::ISODateWithMs),
                                                    utc(gone->updatedMs).toString(Qt::ISODateWithMs)) +
                                           exemplarDetails(subject));
        !s)
        return s;
    return transaction.commit();
}

Result<ExaminationRevision> commitDraft(LocalWorkspaceSession &session, const MarkupSubject &subject)
{
    const char *operation = "commit-%1";
    if (auto mark = admit(session, subject, writeAction(subject), operation); !mark)
        return mark.error();
    storage::SqliteDatabase &db = session.database().sql();
    Error failure;
    {
        storage::SqliteTransaction transaction(db);
        if (!transaction.status())
            return transaction.status().error();
        auto saved = storage::SqlCipherMarkupRepository(db).commitDraft(subject, session.user().name, nowMs());
        if (saved) {
            if (Status s = session.recordEvent(actionName(operation, subject), QStringLiteral("mark"),
                                               subject.mark.toString(), AuditOutcome::Success,
                                               QStringLiteral("revision=%1; base revision=%2; sha256=%3; bytes=%4")
                                                       .arg(saved->revision)
                                                       .arg(saved->baseRevision)
                                                       .arg(QString::fromLatin1(saved->sha256.toHex()))
                                                       .arg(saved->size) +
                                                   exemplarDetails(subject));
                !s)
                return s.error();
            // A signed-off mark: this change makes a new revision of the case and voids the sign-off.
            if (Status s = session.noteChangeOfMark(
                    subject.mark, QStringLiteral("%1 revision %2").arg(subject.kindKey()).arg(saved->revision));
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            return toRevision(*saved);
        }
        failure = saved.error();
    }
    // Rolled back. A commit over someone else's newer revision is part of the trail, like a
    // conflicting save of mark work; a missing draft is just a wrong call.
    if (failure.code() == ErrorCode::Conflict) {
        if (Status s =
                session.recordEvent(actionName(operation, subject), QStringLiteral("mark"), subject.mark.toString(),
                                    AuditOutcome::Failure, failure.message() + exemplarDetails(subject));
            !s)
            return s.error();
    }
    return failure;
}

Result<QList<ExaminationRevision>> listRevisions(LocalWorkspaceSession &session, const MarkupSubject &subject)
{
    if (auto mark = admit(session, subject, Action::ViewCase, "read-%1"); !mark)
        return mark.error();
    auto rows = storage::SqlCipherMarkupRepository(session.database().sql()).revisions(subject);
    if (!rows)
        return rows.error();
    QList<ExaminationRevision> list;
    list.reserve(rows->size());
    for (const storage::MarkupRevisionRow &row : *rows)
        list.append(toRevision(row));
    return list;
}

Result<ExaminationRevision> readRevision(LocalWorkspaceSession &session, const MarkupSubject &subject, int revision)
{
    if (auto mark = admit(session, subject, Action::ViewCase, "read-%1"); !mark)
        return mark.error();
    auto row = storage::SqlCipherMarkupRepository(session.database().sql()).revision(subject, revision);
    if (!row)
        return row.error();
    return toRevision(*row);
}

Error examinationUnsupported()
{
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("ridgeline::WorkspaceSession",
                                             "This session keeps no markup or comparison documents; open the "
                                             "workspace itself to save or read them."));
}

} // namespace

Status LocalWorkspaceSession::saveMarkupDraft(const MarkId &mark, int baseRevision, const QByteArray &json)
{
    return saveDraft(*this, MarkupSubject::markup(mark), baseRevision, json);
}

Result<ExaminationDraft> LocalWorkspaceSession::markupDraft(const MarkId &mark)
{
    return readDraft(*this, MarkupSubject::markup(mark));
}

Status LocalWorkspaceSession::discardMarkupDraft(const MarkId &mark)
{
    return discardDraft(*this, MarkupSubject::markup(mark));
}

Result<ExaminationRevision> LocalWorkspaceSession::commitMarkup(const MarkId &mark)
{
    return commitDraft(*this, MarkupSubject::markup(mark));
}

Result<QList<ExaminationRevision>> LocalWorkspaceSession::markupRevisions(const MarkId &mark)
{
    return listRevisions(*this, MarkupSubject::markup(mark));
}

Result<ExaminationRevision> LocalWorkspaceSession::markupRevision(const MarkId &mark, int revision)
{
    return readRevision(*this, MarkupSubject::markup(mark), revision);
}

Status LocalWorkspaceSession::saveComparisonDraft(const MarkId &mark, const QString &exemplarRef, int baseRevision,
                                                  const QByteArray &json)
{
    return saveDraft(*this, MarkupSubject::comparisonWith(mark, exemplarRef), baseRevision, json);
}

Result<ExaminationDraft> LocalWorkspaceSession::comparisonDraft(const MarkId &mark, const QString &exemplarRef)
{
    return readDraft(*this, MarkupSubject::comparisonWith(mark, exemplarRef));
}

Status LocalWorkspaceSession::discardComparisonDraft(const MarkId &mark, const QString &exemplarRef)
{
    return discardDraft(*this, MarkupSubject::comparisonWith(mark, exemplarRef));
}

Result<ExaminationRevision> LocalWorkspaceSession::commitComparison(const MarkId &mark, const QString &exemplarRef)
{
    return commitDraft(*this, MarkupSubject::comparisonWith(mark, exemplarRef));
}

Result<QList<ExaminationRevision>> LocalWorkspaceSession::comparisonRevisions(const MarkId &mark,
                                                                              const QString &exemplarRef)
{
    return listRevisions(*this, MarkupSubject::comparisonWith(mark, exemplarRef));
}

Result<ExaminationRevision> LocalWorkspaceSession::comparisonRevision(const MarkId &mark, const QString &exemplarRef,
                                                                      int revision)
{
    return readRevision(*this, MarkupSubject::comparisonWith(mark, exemplarRef), revision);
}

Result<QList<ExaminationDraft>> LocalWorkspaceSession::examinationDrafts()
{
    if (Status s = require(Action::ViewCase, QStringLiteral("user"), m_user.name); !s)
        return s.error();
    auto rows = storage::SqlCipherMarkupRepository(m_db->sql()).draftsOf(m_user.name);
    if (!rows)
        return rows.error();
    QList<ExaminationDraft> drafts;
    QHash<MarkId, bool> withheld; // per mark, looked up once
    for (const storage::MarkupDraftRow &row : *rows) {
        if (row.subject.comparison) {
            auto known = withheld.constFind(row.subject.mark);
            if (known == withheld.cend()) {
                auto mark = m_caseStore->markById(row.subject.mark);
                if (!mark)
                    return mark.error();
                known = withheld.insert(row.subject.mark, withheldByAceV(m_user, *mark));
            }
            if (*known)
                continue;
        }
        drafts.append(toDraft(row));
    }
    return drafts;
}

// The interface's answers for sessions that keep no examination documents (test fakes).
Status WorkspaceSession::saveMarkupDraft(const MarkId &, int, const QByteArray &)
{
    return examinationUnsupported();
}
Result<ExaminationDraft> WorkspaceSession::markupDraft(const MarkId &)
{
    return examinationUnsupported();
}
Status WorkspaceSession::discardMarkupDraft(const MarkId &)
{
    return examinationUnsupported();
}
Result<ExaminationRevision> WorkspaceSession::commitMarkup(const MarkId &)
{
    return examinationUnsupported();
}
Result<QList<ExaminationRevision>> WorkspaceSession::markupRevisions(const MarkId &)
{
    return examinationUnsupported();
}
Result<ExaminationRevision> WorkspaceSession::markupRevision(const MarkId &, int)
{
    return examinationUnsupported();
}
Status WorkspaceSession::saveComparisonDraft(const MarkId &, const QString &, int, const QByteArray &)
{
    return examinationUnsupported();
}
Result<ExaminationDraft> WorkspaceSession::comparisonDraft(const MarkId &, const QString &)
{
    return examinationUnsupported();
}
Status WorkspaceSession::discardComparisonDraft(const MarkId &, const QString &)
{
    return examinationUnsupported();
}
Result<ExaminationRevision> WorkspaceSession::commitComparison(const MarkId &, const QString &)
{
    return examinationUnsupported();
}
Result<QList<ExaminationRevision>> WorkspaceSession::comparisonRevisions(const MarkId &, const QString &)
{
    return examinationUnsupported();
}
Result<ExaminationRevision> WorkspaceSession::comparisonRevision(const MarkId &, const QString &, int)
{
    return examinationUnsupported();
}
Result<QList<ExaminationDraft>> WorkspaceSession::examinationDrafts()
{
    return examinationUnsupported();
}

} // namespace ridgeline
