#pragma once

// Records of the intake side of the workspace that the window and the CLI show: registered scene
// devices, person links across forces, and full-text search hits.

#include "app/core/domain.h"

#include <QByteArray>
#include <QDateTime>
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

} // namespace ridgeline
