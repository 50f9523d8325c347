#pragma once

// Markup and comparison documents of a mark (issue 6), stored as opaque JSON bytes ("ridgeline-markup"
// and "ridgeline-comparison" documents, whose format is defined elsewhere; only "a JSON object with a
// "format" string" is checked here).
//
// examination_drafts holds one current draft per subject and user, overwritten in place by every
// autosave. Committing a draft turns it into the next row of examination_revisions (number, author,
// time, SHA-256 of the bytes) and deletes the draft; triggers keep revisions append-only, like the
// audit trail. A subject is a mark's markup, or its comparison with one exemplar impression (an
// opaque reference string). Every draft and revision remembers the revision it was based on, so a
// commit over someone else's newer revision is a Conflict rather than a silent replacement.
//
// Uses the caller's connection and transaction; same thread. Audit events, permissions and ACE-V
// rules are the caller's (the session's) business. Times are UTC milliseconds since the epoch.

#include "app/core/error.h"
#include "app/core/ids.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ridgeline::storage {

class SqliteDatabase;

// What a draft or revision is about.
struct MarkupSubject
{
    MarkId mark;
    bool comparison = false;
    QString exemplarRef; // comparison: the exemplar impression compared with (never empty); markup: empty

    static MarkupSubject markup(const MarkId &mark) { return {mark, false, {}}; }
    static MarkupSubject comparisonWith(const MarkId &mark, const QString &exemplarRef)
    {
        return {mark, true, exemplarRef};
    }
    QString kindKey() const { return comparison ? QStringLiteral("comparison") : QStringLiteral("markup"); }
};

struct MarkupDraftRow
{
    MarkupSubject subject;
    QString user;
    int baseRevision = 0; // the revision the document was opened from (0: none)
    qint64 createdMs = 0; // first autosave
    qint64 updatedMs = 0; // latest autosave
    QByteArray json;
};

struct MarkupRevisionRow
{
    MarkupSubject subject;
    int revision = 0;
    int baseRevision = 0;
    QString author;
    qint64 savedMs = 0;
    QByteArray sha256; // raw 32 bytes, of `json`
    qint64 size = 0;   // bytes of the document
    QByteArray json;   // empty in listings
};

class SqlCipherMarkupRepository
{
public:
    explicit SqlCipherMarkupRepository(SqliteDatabase &db);

    // The schema step that adds both tables (appended to the migrations).
    static const char *schemaSql();

    // OK when `json` is a JSON object with a non-empty "format" string; BadInput otherwise.
    static Status validateDocument(const QByteArray &json);

    // Overwrites `user`'s draft of the subject in place, or creates it. Returns true when it was
    // created. BadInput for an invalid document, an empty exemplar reference of a comparison, or a
    // base revision that does not exist; NotFound for an unknown mark. One UPDATE (or INSERT): call
    // it inside the caller's transaction so an audit event of the creation commits with it.
    Result<bool> saveDraft(const MarkupSubject &subject, const QString &user, int baseRevision, const QByteArray &json,
                           qint64 nowMs);
    // NotFound when `user` has no draft of the subject.
    Result<MarkupDraftRow> draft(const MarkupSubject &subject, const QString &user);
    // Every draft of `user` (markup and comparisons, all marks), documents left out, oldest first.
    Result<QList<MarkupDraftRow>> draftsOf(const QString &user);
    // Deletes the draft and returns what it was. NotFound when there is none.
    Result<MarkupDraftRow> discardDraft(const MarkupSubject &subject, const QString &user);
    // Appends `user`'s draft as revision latest + 1 (author `user`, time nowMs, SHA-256 of the bytes)
    // and deletes the draft. NotFound when there is no draft; Conflict when a revision newer than the
    // draft's base was committed meanwhile (the draft stays). Call inside a transaction.
    Result<MarkupRevisionRow> commitDraft(const MarkupSubject &subject, const QString &user, qint64 nowMs);

    // The newest revision number of the subject (0 when none).
    Result<int> latestRevision(const MarkupSubject &subject);
    // The revisions of the subject, oldest first, documents left out. For a comparison with an empty
    // exemplar reference: every comparison of the mark, by exemplar reference then revision.
    Result<QList<MarkupRevisionRow>> revisions(const MarkupSubject &subject);
    // One revision with its document, re-hashed against its stored SHA-256 (Corrupt when they differ).
    // revision 0: the newest. NotFound when there is none.
    Result<MarkupRevisionRow> revision(const MarkupSubject &subject, int revision);
    // Re-hashes every revision of every mark (verify): one line in `problems` for each whose bytes
    // no longer match the SHA-256 it was committed with. Returns how many were checked.
    Result<int> verifyAll(QStringList &problems);

private:
    // "markup of mark JS/1", "comparison of mark JS/1 with exemplar X" (translated), for messages.
    QString describe(const MarkupSubject &subject);

    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
