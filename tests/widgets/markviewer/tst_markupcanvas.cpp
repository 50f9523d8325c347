// The markup tool's line, region of interest, clarity and suggestion layers on the real canvas
// (issue 6), on the offscreen platform: QTest mouse and key events under zoom, rotation and mirror,
// read back from the markup model in image pixels; the layers checked in grabbed frames.
#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "tests/app/presentation/viewer/viewertestimages.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/markupoverlay.h"

#include <QAction>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace ridgeline;

namespace {

const QString kSha = QStringLiteral("cd").repeated(32);

bool near(QPointF a, QPointF b, double tolerance)
{
    return QLineF(a, b).length() <= tolerance;
}

// How far a frame's pixel moved towards a colour's hue: the clarity tint over grey ridges.
bool tinted(QRgb pixel, int (*channel)(QRgb), int (*other)(QRgb))
{
    return channel(pixel) > other(pixel) + 15;
}

} // namespace

class TestMarkupCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<MarkDocument>();
        m_document->setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS-2"));
        m_markup = std::make_unique<MarkupDocument>();
        QVERIFY(m_markup->setMarkup(Markup::forImage(kSha, QSize(800, 600))));
        m_markup->setUserName(QStringLiteral("examiner1"));
        m_tool = std::make_unique<MarkupTool>(m_markup.get());
        // A window with the viewer's rotate action on [, as MarkViewerWindow has.
        m_window = std::make_unique<QWidget>();
        m_rotateLeft = new QAction(m_window.get());
        m_rotateLeft->setShortcut(QKeySequence(Qt::Key_BracketLeft));
        m_window->addAction(m_rotateLeft);
        m_canvas = new MarkCanvas(m_document.get(), 64LL * 1024 * 1024, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_canvas);
        m_window->resize(800, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_canvas->setMarkupTool(m_tool.get());
        m_canvas->setMarkupMode(true);
        m_canvas->setFocus();
        QVERIFY(m_canvas->isMarkupMode());
    }

    void cleanup()
    {
        m_window.reset();
        m_tool.reset();
        m_markup.reset();
        m_document.reset();
    }

    // Shift+X, then a drag on a turned, mirrored, zoomed screen: the crease runs between the image
    // pixels under the press and the release, one undo step; a click beside it selects it and a
    // drag moves the whole line by the image distance under the mouse.
    void aDraggedCreaseLandsOnTheRightPixelsUnderZoomRotationAndMirror()
    {
        turnMirrorAndZoom();
        QTest::keyClick(m_canvas, Qt::Key_X, Qt::ShiftModifier);
        QCOMPARE(m_tool->featureType(), FeatureType::Crease);
        const QPoint from = viewPoint(QPointF(380, 280));
        const QPoint to = viewPoint(QPointF(430, 330));
        QTest::mousePress(m_canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(m_canvas, (from + to) / 2);
        QVERIFY(m_tool->lineInProgress());
        QVERIFY(m_markup->features().isEmpty());
        QTest::mouseMove(m_canvas, to);
        QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, to);
        QCOMPARE(m_markup->features().size(), 1);
        QCOMPARE(m_markup->undoStack()->count(), 1);
        const MarkupFeature crease = m_markup->features().first();
        QCOMPARE(crease.geometryKind, FeatureGeometry::Polyline);
        QCOMPARE(crease.geometry.size(), 2);
        const double pixel = 1.0 / m_canvas->view().zoom();
        QVERIFY(near(crease.geometry[0], m_canvas->view().viewToImage(QPointF(from)), 1e-6));
        QVERIFY(near(crease.geometry[1], m_canvas->view().viewToImage(QPointF(to)), 1e-6));
        QVERIFY2(near(crease.geometry[0], QPointF(380, 280), pixel), qPrintable(text(crease.geometry[0])));
        QVERIFY2(near(crease.geometry[1], QPointF(430, 330), pixel), qPrintable(text(crease.geometry[1])));

        // Beside the line on screen (6 px off its middle, away from the label): selects it.
        QTest::keyClick(m_canvas, Qt::Key_Escape);
        QVERIFY(m_tool->selected().isNull());
        const QLineF onScreen{QPointF(from), QPointF(to)};
        const QPointF normal = QPointF(-onScreen.dy(), onScreen.dx()) / onScreen.length();
        const QPoint beside = (onScreen.pointAt(0.25) + 6 * normal).toPoint();
        QTest::mousePress(m_canvas, Qt::LeftButton, {}, beside);
        QCOMPARE(m_tool->selected(), crease.id);
        QTest::mouseMove(m_canvas, beside + QPoint(20, 10));
        QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, beside + QPoint(40, 20));
        const QPointF moved = m_canvas->view().viewToImage(QPointF(beside + QPoint(40, 20))) -
                              m_canvas->view().viewToImage(QPointF(beside));
        const MarkupFeature after = *m_markup->feature(crease.id);
        QVERIFY(near(after.geometry[0], crease.geometry[0] + moved, 1e-6));
        QVERIFY(near(after.geometry[1], crease.geometry[1] + moved, 1e-6));
        QCOMPARE(m_markup->undoStack()->count(), 2);
    }

    void regionOfInterestWithClicksAndEnterOrADoubleClick()
    {
        turnMirrorAndZoom();
        QTest::keyClick(m_canvas, Qt::Key_R, Qt::ShiftModifier);
        QCOMPARE(m_tool->mode(), MarkupTool::Mode::RegionOfInterest);
        QVERIFY(m_canvas->statusText().contains(QStringLiteral("Region of interest")));
        const QList<QPointF> corners{{370, 270}, {430, 275}, {425, 330}, {372, 325}};
        QList<QPointF> expected;
        for (const QPointF &c : corners) {
            QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(c));
            expected.append(m_canvas->view().viewToImage(QPointF(viewPoint(c))));
        }
        QTest::keyClick(m_canvas, Qt::Key_Backspace); // the last point goes
        QCOMPARE(m_tool->regionInProgress().size(), 3);
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(corners.last()));
        QTest::keyClick(m_canvas, Qt::Key_Return);
        QCOMPARE(m_markup->regionOfInterest().size(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY(near(m_markup->regionOfInterest()[i], expected[i], 1e-6));
        QVERIFY(m_markup->features().isEmpty());
        QCOMPARE(m_markup->undoStack()->count(), 1);

        // A double-click closes too; Escape drops a polygon in progress.
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(380, 280)));
        QTest::keyClick(m_canvas, Qt::Key_Escape);
        QVERIFY(m_tool->regionInProgress().isEmpty());
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(380, 280)));
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(420, 280)));
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(420, 320)));
        // As the platform sends a double-click: press, release, double-click, release.
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(380, 320)));
        QTest::mouseDClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(380, 320)));
        QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(380, 320)));
        QCOMPARE(m_markup->regionOfInterest().size(), 4);
        QCOMPARE(m_markup->undoStack()->count(), 2);
        // Shift+R again: back to placing features.
        QTest::keyClick(m_canvas, Qt::Key_R, Qt::ShiftModifier);
        QCOMPARE(m_tool->mode(), MarkupTool::Mode::Features);
    }

    // The region is drawn dashed and the outside dimmed.
    void theRegionOfInterestDimsTheOutside()
    {
        const QImage before = frame();
        QVERIFY(m_markup->setRegionOfInterest({{300, 200}, {500, 200}, {500, 400}, {300, 400}}));
        const QImage after = frame();
        const QPoint inside = viewPoint(QPointF(400, 300));
        const QPoint outside = viewPoint(QPointF(150, 100));
        QCOMPARE(after.pixel(inside), before.pixel(inside));
        QVERIFY(qGray(after.pixel(outside)) < qGray(before.pixel(outside)) - 10);
    }

    void aClarityStrokeWithTheMouseIsOneStepAndIsDrawn()
    {
        turnMirrorAndZoom();
        const QImage before = frame();
        QTest::keyClick(m_canvas, Qt::Key_L, Qt::ShiftModifier);
        QCOMPARE(m_tool->mode(), MarkupTool::Mode::Clarity);
        QTest::keyClick(m_canvas, Qt::Key_4);
        QCOMPARE(m_tool->clarityLevel(), ClarityLevel::Red);
        // [ sizes the brush in the clarity tool instead of turning the view.
        QSignalSpy rotate(m_rotateLeft, &QAction::triggered);
        const double radius = m_tool->brushRadius();
        QTest::keyClick(m_canvas, Qt::Key_BracketLeft);
        QCOMPARE(m_tool->brushRadius(), radius / MarkupTool::kBrushStep);
        QCOMPARE(rotate.count(), 0);
        QTest::keyClick(m_canvas, Qt::Key_BracketRight);
        QCOMPARE(m_tool->brushRadius(), radius);
        QVERIFY(m_canvas->statusText().contains(QStringLiteral("Clarity map")));

        const QPoint from = viewPoint(QPointF(380, 300));
        const QPoint to = viewPoint(QPointF(420, 300));
        QTest::mousePress(m_canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(m_canvas, (from + to) / 2);
        QTest::mouseMove(m_canvas, to);
        QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, to);
        QCOMPARE(m_markup->undoStack()->count(), 1);
        for (const QPointF p : {QPointF(380, 300), QPointF(400, 300), QPointF(420, 300)})
            QCOMPARE(m_markup->clarityAt(p), ClarityLevel::Red);
        QCOMPARE(m_markup->clarityAt(QPointF(400, 340)), ClarityLevel::None);
        const QImage painted = frame();
        const QPoint centre = viewPoint(QPointF(400, 300));
        QVERIFY2(tinted(painted.pixel(centre), qRed, qGreen), qPrintable(QColor(painted.pixel(centre)).name()));
        m_canvas->setShowClarity(false);
        QVERIFY(!m_canvas->showsClarity());
        QCOMPARE(frame().pixel(centre), before.pixel(centre));

        // Outside the clarity tool [ is the window's again.
        QTest::keyClick(m_canvas, Qt::Key_L, Qt::ShiftModifier);
        QTest::keyClick(m_canvas, Qt::Key_BracketLeft);
        QCOMPARE(rotate.count(), 1);
    }

    void suggestionsAreDrawnPickedAndAccepted()
    {
        const QImage before = frame();
        MarkupFeature s;
        s.type = FeatureType::MinutiaBifurcation;
        s.position = QPointF(600, 150); // on plain background, away from the ridges
        QVERIFY(m_markup->setSuggestions({s}, QStringLiteral("ridgeline-extractor"), QStringLiteral("1.0")));
        QVERIFY(m_canvas->showsSuggestions());
        const QImage shown = frame();
        const QPoint at = viewPoint(QPointF(600, 150));
        const QPoint ring = at + QPoint(qRound(MarkupOverlay::kMarkerRadius), 0);
        bool drawn = false;
        for (int dy = -2; dy <= 2 && !drawn; ++dy)
            drawn = shown.pixel(ring + QPoint(0, dy)) != before.pixel(ring + QPoint(0, dy));
        QVERIFY(drawn);
        m_canvas->setShowSuggestions(false);
        QCOMPARE(frame(), before);
        // Hidden, a click places a feature; shown, it picks the suggestion.
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, at);
        QCOMPARE(m_markup->features().size(), 1);
        m_markup->undoStack()->undo();
        m_canvas->setShowSuggestions(true);
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, at);
        QCOMPARE(m_tool->selectedSuggestion(), m_markup->suggestions().first().id);
        QVERIFY(m_markup->features().isEmpty());
        QTest::keyClick(m_canvas, Qt::Key_Return);
        QVERIFY(m_markup->suggestions().isEmpty());
        QCOMPARE(m_markup->features().size(), 1);
        QCOMPARE(m_tool->selected(), m_markup->features().first().id);
        // Delete on a selected suggestion rejects it; the accepted feature stays.
        s.position = QPointF(650, 120);
        QVERIFY(m_markup->setSuggestions({s}, QStringLiteral("ridgeline-extractor"), QStringLiteral("1.0")));
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(QPointF(650, 120)));
        QVERIFY(!m_tool->selectedSuggestion().isNull());
        QVERIFY(m_canvas->statusText().contains(QStringLiteral("suggestion selected")));
        QTest::keyClick(m_canvas, Qt::Key_Delete);
        QVERIFY(m_markup->suggestions().isEmpty());
        QCOMPARE(m_markup->features().size(), 1);
    }

    // A scar drawn as a line has teeth: pixels beside the straight line change, not only on it. With
    // RIDGELINE_MARKUP_LAYERS_SHOT=<file> the canvas with every layer is saved there.
    void aScarIsAZigZagLine()
    {
        const QImage before = frame();
        MarkupFeature scar;
        scar.type = FeatureType::Scar;
        scar.position = QPointF(650, 200);
        scar.geometryKind = FeatureGeometry::Polyline;
        scar.geometry = {QPointF(560, 200), QPointF(740, 200)};
        QVERIFY(m_markup->addFeature(scar));
        const QImage after = frame();
        int beside = 0;
        for (double x = 600; x <= 700; x += 1) {
            const QPoint on = viewPoint(QPointF(x, 200));
            beside += after.pixel(on + QPoint(0, -3)) != before.pixel(on + QPoint(0, -3)) ? 1 : 0;
        }
        QVERIFY2(beside > 20, qPrintable(QString::number(beside)));
        if (const QByteArray path = qgetenv("RIDGELINE_MARKUP_LAYERS_SHOT"); !path.isEmpty()) {
            MarkupFeature crease = scar;
            crease.type = FeatureType::Crease;
            crease.geometry = {QPointF(120, 450), QPointF(380, 420)};
            crease.position = QPointF(250, 435);
            QVERIFY(m_markup->addFeature(crease));
            MarkupFeature ending;
            ending.position = QPointF(300, 200);
            ending.direction = 45;
            QVERIFY(m_markup->addFeature(ending));
            MarkupFeature s;
            s.type = FeatureType::MinutiaBifurcation;
            s.position = QPointF(350, 260);
            s.direction = 200;
            QVERIFY(m_markup->setSuggestions({s}, QStringLiteral("ridgeline-extractor"), QStringLiteral("1.0")));
            QVERIFY(m_markup->setRegionOfInterest({{80, 60}, {620, 80}, {600, 470}, {90, 440}}));
            QVERIFY(
                m_markup->paintClarityPolygon({{100, 100}, {300, 100}, {300, 380}, {100, 380}}, ClarityLevel::Green));
            QVERIFY(m_markup->paintClarityDisc(QPointF(420, 250), 60, ClarityLevel::Yellow));
            QVERIFY(m_markup->paintClarityDisc(QPointF(470, 330), 40, ClarityLevel::Red));
            m_canvas->setRotation(10);
            m_tool->setMode(MarkupTool::Mode::RegionOfInterest);
            for (const QPointF p : {QPointF(450, 380), QPointF(540, 390), QPointF(530, 450)})
                QTest::mouseClick(m_canvas, Qt::LeftButton, {}, viewPoint(p));
            QVERIFY(frame().save(QString::fromLocal8Bit(path)));
        }
    }

    // A fully assessed clarity map of a 4000 x 4000 px mark paints at fit, turned and mirrored,
    // and zoomed far in, in bands as the canvas does: one image of the cells on screen per frame.
    void aFullClarityMapOfALargeMarkPaints()
    {
        MarkupDocument big;
        QVERIFY(big.setMarkup(Markup::forImage(kSha, QSize(4000, 4000))));
        big.setUserName(QStringLiteral("examiner1"));
        QVERIFY(big.paintClarityPolygon({{0, 0}, {4000, 0}, {4000, 4000}, {0, 4000}}, ClarityLevel::Green));
        QVERIFY(big.paintClarityPolygon({{0, 0}, {2000, 0}, {2000, 2000}, {0, 2000}}, ClarityLevel::Yellow));
        QCOMPARE(big.clarity().count(ClarityLevel::None), 0);
        for (const double zoom : {0.0, 20.0}) {
            ViewTransform view(QSize(4000, 4000), QSize(800, 600));
            view.setRotation(30);
            view.setFlipped(true);
            if (zoom > 0)
                view.setZoom(zoom);
            view.centerOn(QPointF(3000, 3000));
            QImage canvas(800, 600, QImage::Format_ARGB32_Premultiplied);
            canvas.fill(Qt::black);
            QPainter painter(&canvas);
            const MarkupOverlay::ClarityImage cells = MarkupOverlay::clarityImage(view, big.clarity(), canvas.rect());
            QVERIFY(!cells.cells.isNull());
            QVERIFY(cells.cells.width() * cells.cells.height() <= 500 * 500);
            paintInBands(painter, canvas.rect(),
                         [&](const QRect &) { MarkupOverlay::paintClarity(painter, view, cells); });
            painter.end();
            const QRgb centre = canvas.pixel(view.imageToView(QPointF(3000, 3000)).toPoint());
            QVERIFY2(qGreen(centre) > 30 && qRed(centre) < 10, qPrintable(QColor(centre).name()));
        }
    }

private:
    void turnMirrorAndZoom()
    {
        m_canvas->setFlipped(true);
        m_canvas->setRotation(37.0);
        ViewTransform view = m_canvas->view();
        view.setZoom(3.7);
        view.centerOn(QPointF(400, 300));
        m_canvas->setView(view);
    }
    // The canvas once every tile it shows is there, so frames differ by the markup only.
    QImage frame()
    {
        for (int i = 0; i < 3; ++i) {
            m_canvas->scheduler()->waitForIdle(10000);
            m_canvas->repaint();
            if (m_canvas->lastPaint().complete())
                break;
        }
        return m_canvas->grab().toImage();
    }
    QPoint viewPoint(QPointF image) const { return m_canvas->view().imageToView(image).toPoint(); }
    static QString text(QPointF p) { return QStringLiteral("%1,%2").arg(p.x()).arg(p.y()); }

    std::unique_ptr<MarkDocument> m_document;
    std::unique_ptr<MarkupDocument> m_markup;
    std::unique_ptr<MarkupTool> m_tool;
    std::unique_ptr<QWidget> m_window;
    QAction *m_rotateLeft = nullptr;
    MarkCanvas *m_canvas = nullptr;
};

QTEST_MAIN(TestMarkupCanvas)
#include "tst_markupcanvas.moc"
