#include "app/imaging/synthesizer.h"
#include "app/imaging/synthrandom.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cmath>

namespace ridgeline::imaging {

namespace {

struct FingerOutput
{
    int finger = 0;
    PatternClass pattern = PatternClass::Arch;
    QList<SynthImpression> impressions;
};

QString imageName(int finger, int impression, bool latent)
{
    return QStringLiteral("%1f%2_%3.png")
        .arg(latent ? QStringLiteral("latent_") : QString())
        .arg(finger, 4, 10, QLatin1Char('0'))
        .arg(impression);
}

QJsonObject minutiaJson(const Minutia &m, int master)
{
    return QJsonObject{{QStringLiteral("x"), std::round(m.x * 10.0) / 10.0},
                       {QStringLiteral("y"), std::round(m.y * 10.0) / 10.0},
                       {QStringLiteral("angle"), std::round(angleDegrees(m) * 10.0) / 10.0},
                       {QStringLiteral("type"), minutiaTypeName(m.type)},
                       {QStringLiteral("master"), master}};
}

QJsonArray minutiaeJson(const SynthImpression &imp)
{
    QJsonArray array;
    for (qsizetype i = 0; i < imp.minutiae.size(); ++i)
        array.append(minutiaJson(imp.minutiae[i], imp.masterIndex.value(i, -1)));
    return array;
}

// Carried master minutiae this impression does not show (see SynthImpression): listed apart so a
// figure against every carried minutia can still be computed.
QJsonArray hiddenJson(const SynthImpression &imp)
{
    QJsonArray array;
    for (qsizetype i = 0; i < imp.carried.size(); ++i)
        if (!imp.masterIndex.contains(imp.carriedIndex[i]))
            array.append(minutiaJson(imp.carried[i], imp.carriedIndex[i]));
    return array;
}

QJsonObject truthJson(const QList<FingerOutput> &fingers, const SynthSetOptions &options)
{
    QJsonArray images, groups;
    for (const FingerOutput &f : fingers) {
        QJsonArray names;
        for (int i = 0; i < f.impressions.size(); ++i) {
            const QString name = imageName(f.finger, i + 1, options.latent);
            names.append(name);
            images.append(QJsonObject{{QStringLiteral("file"), name},
                                      {QStringLiteral("finger"), f.finger},
                                      {QStringLiteral("impression"), i + 1},
                                      {QStringLiteral("latent"), options.latent},
                                      {QStringLiteral("pattern"), patternClassName(f.pattern)},
                                      {QStringLiteral("minutiae"), minutiaeJson(f.impressions[i])},
                                      {QStringLiteral("hidden"), hiddenJson(f.impressions[i])}});
        }
        groups.append(QJsonObject{{QStringLiteral("finger"), f.finger}, {QStringLiteral("images"), names}});
    }
    const QJsonObject root{{QStringLiteral("seed"), QString::number(options.seed)},
                           {QStringLiteral("ppi"), 500},
                           {QStringLiteral("angleConvention"),
                            QStringLiteral("degrees counter-clockwise from +x as displayed (y down), along the ridge")},
                           {QStringLiteral("truth"),
                            QStringLiteral("minutiae: what each image shows, from its noise-free inked pattern (master "
                                           "-1: made by pressure); hidden: master minutiae in the contact area that "
                                           "the image does not show")},
                           {QStringLiteral("images"), images},
                           {QStringLiteral("fingers"), groups}};
    return root;
}

} // namespace

Status writeSynthSet(const QString &outDir, const SynthSetOptions &options,
                     const std::function<void(int, int)> &progress)
{
    if (options.fingers < 1 || options.impressions < 1)
        return Error(ErrorCode::Usage, QStringLiteral("--fingers and --impressions must be at least 1"));
    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error(ErrorCode::Io, QStringLiteral("%1: cannot create the output folder").arg(outDir));

    // Each finger is generated from its own seed, so the result does not depend on which thread
    // picks which finger.
    QList<int> fingers;
    for (int f = 1; f <= options.fingers; ++f)
        fingers.append(f);
    std::atomic<int> done{0};
    std::atomic<bool> writeFailed{false};
    auto work = [&](int finger) {
        const quint64 seed = fingerSeed(options.seed, finger);
        const MasterPrint master = synthesizeMaster(seed, finger);
        FingerOutput out{finger, master.pattern, {}};
        for (int i = 1; i <= options.impressions; ++i) {
            SynthImpression imp = synthesizeImpression(master, seed, i, options.latent);
            if (!imp.image.save(dir.filePath(imageName(finger, i, options.latent)), "PNG"))
                writeFailed = true;
            imp.image = QImage(); // the pixels are on disk; keep only the truth in memory
            out.impressions.append(std::move(imp));
        }
        ++done;
        return out;
    };
    QFuture<FingerOutput> future = QtConcurrent::mapped(fingers, std::function<FingerOutput(int)>(work));
    while (!future.isFinished()) {
        if (progress)
            progress(done.load(), options.fingers);
        future.waitForFinished(); // progress granularity is coarse on purpose: no busy loop
    }
    if (progress)
        progress(options.fingers, options.fingers);
    if (writeFailed)
        return Error(ErrorCode::Io, QStringLiteral("%1: cannot write the PNG files").arg(outDir));

    const QJsonObject root = truthJson(future.results(), options);
    QSaveFile file(dir.filePath(QStringLiteral("truth.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return Error(ErrorCode::Io,
                     QStringLiteral("%1: cannot write truth.json").arg(dir.filePath(QStringLiteral("truth.json"))));
    return {};
}

} // namespace ridgeline::imaging
