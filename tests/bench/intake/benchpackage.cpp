#include "tests/bench/intake/benchpackage.h"

#include "app/reports/statementpdf.h"
#include "app/services/packagebuilder.h"
#include "app/storage/devicekey.h"
#include "tests/testsupport/pngbytes.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>

namespace ridgeline::bench {
namespace {

QImage ridgeTexture(int side, int seed)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    QRandomGenerator rng{quint32(seed)};
    const double a = 0.5 + rng.bounded(0.3), b = rng.bounded(0.5);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side; ++x)
            line[x] = uchar(128 + 90 * std::sin(x * a + y * b + std::sin(y * 0.01) * 4) + int(rng.bounded(20)) - 10);
    }
    return image;
}

// Eight textures, each image stamped with its own number so no two images share bytes.
QByteArray ridgePng(int side, int index)
{
    static QList<QImage> textures;
    if (textures.isEmpty()) {
        for (int t = 0; t < 8; ++t)
            textures.append(ridgeTexture(side, t));
    }
    QImage image = textures.at(index % 8).copy();
    for (int bit = 0; bit < 16; ++bit)
        image.scanLine(0)[bit] = (index >> bit) & 1 ? 255 : 0;
    return testing::pngBytes(image);
}

} // namespace

QString writeBenchPackage(const QString &folder, int images, QByteArray &devicePublicKey)
{
    const int pdfs = images / 10;
    TransmissionManifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.createdUtc = QDateTime::currentDateTimeUtc();
    m.senderForce = QStringLiteral("WYP");
    m.deviceId = QStringLiteral("BENCH");
    m.sceneExaminer = QStringLiteral("Benchmark");
    m.caseReference = QStringLiteral("WYP/2026/999999");
    m.offence = QStringLiteral("Benchmark");
    m.scenePlace = QStringLiteral("Benchmark");
    PackageBuilder builder(m);
    const storage::DeviceKeyPair device = storage::DeviceKeyPair::generate();
    devicePublicKey = device.publicKey();
    builder.setSigner([&device](const QByteArray &manifest) { return device.sign(manifest); });
    for (int i = 0; i < images; ++i) {
        TransmissionItem item;
        item.exhibitReference = QStringLiteral("B/%1").arg(i + 1);
        item.kind = TransmissionItemKind::ScenePhoto;
        item.path = QStringLiteral("images/%1.png").arg(i + 1, 3, 10, QLatin1Char('0'));
        builder.addFile(item, ridgePng(2000, i));
    }
    for (int i = 0; i < pdfs; ++i) {
        WitnessStatement s;
        s.caseReference = m.caseReference;
        s.witnessName = QStringLiteral("Witness %1").arg(i + 1);
        s.date = QDate(2026, 11, 24);
        for (int p = 0; p < 30; ++p)
            s.paragraphs << QStringLiteral("Paragraph %1 of a long statement about what was seen and heard.").arg(p);
        TransmissionItem item;
        item.exhibitReference = QStringLiteral("D/%1").arg(i + 1);
        item.kind = TransmissionItemKind::Document;
        item.path = QStringLiteral("documents/%1.pdf").arg(i + 1);
        builder.addFile(item, renderWitnessStatementPdf(s));
    }
    if (!builder.writeFolder(folder))
        return {};
    return folder;
}

SessionOptions benchSessionOptions()
{
    SessionOptions options;
    options.kdf = storage::KdfLimits::minimumForTests();
    return options;
}

QString createBenchWorkspace(const QString &path, const QByteArray &devicePublicKey)
{
    auto session =
        LocalWorkspaceSession::create(path, QStringLiteral("admin"), "benchmark passphrase", benchSessionOptions());
    if (!session)
        return QStringLiteral("cannot create workspace: ") + session.error().message();
    auto officer = (*session)->addUser(QStringLiteral("officer"), QStringLiteral("Officer"), Role::CaseOfficer,
                                       kOfficerPassphrase);
    if (!officer)
        return QStringLiteral("cannot add the officer: ") + officer.error().message();
    if (Status s =
            (*session)->registerDevice({QStringLiteral("BENCH"), QStringLiteral("WYP"), devicePublicKey, {}, {}, true});
        !s)
        return QStringLiteral("cannot register the device: ") + s.error().message();
    (void)(*session)->logout();
    return {};
}

} // namespace ridgeline::bench
