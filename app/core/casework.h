#pragma once

// The ACE-V records of a mark (issue 7, ARCHITECTURE.md section 3), as plain data: the examiner's
// committed analysis (value decision, substrate, development method, distortion notes and an
// immutable snapshot of the markup with its SHA-256), conclusions (the examiner's evaluation, a
// verifier's, a resolution's), the resolution of a conflict, a policy exemption from verification,
// and the supervisor's sign-off of a case revision. The services store and check them
// (WorkspaceSession's casework calls); the windows and the CLI show them. No thread affinity.

#include "app/core/domain.h"
#include "app/core/ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ridgeline {

enum class ValueDecision
{
    OfValueForIdentification,
    ExclusionOnly, // of value for exclusion only
    NoValue,
};
QString valueDecisionKey(ValueDecision value); // "identification", "exclusion-only", "no-value"
std::optional<ValueDecision> valueDecisionFromKey(QStringView key);
QString valueDecisionDisplayName(ValueDecision value);

enum class ConclusionKind
{
    Identification,
    Exclusion,
    Inconclusive,
};
QString conclusionKey(ConclusionKind kind); // "identification", "exclusion", "inconclusive"
std::optional<ConclusionKind> conclusionFromKey(QStringView key);
QString conclusionDisplayName(ConclusionKind kind);

// What the examiner enters when committing the analysis.
struct AnalysisInput
{
    ValueDecision value = ValueDecision::OfValueForIdentification;
    QString substrate;         // e.g. "glass, smooth, non-porous"
    QString developmentMethod; // e.g. "aluminium powder, lifted"
    QString distortionNotes;   // pressure, slippage, deposition
    QString notes;             // anything else the examiner wants on the record
};

// A committed analysis: immutable. The snapshot is the mark's markup as it stood at the commit
// (a "ridgeline-markup" document, or empty when the examiner recorded no features).
struct AnalysisRecord
{
    MarkId markId;
    QString examiner;
    AnalysisInput input;
    int markupRevision = 0;    // the markup revision snapshotted (0: none)
    QByteArray markupJson;     // the snapshot's document (empty in redacted answers)
    QByteArray snapshotSha256; // raw 32 bytes: SHA-256 of the canonical record (fields + markup bytes)
    // When the examiner had first seen an exemplar of the mark's case before this commit (null:
    // never). An analysis after exposure is possible (the examiner had other marks of the case)
    // and is on the record.
    QDateTime exposedBeforeUtc;
    QDateTime committedUtc;
    // True when the asking user may not see the analysis's details yet (blind verification):
    // only that it exists, when and by whom; the other fields are empty.
    bool withheld = false;
};

enum class ConclusionStage
{
    Evaluation,   // the examiner's conclusion
    Verification, // a second examiner's, independent when blind
    Resolution,   // the outcome of a conflict's resolution
};
QString conclusionStageKey(ConclusionStage stage); // "evaluation", "verification", "resolution"
std::optional<ConclusionStage> conclusionStageFromKey(QStringView key);

// What an examiner or verifier enters.
struct ConclusionInput
{
    ConclusionKind conclusion = ConclusionKind::Inconclusive;
    QString basis;       // in words: why
    QString exemplarRef; // the exemplar impression it refers to (identification and exclusion need one)
};

struct ConclusionRecord
{
    MarkId markId;
    ConclusionStage stage = ConclusionStage::Evaluation;
    QString examiner; // who concluded
    ConclusionInput input;
    bool blind = false; // verification made without sight of the first examiner's records
    QByteArray sha256;  // raw 32 bytes: SHA-256 of the canonical record
    QDateTime committedUtc;
};

struct ResolutionRecord
{
    MarkId markId;
    QString resolver;
    QString reexamined;    // what was re-examined
    QString outcome;       // in words
    ConclusionInput final; // the conclusion that stands
    QByteArray sha256;
    QDateTime committedUtc;
};

// One audited change of a mark's ACE-V stage.
struct MarkStageChange
{
    MarkState from = MarkState::Received;
    MarkState to = MarkState::Received;
    QString user;
    QString reason;
    QDateTime whenUtc;
};

// A feature of the mark's markup changed after the analysis snapshot (added, moved, retyped,
// deleted, or otherwise edited), for the flagged-changes list.
struct MarkupChange
{
    enum class Kind
    {
        Added,
        Moved,
        Retyped,
        Deleted,
        Edited,
    };
    Kind kind = Kind::Edited;
    QString featureId;
    QString featureType;        // featureTypeKey of the feature (the new type when retyped)
    QString previousType;       // retyped: the old type key
    double distance = 0.0;      // moved: pixels
    bool afterExemplar = false; // the feature carries the flag (added/changed after first exemplar exposure)
};
QString markupChangeKindKey(MarkupChange::Kind kind); // "added", "moved", "retyped", "deleted", "edited"

// Everything recorded about a mark's examination, as the asking user may see it. Records the user
// may not read yet (blind verification, sequestration) are left out and `withheld` says which.
struct MarkCasework
{
    Mark mark; // state, assigned examiner (user name in `examiner`) and revision (the version)
    QString caseReference;
    QString examiner; // user name of the examiner who took the mark (empty: nobody yet)
    QString verifier; // user name of whoever verified (empty: nobody yet)
    int version = 0;  // to pass back as expectedVersion with the next step
    std::optional<AnalysisRecord> analysis;
    QList<ConclusionRecord> conclusions; // oldest first
    std::optional<ResolutionRecord> resolution;
    QString exemptionReason; // non-empty: verification exempted under policy, by `exemptedBy`
    QString exemptedBy;
    QDateTime firstExposureUtc;               // the examiner's first sight of an exemplar of the mark (null: none)
    QList<MarkupChange> changesSinceAnalysis; // latest markup revision against the analysis snapshot
    QList<MarkStageChange> history;           // oldest first
    QStringList withheld;                     // translated: what was left out and why
    bool signedOff() const { return mark.state == MarkState::SignedOff || mark.state == MarkState::Closed; }
};

// A supervisor's sign-off of a case revision: an Ed25519 signature by the supervisor's own key
// over the SHA-256 of the canonical revision document ("ridgeline-case-revision", compact JSON with
// sorted keys: the case, every mark signed with its original's hash, analysis snapshot, markup and
// comparison revision hashes and conclusions). Stored frozen; a later change to a signed mark
// voids it (voidedUtc set, the reason kept) and the next sign-off is a new revision.
struct SignOffRecord
{
    CaseId caseId;
    int revision = 0;    // 1, 2, ... per case
    QByteArray document; // the canonical revision bytes that were signed
    QByteArray sha256;   // raw 32 bytes: SHA-256 of `document`
    QString supervisor;
    QByteArray publicKey; // Ed25519, 32 bytes: the supervisor's key
    QByteArray signature; // Ed25519, 64 bytes, over `sha256`
    QDateTime signedUtc;
    QList<MarkId> marks; // the marks it signed
    QDateTime voidedUtc; // null: in force
    QString voidedBy;
    QString voidReason;
    bool inForce() const { return !voidedUtc.isValid(); }
    // Hex SHA-256 of the public key, first 16 digits in groups of four: what reports print.
    QString keyFingerprint() const;
};

} // namespace ridgeline
