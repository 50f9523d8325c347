#pragma once

// Records of the intake side of the workspace that the window and the CLI show: registered scene
// devices, person links across forces, and full-text search hits.

#include "app/core/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ridgeline {

struct RegisteredDevice
{
    QString deviceId;
    QString force;
    QByteArray publicKey; // Ed25519, 32 bytes
    QString registeredBy;
    QDateTime registeredUtc;
    bool active = true;
};

struct PersonLinkRecord
{
    QString id;
    PersonId a;     // the earlier record
    PersonId b;     // the newer record
    QString kind;   // "same-identifier", "same-name-and-birth-date", "near-match"
    QString status; // "linked", "proposed", "confirmed", "rejected"
    double score = 0.0;
    QStringList reasons;
};

struct SearchHit
{
    QString kind; // "case", "person", "document"
    QString objectId;
    CaseId caseId;
    QString snippet; // matched words in [brackets]
};

// An exemplar impression as the local search sees it: whose, which finger, and its stored template
// (empty when none is stored yet for the algorithm asked about, so it must be (re)built).
struct ExemplarTemplateEntry
{
    QString impressionId;
    PersonId person;
    QString personName;
    int fingerPosition = 0; // ANSI/NIST finger position 1..10 (0 unknown)
    bool rolled = false;
    double ppi = 500.0;
    QByteArray originalSha256; // raw 32 bytes
    QString exhibitReference;
    QList<CaseId> cases;         // cases the person is part of
    QByteArray templateBytes;    // imaging::FingerprintTemplate::toBytes(), or empty
    bool hasTemplate = false;    // a template of the asked algorithm is stored (bytes read only when asked for)
    qint64 templateStoredMs = 0; // when it was stored: tells a cached copy from a rebuilt one
};

// One impression of a person's tenprint card as the exemplar chooser lists it (issue 6): whose,
// which finger, and what the original is. Listing it reads no evidence.
struct ExemplarImpressionRecord
{
    ImpressionId id;
    PersonId person;
    QString personName;     // Person::displayName()
    int fingerPosition = 0; // ANSI/NIST finger position: 1-10 rolled, 11-14 plain, 0 unknown, palms above
    bool rolled = true;
    double ppi = 500.0;
    QByteArray originalSha256; // raw 32 bytes
    QSize size;                // of the original, in pixels
    QString exhibitReference;
};

} // namespace ridgeline
