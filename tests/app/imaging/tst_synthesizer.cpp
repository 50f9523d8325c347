// Synthetic prints are the project's ground truth: they must be reproducible from a seed and carry
// truth that lies inside the image.
#include "app/imaging/synthesizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

QByteArray digestOfFolder(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(name.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}

} // namespace

class TestSynthesizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameSet()
    {
        QTemporaryDir a, b, c;
        const SynthSetOptions options{3, 2, 77, false};
        QVERIFY(writeSynthSet(a.path(), options));
        QVERIFY(writeSynthSet(b.path(), options));
        QCOMPARE(digestOfFolder(a.path()), digestOfFolder(b.path()));
        SynthSetOptions other = options;
        other.seed = 78;
        QVERIFY(writeSynthSet(c.path(), other));
        QVERIFY(digestOfFolder(a.path()) != digestOfFolder(c.path()));
    }

    void truthDescribesEveryImage()
    {
        QTemporaryDir dir;
        QVERIFY(writeSynthSet(dir.path(), SynthSetOptions{2, 3, 5, false}));
        QFile f(QDir(dir.path()).filePath(QStringLiteral("truth.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray images = root.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 6);
        QCOMPARE(root.value(QStringLiteral("fingers")).toArray().size(), 2);
        int hidden = 0;
        for (const QJsonValue &v : images) {
            const QJsonObject image = v.toObject();
            const QImage png(QDir(dir.path()).filePath(image.value(QStringLiteral("file")).toString()));
            QVERIFY(!png.isNull());
            QCOMPARE(png.format(), QImage::Format_Grayscale8);
            QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 500);
            const QJsonArray minutiae = image.value(QStringLiteral("minutiae")).toArray();
            QSet<int> shown;
            QVERIFY2(minutiae.size() >= 15, "a plain impression shows dozens of minutiae");
            for (const QJsonValue &m : minutiae) {
                const QJsonObject o = m.toObject();
                QVERIFY(o.value(QStringLiteral("x")).toDouble() >= 0 &&
                        o.value(QStringLiteral("x")).toDouble() < png.width());
                QVERIFY(o.value(QStringLiteral("y")).toDouble() >= 0 &&
                        o.value(QStringLiteral("y")).toDouble() < png.height());
                const double angle = o.value(QStringLiteral("angle")).toDouble();
                QVERIFY(angle >= 0 && angle < 360);
                const QString type = o.value(QStringLiteral("type")).toString();
                QVERIFY(type == QLatin1String("ending") || type == QLatin1String("bifurcation"));
                shown.insert(o.value(QStringLiteral("master")).toInt());
            }
            // Carried master minutiae the image does not show are listed apart, never in both lists.
            for (const QJsonValue &m : image.value(QStringLiteral("hidden")).toArray()) {
                const int master = m.toObject().value(QStringLiteral("master")).toInt(-1);
                QVERIFY(master >= 0);
                QVERIFY2(!shown.contains(master), "a minutia is either shown or hidden, never both");
                ++hidden;
            }
        }
        QVERIFY(hidden > 0);
    }

    void impressionsOfOneFingerDiffer()
    {
        const MasterPrint master = synthesizeMaster(fingerSeed(9, 4), 4);
        QVERIFY(master.minutiae.size() > 30);
        const SynthImpression a = synthesizeImpression(master, fingerSeed(9, 4), 1, false);
        const SynthImpression b = synthesizeImpression(master, fingerSeed(9, 4), 2, false);
        QVERIFY(a.image != b.image);
        const SynthImpression latent = synthesizeImpression(master, fingerSeed(9, 4), 1, true);
        QVERIFY2(latent.minutiae.size() < a.minutiae.size(), "a latent mark shows a smaller area");
    }

    // The truth lists what the image shows: every visible master minutia is one of the carried ones,
    // hidden ones are in truth.json apart, and pressure-made ones lie well inside the image.
    void truthSeparatesVisibleFromHidden()
    {
        int visible = 0, hidden = 0, pressureMade = 0;
        for (int finger = 1; finger <= 2; ++finger) {
            const MasterPrint master = synthesizeMaster(fingerSeed(12, finger), finger);
            for (int i = 1; i <= 2; ++i) {
                const SynthImpression imp = synthesizeImpression(master, fingerSeed(12, finger), i, false);
                QCOMPARE(imp.masterIndex.size(), imp.minutiae.size());
                QCOMPARE(imp.carriedIndex.size(), imp.carried.size());
                for (qsizetype k = 0; k < imp.minutiae.size(); ++k) {
                    const int m = imp.masterIndex[k];
                    if (m < 0) {
                        ++pressureMade;
                        QVERIFY(imp.minutiae[k].x >= 10 && imp.minutiae[k].x < imp.image.width() - 10);
                        QVERIFY(imp.minutiae[k].y >= 10 && imp.minutiae[k].y < imp.image.height() - 10);
                        continue;
                    }
                    ++visible;
                    QVERIFY(m < master.minutiae.size());
                    const qsizetype c = imp.carriedIndex.indexOf(m);
                    QVERIFY2(c >= 0, "a visible master minutia is one of the carried ones");
                    // Located on the inked pattern: where the carried one is, give or take pressure.
                    QVERIFY(std::hypot(imp.carried[c].x - imp.minutiae[k].x, imp.carried[c].y - imp.minutiae[k].y) <
                            12.0);
                }
                hidden += int(imp.carried.size()) - int(imp.masterIndex.size() - imp.masterIndex.count(-1));
            }
        }
        qInfo("visible %d, hidden %d, pressure-made %d", visible, hidden, pressureMade);
        // Pressure and distortion hide some features and make a few, but most of the finger shows.
        QVERIFY(hidden > 0 && hidden < visible / 4);
        QVERIFY(pressureMade < visible / 4);
    }

    void invalidCountsAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!writeSynthSet(dir.path(), SynthSetOptions{0, 1, 1, false}));
    }
};

QTEST_GUILESS_MAIN(TestSynthesizer)
#include "tst_synthesizer.moc"
