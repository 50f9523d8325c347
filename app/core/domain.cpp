#include "app/core/domain.h"

#include "app/core/keytable.h"

#include <QCoreApplication>

#include <array>

namespace ridgeline {
namespace {

using keytable::fromKey;
using keytable::keyOf;
using keytable::Name;

template<class E, size_t N> QString displayOf(const std::array<Name<E>, N> &table, E value)
{
    return keytable::displayOf("ridgeline::Domain", table, value);
}

constexpr std::array kCaseStatus{
    Name<CaseStatus>{CaseStatus::Open, "open", QT_TRANSLATE_NOOP("ridgeline::Domain", "Open")},
    Name<CaseStatus>{CaseStatus::UnderExamination, "under-examination",
                     QT_TRANSLATE_NOOP("ridgeline::Domain", "Under examination")},
    Name<CaseStatus>{CaseStatus::AwaitingReview, "awaiting-review",
                     QT_TRANSLATE_NOOP("ridgeline::Domain", "Awaiting review")},
    Name<CaseStatus>{CaseStatus::SignedOff, "signed-off", QT_TRANSLATE_NOOP("ridgeline::Domain", "Signed off")},
    Name<CaseStatus>{CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("ridgeline::Domain", "Closed")},
};

constexpr std::array kMarkKind{
    Name<MarkKind>{MarkKind::LatentFinger, "latent-finger",
                   QT_TRANSLATE_NOOP("ridgeline::Domain", "Latent finger mark")},
    Name<MarkKind>{MarkKind::LatentPalm, "latent-palm", QT_TRANSLATE_NOOP("ridgeline::Domain", "Latent palm mark")},
    Name<MarkKind>{MarkKind::Footwear, "footwear", QT_TRANSLATE_NOOP("ridgeline::Domain", "Footwear mark")},
    Name<MarkKind>{MarkKind::ScenePhoto, "scene-photo", QT_TRANSLATE_NOOP("ridgeline::Domain", "Scene photograph")},
};

constexpr std::array kMarkState{
    Name<MarkState>{MarkState::Received, "received", QT_TRANSLATE_NOOP("ridgeline::Domain", "Received")},
    Name<MarkState>{MarkState::Analysis, "analysis", QT_TRANSLATE_NOOP("ridgeline::Domain", "Analysis")},
    Name<MarkState>{MarkState::AnalysisCommitted, "analysis-committed",
                    QT_TRANSLATE_NOOP("ridgeline::Domain", "Analysis committed")},
    Name<MarkState>{MarkState::Comparison, "comparison", QT_TRANSLATE_NOOP("ridgeline::Domain", "Comparison")},
    Name<MarkState>{MarkState::Evaluation, "evaluation", QT_TRANSLATE_NOOP("ridgeline::Domain", "Evaluation")},
    Name<MarkState>{MarkState::Verification, "verification", QT_TRANSLATE_NOOP("ridgeline::Domain", "Verification")},
    Name<MarkState>{MarkState::Conflict, "conflict", QT_TRANSLATE_NOOP("ridgeline::Domain", "Conflict")},
    Name<MarkState>{MarkState::Resolution, "resolution", QT_TRANSLATE_NOOP("ridgeline::Domain", "Resolution")},
    Name<MarkState>{MarkState::TechnicalReview, "technical-review",
                    QT_TRANSLATE_NOOP("ridgeline::Domain", "Technical review")},
    Name<MarkState>{MarkState::SignedOff, "signed-off", QT_TRANSLATE_NOOP("ridgeline::Domain", "Signed off")},
    Name<MarkState>{MarkState::Closed, "closed", QT_TRANSLATE_NOOP("ridgeline::Domain", "Closed")},
};

constexpr std::array kPersonRole{
    Name<PersonRole>{PersonRole::Suspect, "suspect", QT_TRANSLATE_NOOP("ridgeline::Domain", "Suspect")},
    Name<PersonRole>{PersonRole::Victim, "victim", QT_TRANSLATE_NOOP("ridgeline::Domain", "Victim")},
    Name<PersonRole>{PersonRole::Witness, "witness", QT_TRANSLATE_NOOP("ridgeline::Domain", "Witness")},
    Name<PersonRole>{PersonRole::Elimination, "elimination", QT_TRANSLATE_NOOP("ridgeline::Domain", "Elimination")},
};

constexpr std::array kDocumentKind{
    Name<DocumentKind>{DocumentKind::Statement, "statement", QT_TRANSLATE_NOOP("ridgeline::Domain", "Statement")},
    Name<DocumentKind>{DocumentKind::Form, "form", QT_TRANSLATE_NOOP("ridgeline::Domain", "Form")},
    Name<DocumentKind>{DocumentKind::LabReport, "lab-report",
                       QT_TRANSLATE_NOOP("ridgeline::Domain", "Laboratory report")},
    Name<DocumentKind>{DocumentKind::Other, "other", QT_TRANSLATE_NOOP("ridgeline::Domain", "Other document")},
};

constexpr std::array kTransmissionStatus{
    Name<TransmissionStatus>{TransmissionStatus::Received, "received",
                             QT_TRANSLATE_NOOP("ridgeline::Domain", "Received")},
    Name<TransmissionStatus>{TransmissionStatus::Verified, "verified",
                             QT_TRANSLATE_NOOP("ridgeline::Domain", "Verified")},
    Name<TransmissionStatus>{TransmissionStatus::Imported, "imported",
                             QT_TRANSLATE_NOOP("ridgeline::Domain", "Imported")},
    Name<TransmissionStatus>{TransmissionStatus::Quarantined, "quarantined",
                             QT_TRANSLATE_NOOP("ridgeline::Domain", "Quarantined")},
};

constexpr std::array<const char *, 15> kFingerNames{
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Unknown finger"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right thumb"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right index"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right middle"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right ring"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right little"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left thumb"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left index"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left middle"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left ring"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left little"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Plain right thumb"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Plain left thumb"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Plain right four fingers"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Plain left four fingers"),
};

// Palm positions 20-38 of ANSI/NIST-ITL 1-2011, as Type-15 and palm latents carry them.
constexpr std::array<const char *, 19> kPalmNames{
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Unknown palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right full palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right writer's palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left full palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left writer's palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right lower palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right upper palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left lower palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left upper palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right other palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left other palm"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right interdigital"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right thenar"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right hypothenar"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left interdigital"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left thenar"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left hypothenar"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Right grasp"),
    QT_TRANSLATE_NOOP("ridgeline::Domain", "Left grasp"),
};

} // namespace

QString caseStatusKey(CaseStatus status)
{
    return keyOf(kCaseStatus, status);
}
std::optional<CaseStatus> caseStatusFromKey(QStringView key)
{
    return fromKey(kCaseStatus, key);
}
QString caseStatusDisplayName(CaseStatus status)
{
    return displayOf(kCaseStatus, status);
}

QString markKindKey(MarkKind kind)
{
    return keyOf(kMarkKind, kind);
}
std::optional<MarkKind> markKindFromKey(QStringView key)
{
    return fromKey(kMarkKind, key);
}
QString markKindDisplayName(MarkKind kind)
{
    return displayOf(kMarkKind, kind);
}

QString markStateKey(MarkState state)
{
    return keyOf(kMarkState, state);
}
std::optional<MarkState> markStateFromKey(QStringView key)
{
    return fromKey(kMarkState, key);
}
QString markStateDisplayName(MarkState state)
{
    return displayOf(kMarkState, state);
}

QString personRoleKey(PersonRole role)
{
    return keyOf(kPersonRole, role);
}
std::optional<PersonRole> personRoleFromKey(QStringView key)
{
    return fromKey(kPersonRole, key);
}
QString personRoleDisplayName(PersonRole role)
{
    return displayOf(kPersonRole, role);
}

QString documentKindKey(DocumentKind kind)
{
    return keyOf(kDocumentKind, kind);
}
std::optional<DocumentKind> documentKindFromKey(QStringView key)
{
    return fromKey(kDocumentKind, key);
}

QString transmissionStatusKey(TransmissionStatus status)
{
    return keyOf(kTransmissionStatus, status);
}
std::optional<TransmissionStatus> transmissionStatusFromKey(QStringView key)
{
    return fromKey(kTransmissionStatus, key);
}
QString transmissionStatusDisplayName(TransmissionStatus status)
{
    return displayOf(kTransmissionStatus, status);
}

QString fingerPositionDisplayName(int position)
{
    if (position >= 20 && position < 20 + int(kPalmNames.size()))
        return QCoreApplication::translate("ridgeline::Domain", kPalmNames[size_t(position - 20)]);
    if (position < 0 || position >= int(kFingerNames.size()))
        position = 0;
    return QCoreApplication::translate("ridgeline::Domain", kFingerNames[size_t(position)]);
}

QString Person::displayName() const
{
    if (givenNames.isEmpty())
        return familyName.toUpper();
    return familyName.toUpper() + QStringLiteral(", ") + givenNames;
}

} // namespace ridgeline
