#pragma once

// A small, realistic Inbox for the Inbox tests and screenshots: four transmissions, one of each
// status, captured and received at fixed times relative to `now`.

#include "app/core/domain.h"

#include <QList>

namespace ridgeline::test {

inline Transmission sampleTransmission(TransmissionStatus status, const QString &caseReference,
                                       const QDateTime &captured, const QDateTime &received)
{
    Transmission t;
    t.id = TransmissionId::create();
    t.senderForce = QStringLiteral("West Yorkshire Police");
    t.deviceId = QStringLiteral("WYP-SCENE-07");
    t.sceneExaminer = QStringLiteral("SE 2214 J. Whitaker");
    t.caseReference = caseReference;
    t.capturedUtc = captured;
    t.receivedUtc = received;
    t.status = status;
    t.packageSha256 = QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    return t;
}

// Rows in received order, newest first: imported, quarantined, verified, received.
inline QList<Transmission> sampleTransmissions(const QDateTime &now)
{
    Transmission imported = sampleTransmission(TransmissionStatus::Imported, QStringLiteral("WYP/2026/004117"),
                                               now.addSecs(-(2 * 3600 + 15 * 60)), now.addSecs(-(1 * 3600 + 50 * 60)));
    Transmission quarantined = sampleTransmission(TransmissionStatus::Quarantined, QStringLiteral("NYP/2026/000932"),
                                                  now.addSecs(-(26 * 3600 + 5 * 60)), now.addSecs(-(25 * 3600)));
    quarantined.senderForce = QStringLiteral("North Yorkshire Police");
    quarantined.deviceId = QStringLiteral("NYP-SCENE-02");
    quarantined.sceneExaminer = QStringLiteral("SE 118 P. Lindqvist");
    quarantined.reason =
        QStringLiteral("Item JW/3 (latent_finger, marks/jw3.png): SHA-256 in the manifest does not match "
                       "the file. The package was moved to quarantine unchanged; ask the sender to "
                       "transmit it again.");
    Transmission verified =
        sampleTransmission(TransmissionStatus::Verified, QStringLiteral("WYP/2026/004120"),
                           now.addSecs(-(3 * 86400 + 4 * 3600 + 20 * 60)), now.addSecs(-(3 * 86400)));
    Transmission received = sampleTransmission(TransmissionStatus::Received, QString(), now.addSecs(-(4 * 86400)),
                                               now.addSecs(-(4 * 86400 - 40)));
    received.deviceId.clear();
    received.sceneExaminer.clear();
    return {received, verified, imported, quarantined};
}

} // namespace ridgeline::test
