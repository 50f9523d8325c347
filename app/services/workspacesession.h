#pragma once

// The contract between the window/CLI and the encrypted workspace (implemented in
// workspacesession.cpp on top of app/storage). One WorkspaceSession = one unlocked database with
// one signed-in user. Not thread-safe: use it from one thread at a time (the GUI runs it on a
// worker thread through QtConcurrent and never calls it on the UI thread).

#include "app/core/auditevent.h"
#include "app/core/casework.h"
#include "app/core/dashboarddata.h"
#include "app/core/domain.h"
#include "app/core/error.h"
#include "app/core/importplan.h"
#include "app/core/intakerecords.h"
#include "app/core/markwork.h"
#include "app/core/permissions.h"
#include "app/core/repositories.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace ridgeline {

// Workspace-wide settings, stored inside the encrypted database.
struct WorkspacePolicy
{
    int maxFailedLogins = 5;                   // then the account is locked ...
    std::chrono::seconds lockoutDuration{300}; // ... for this long
    std::chrono::seconds idleLockAfter{600};   // the window locks itself after this much idle time
    bool blindVerification = true;
    bool acceptUnsignedPackages = false;
};

// Summary of one run of `verify`: what was checked and the first problem found, if any.
struct VerifyReport
{
    qint64 pagesChecked = 0;
    qint64 originalsChecked = 0;
    qint64 eventsChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 signaturesChecked = 0;
    qint64 signOffsChecked = 0;      // supervisors' sign-offs of case revisions (issue 7)
    qint64 firstBadEvent = 0;        // sequence of the first bad audit event, 0 when the chain holds
    QByteArray workstationPublicKey; // Ed25519, 32 bytes: the key that signs this workspace's checkpoints
    QStringList problems;            // empty when everything holds; each names what and where
    bool ok() const { return problems.isEmpty(); }
};

// A markup or comparison document of a mark as its examiner left it: autosaved, not committed
// (issue 6). One per user and mark (markup) or per user, mark and exemplar impression (comparison).
// The document is JSON ("ridgeline-markup" / "ridgeline-comparison"), opaque to the session.
struct ExaminationDraft
{
    MarkId markId;
    QString exemplarRef;  // comparison: the exemplar impression it is with; markup: empty
    QString user;         // whose draft it is
    int baseRevision = 0; // the committed revision it was opened from (0: none)
    QDateTime createdUtc; // first autosave
    QDateTime updatedUtc; // latest autosave
    QByteArray json;      // empty in listings
    bool isComparison() const { return !exemplarRef.isEmpty(); }
};

// A committed revision of a markup or comparison document: immutable, numbered 1, 2, ... per mark
// (markup) or per mark and exemplar impression (comparison), whoever committed it.
struct ExaminationRevision
{
    MarkId markId;
    QString exemplarRef; // as in ExaminationDraft
    int revision = 0;
    int baseRevision = 0; // the revision the committed draft was opened from
    QString author;
    QDateTime savedUtc;
    QByteArray sha256; // raw 32 bytes: SHA-256 of the document, also in the audit trail
    qint64 size = 0;   // bytes of the document
    QByteArray json;   // empty in listings
    bool isComparison() const { return !exemplarRef.isEmpty(); }
};

// One mark in a worklist or review queue (issue 7).
struct CaseworkQueueEntry
{
    MarkId markId;
    CaseId caseId;
    QString caseReference;
    QString exhibitReference;
    MarkKind kind = MarkKind::LatentFinger;
    MarkState state = MarkState::Received;
    QString examiner;        // user name, empty: nobody took it yet
    QString verifier;        // user name, empty: none yet
    QDateTime receivedUtc;   // when the mark arrived
    QDateTime stateSinceUtc; // when it entered its current stage (the age on the worklist)
    int version = 0;
    QString why; // translated: why it is on this list ("assigned to you", "awaiting your verification", ...)
};

// Which marks caseworkQueue lists.
enum class CaseworkQueue
{
    MyWork,      // examiner: marks assigned to them still being examined, marks waiting for a
                 // verification they may give (not their own), marks nobody has taken yet
    ReviewQueue, // supervisor: marks at technical review, in conflict, or concluded and waiting
                 // for an exemption decision
    All,         // every mark (case officers, supervisors; examiners see the same as MyWork)
};

class WorkspaceSession
{
public:
    virtual ~WorkspaceSession() = default;

    // Creates a new workspace (database + key-slot header beside it) with one administrator.
    static Result<std::unique_ptr<WorkspaceSession>> create(const QString &databasePath, const QString &adminName,
                                                            const QByteArray &passphrase);
    // Unlocks an existing workspace. Wrong passphrase / unknown user -> AuthenticationFailed,
    // locked account -> AuthenticationFailed with the time it unlocks, damaged files -> Corrupt.
    // Neither file is modified by a failed attempt other than through the audit trail.
    static Result<std::unique_ptr<WorkspaceSession>> open(const QString &databasePath, const QString &userName,
                                                          const QByteArray &passphrase);

    virtual const User &user() const = 0;
    virtual QString databasePath() const = 0;
    virtual WorkspacePolicy policy() const = 0;
    virtual Status setPolicy(const WorkspacePolicy &policy) = 0; // admin only

    // Checks the permission table and audits a refusal. Services call this before acting.
    virtual Status require(Action action, const QString &objectType = {}, const QString &objectId = {}) = 0;

    virtual CaseRepository &cases() = 0;
    virtual AuditLog &audit() = 0;

    // Users (admin only except changeOwnPassphrase). Each rewrites only the key-slot header,
    // atomically, plus the account row and an audit event.
    virtual Result<User> addUser(const QString &name, const QString &displayName, Role role,
                                 const QByteArray &passphrase) = 0;
    virtual Status removeUser(const QString &name) = 0;
    virtual Status changeOwnPassphrase(const QByteArray &oldPassphrase, const QByteArray &newPassphrase) = 0;
    virtual Result<QList<User>> users() = 0;
    // Login name -> display name of every user, for the names printed on records and reports
    // (ViewCase: colleagues' names are on every record anyway; roles and keys are not given).
    virtual Result<QHash<QString, QString>> userDisplayNames();

    virtual Result<QList<AuditEvent>> auditEvents(const QString &objectType = {}, const QString &objectId = {}) = 0;
    virtual Result<VerifyReport> verify() = 0;

    // Session lock (idle or on request): the key stays held, nothing can be read until
    // unlock() with the same user's passphrase. Both are audited.
    virtual Status lock() = 0;
    virtual Status unlock(const QByteArray &passphrase) = 0;
    virtual bool isLocked() const = 0;
    // Signs a final audit checkpoint and closes the database.
    virtual Status logout() = 0;

    // Intake (decision 0003): files a prepared package in one transaction, or records a refused
    // one (quarantined, with its reason). Both audited.
    virtual Result<ImportOutcome> commitImport(const ImportPlan &plan) = 0;
    // Streaming intake (ImportPreparer::Sink): beginImport opens the import transaction for the
    // plan's transmission (items not checked yet), stageOriginal files one checked original into
    // it and returns the SHA-256 computed from its bytes, and commitImport then files the rest in
    // the same transaction and commits it. abortImport rolls everything back (a check failed or
    // was cancelled). Nothing staged is visible or survives a crash before commitImport returns.
    virtual Status beginImport(const ImportPlan &header) = 0;
    virtual Result<QByteArray> stageOriginal(const ImportBlob &blob) = 0;
    virtual void abortImport() = 0;
    virtual Status recordQuarantine(const Transmission &transmission, const QString &packageName) = 0;

    // Intake records the window shows. Transmissions need ViewCaseList; search and person links
    // ViewCase; deciding a proposed link ConfirmPersonLink (case officers). Refusals are audited.
    virtual Result<QList<Transmission>> transmissions() = 0;
    // Full-text search over case references, offences, places, person names and document text;
    // each hit's snippet has the matched words in [brackets]. Audited.
    virtual Result<QList<SearchHit>> search(const QString &text) = 0;
    // status: "proposed", "linked", "confirmed", "rejected", or empty for all.
    virtual Result<QList<PersonLinkRecord>> personLinks(const QString &status = {}) = 0;
    virtual Status decidePersonLink(const QString &linkId, bool confirm) = 0;
    // An original (mark image, exemplar, document) byte for byte, re-hashed against `sha256` (raw
    // 32 bytes); audited as a read of evidence on objectType/objectId and refused by role.
    virtual Result<QByteArray> readOriginal(const QByteArray &sha256, const QString &objectType,
                                            const QString &objectId) = 0;
    // How many exemplar impressions (tenprint card) each person of the case has; persons without
    // any are absent. Needs ViewCase.
    virtual Result<QHash<PersonId, int>> exemplarCountsOfCase(const CaseId &caseId) = 0;
    // The exemplar impressions (tenprint cards) of every person linked to the case, ordered by
    // person display name, finger position, then id; persons without any add nothing. Needs ViewCase
    // on the case (audited when refused); a listing, not a read of evidence. Not pure: a session
    // that keeps no exemplars (a test fake) answers ErrorCode::Internal (default in
    // workspacesession.cpp).
    virtual Result<QList<ExemplarImpressionRecord>> exemplarImpressionsOfCase(const CaseId &caseId);

    // Derived data of an original (thumbnails "thumbnail", tile pyramids "tiles/..."): rebuildable
    // from the original, kept apart from it (never read as evidence, never audited as a read of
    // evidence). Keyed by the original's raw SHA-256 and a kind. Reading needs ViewCase (NotFound
    // when absent); storing and removing need ViewCase or ImportTransmission (intake builds them).
    // Storing for an original the workspace does not hold is NotFound.
    virtual Result<QByteArray> derivedData(const QByteArray &sha256, const QString &kind) = 0;
    virtual Status storeDerivedData(const QByteArray &sha256, const QString &kind, const QByteArray &data) = 0;
    // Removes every kind of the original that starts with kindPrefix ("" removes all of them).
    virtual Status removeDerivedData(const QByteArray &sha256, const QString &kindPrefix) = 0;

    // Local exemplar search (decision 0004). Every exemplar impression, saying whether a template
    // made by `algorithm` is stored, and with its bytes when withBytes (reading 10,000 templates
    // costs about half a second; a search that has them cached asks without). Needs RunSearch or
    // ImportTransmission (intake builds the templates of what it files).
    // onlyImpression: just that impression (none when it does not exist).
    virtual Result<QList<ExemplarTemplateEntry>> exemplarTemplates(const QString &algorithm, bool withBytes,
                                                                   const QString &onlyImpression = {}) = 0;
    // The original of an exemplar, re-hashed, for building its template. Not audited one by one:
    // the caller audits the build as a whole through recordEvent.
    virtual Result<QByteArray> readExemplarForTemplate(const ExemplarTemplateEntry &entry) = 0;
    virtual Status storeExemplarTemplate(const QString &impressionId, const QString &algorithm, int minutiae,
                                         const QByteArray &bytes) = 0;
    // Appends an audit event as the signed-in user, for services that act on their own account
    // (a search run, a template build).
    virtual Status recordEvent(const QString &action, const QString &objectType, const QString &objectId,
                               AuditOutcome outcome = AuditOutcome::Success, const QString &details = {}) = 0;

    // The examiner's work stored with a mark (issue 5): recipe, its output SHA-256, calibration,
    // measurements. markWork needs ViewCase; NotFound when nothing was saved. saveMarkWork needs
    // EnhanceMark (and AnnotateMark when there are measurements), stores work.revision + 1 in one
    // transaction with an audit event (recipe and output hashes, calibration ppi and method), and
    // fails with Conflict when work.revision is no longer the stored revision (never overwrites
    // another workstation's save). Returns the stored work (new revision, savedBy, savedUtc).
    virtual Result<MarkWork> markWork(const MarkId &mark) = 0;
    virtual Result<MarkWork> saveMarkWork(const MarkWork &work) = 0;

    // Markup and comparison documents of a mark (issue 6): the user's draft, autosaved and
    // overwritten in place, and the committed revisions.
    //
    // Autosave: the window keeps the document's bytes and, while it is dirty, calls saveMarkupDraft
    // (or saveComparisonDraft) about every 3 s and when the document loses focus, through
    // SessionController::run, so it runs on the session's thread and never on the UI thread; it must
    // not queue a second autosave of the same document before the first has finished. One autosave is
    // one small transaction: after a crash the workspace holds the previous autosave or this one,
    // whole. Only the first autosave of a draft is audited (and its discard and commit), not each one.
    // On opening a mark, the window offers to resume markupDraft() when there is one; after a restart,
    // examinationDrafts() lists everything the user left uncommitted.
    //
    // Writing (saving, discarding and committing drafts) needs AnnotateMark for markup and
    // CompareExemplar for comparisons; reading needs ViewCase. ACE-V (ARCHITECTURE.md section 3):
    // while a mark is received or in analysis, every comparison call of an examiner on it is refused
    // (PermissionDenied). Refusals are audited. Unknown marks are NotFound; a document that is not a
    // JSON object with a "format" string is BadInput.
    //
    // baseRevision: the committed revision the window opened (0: none yet). Committing turns the
    // user's draft into revision latest + 1 and deletes the draft in one transaction, with an audit
    // event carrying its SHA-256; when someone committed a newer revision since baseRevision it is a
    // Conflict instead (audited, draft kept): open the newer revision, merge, save the draft with it
    // as the base and commit again. NotFound when there is no draft to commit or discard.
    // markupRevisions lists without documents, oldest first; markupRevision(mark, 0) is the newest,
    // re-hashed against its SHA-256 (Corrupt when they differ). Not pure: a session that keeps no
    // examination documents (a test fake) answers every call with ErrorCode::Internal
    // (defaults in localworkspacesessionmarkup.cpp).
    virtual Status saveMarkupDraft(const MarkId &mark, int baseRevision, const QByteArray &json);
    virtual Result<ExaminationDraft> markupDraft(const MarkId &mark);
    virtual Status discardMarkupDraft(const MarkId &mark);
    virtual Result<ExaminationRevision> commitMarkup(const MarkId &mark);
    virtual Result<QList<ExaminationRevision>> markupRevisions(const MarkId &mark);
    virtual Result<ExaminationRevision> markupRevision(const MarkId &mark, int revision = 0);
    // The same for the comparison of a mark with one exemplar impression (exemplarRef, never empty;
    // comparisonRevisions with an empty exemplarRef lists every comparison of the mark).
    virtual Status saveComparisonDraft(const MarkId &mark, const QString &exemplarRef, int baseRevision,
                                       const QByteArray &json);
    virtual Result<ExaminationDraft> comparisonDraft(const MarkId &mark, const QString &exemplarRef);
    virtual Status discardComparisonDraft(const MarkId &mark, const QString &exemplarRef);
    virtual Result<ExaminationRevision> commitComparison(const MarkId &mark, const QString &exemplarRef);
    virtual Result<QList<ExaminationRevision>> comparisonRevisions(const MarkId &mark, const QString &exemplarRef = {});
    virtual Result<ExaminationRevision> comparisonRevision(const MarkId &mark, const QString &exemplarRef,
                                                           int revision = 0);
    // Every draft of the signed-in user, markup and comparisons, documents left out, oldest first
    // (ViewCase). Comparisons the ACE-V rule would refuse are left out.
    virtual Result<QList<ExaminationDraft>> examinationDrafts();

    // --- ACE-V casework (issue 7, ARCHITECTURE.md section 3; localworkspacesessioncasework.cpp) ---
    // Every step below is the only way a mark changes stage: checkMarkTransition (app/core/
    // markworkflow.h) decides, and the step, its record and an audit event (who, from, to, why,
    // record hash) commit in one transaction. expectedVersion is MarkCasework::version as the caller
    // last read it: when another session changed the mark meanwhile the step is refused with
    // ErrorCode::Conflict and a message naming both versions (stage and who changed it), nothing
    // saved. Repeating a step that already succeeded with the same input (a retry after a lost
    // answer) returns the current record instead: steps are idempotent. Refusals are audited.
    // Each returns the mark's casework as the signed-in user may now see it.
    //
    // Sequestration: while an examiner's analysis of a mark is not committed (the mark is in
    // analysis and theirs), that examiner is refused the exemplar images, exemplar listings,
    // candidate lists and linked person identifiers of the mark's case (readOriginal of an
    // exemplar, exemplarImpressionsOfCase, exemplarCountsOfCase, searches of the mark,
    // personsOfCase), each refusal audited. Blind verification (WorkspacePolicy::blindVerification,
    // the default): an examiner other than the mark's examiner cannot read its markup, comparisons,
    // analysis or conclusions until they have committed their own verification of it.
    virtual Result<QList<CaseworkQueueEntry>> caseworkQueue(CaseworkQueue which);
    // OK, or PermissionDenied (audited, naming the mark in analysis) when the signed-in examiner is
    // sequestered from the exemplar material of the case; `what` names the material for the record
    // ("candidate list", "exemplar listing"). Services that hand out such material call it first.
    // A session without casework answers OK.
    virtual Status checkSequestration(const CaseId &caseId, const QString &what, const QString &objectType,
                                      const QString &objectId);
    virtual Result<MarkCasework> markCasework(const MarkId &mark);
    // received -> analysis: the examiner (AnnotateMark) takes the mark, or the one assigned starts.
    virtual Result<MarkCasework> startAnalysis(const MarkId &mark, int expectedVersion);
    // A supervisor (AssignWork) assigns a received mark to an examiner, or reassigns it with a reason.
    virtual Result<MarkCasework> assignExaminer(const MarkId &mark, const QString &examiner, const QString &reason,
                                                int expectedVersion);
    // analysis -> analysis committed: the value decision and notes, and the snapshot of the mark's
    // markup (the examiner's markup draft is committed as a markup revision first, in the same
    // transaction; the newest markup revision is the snapshot). A mark of no value stays there.
    virtual Result<MarkCasework> commitAnalysis(const MarkId &mark, const AnalysisInput &input, int expectedVersion);
    // analysis committed -> comparison: exemplars now open to the examiner (first exposure recorded).
    virtual Result<MarkCasework> beginComparison(const MarkId &mark, int expectedVersion);
    // comparison -> evaluation: the examiner's conclusion. Identification and exclusion name the
    // exemplar impression; every conclusion needs its basis in words.
    virtual Result<MarkCasework> recordConclusion(const MarkId &mark, const ConclusionInput &input,
                                                  int expectedVersion);
    // evaluation -> verification (the examiner hands it on).
    virtual Result<MarkCasework> submitForVerification(const MarkId &mark, int expectedVersion);
    // evaluation -> technical review without verification, under a recorded policy exemption (supervisor).
    virtual Result<MarkCasework> exemptFromVerification(const MarkId &mark, const QString &reason, int expectedVersion);
    // verification -> technical review when the verifier's conclusion (and exemplar, for an
    // identification or exclusion) agrees with the examiner's, -> conflict when it does not. The
    // verifier is an examiner other than the mark's examiner.
    virtual Result<MarkCasework> recordVerification(const MarkId &mark, const ConclusionInput &input,
                                                    int expectedVersion);
    // conflict -> resolution -> technical review with the resolution record (who, what was
    // re-examined, outcome, the conclusion that stands). ResolveConflict; not the examiner or verifier.
    virtual Result<MarkCasework> resolveConflict(const MarkId &mark, const QString &reexamined, const QString &outcome,
                                                 const ConclusionInput &final, int expectedVersion);
    // technical review -> comparison: the supervisor sends the mark back, with the reason.
    virtual Result<MarkCasework> returnForRework(const MarkId &mark, const QString &reason, int expectedVersion);
    // Signs off the given marks of a case (each at technical review, with expectedVersions[mark]):
    // builds the canonical case revision, signs its SHA-256 with the supervisor's own Ed25519 key
    // (made on first use, its secret sealed under a key derived from their passphrase, never
    // stored in the clear), stores the frozen revision and moves the marks to signed off, all in one
    // transaction. The passphrase is checked against the supervisor's key slot
    // (AuthenticationFailed, audited). Nobody signs off a mark they examined or verified.
    virtual Result<SignOffRecord> signOffCase(const CaseId &caseId, const QList<MarkId> &marks,
                                              const QHash<QString, int> &expectedVersions,
                                              const QByteArray &passphrase);
    // signed off -> closed: the supervisor closes a signed-off mark; its examination can no longer
    // change (a later markup or comparison commit is refused instead of voiding the sign-off).
    virtual Result<MarkCasework> closeMark(const MarkId &mark, int expectedVersion);
    // Every sign-off of the case, oldest first, void ones included (ViewCase).
    virtual Result<QList<SignOffRecord>> signOffs(const CaseId &caseId);
    // The canonical content of a revision of the case's marks as it stands now (ViewCase): what a
    // sign-off signs, before it adds the revision number and the signer (user, public key, time) to
    // the document whose SHA-256 it signs. verify() compares this content with the signed one.
    virtual Result<QByteArray> caseRevisionDocument(const CaseId &caseId, const QList<MarkId> &marks);

    // Everything the supervisor's dashboard (issue 8) computes its figures from: every case, every
    // mark with its stage history, conclusions and sign-offs, and the matcher scores whose ground
    // truth a conclusion established (DashboardData). Needs ViewDashboard (refusal audited); each
    // read is audited once. Not pure: a session that keeps no casework (a test fake) answers
    // ErrorCode::Internal (default in workspacesessioncasework.cpp).
    virtual Result<DashboardData> dashboardData();
};

} // namespace ridgeline
