#pragma once

// The ACE-V records of marks (issue 7): who took and verified each mark, every change of stage,
// the committed analysis with its markup snapshot, conclusions, resolutions, exemplar exposures,
// the supervisors' signing keys (public key in the clear, secret key sealed under a key derived
// from the supervisor's passphrase) and the signed case revisions. Records are append-only
// (triggers, like the audit trail); a sign-off row only ever gains its voiding columns, once.
//
// A mark's stage and version live in marks.state and marks.revision: moveMark changes both with
// a compare-and-set on the revision, so two sessions cannot both take the same step.
//
// Uses the caller's connection and transaction; same thread. Permissions, workflow rules and
// audit events are the caller's (the session's). Times are UTC milliseconds since the epoch.

#include "app/core/casework.h"
#include "app/core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ridgeline::storage {

class SqliteDatabase;

struct CaseworkRow
{
    QString examiner;
    QString verifier;
    QString exemptionReason;
    QString exemptedBy;
    qint64 stateSinceMs = 0;
};

struct SigningKeyRow
{
    QString user;
    QByteArray publicKey;    // 32 bytes
    QByteArray salt;         // for the passphrase key derivation
    QByteArray nonce;        // secretbox nonce
    QByteArray sealedSecret; // secretbox(secret key 64 bytes)
    int opsLimit = 0;
    qint64 memLimit = 0;
    qint64 createdMs = 0;
};

class SqlCipherCaseworkRepository
{
public:
    explicit SqlCipherCaseworkRepository(SqliteDatabase &db);

    static const char *schemaSql();

    // The casework row of a mark (defaults when none yet).
    Result<CaseworkRow> casework(const MarkId &mark);
    Status saveCasework(const MarkId &mark, const CaseworkRow &row);

    // Moves the mark from `from` at `expectedRevision` to `to`: marks.state and marks.revision + 1
    // (Conflict when the stored revision or stage is not the expected one: the message names both),
    // and appends the stage change. Returns the new revision.
    Result<int> moveMark(const MarkId &mark, MarkState from, MarkState to, int expectedRevision, const QString &user,
                         const QString &reason, qint64 nowMs);
    Result<QList<MarkStageChange>> history(const MarkId &mark);

    Status addAnalysis(const AnalysisRecord &record);
    // NotFound when none.
    Result<AnalysisRecord> analysis(const MarkId &mark);
    Status addConclusion(const ConclusionRecord &record);
    Result<QList<ConclusionRecord>> conclusions(const MarkId &mark);
    Status addResolution(const ResolutionRecord &record);
    Result<QList<ResolutionRecord>> resolutions(const MarkId &mark);

    // The first time `user` was shown exemplar material of the case (null when never); recording
    // keeps the earliest.
    Result<qint64> firstExposure(const QString &user, const CaseId &caseId);
    Status recordExposure(const QString &user, const CaseId &caseId, qint64 nowMs);

    Result<SigningKeyRow> signingKey(const QString &user); // NotFound when none
    Status addSigningKey(const SigningKeyRow &row);

    Result<int> latestSignOffRevision(const CaseId &caseId);
    Status addSignOff(const SignOffRecord &record);
    Result<QList<SignOffRecord>> signOffs(const CaseId &caseId); // oldest first; all cases when caseId is null
    // The sign-offs in force that cover the mark.
    Result<QList<SignOffRecord>> signOffsInForceFor(const MarkId &mark);
    Status voidSignOff(const CaseId &caseId, int revision, const QString &user, const QString &reason, qint64 nowMs);

private:
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
