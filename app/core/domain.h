#pragma once

// The domain records of design/ARCHITECTURE.md section 2 as plain values. No I/O here: the
// repositories in app/storage load and save them, the services apply the rules.

#include "app/core/casereference.h"
#include "app/core/ids.h"
#include "app/core/role.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ridgeline {

enum class CaseStatus
{
    Open,
    UnderExamination,
    AwaitingReview,
    SignedOff,
    Closed,
};
QString caseStatusKey(CaseStatus status);
std::optional<CaseStatus> caseStatusFromKey(QStringView key);
QString caseStatusDisplayName(CaseStatus status);

struct CaseRecord
{
    CaseId id;
    CaseReference reference;
    QString force;         // force name, e.g. "West Yorkshire Police"
    QString offence;       // e.g. "Burglary dwelling"
    QString officerInCase; // name and collar number as given
    CaseStatus status = CaseStatus::Open;
    QString summary;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    int revision = 1; // bumped by every committed change (optimistic concurrency)
};

enum class MarkKind
{
    LatentFinger,
    LatentPalm,
    Footwear,
    ScenePhoto,
};
QString markKindKey(MarkKind kind);
std::optional<MarkKind> markKindFromKey(QStringView key);
QString markKindDisplayName(MarkKind kind);

// ACE-V states of one mark (ARCHITECTURE.md section 3).
enum class MarkState
{
    Received,
    Analysis,
    AnalysisCommitted,
    Comparison,
    Evaluation,
    Verification,
    Conflict,
    Resolution,
    TechnicalReview,
    SignedOff,
    Closed,
};
QString markStateKey(MarkState state);
std::optional<MarkState> markStateFromKey(QStringView key);
QString markStateDisplayName(MarkState state);

enum class CalibrationSource
{
    Uncalibrated,
    FileMetadata,
    Manifest,
    Ruler, // two points on a scale in the image and a typed distance
};

struct Calibration
{
    double ppi = 0.0; // pixels per inch of the original; 0 when uncalibrated
    CalibrationSource source = CalibrationSource::Uncalibrated;
    bool isCalibrated() const { return ppi > 0.0 && source != CalibrationSource::Uncalibrated; }
};

struct Provenance
{
    TransmissionId transmission;
    QString deviceId;
    QString sceneExaminer;
    QDateTime capturedUtc;
    QString place;
};

// An exhibit that is a mark (or a scene photograph) with its original image addressed by hash.
struct Mark
{
    MarkId id;
    CaseId caseId;
    QString exhibitReference; // e.g. "JS/1"
    MarkKind kind = MarkKind::LatentFinger;
    MarkState state = MarkState::Received;
    QByteArray originalSha256; // raw 32 bytes
    Provenance provenance;
    Calibration calibration;
    UserId assignedExaminer;
    QDateTime receivedUtc;
    int revision = 1;
};

enum class PersonRole
{
    Suspect,
    Victim,
    Witness,
    Elimination,
};
QString personRoleKey(PersonRole role);
std::optional<PersonRole> personRoleFromKey(QStringView key);
QString personRoleDisplayName(PersonRole role);

struct PersonIdentifier
{
    QString scheme; // "PNC", "CRO", or a force-local scheme such as "WYP-NOMINAL"
    QString value;
    friend bool operator==(const PersonIdentifier &, const PersonIdentifier &) = default;
};

struct Person
{
    PersonId id;
    QString familyName;
    QString givenNames;
    QDate dateOfBirth;
    QString force; // the force whose record this is
    QList<PersonIdentifier> identifiers;
    QString displayName() const;
};

struct CasePersonLink
{
    CaseId caseId;
    PersonId personId;
    PersonRole role = PersonRole::Suspect;
};

// Finger positions as numbered by ANSI/NIST-ITL (table 8): 0 unknown, 1-10 rolled right thumb to
// left little, 11-14 plain impressions.
QString fingerPositionDisplayName(int position);

struct ExemplarImpression
{
    ImpressionId id;
    PersonId personId;
    int fingerPosition = 0;
    bool rolled = true;
    QByteArray originalSha256;
    Calibration calibration;
};

enum class DocumentKind
{
    Statement,
    Form,
    LabReport,
    Other,
};
QString documentKindKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(QStringView key);

struct Document
{
    DocumentId id;
    CaseId caseId;
    QString title;
    DocumentKind kind = DocumentKind::Other;
    QString mediaType; // "application/pdf", "image/png"
    QByteArray sha256;
    int pageCount = 0;
    QDateTime addedUtc;
};

enum class TransmissionStatus
{
    Received,
    Verified,
    Imported,
    Quarantined,
};
QString transmissionStatusKey(TransmissionStatus status);
std::optional<TransmissionStatus> transmissionStatusFromKey(QStringView key);
QString transmissionStatusDisplayName(TransmissionStatus status);

struct Transmission
{
    TransmissionId id;
    QString senderForce;
    QString deviceId;
    QString sceneExaminer;
    QString caseReference;
    QDateTime capturedUtc;
    QDateTime receivedUtc;
    TransmissionStatus status = TransmissionStatus::Received;
    QString reason; // why quarantined
    QByteArray packageSha256;
};

struct User
{
    UserId id;
    QString name; // login name, unique
    QString displayName;
    Role role = Role::Examiner;
    bool active = true;
    QDateTime createdUtc;
};

} // namespace ridgeline
