#pragma once

// The manifest of a transmission package (docs/formats/transmission.md): what a scene device or
// another force sends, as plain values. Parsing validates everything that can be checked without
// the package's files: schema, version, required fields, kinds, paths, hashes, references.

#include "app/core/domain.h"
#include "app/core/error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ridgeline {

enum class TransmissionItemKind
{
    LatentFinger,
    LatentPalm,
    Footwear,
    ScenePhoto,
    Document,
    TenprintImpression,
};
QString transmissionItemKindKey(TransmissionItemKind kind);
std::optional<TransmissionItemKind> transmissionItemKindFromKey(QStringView key);

struct TransmissionItem
{
    QString exhibitReference; // unique within the package, e.g. "JH/1"
    TransmissionItemKind kind = TransmissionItemKind::LatentFinger;
    QString path;      // relative, '/'-separated, validated: no "..", no absolute, no '\'
    QByteArray sha256; // raw 32 bytes
    double ppi = 0.0;  // 0 when the sender does not know
    QString title;     // documents
    DocumentKind documentKind = DocumentKind::Other;
    QString personRef;      // tenprint impressions: the person whose card this is
    int fingerPosition = 0; // tenprint impressions: ANSI/NIST finger position 1-14
    bool rolled = true;     // tenprint impressions: rolled or plain
    QDateTime capturedUtc;
    QString captureDevice;
    QString developmentMethod; // e.g. "aluminium powder", "ninhydrin"
    QString surface;           // substrate, e.g. "glass, kitchen window"
    QString notes;
};

struct TransmissionPerson
{
    QString ref; // package-local reference used by items and links
    QString familyName;
    QString givenNames;
    QDate dateOfBirth;
    QList<PersonIdentifier> identifiers;
    PersonRole role = PersonRole::Suspect;
};

struct TransmissionLink
{
    QString item;     // exhibit reference
    QString person;   // person ref
    QString relation; // free text, e.g. "elimination prints taken"
};

struct TransmissionManifest
{
    static constexpr int kFormatVersion = 1;

    QString packageId; // UUID chosen by the sender: the idempotency key
    QDateTime createdUtc;
    QString senderForce; // force code, e.g. "WYP"
    QString senderForceName;
    QString deviceId;
    QString sceneExaminer;
    QString caseReference; // FORCE/YEAR/NUMBER
    QString offence;
    QString officerInCase;
    QString scenePlace;
    std::optional<double> sceneLatitude;
    std::optional<double> sceneLongitude;
    QDateTime sceneTimeUtc;
    QList<TransmissionItem> items;
    QList<TransmissionPerson> persons;
    QList<TransmissionLink> links;

    // Parses and validates. Every error is ErrorCode::BadInput naming the field ("items[2].path")
    // and the reason.
    static Result<TransmissionManifest> parse(const QByteArray &json);
    QByteArray toJson() const;

    const TransmissionItem *item(const QString &exhibitReference) const;
    const TransmissionPerson *person(const QString &ref) const;
};

// True for a safe relative path inside the package: not empty, no absolute path or drive letter,
// no backslash, no "." or ".." segment, no empty segment, no control characters.
bool isSafePackagePath(const QString &path);

} // namespace ridgeline
