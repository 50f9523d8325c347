#include "app/gui/mainactions.h"
#include "app/gui/markviewerwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "tests/app/presentation/viewer/viewertestimages.h"
#include "tests/testsupport/pngbytes.h"
#include "tests/widgets/guitest.h"
#include "widgets/casedetailspanel.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/measurementpanel.h"

#include <QBuffer>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace ridgeline;

class TestMarkViewerWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calibrationToolEndsUncalibrated()
    {
        MarkViewerWindow window(QStringLiteral("JS/1"), 64);
        window.document()->setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS/1"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("Uncalibrated")));
        QVERIFY(window.measurementPanel()->calibrationLabel()->text().contains(QStringLiteral("Uncalibrated")));

        // Keyboard: C chooses the calibration tool; the scale length is typed in the side panel.
        window.canvas()->setFocus();
        QTest::keyClick(&window, Qt::Key_C);
        QCOMPARE(window.canvas()->tool()->tool(), ViewerTool::Calibrate);
        QVERIFY(window.toolAction(int(ViewerTool::Calibrate))->isChecked());
        window.measurementPanel()->scaleLength()->setValue(10.0);
        window.measurementPanel()->findChild<QCheckBox *>(QStringLiteral("refineOnRuler"))->setChecked(false);

        // Ticks are 40 px apart and 1 mm: a line over ten intervals on the ruler.
        MarkCanvas *canvas = window.canvas();
        const QPoint from = canvas->view().imageToView(QPointF(21, 500)).toPoint();
        const QPoint to = canvas->view().imageToView(QPointF(421, 500)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        QVERIFY(window.document()->isCalibrated());
        // About 1016 ppi, within what the view's pixel rounding allows at fit zoom.
        QVERIFY2(qAbs(window.document()->ppi() - 1016.0) < 1016.0 * 0.02,
                 qPrintable(QString::number(window.document()->ppi())));
        QTest::mouseMove(canvas, canvas->view().imageToView(QPointF(100, 100)).toPoint());
        QVERIFY2(!window.statusLabel()->text().contains(QStringLiteral("Uncalibrated")),
                 qPrintable(window.statusLabel()->text()));
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral(" mm")));
        QVERIFY(window.measurementPanel()->calibrationLabel()->text().contains(QStringLiteral("two points")));
        // Undo from the Edit menu's shortcut makes it uncalibrated again.
        QTest::keySequence(&window, QKeySequence::Undo);
        QVERIFY(!window.document()->isCalibrated());
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("Uncalibrated")));
    }

    void sixteenBitMarksGetAnAdjustableWindow()
    {
        // A 12-bit sensor's values in a 16-bit image: dark on a full-range display.
        QImage image(600, 400, QImage::Format_Grayscale16);
        for (int y = 0; y < image.height(); ++y) {
            auto *row = reinterpret_cast<quint16 *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                row[x] = quint16(1000 + (x * 3000) / image.width());
        }
        MarkViewerWindow window(QStringLiteral("JS/16"), 64);
        window.document()->setLoaded(LoadedMark{image}, QStringLiteral("JS/16"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *low = window.findChild<QSpinBox *>(QStringLiteral("windowLow"));
        auto *high = window.findChild<QSpinBox *>(QStringLiteral("windowHigh"));
        QVERIFY(low->isVisible() && low->isEnabled());
        // The first window is the image's own range, so it is not shown nearly black.
        QCOMPARE(low->value(), 1000);
        QVERIFY(qAbs(high->value() - 3995) <= 10);
        high->setValue(2000);
        Q_EMIT high->editingFinished();
        QCOMPARE(window.canvas()->scheduler()->window(), (imaging::DisplayWindow{1000, 2000}));
        QVERIFY(window.canvas()->scheduler()->waitForIdle(10000));
        window.canvas()->repaint();
        // The right half is above the window's top: white.
        const QImage frame = window.canvas()->grab().toImage();
        const QPoint right = window.canvas()->view().imageToView(QPointF(550, 200)).toPoint();
        QCOMPARE(qGray(frame.pixel(right)), 255);
    }

    void opensAMarkThroughTheSession()
    {
        // Larger than the stored preview's 2048 px, so a preview is worth storing.
        QImage image = testimages::ridgesAndRuler().scaled(2400, 1800);
        image.setDotsPerMeterX(39370); // 1000 ppi in the file
        image.setDotsPerMeterY(39370);
        const QByteArray png = testing::pngBytes(image);
        auto session = std::make_unique<test::FakeSession>();
        test::FakeSession *fake = session.get();
        const QByteArray sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256);
        session->originals.insert(sha, png);
        SessionInfo info{session->user(), session->databasePath(), {}};
        SessionController controller(std::move(session), info);

        Mark mark;
        mark.id = MarkId::create();
        mark.exhibitReference = QStringLiteral("JS/7");
        mark.originalSha256 = sha;
        QPointer<MarkViewerWindow> window = MarkViewerWindow::openMark(&controller, mark, 64, nullptr);
        QSignalSpy loaded(window->document(), &MarkDocument::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window->document()->imageSize(), image.size());
        QVERIFY(qAbs(window->document()->ppi() - 1000.0) < 1.0);
        QVERIFY(window->windowTitle().contains(QStringLiteral("JS/7")));
        // The first opening stores a preview as derived data (never beside the evidence) ...
        QTRY_VERIFY(fake->derived.contains({sha, MarkDocument::kPreviewKind}));
        window->close(); // deletes itself
        QTRY_VERIFY(window.isNull());
        // ... so the next opening shows it before the original is read and decoded.
        QPointer<MarkViewerWindow> again = MarkViewerWindow::openMark(&controller, mark, 64, nullptr);
        QSignalSpy preview(again->document(), &MarkDocument::previewLoaded);
        QSignalSpy original(again->document(), &MarkDocument::loaded);
        QVERIFY(original.wait(10000));
        QCOMPARE(preview.count(), 1);
        QCOMPARE(again->document()->imageSize(), image.size());
        again->close();
        QTRY_VERIFY(again.isNull());
    }

    void doubleClickOnAMarkAsksToOpenIt()
    {
        CaseDetailsPanel panel;
        CaseDetails details;
        for (const char *exhibit : {"JS/1", "JS/2"}) {
            Mark mark;
            mark.id = MarkId::create();
            mark.exhibitReference = QString::fromLatin1(exhibit);
            mark.originalSha256 = QByteArray(32, exhibit[3]);
            details.marks.append(mark);
        }
        panel.showDetails(details);
        QSignalSpy activated(&panel, &CaseDetailsPanel::markActivated);
        QTreeWidgetItem *second = panel.marksList()->topLevelItem(1);
        Q_EMIT panel.marksList()->itemActivated(second, 0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<Mark>().exhibitReference, QStringLiteral("JS/2"));
    }

    void mainWindowOffersTheViewer()
    {
        test::WindowFixture fixture;
        auto main = fixture.makeWindow();
        QAction *open = main->mainActions()->openInMarkViewer;
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(main->findChild<QMenu *>(QStringLiteral("menuTools"))->actions().contains(open));
    }
};

QTEST_MAIN(TestMarkViewerWindow)
#include "tst_markviewerwindow.moc"
