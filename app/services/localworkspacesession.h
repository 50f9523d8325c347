#pragma once

// The WorkspaceSession over a local SQLCipher workspace (app/storage). Owns the database key (in
// sodium memory), the connection and the repositories. Not thread-safe: one thread at a time.

#include "app/core/intakerecords.h"
#include "app/services/workspacesession.h"
#include "app/storage/evidencestore.h"
#include "app/storage/keyslots.h"
#include "app/storage/sqlcipherauditlog.h"
#include "app/storage/sqlciphercaserepository.h"
#include "app/storage/sqlcipheruserrepository.h"
#include "app/storage/workspacedatabase.h"
#include "app/storage/workstationkey.h"

#include <QJsonObject>

#include <optional>

namespace ridgeline {

class AuditedCaseRepository;

// Knobs that only tests and benchmarks change. The shipped programs call WorkspaceSession::create
// and ::open, which always use the defaults (Argon2id at libsodium's MODERATE limits).
struct SessionOptions
{
    storage::KdfLimits kdf = storage::KdfLimits::moderate();
    int checkpointInterval = 100;
};

class LocalWorkspaceSession final : public WorkspaceSession
{
public:
    static Result<std::unique_ptr<LocalWorkspaceSession>> create(const QString &databasePath, const QString &adminName,
                                                                 const QByteArray &passphrase,
                                                                 const SessionOptions &options);
    static Result<std::unique_ptr<LocalWorkspaceSession>> open(const QString &databasePath, const QString &userName,
                                                               const QByteArray &passphrase,
                                                               const SessionOptions &options);
    ~LocalWorkspaceSession() override;

    const User &user() const override { return m_user; }
    QString databasePath() const override { return m_path; }
    WorkspacePolicy policy() const override { return m_policy; }
    Status setPolicy(const WorkspacePolicy &policy) override;
    Status require(Action action, const QString &objectType = {}, const QString &objectId = {}) override;
    CaseRepository &cases() override;
    AuditLog &audit() override;
    Result<User> addUser(const QString &name, const QString &displayName, Role role,
                         const QByteArray &passphrase) override;
    Status removeUser(const QString &name) override;
    Status changeOwnPassphrase(const QByteArray &oldPassphrase, const QByteArray &newPassphrase) override;
    Result<QList<User>> users() override;
    Result<QHash<QString, QString>> userDisplayNames() override;
    Result<QList<AuditEvent>> auditEvents(const QString &objectType = {}, const QString &objectId = {}) override;
    Result<VerifyReport> verify() override;
    Status lock() override;
    Status unlock(const QByteArray &passphrase) override;
    bool isLocked() const override { return m_locked; }
    Status logout() override;
    Result<ImportOutcome> commitImport(const ImportPlan &plan) override;
    Status beginImport(const ImportPlan &header) override;
    Result<QByteArray> stageOriginal(const ImportBlob &blob) override;
    void abortImport() override;
    Status recordQuarantine(const Transmission &transmission, const QString &packageName) override;

    // Intake records (localworkspacesessionintake.cpp).
    Result<QList<Transmission>> transmissions() override;
    Result<QList<SearchHit>> search(const QString &text) override;
    Status registerDevice(const RegisteredDevice &device); // admin
    Result<QList<RegisteredDevice>> devices();
    Result<QList<PersonLinkRecord>> personLinks(const QString &status = {}) override;
    Status decidePersonLink(const QString &linkId, bool confirm) override; // case officer

    // Beyond the contract, for services and the CLI.
    // Appends an event as the signed-in user (time, workstation and hashes are filled in).
    Status recordEvent(const QString &action, const QString &objectType, const QString &objectId,
                       AuditOutcome outcome = AuditOutcome::Success, const QString &details = {}) override;
    // The events of a case and everything in it: ViewAudit, or ViewCase for the case officer (the
    // case overview's timeline).
    Result<QList<AuditEvent>> auditEventsOfCase(const CaseId &caseId);
    // Stores an original (mark image, exemplar, document) byte for byte; audited as an import.
    Result<QByteArray> storeOriginal(const QByteArray &bytes, const QString &mediaType, const QString &objectType,
                                     const QString &objectId);
    // Reads an original, re-hashing it; audited as a read of evidence (and refused by role).
    Result<QByteArray> readOriginal(const QByteArray &sha256, const QString &objectType,
                                    const QString &objectId) override;
    Result<QHash<PersonId, int>> exemplarCountsOfCase(const CaseId &caseId) override;
    Result<QList<ExemplarImpressionRecord>> exemplarImpressionsOfCase(const CaseId &caseId) override;
    // Derived data (localworkspacesessionderived.cpp).
    Result<QByteArray> derivedData(const QByteArray &sha256, const QString &kind) override;
    Status storeDerivedData(const QByteArray &sha256, const QString &kind, const QByteArray &data) override;
    Status removeDerivedData(const QByteArray &sha256, const QString &kindPrefix) override;
    // Exemplar templates for the local search (localworkspacesessiontemplates.cpp).
    Result<QList<ExemplarTemplateEntry>> exemplarTemplates(const QString &algorithm, bool withBytes,
                                                           const QString &onlyImpression = {}) override;
    Result<QByteArray> readExemplarForTemplate(const ExemplarTemplateEntry &entry) override;
    Status storeExemplarTemplate(const QString &impressionId, const QString &algorithm, int minutiae,
                                 const QByteArray &bytes) override;
    // The examiner's work on a mark (localworkspacesessionmarkwork.cpp).
    Result<MarkWork> markWork(const MarkId &mark) override;
    Result<MarkWork> saveMarkWork(const MarkWork &work) override;
    // Every saved revision of the work on a mark, oldest first (ViewCase).
    Result<QList<MarkWork>> markWorkHistory(const MarkId &mark);
    // Markup and comparison drafts and revisions (localworkspacesessionmarkup.cpp).
    Status saveMarkupDraft(const MarkId &mark, int baseRevision, const QByteArray &json) override;
    Result<ExaminationDraft> markupDraft(const MarkId &mark) override;
    Status discardMarkupDraft(const MarkId &mark) override;
    Result<ExaminationRevision> commitMarkup(const MarkId &mark) override;
    Result<QList<ExaminationRevision>> markupRevisions(const MarkId &mark) override;
    Result<ExaminationRevision> markupRevision(const MarkId &mark, int revision = 0) override;
    Status saveComparisonDraft(const MarkId &mark, const QString &exemplarRef, int baseRevision,
                               const QByteArray &json) override;
    Result<ExaminationDraft> comparisonDraft(const MarkId &mark, const QString &exemplarRef) override;
    Status discardComparisonDraft(const MarkId &mark, const QString &exemplarRef) override;
    Result<ExaminationRevision> commitComparison(const MarkId &mark, const QString &exemplarRef) override;
    Result<QList<ExaminationRevision>> comparisonRevisions(const MarkId &mark,
                                                           const QString &exemplarRef = {}) override;
    Result<ExaminationRevision> comparisonRevision(const MarkId &mark, const QString &exemplarRef,
                                                   int revision = 0) override;
    Result<QList<ExaminationDraft>> examinationDrafts() override;
    // ACE-V casework (localworkspacesessioncasework.cpp).
    Result<QList<CaseworkQueueEntry>> caseworkQueue(CaseworkQueue which) override;
    Status checkSequestration(const CaseId &caseId, const QString &what, const QString &objectType,
                              const QString &objectId) override;
    Result<MarkCasework> markCasework(const MarkId &mark) override;
    Result<MarkCasework> startAnalysis(const MarkId &mark, int expectedVersion) override;
    Result<MarkCasework> assignExaminer(const MarkId &mark, const QString &examiner, const QString &reason,
                                        int expectedVersion) override;
    Result<MarkCasework> commitAnalysis(const MarkId &mark, const AnalysisInput &input, int expectedVersion) override;
    Result<MarkCasework> beginComparison(const MarkId &mark, int expectedVersion) override;
    Result<MarkCasework> recordConclusion(const MarkId &mark, const ConclusionInput &input,
                                          int expectedVersion) override;
    Result<MarkCasework> submitForVerification(const MarkId &mark, int expectedVersion) override;
    Result<MarkCasework> exemptFromVerification(const MarkId &mark, const QString &reason,
                                                int expectedVersion) override;
    Result<MarkCasework> recordVerification(const MarkId &mark, const ConclusionInput &input,
                                            int expectedVersion) override;
    Result<MarkCasework> resolveConflict(const MarkId &mark, const QString &reexamined, const QString &outcome,
                                         const ConclusionInput &final, int expectedVersion) override;
    Result<MarkCasework> returnForRework(const MarkId &mark, const QString &reason, int expectedVersion) override;
    Result<SignOffRecord> signOffCase(const CaseId &caseId, const QList<MarkId> &marks,
                                      const QHash<QString, int> &expectedVersions,
                                      const QByteArray &passphrase) override;
    Result<MarkCasework> closeMark(const MarkId &mark, int expectedVersion) override;
    Result<QList<SignOffRecord>> signOffs(const CaseId &caseId) override;
    Result<QByteArray> caseRevisionDocument(const CaseId &caseId, const QList<MarkId> &marks) override;
    // The supervisor's dashboard records (localworkspacesessiondashboard.cpp).
    Result<DashboardData> dashboardData() override;
    // Whether the signed-in user may read (or, with `write`, commit) the committed markup and
    // comparisons of a mark: another examiner than the mark's may not commit over them, nor read
    // them under blind verification before recording their own verification. Refusals audited.
    Status checkExaminationAccess(const Mark &mark, bool write, const QString &action);
    // Records the signed-in examiner's first sight of the case's exemplars (no-op for other roles).
    Status noteExemplarExposure(const CaseId &caseId);
    // Called inside the transaction of every committed change to a mark's examination (markup,
    // comparison, enhancement work): on a signed-off mark it voids the sign-offs in force and puts
    // the mark back to technical review (audited); a closed mark refuses the change.
    Status noteChangeOfMark(const MarkId &mark, const QString &what);
    // Checks every sign-off (verify): document hash, signature, signer's key, and that a sign-off
    // in force still matches the workspace.
    void verifySignOffs(VerifyReport &report);
    Result<storage::CaseNote> addCaseNote(const CaseId &caseId, const QString &text);
    QByteArray workstationPublicKey() const;
    QString workstationName() const;
    // Direct store access for services that check permissions and audit themselves (import, demo).
    storage::SqlCipherCaseRepository &caseStore() { return *m_caseStore; }
    storage::WorkspaceDatabase &database() { return *m_db; }

private:
    LocalWorkspaceSession(QString path, SessionOptions options, storage::SecretBytes key, storage::KeySlotHeader header,
                          std::unique_ptr<storage::WorkspaceDatabase> db);
    Status start(const QString &userName, bool creating);
    Status importFailedLogins(const QString &userName);
    Status checkTrailNotTruncated();
    Status loadPolicy();
    Status checkUsable() const;
    // Re-reads the header from disk (another process may have changed it) and checks its MAC.
    Result<storage::KeySlotHeader> freshHeader() const;
    void verifyPages(VerifyReport &report);
    struct CaseworkStep;
    Result<MarkCasework> runCaseworkStep(const MarkId &mark, CaseworkStep &step);
    Result<QJsonObject> revisionContent(const CaseId &caseId, const QList<MarkId> &marks);

    QString m_path;
    SessionOptions m_options;
    storage::SecretBytes m_key;
    storage::KeySlotHeader m_header;
    std::unique_ptr<storage::WorkspaceDatabase> m_db;
    std::optional<storage::WorkstationKey> m_workstationKey;
    std::unique_ptr<storage::SqlCipherAuditLog> m_audit;
    std::unique_ptr<storage::SqlCipherCaseRepository> m_caseStore;
    std::unique_ptr<storage::SqlCipherUserRepository> m_users;
    std::unique_ptr<storage::EvidenceStore> m_evidence;
    std::unique_ptr<AuditedCaseRepository> m_cases;
    User m_user;
    WorkspacePolicy m_policy;
    bool m_locked = false;
    bool m_closed = false;
    // An open streaming import (localworkspacesessionintake.cpp): its transaction and the
    // originals filed into it so far (SHA-256 -> newly stored rather than already held).
    struct ImportStaging
    {
        explicit ImportStaging(storage::SqliteDatabase &db)
            : transaction(db)
        {}
        storage::SqliteTransaction transaction;
        QHash<QByteArray, bool> originals;
        bool alreadyImported = false;
        qint64 unflushedBytes = 0; // written into the WAL since the last flushAhead()
    };
    std::unique_ptr<ImportStaging> m_staging; // after m_db: rolled back before the connection closes
};

} // namespace ridgeline
