// The processing report names the source, every step with its parameters and the output by hash;
// the calibrated export carries its resolution in the file and its report beside it.
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/syntheticimages.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ridgeline::imaging;

class TestProcessingReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Recipe recipe()
    {
        Recipe r;
        r.steps = {defaultStep(QStringLiteral("clahe")), defaultStep(QStringLiteral("invert")),
                   defaultStep(QStringLiteral("gaussian"))};
        r.steps[1].enabled = false;
        r.steps[2].parameters.insert(QStringLiteral("sigma"), 0.8);
        return r;
    }
    static QImage image(bool sixteen = false)
    {
        SyntheticPrintOptions o;
        o.size = QSize(200, 180);
        o.sixteenBit = sixteen;
        return syntheticPrint(o);
    }

private Q_SLOTS:
    void reportListsSourceStepsAndOutput()
    {
        ApplyOptions options;
        options.sourcePpi = 500.0;
        auto processed = processRecipe(image(), recipe(), options);
        QVERIFY(processed.ok());
        const ProcessingReport &r = processed->report;
        QCOMPARE(r.sourcePixelSha256, imagePixelSha256(image()));
        QCOMPARE(r.outputSha256, imagePixelSha256(processed->image));
        QCOMPARE(r.steps.size(), 3);
        QVERIFY(r.steps[1].outputSha256.isEmpty()); // disabled: listed, not run
        QCOMPARE(r.steps[2].outputSha256, r.outputSha256);
        QCOMPARE(r.algorithmVersion, enhancementAlgorithmVersion());
        QCOMPARE(r.openCvVersion, openCvVersionString());
        QCOMPARE(r.outputPpi, 500.0);
        const QString text = r.toText();
        QVERIFY(text.contains(QStringLiteral("Step 2: invert [disabled]")));
        QVERIFY(text.contains(QStringLiteral("sigma=0.8")));
        QVERIFY(text.contains(r.outputSha256));
        QVERIFY(text.contains(r.sourcePixelSha256));
        auto back = ProcessingReport::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), r.toJson());
        // The same pixels whichever way they are computed.
        QCOMPARE(imagePixelSha256(applyRecipe(image(), recipe(), options).value()), r.outputSha256);
    }

    void concurrentReplaysAgree()
    {
        const QImage in = image(true);
        QString hashes[3];
        std::vector<std::thread> threads;
        for (QString &h : hashes)
            threads.emplace_back([&in, &h] { h = processRecipe(in, recipe()).value().report.outputSha256; });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(hashes[1], hashes[0]);
        QCOMPARE(hashes[2], hashes[0]);
    }

    void exportWritesResolutionAndReport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sixteen");
        QTest::addColumn<int>("ppi");
        QTest::newRow("png 1000") << "out.png" << false << 1000;
        QTest::newRow("png 16-bit 500") << "out16.png" << true << 500;
        QTest::newRow("tiff 16-bit 1000") << "out16.tif" << true << 1000;
    }
    void exportWritesResolutionAndReport()
    {
        QFETCH(QString, name);
        QFETCH(bool, sixteen);
        QFETCH(int, ppi);
        ApplyOptions options;
        options.sourcePpi = 500.0;
        auto processed = processRecipe(image(sixteen), recipe(), options);
        QVERIFY(processed.ok());
        const QString path = QDir(m_dir.path()).filePath(name);
        auto report = exportCalibratedCopy(processed.value(), 500.0, ppi, path);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message()));
        auto written = loadEvidenceImage(path);
        QVERIFY(written.ok());
        QCOMPARE(written->image.format(), sixteen ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
        QVERIFY2(std::abs(written->ppi - ppi) < 0.05, qPrintable(QString::number(written->ppi)));
        QCOMPARE(written->image.width(), 200 * ppi / 500);
        QCOMPARE(imagePixelSha256(written->image), report->outputSha256); // lossless
        QFile json(path + QStringLiteral(".report.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        auto stored = ProcessingReport::fromJson(QJsonDocument::fromJson(json.readAll()).object());
        QVERIFY(stored.ok());
        QCOMPARE(stored->outputSha256, report->outputSha256);
        QCOMPARE(stored->outputFile, name);
        QCOMPARE(stored->outputFileSha256.size(), 64);
        QCOMPARE(stored->steps.last().step.kind, QStringLiteral("resample"));
    }

    void exportRefusesWhatItCannotDoHonestly()
    {
        auto processed = processRecipe(image(), recipe());
        QVERIFY(processed.ok());
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("x.png"));
        auto uncalibrated = exportCalibratedCopy(processed.value(), 0.0, 1000, path);
        QVERIFY(!uncalibrated.ok());
        QVERIFY(uncalibrated.error().message().contains(QStringLiteral("calibrate")));
        QVERIFY(!exportCalibratedCopy(processed.value(), 500.0, 700, path).ok());
        QVERIFY(
            !exportCalibratedCopy(processed.value(), 500.0, 1000, QDir(m_dir.path()).filePath(QStringLiteral("x.jpg")))
                 .ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestProcessingReport)
#include "tst_processingreport.moc"
