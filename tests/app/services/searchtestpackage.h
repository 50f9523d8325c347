#pragma once

// A transmission package for the exemplar-search tests (services and window): two persons'
// tenprint impressions from synthetic fingers, and a mark that is another impression of one of them.

#include "app/imaging/synthesizer.h"
#include "app/services/packagebuilder.h"
#include "tests/testsupport/pngbytes.h"

#include <QBuffer>
#include <QImage>

namespace ridgeline::testing {

inline QByteArray impressionPng(quint64 seed, int finger, int impression)
{
    const imaging::MasterPrint master = imaging::synthesizeMaster(seed, finger);
    return pngBytes(imaging::synthesizeImpression(master, seed * 31 + 7, impression, false).image);
}

inline TransmissionItem tenprint(const QString &exhibit, const QString &person, int finger)
{
    TransmissionItem i;
    i.exhibitReference = exhibit;
    i.kind = TransmissionItemKind::TenprintImpression;
    i.path = QStringLiteral("tenprints/%1.png").arg(QString(exhibit).replace(QLatin1Char('/'), QLatin1Char('-')));
    i.personRef = person;
    i.fingerPosition = finger;
    i.ppi = 500;
    return i;
}

inline TransmissionPerson person(const QString &ref, const QString &family, const QString &given, QDate born)
{
    TransmissionPerson p;
    p.ref = ref;
    p.familyName = family;
    p.givenNames = given;
    p.dateOfBirth = born;
    p.role = PersonRole::Suspect;
    return p;
}

// Person P1 (Ackroyd) has fingers 1-3 from masters seeded 101-103; P2 (Brook) fingers 1-3 from
// 201-203. The mark JH/1 is another impression of Brook's right middle finger (position 3).
inline PackageBuilder searchTestPackage()
{
    TransmissionManifest m;
    m.packageId = QStringLiteral("0b7d5d0e-3c1e-4f6a-8d52-4f1f3a9c2b10");
    m.createdUtc = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    m.senderForce = QStringLiteral("WYP");
    m.senderForceName = QStringLiteral("West Yorkshire Police");
    m.deviceId = QStringLiteral("WYP-CSI-0042");
    m.sceneExaminer = QStringLiteral("CSI Jane Holt (4471)");
    m.caseReference = QStringLiteral("WYP/2026/000777");
    m.offence = QStringLiteral("Burglary dwelling");
    m.scenePlace = QStringLiteral("3 Kirkgate, Otley");
    m.sceneTimeUtc = QDateTime(QDate(2026, 11, 25), QTime(7, 30), Qt::UTC);
    m.persons = {person(QStringLiteral("P1"), QStringLiteral("Ackroyd"), QStringLiteral("Margaret"), QDate(1951, 6, 3)),
                 person(QStringLiteral("P2"), QStringLiteral("Brook"), QStringLiteral("Samuel"), QDate(1988, 2, 14))};
    PackageBuilder b(m);
    for (int finger = 1; finger <= 3; ++finger) {
        b.addFile(tenprint(QStringLiteral("TA/%1").arg(finger), QStringLiteral("P1"), finger),
                  impressionPng(100 + finger, finger, 0));
        b.addFile(tenprint(QStringLiteral("TB/%1").arg(finger), QStringLiteral("P2"), finger),
                  impressionPng(200 + finger, finger, 0));
    }
    TransmissionItem mark;
    mark.exhibitReference = QStringLiteral("JH/1");
    mark.kind = TransmissionItemKind::LatentFinger;
    mark.path = QStringLiteral("marks/jh1.png");
    mark.ppi = 500;
    b.addFile(mark, impressionPng(203, 3, 4));
    return b;
}

} // namespace ridgeline::testing
