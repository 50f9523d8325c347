#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/viewerstatus.h"
#include "viewertestimages.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

namespace {
QByteArray pngOf(const QImage &image, int dotsPerMeter = 0)
{
    QImage copy = image;
    if (dotsPerMeter > 0) {
        copy.setDotsPerMeterX(dotsPerMeter);
        copy.setDotsPerMeterY(dotsPerMeter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    copy.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestMarkDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsOnAWorkerWithThePpiOfTheFile()
    {
        MarkDocument document;
        QSignalSpy loaded(&document, &MarkDocument::loaded);
        document.load(pngOf(testimages::ridgesAndRuler(), 19685), QStringLiteral("JS-1.png")); // 500 ppi
        QVERIFY(document.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(document.imageSize(), QSize(800, 600));
        QVERIFY(document.pyramid() && document.pyramid()->levelCount() >= 2);
        QVERIFY(qAbs(document.ppi() - 500.0) < 1.0);
        QCOMPARE(document.calibration().method, imaging::CalibrationMethod::File);
        QVERIFY(document.calibrationDescription().contains(QStringLiteral("image file")));
    }

    void storedPreviewShowsTheWholeImageCoarsely()
    {
        QImage big(3000, 1000, QImage::Format_Grayscale8);
        big.fill(77);
        MarkDocument first;
        first.setLoaded(LoadedMark{big}, QStringLiteral("JS-9"));
        auto encoding = first.encodePreview();
        encoding.waitForFinished();
        const QByteArray png = encoding.result();
        QVERIFY(!png.isEmpty());

        MarkDocument second;
        QSignalSpy preview(&second, &MarkDocument::previewLoaded);
        second.showStoredPreview(png);
        QVERIFY(preview.wait(10000));
        QVERIFY(second.isViewable());
        QVERIFY(!second.isLoaded()); // tools wait for the original
        QCOMPARE(second.imageSize(), QSize(3000, 1000));
        QVERIFY(second.pyramid()->isPreview());
        // Its finest level is at most the preview size yet covers the whole image.
        QVERIFY(second.pyramid()->levelSize(0).width() <= MarkDocument::kPreviewSide);
        QCOMPARE(second.pyramid()->tileImageRect({0, second.pyramid()->columns(0) - 1, 0}).right(), 3000.0);
        QCOMPARE(qGray(second.pyramid()->renderTile({0, 0, 0}).pixel(5, 5)), 77);
        // A damaged preview is ignored.
        MarkDocument third;
        QSignalSpy none(&third, &MarkDocument::previewLoaded);
        third.showStoredPreview(QByteArray("garbage"));
        QVERIFY(!none.wait(300));
    }

    void refusesWhatItCannotDecode()
    {
        MarkDocument document;
        QSignalSpy failed(&document, &MarkDocument::loadFailed);
        document.load(QByteArray("not an image at all"), QStringLiteral("JS-2.png"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("JS-2.png")));
        QVERIFY(!document.isLoaded());
    }

    void uncalibratedUntilTwoPointsAreGiven()
    {
        MarkDocument document;
        document.setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS-3"));
        QVERIFY(!document.isCalibrated());
        QVERIFY(viewerstatus::statusText(1.0, nullptr, document.imageSize(), document.ppi())
                    .contains(QStringLiteral("Uncalibrated")));
        // Ticks 40 px apart are 1 mm: 10 mm over 400 px is 1016 ppi.
        QSignalSpy changed(&document, &MarkDocument::calibrationChanged);
        QVERIFY(document.calibrateFromPoints(QPointF(21, 500), QPointF(421, 500), 10.0, false).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(qAbs(document.ppi() - 1016.0) < 0.5);
        QCOMPARE(document.calibration().method, imaging::CalibrationMethod::TwoPoints);
        const QPointF at(254, 128);
        const QString status = viewerstatus::statusText(1.0, &at, document.imageSize(), document.ppi());
        QVERIFY(!status.contains(QStringLiteral("Uncalibrated")));
        QVERIFY2(status.contains(QStringLiteral("6.35, 3.20 mm")), qPrintable(status));
        // Undo is one step back to uncalibrated; redo restores it.
        document.undoStack()->undo();
        QVERIFY(!document.isCalibrated());
        document.undoStack()->redo();
        QVERIFY(document.isCalibrated());
    }

    void measurementsFollowTheCalibration()
    {
        MarkDocument document;
        document.setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS-4"));
        const int id = document.addDistance(QPointF(0, 0), QPointF(300, 400));
        QCOMPARE(document.measurements().size(), 1);
        QCOMPARE(document.measurements().first().pixels, 500.0);
        QCOMPARE(document.measurements().first().millimetres, 0.0);
        QVERIFY(document.setManualPpi(1000.0).ok());
        QVERIFY(qAbs(document.measurements().first().millimetres - 12.7) < 1e-9);
        QVERIFY(document.measurements().first().text().contains(QStringLiteral("12.70 mm")));
        document.addAngle(QPointF(10, 0), QPointF(0, 0), QPointF(0, 10));
        QVERIFY(qAbs(document.measurements().last().degrees - 90.0) < 1e-9);
        document.removeMeasurement(id);
        QCOMPARE(document.measurements().size(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.measurements().size(), 2);
        QVERIFY(!document.setManualPpi(-3).ok());
    }

    void countsRidgesAlongALine()
    {
        MarkDocument document;
        document.setLoaded(LoadedMark{testimages::ridgesAndRuler(10)}, QStringLiteral("JS-5"));
        // 300 px across ridges every 10 px: about 30 ridges crossed.
        const Result<int> id = document.addRidgeCount(QPointF(150, 200), QPointF(450, 200));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));
        QVERIFY(qAbs(document.measurements().last().ridges - 30) <= 1);
    }

    void exportsACalibratedCopyWithItsReport()
    {
        MarkDocument document;
        document.setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS-8"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("JS-8-1000ppi.png"));
        // Without a scale there is nothing to resample from: refused, nothing written.
        auto refused = document.exportCalibratedCopy(path, 1000);
        refused.waitForFinished();
        QVERIFY(!refused.result().ok());
        QVERIFY(!QFile::exists(path));

        QVERIFY(document.setManualPpi(500.0).ok());
        imaging::Recipe recipe;
        recipe.steps.append(imaging::defaultStep(QStringLiteral("invert")));
        QVERIFY(document.setRecipe(recipe, QStringLiteral("Invert")).ok());
        auto exported = document.exportCalibratedCopy(path, 1000);
        exported.waitForFinished();
        QVERIFY2(exported.result().ok(), exported.result().ok() ? "" : qPrintable(exported.result().error().message()));
        const QImage copy(path);
        QCOMPARE(copy.size(), QSize(1600, 1200)); // 500 -> 1000 ppi doubles the size
        // The report lists the recipe's step and the resampling the export added, and lies beside the copy.
        QCOMPARE(exported.result()->steps.size(), 2);
        QCOMPARE(exported.result()->steps.first().step.kind, QStringLiteral("invert"));
        QVERIFY(QFile::exists(path + QStringLiteral(".report.json")));
        QVERIFY(!exported.result()->outputSha256.isEmpty());
        // The original in the document is untouched.
        QCOMPARE(int(document.image().constScanLine(500)[30]),
                 int(testimages::ridgesAndRuler().constScanLine(500)[30]));
    }

    void sliderEditsOfTheRecipeMergeIntoOneUndoStep()
    {
        MarkDocument document;
        document.setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS-6"));
        imaging::Recipe recipe;
        recipe.steps.append(imaging::defaultStep(QStringLiteral("invert")));
        QVERIFY(document.setRecipe(recipe, QStringLiteral("Add invert")).ok());
        const int steps = document.undoStack()->count();
        imaging::Recipe edited = recipe;
        for (int i = 0; i < 5; ++i) {
            edited.steps.first().enabled = (i % 2) == 0;
            QVERIFY(document.setRecipe(edited, QStringLiteral("Edit"), 7).ok());
        }
        QCOMPARE(document.undoStack()->count(), steps + 1);
        document.undoStack()->undo();
        QCOMPARE(document.recipe(), recipe);
        imaging::Recipe unknown;
        unknown.steps.append(imaging::EnhancementStep{QStringLiteral("no-such-step"), {}, true});
        QVERIFY(!document.setRecipe(unknown, QStringLiteral("Bad")).ok());
        QCOMPARE(document.recipe(), recipe);
    }
};

QTEST_GUILESS_MAIN(TestMarkDocument)
#include "tst_markdocument.moc"
