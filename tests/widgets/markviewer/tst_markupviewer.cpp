// The markup tool in the real mark viewer window (issue 6), on the offscreen platform: the markup
// is started for the opened original, the tool is chosen by keyboard, features are placed with
// the mouse on the canvas and read back from the feature list at the image coordinates they were
// placed on, also with the view turned and mirrored.
#include "app/core/markupdocument.h"
#include "app/gui/markviewerwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/enhancementpreview.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markupfeaturemodel.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "tests/app/presentation/fakesession.h"
#include "tests/app/presentation/viewer/viewertestimages.h"
#include "tests/testsupport/pngbytes.h"
#include "widgets/markviewer/featurelistpanel.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/markupoverlay.h"
#include "widgets/markviewer/recipepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUndoGroup>

using namespace ridgeline;

class TestMarkupViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<MarkupDocument *>(); }

    void init()
    {
        const QByteArray png = testing::pngBytes(testimages::ridgesAndRuler());
        auto session = std::make_unique<test::FakeSession>();
        m_sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256);
        session->originals.insert(m_sha, png);
        SessionInfo info{session->user(), session->databasePath(), {}};
        m_controller = std::make_unique<SessionController>(std::move(session), info);
        Mark mark;
        mark.id = MarkId::create();
        mark.exhibitReference = QStringLiteral("JS/9");
        mark.originalSha256 = m_sha;
        m_window = MarkViewerWindow::openMark(m_controller.get(), mark, 64, nullptr);
        QSignalSpy started(m_window.data(), &MarkViewerWindow::markupStarted);
        QVERIFY(started.wait(10000));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
        m_canvas = m_window->canvas();
        m_model = m_window->featureModel();
    }

    void cleanup()
    {
        if (m_window)
            m_window->close(); // deletes itself
        QTRY_VERIFY(m_window.isNull());
        m_controller.reset();
    }

    void theMarkupIsOfTheOpenedOriginalBySignedInUser()
    {
        const Markup &markup = m_window->markupDocument()->markup();
        QCOMPARE(markup.imageSha256, QString::fromLatin1(m_sha.toHex()));
        QCOMPARE(markup.imageSize, QSize(800, 600));
        QCOMPARE(m_window->markupDocument()->userName(), QStringLiteral("sam"));
        QVERIFY(markup.features.isEmpty());
    }

    void placesFeaturesWithTheKeyboardAndMouse()
    {
        chooseMarkupTool();
        QTest::keyClick(m_canvas, Qt::Key_B, Qt::ShiftModifier);
        QCOMPARE(m_window->markupTool()->featureType(), FeatureType::MinutiaBifurcation);
        QCOMPARE(m_window->featureListPanel()->typeBox()->currentData().value<FeatureType>(),
                 FeatureType::MinutiaBifurcation);
        const QPointF placed = click(QPointF(100.5, 200.5));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, MarkupFeatureModel::TypeColumn).data().toString(), QStringLiteral("Bifurcation"));
        comparePoint(position(0), placed);
        QVERIFY(QLineF(position(0), QPointF(100.5, 200.5)).length() <= 1.0 / m_canvas->view().zoom());
        QCOMPARE(m_model->index(0, MarkupFeatureModel::AuthorColumn).data().toString(), QStringLiteral("sam"));

        // Shift+E: ridge ending, dragged upwards on screen: its direction is 90 degrees.
        QTest::keyClick(m_canvas, Qt::Key_E, Qt::ShiftModifier);
        const QPoint from = viewPoint(QPointF(400, 300));
        QTest::mousePress(m_canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(m_canvas, from + QPoint(0, -15));
        QTest::mouseMove(m_canvas, from + QPoint(0, -30));
        QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, from + QPoint(0, -30));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(1, MarkupFeatureModel::DirectionColumn).data().toString(), QStringLiteral("90°"));
        QCOMPARE(m_window->markupDocument()->undoStack()->count(), 2);

        // Ctrl+Z in markup mode undoes the markup (the whole drag), not the viewer's work.
        QTest::keySequence(m_window.data(), QKeySequence::Undo);
        QCOMPARE(m_model->rowCount(), 1);
        QTest::keySequence(m_window.data(), QKeySequence::Redo);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void selectionIsSharedAndDeleteRemovesIt()
    {
        chooseMarkupTool();
        click(QPointF(100, 100));
        click(QPointF(300, 300));
        QTableView *table = m_window->featureListPanel()->table();
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 1);
        // A click near the first feature on the canvas selects its row.
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(100, 100)) + QPoint(3, 2));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
        // Choosing a row selects its feature for the canvas.
        table->selectRow(1);
        QCOMPARE(m_window->markupTool()->selected(), m_model->featureId(1));
        QTest::keyClick(m_canvas, Qt::Key_Delete);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(100, 100)));
        QVERIFY(!m_window->markupTool()->selected().isNull());
        QTest::keyClick(m_canvas, Qt::Key_Escape);
        QVERIFY(m_window->markupTool()->selected().isNull());
        // Another tool's key leaves markup mode; Ctrl+Z is the viewer's again.
        QTest::keyClick(m_window.data(), Qt::Key_D);
        QVERIFY(!m_canvas->isMarkupMode());
        QCOMPARE(m_window->undoGroup()->activeStack(), m_window->document()->undoStack());
    }

    void placesAtTheRightPixelWhenTurnedMirroredAndZoomed()
    {
        chooseMarkupTool();
        QTest::keyClick(m_window.data(), Qt::Key_H); // mirror
        m_canvas->setRotation(37.0);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(m_canvas, Qt::Key_Plus);
        QVERIFY(m_canvas->view().isFlipped());
        QVERIFY(m_canvas->view().zoom() > 2.0);
        const QPointF centre = m_canvas->view().center();
        const QList<QPointF> targets{centre + QPointF(-40.25, -20.75), centre + QPointF(30.5, 10.5),
                                     centre + QPointF(5.5, 45.5)};
        for (const QPointF &target : targets)
            click(target);
        QCOMPARE(m_model->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QVERIFY2(QLineF(position(row), targets[row]).length() <= 1.0 / m_canvas->view().zoom(),
                     qPrintable(QStringLiteral("%1,%2").arg(position(row).x()).arg(position(row).y())));
        // A drag to the right on this turned, mirrored screen points right on it too.
        const QPoint from = viewPoint(centre + QPointF(-20, 30));
        QTest::mousePress(m_canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(m_canvas, from + QPoint(20, 0));
        QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, from + QPoint(40, 0));
        const MarkupFeature f = m_window->markupDocument()->features().last();
        QVERIFY(f.direction);
        const double a = *f.direction * M_PI / 180.0;
        const QPointF d = m_canvas->view().imageToView(f.position + QPointF(std::cos(a), -std::sin(a))) -
                          m_canvas->view().imageToView(f.position);
        QVERIFY2(d.x() > 0 && qAbs(d.y()) < 0.05 * d.x(), qPrintable(QString::number(*f.direction)));
    }

    // Twelve features of different types drawn over the turned, mirrored image: each marker is
    // painted where its feature lies, also over the enhancement preview. With
    // RIDGELINE_MARKUP_SHOT=<file> the window (enhanced, Features tab) is saved there.
    void overlayIsPaintedOnTheFeatures()
    {
        chooseMarkupTool();
        QTest::keyClick(m_window.data(), Qt::Key_H);
        m_canvas->setRotation(20.0);
        QTest::keyClick(m_canvas, Qt::Key_Plus);
        // The image's tiles first, so the frames differ by the markup only.
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        m_canvas->repaint();
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        m_canvas->repaint();
        QTRY_VERIFY(m_canvas->lastPaint().complete());
        const QImage before = m_canvas->grab().toImage();
        const QList<std::pair<Qt::Key, QPointF>> marks{
            {Qt::Key_E, {250, 180}}, {Qt::Key_E, {330, 240}}, {Qt::Key_B, {420, 200}}, {Qt::Key_B, {500, 330}},
            {Qt::Key_U, {300, 380}}, {Qt::Key_C, {400, 300}}, {Qt::Key_D, {560, 420}}, {Qt::Key_O, {220, 300}},
            {Qt::Key_E, {460, 420}}, {Qt::Key_B, {600, 250}}, {Qt::Key_N, {180, 420}}, {Qt::Key_E, {380, 460}}};
        for (const auto &[key, at] : marks) {
            QTest::keyClick(m_canvas, key, Qt::ShiftModifier);
            const QPoint from = viewPoint(at);
            if (!featureTypeInfo(m_window->markupTool()->featureType()).hasDirection) {
                QTest::mouseClick(m_canvas, Qt::LeftButton, {}, from); // a drag would move it
                continue;
            }
            QTest::mousePress(m_canvas, Qt::LeftButton, {}, from);
            QTest::mouseMove(m_canvas, from + QPoint(12, -18));
            QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, from + QPoint(25, -25));
        }
        QCOMPARE(m_model->rowCount(), 12);
        const QImage after = m_canvas->grab().toImage();
        for (const auto &[key, at] : marks) {
            // The marker's outline runs 7 px from its centre: some pixel on that ring changed.
            const QPoint centre = viewPoint(at);
            bool changed = false;
            for (int dx = -9; dx <= 9 && !changed; ++dx)
                for (int dy = -9; dy <= 9 && !changed; ++dy)
                    changed = after.pixel(centre + QPoint(dx, dy)) != before.pixel(centre + QPoint(dx, dy));
            QVERIFY2(changed, qPrintable(QStringLiteral("nothing drawn at %1,%2").arg(at.x()).arg(at.y())));
        }
        // Far from every feature the frame is as it was.
        const QPoint empty = viewPoint(QPointF(700, 80));
        QCOMPARE(after.pixel(empty), before.pixel(empty));
        // The ridge endings' circles are orange with and without the enhancement preview (the
        // markup is drawn over it).
        checkEndingRings(after);
        QSignalSpy preview(m_canvas->preview(), &EnhancementPreview::previewChanged);
        m_window->recipePanel()->addStep(QStringLiteral("invert"));
        QVERIFY(preview.wait(10000));
        const QImage enhanced = m_canvas->grab().toImage();
        QVERIFY(enhanced.pixel(empty) != after.pixel(empty)); // the preview is showing
        checkEndingRings(enhanced);
        if (const QByteArray path = qgetenv("RIDGELINE_MARKUP_SHOT"); !path.isEmpty()) {
            auto *tabs = qobject_cast<QTabWidget *>(m_window->featureListPanel()->parentWidget()->parentWidget());
            QVERIFY(tabs);
            tabs->setCurrentWidget(m_window->featureListPanel());
            QVERIFY(m_window->grab().save(QString::fromLocal8Bit(path)));
        }
        m_window->document()->undoStack()->undo(); // no unsaved recipe to ask about on closing
        QVERIFY(!m_window->document()->isModified());
        // Hovering over a feature tells what it is, who marked it and when.
        const QPoint hover = viewPoint(QPointF(250, 180));
        QHelpEvent help(QEvent::ToolTip, hover, m_canvas->mapToGlobal(hover));
        QApplication::sendEvent(m_canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("1 Ridge ending")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Added by sam")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("marked by hand")));
        QToolTip::hideText();
    }

private:
    void checkEndingRings(const QImage &frame) const
    {
        const QColor orange = MarkupOverlay::colour(FeatureType::MinutiaEnding);
        for (const QPointF at : {QPointF(250, 180), QPointF(330, 240), QPointF(460, 420)}) {
            const QColor ring = frame.pixelColor(viewPoint(at) + QPoint(qRound(MarkupOverlay::kMarkerRadius), 0));
            QVERIFY2(qAbs(ring.red() - orange.red()) < 50 && qAbs(ring.green() - orange.green()) < 50 &&
                         qAbs(ring.blue() - orange.blue()) < 50,
                     qPrintable(ring.name()));
        }
    }
    void chooseMarkupTool()
    {
        m_canvas->setFocus();
        QTest::keyClick(m_window.data(), Qt::Key_K);
        QVERIFY(m_window->markupAction()->isChecked());
        QVERIFY(m_canvas->isMarkupMode());
        QCOMPARE(m_window->undoGroup()->activeStack(), m_window->markupDocument()->undoStack());
    }
    QPoint viewPoint(QPointF image) const { return m_canvas->view().imageToView(image).toPoint(); }
    // Clicks on the screen pixel nearest the image point; returns where that pixel is in the image.
    QPointF click(QPointF image)
    {
        const QPoint at = viewPoint(image);
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, at);
        return m_canvas->view().viewToImage(QPointF(at));
    }
    QPointF position(int row) const
    {
        return m_model->index(row, 0).data(MarkupFeatureModel::ImagePositionRole).toPointF();
    }
    static void comparePoint(QPointF actual, QPointF expected)
    {
        QVERIFY2(QLineF(actual, expected).length() < 1e-6,
                 qPrintable(QStringLiteral("%1,%2").arg(actual.x()).arg(actual.y())));
    }

    QByteArray m_sha;
    std::unique_ptr<SessionController> m_controller;
    QPointer<MarkViewerWindow> m_window;
    MarkCanvas *m_canvas = nullptr;
    MarkupFeatureModel *m_model = nullptr;
};

QTEST_MAIN(TestMarkupViewer)
#include "tst_markupviewer.moc"
