// Benchmark of issue 4: import 200 PNG images of 2000 x 2000 plus 20 PDFs as one transmission,
// next to this machine's raw limit for the same bytes (read + SHA-256 + write), in the same run.
// Prints images/s and MB/s for both and the ratio (target: import >= 50% of the raw limit).
#include "app/reports/statementpdf.h"
#include "app/services/importservice.h"
#include "app/services/localworkspacesession.h"
#include "app/services/packagebuilder.h"
#include "app/storage/devicekey.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cmath>
#include <unistd.h>

using namespace ridgeline;

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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The same bytes read, hashed and written to a new file, fsynced at the end: what any intake has to do.
double rawLimitSeconds(const QString &packageDir, const QString &outDir, qint64 &bytes)
{
    QElapsedTimer timer;
    timer.start();
    bytes = 0;
    QFile out(QDir(outDir).filePath(QStringLiteral("raw.bin")));
    out.open(QIODevice::WriteOnly);
    QDirIterator it(packageDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        const QByteArray data = f.readAll();
        const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        out.write(data);
        out.write(sha);
        bytes += data.size();
    }
    out.flush();
    ::fsync(out.handle());
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int images = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    const int pdfs = images / 10;
    QTemporaryDir dir;
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
    builder.setSigner([&device](const QByteArray &manifest) { return device.sign(manifest); });
    out << "Generating " << images << " PNG images of 2000x2000 and " << pdfs << " PDFs...\n";
    out.flush();
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
    const QString package = dir.filePath(QStringLiteral("package"));
    if (auto written = builder.writeFolder(package); !written) {
        out << written.error().message() << "\n";
        return 1;
    }

    qint64 bytes = 0;
    const double raw = rawLimitSeconds(package, dir.path(), bytes);
    const double mb = bytes / 1e6;

    SessionOptions options;
    options.kdf = storage::KdfLimits::minimumForTests();
    auto session = LocalWorkspaceSession::create(dir.filePath(QStringLiteral("bench.ridgeline")),
                                                 QStringLiteral("admin"), "benchmark passphrase", options);
    if (!session) {
        out << "cannot create workspace: " << session.error().message() << "\n";
        return 1;
    }
    auto officer =
        (*session)->addUser(QStringLiteral("officer"), QStringLiteral("Officer"), Role::CaseOfficer, "officer pass");
    (void)(*session)->registerDevice(
        {QStringLiteral("BENCH"), QStringLiteral("WYP"), device.publicKey(), {}, {}, true});
    (void)(*session)->logout();
    auto officerSession = LocalWorkspaceSession::open(dir.filePath(QStringLiteral("bench.ridgeline")),
                                                      QStringLiteral("officer"), "officer pass", options);
    if (!officer || !officerSession) {
        out << "cannot open workspace as officer\n";
        return 1;
    }
    // The two halves ImportService runs, timed apart: checking the package, then filing it.
    QElapsedTimer timer;
    timer.start();
    auto plan = ImportPreparer().prepare(package);
    const double prepared = timer.nsecsElapsed() / 1e9;
    if (!plan) {
        out << "import refused: " << plan.error().message() << "\n";
        return 1;
    }
    auto outcome = (*officerSession)->commitImport(*plan);
    const double imported = timer.nsecsElapsed() / 1e9;
    if (!outcome) {
        out << "import refused: " << outcome.error().message() << "\n";
        return 1;
    }
    out << QStringLiteral("package: %1 images + %2 PDFs, %3 MB\n").arg(images).arg(pdfs).arg(mb, 0, 'f', 1);
    out << QStringLiteral("raw limit (read + SHA-256 + write + fsync): %1 s, %2 MB/s, %3 images/s\n")
               .arg(raw, 0, 'f', 2)
               .arg(mb / raw, 0, 'f', 1)
               .arg(images / raw, 0, 'f', 1);
    out << QStringLiteral("Ridgeline import (verify, inspect, encrypt, one transaction): %1 s, %2 MB/s, %3 images/s\n")
               .arg(imported, 0, 'f', 2)
               .arg(mb / imported, 0, 'f', 1)
               .arg(images / imported, 0, 'f', 1);
    out << QStringLiteral("  of which checking (hash, decode every image, open every PDF): %1 s; filing (encrypt, "
                          "write, one transaction): %2 s\n")
               .arg(prepared, 0, 'f', 2)
               .arg(imported - prepared, 0, 'f', 2);
    out << QStringLiteral("ratio: %1% of the raw limit (target >= 50%)\n").arg(100.0 * raw / imported, 0, 'f', 1);
    (void)(*officerSession)->logout();
    return 0;
}
