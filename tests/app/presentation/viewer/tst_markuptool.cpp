#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markuptool.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ridgeline;

namespace {
const QString kSha = QStringLiteral("ab").repeated(32);
} // namespace

class TestMarkupTool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<MarkupDocument>();
        QVERIFY(m_document->setMarkup(Markup::forImage(kSha, QSize(800, 600))));
        m_document->setUserName(QStringLiteral("examiner1"));
        m_tool = std::make_unique<MarkupTool>(m_document.get());
        // One image pixel per screen pixel, unturned: screen distances equal image distances.
        ViewTransform view(QSize(800, 600), QSize(800, 600));
        view.setZoom(1.0);
        m_tool->setView(view);
    }

    void aClickPlacesTheCurrentType()
    {
        m_tool->setFeatureType(FeatureType::MinutiaBifurcation);
        m_tool->press(QPointF(100.5, 200.5));
        m_tool->release(QPointF(100.5, 200.5));
        QCOMPARE(m_document->features().size(), 1);
        const MarkupFeature &f = m_document->features().first();
        QCOMPARE(f.type, FeatureType::MinutiaBifurcation);
        QCOMPARE(f.position, QPointF(100.5, 200.5));
        QCOMPARE(f.author, QStringLiteral("examiner1"));
        QVERIFY(!f.direction);
        QCOMPARE(m_tool->selected(), f.id); // the new feature is selected
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void placeAndDragDirectionIsOneUndoStep()
    {
        m_tool->setFeatureType(FeatureType::MinutiaEnding);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(110, 100));
        m_tool->drag(QPointF(110, 90)); // up and right on screen: 45 degrees
        m_tool->drag(QPointF(100, 80)); // straight up: 90 degrees
        m_tool->release(QPointF(100, 80));
        QCOMPARE(m_document->features().size(), 1);
        QCOMPARE(m_document->features().first().position, QPointF(100, 100));
        QVERIFY(m_document->features().first().direction);
        QCOMPARE(*m_document->features().first().direction, 90.0);
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QVERIFY(m_document->features().isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(*m_document->features().first().direction, 90.0);
    }

    void aDragWithinTheThresholdLeavesNoDirection()
    {
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(101, 101));
        m_tool->release(QPointF(101, 101));
        QVERIFY(!m_document->features().first().direction);
        QCOMPARE(m_document->features().first().position, QPointF(100, 100));
    }

    void typesWithoutDirectionAreDraggedIntoPlace()
    {
        m_tool->setFeatureType(FeatureType::Dot);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(120, 100));
        m_tool->release(QPointF(130, 110));
        QCOMPARE(m_document->features().first().position, QPointF(130, 110));
        QVERIFY(!m_document->features().first().direction);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void aClickNearAFeatureSelectsItAndADragMovesIt()
    {
        const FeatureId first = placeAt(QPointF(100, 100));
        const FeatureId second = placeAt(QPointF(300, 300));
        QCOMPARE(m_tool->selected(), second);
        QSignalSpy selection(m_tool.get(), &MarkupTool::selectionChanged);
        m_tool->press(QPointF(104, 103)); // 5 screen px away: a hit
        QCOMPARE(m_tool->selected(), first);
        QCOMPARE(selection.count(), 1);
        m_tool->release(QPointF(104, 103));
        QCOMPARE(m_document->features().size(), 2);    // nothing placed
        QCOMPARE(m_document->undoStack()->count(), 2); // nor moved

        m_tool->press(QPointF(104, 103));
        for (int x = 110; x <= 200; x += 10)
            m_tool->drag(QPointF(x + 4, 153));
        m_tool->release(QPointF(204, 153));
        QCOMPARE(m_document->feature(first)->position, QPointF(200, 150)); // keeps the grab offset
        QCOMPARE(m_document->undoStack()->count(), 3);                     // the whole drag is one step
        m_document->undoStack()->undo();
        QCOMPARE(m_document->feature(first)->position, QPointF(100, 100));
    }

    void shiftPlacesEvenOnAFeature()
    {
        placeAt(QPointF(100, 100));
        m_tool->press(QPointF(102, 100), Qt::ShiftModifier);
        m_tool->release(QPointF(102, 100));
        QCOMPARE(m_document->features().size(), 2);
    }

    void deleteRemovesTheSelection()
    {
        placeAt(QPointF(100, 100));
        const FeatureId second = placeAt(QPointF(300, 300));
        QVERIFY(m_tool->removeSelected());
        QCOMPARE(m_document->features().size(), 1);
        QVERIFY(!m_document->feature(second));
        QVERIFY(m_tool->selected().isNull());
        QVERIFY(!m_tool->removeSelected()); // nothing selected now
        m_document->undoStack()->undo();
        QVERIFY(m_document->feature(second));
    }

    void escapeTakesBackAPlacementWithoutARedoStep()
    {
        placeAt(QPointF(50, 50));
        QSignalSpy canRedo(m_document->undoStack(), &QUndoStack::canRedoChanged);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(130, 100));
        QCOMPARE(m_document->features().size(), 2);
        m_tool->cancel();
        QVERIFY(!m_tool->isPressed());
        QCOMPARE(m_document->features().size(), 1);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(!m_document->undoStack()->canRedo());
        QVERIFY(!canRedo.isEmpty());
        QCOMPARE(canRedo.last().first().toBool(), false); // the Redo action is disabled again
        m_tool->release(QPointF(130, 100));               // the release after Escape does nothing
        QCOMPARE(m_document->features().size(), 1);
    }

    void escapeTakesBackAMoveThenClearsTheSelection()
    {
        const FeatureId id = placeAt(QPointF(100, 100));
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(150, 150));
        QCOMPARE(m_document->feature(id)->position, QPointF(150, 150));
        m_tool->cancel();
        QCOMPARE(m_document->feature(id)->position, QPointF(100, 100));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(!m_document->undoStack()->canRedo());
        QCOMPARE(m_tool->selected(), id);
        m_tool->cancel(); // nothing in progress: the selection goes
        QVERIFY(m_tool->selected().isNull());
    }

    void outsideTheImageIsRefusedWithAReason()
    {
        QSignalSpy failed(m_tool.get(), &MarkupTool::failed);
        m_tool->press(QPointF(900, 100));
        m_tool->release(QPointF(900, 100));
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_document->features().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(!m_document->undoStack()->canRedo());
    }

    void undoOfASelectedFeatureClearsTheSelection()
    {
        placeAt(QPointF(100, 100));
        m_document->undoStack()->undo();
        QVERIFY(m_tool->selected().isNull());
    }

    // The screen's pixel maps to the right image pixel however the view lies, and the hit radius
    // is in screen pixels: 9 px on screen is about a third of an image pixel at 25x.
    void hitTestingUnderZoomRotationAndMirror()
    {
        ViewTransform view(QSize(800, 600), QSize(640, 480));
        view.setZoom(25.0);
        view.setRotation(30.0);
        view.setFlipped(true);
        view.centerOn(QPointF(400, 300));
        m_tool->setView(view);
        const QPointF pixelCentre(400.5, 300.5);
        const QPointF screen = view.imageToView(pixelCentre);
        // The canvas maps the click on screen back to the image: that is where the feature lands.
        m_tool->press(view.viewToImage(screen));
        m_tool->release(view.viewToImage(screen));
        const FeatureId id = m_document->features().first().id;
        QVERIFY(QLineF(m_document->features().first().position, pixelCentre).length() < 1e-6);
        m_tool->clearSelection();
        // 6 screen px to the right on screen hits it; 12 do not (about half an image pixel).
        QCOMPARE(m_tool->featureAt(view.viewToImage(screen + QPointF(6, 0))), id);
        QVERIFY(m_tool->featureAt(view.viewToImage(screen + QPointF(12, 0))).isNull());
        // A drag to the right ON SCREEN under a mirrored, turned view is a direction in the image
        // that points back to the right on that screen.
        m_document->undoStack()->undo();
        m_tool->press(view.viewToImage(screen));
        m_tool->drag(view.viewToImage(screen + QPointF(40, 0)));
        m_tool->release(view.viewToImage(screen + QPointF(40, 0)));
        const MarkupFeature f = m_document->features().first();
        const double radians = *f.direction * M_PI / 180.0;
        const QPointF tip = view.imageToView(f.position + QPointF(std::cos(radians), -std::sin(radians)));
        const QPointF onScreen = tip - view.imageToView(f.position);
        QVERIFY2(onScreen.x() > 0 && qAbs(onScreen.y()) < 1e-3, qPrintable(QString::number(*f.direction)));
    }

    // --- Lines (issue 6) ---

    void aDragWithALineTypeDrawsATwoPointPolyline()
    {
        m_tool->setFeatureType(FeatureType::Crease);
        QSignalSpy inProgress(m_tool.get(), &MarkupTool::inProgressChanged);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(150, 120));
        QVERIFY(m_document->features().isEmpty()); // only a rubber band while dragging
        QCOMPARE(m_tool->lineInProgress(), QLineF(QPointF(100, 100), QPointF(150, 120)));
        QVERIFY(!inProgress.isEmpty());
        m_tool->drag(QPointF(180, 140));
        m_tool->release(QPointF(200, 150));
        QVERIFY(!m_tool->lineInProgress());
        QCOMPARE(m_document->features().size(), 1);
        const MarkupFeature &f = m_document->features().first();
        QCOMPARE(f.type, FeatureType::Crease);
        QCOMPARE(f.geometryKind, FeatureGeometry::Polyline);
        QCOMPARE(f.geometry, (QList<QPointF>{QPointF(100, 100), QPointF(200, 150)}));
        QCOMPARE(f.position, QPointF(150, 125)); // the label sits mid-line
        QCOMPARE(m_tool->selected(), f.id);
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QVERIFY(m_document->features().isEmpty());
    }

    void aClickWithALineTypePlacesAPoint()
    {
        m_tool->setFeatureType(FeatureType::Scar);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(101, 101)); // within the threshold
        m_tool->release(QPointF(101, 101));
        QCOMPARE(m_document->features().size(), 1);
        QCOMPARE(m_document->features().first().geometryKind, FeatureGeometry::None);
        QCOMPARE(m_document->features().first().position, QPointF(100, 100));
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void aLineEndingOffTheImageStopsAtItsEdge()
    {
        m_tool->setFeatureType(FeatureType::Crease);
        m_tool->press(QPointF(700, 100));
        m_tool->release(QPointF(900, 100));
        QCOMPARE(m_document->features().first().geometry.last(), QPointF(800, 100));
    }

    void escapeDropsALineInProgress()
    {
        m_tool->setFeatureType(FeatureType::Crease);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(200, 100));
        m_tool->cancel();
        QVERIFY(!m_tool->lineInProgress());
        m_tool->release(QPointF(200, 100));
        QVERIFY(m_document->features().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void aClickOnTheLineSelectsItAndADragMovesTheWholeLine()
    {
        m_tool->setFeatureType(FeatureType::Crease);
        m_tool->press(QPointF(100, 100));
        m_tool->release(QPointF(300, 100));
        const FeatureId line = m_tool->selected();
        m_tool->clearSelection();
        // 6 px off the segment, far from both ends and the label: a hit; 12 px: none.
        QCOMPARE(m_tool->featureAt(QPointF(130, 106)), line);
        QVERIFY(m_tool->featureAt(QPointF(130, 112)).isNull());
        QVERIFY(m_tool->featureAt(QPointF(320, 100)).isNull()); // beyond its end
        m_tool->press(QPointF(130, 106));
        QCOMPARE(m_tool->selected(), line);
        m_tool->drag(QPointF(140, 126));
        m_tool->release(QPointF(150, 146));
        const MarkupFeature moved = *m_document->feature(line);
        QCOMPARE(moved.geometry, (QList<QPointF>{QPointF(120, 140), QPointF(320, 140)}));
        QCOMPARE(moved.position, QPointF(220, 140));
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->feature(line)->geometry.first(), QPointF(100, 100));
    }

    // --- Region of interest ---

    void clicksAndCloseMakeTheRegionOfInterestInOneUndoStep()
    {
        m_tool->setMode(MarkupTool::Mode::RegionOfInterest);
        const QList<QPointF> corners{QPointF(100, 100), QPointF(400, 120), QPointF(380, 400), QPointF(90, 380)};
        for (const QPointF &p : corners) {
            m_tool->press(p);
            m_tool->release(p);
        }
        QCOMPARE(m_tool->regionInProgress(), corners);
        QVERIFY(m_document->regionOfInterest().isEmpty());
        QVERIFY(m_tool->closeRegion());
        QCOMPARE(m_document->regionOfInterest(), corners);
        QVERIFY(m_tool->regionInProgress().isEmpty());
        QVERIFY(m_document->features().isEmpty()); // the clicks placed no features
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QVERIFY(m_document->regionOfInterest().isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(m_document->regionOfInterest(), corners);
    }

    void aClickOnTheFirstVertexClosesTheRegion()
    {
        m_tool->setMode(MarkupTool::Mode::RegionOfInterest);
        for (const QPointF &p : {QPointF(100, 100), QPointF(300, 100), QPointF(200, 300), QPointF(103, 102)})
            m_tool->press(p);
        QCOMPARE(m_document->regionOfInterest().size(), 3);
    }

    void backspaceRemovesAVertexAndEscapeLeavesNothing()
    {
        m_tool->setMode(MarkupTool::Mode::RegionOfInterest);
        QSignalSpy failed(m_tool.get(), &MarkupTool::failed);
        m_tool->press(QPointF(100, 100));
        m_tool->press(QPointF(300, 100));
        QVERIFY(!m_tool->closeRegion()); // two points are no region
        QCOMPARE(failed.count(), 1);
        m_tool->press(QPointF(900, 300)); // off the image: on its right edge
        QCOMPARE(m_tool->regionInProgress().last(), QPointF(800, 300));
        QVERIFY(m_tool->removeLastVertex());
        QCOMPARE(m_tool->regionInProgress().size(), 2);
        m_tool->cancel();
        QVERIFY(m_tool->regionInProgress().isEmpty());
        QVERIFY(!m_tool->closeRegion());
        QVERIFY(m_document->regionOfInterest().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void changingTheModeDropsThePolygonInProgress()
    {
        QSignalSpy mode(m_tool.get(), &MarkupTool::modeChanged);
        m_tool->setMode(MarkupTool::Mode::RegionOfInterest);
        m_tool->press(QPointF(100, 100));
        m_tool->setMode(MarkupTool::Mode::Features);
        QVERIFY(m_tool->regionInProgress().isEmpty());
        QCOMPARE(mode.count(), 2);
        QCOMPARE(mode.last().first().value<MarkupTool::Mode>(), MarkupTool::Mode::Features);
    }

    // --- Clarity ---

    void aClarityStrokeIsOneUndoStepAndPaintsTheCellsUnderItsPath()
    {
        m_tool->setMode(MarkupTool::Mode::Clarity);
        m_tool->setClarityLevel(ClarityLevel::Red);
        m_tool->setBrushRadius(10);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(200, 100));
        m_tool->drag(QPointF(300, 300)); // a long jump: the stroke fills in between
        m_tool->release(QPointF(300, 300));
        QCOMPARE(m_document->undoStack()->count(), 1);
        for (const QPointF &p :
             {QPointF(100, 100), QPointF(150, 100), QPointF(200, 100), QPointF(250, 200), QPointF(300, 300)})
            QCOMPARE(m_document->clarityAt(p), ClarityLevel::Red);
        QCOMPARE(m_document->clarityAt(QPointF(100, 130)), ClarityLevel::None); // beyond the brush
        QCOMPARE(m_document->clarityAt(QPointF(500, 500)), ClarityLevel::None);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->clarity().count(ClarityLevel::Red), 0);

        // A second stroke is a second step.
        m_tool->setClarityLevel(ClarityLevel::Green);
        m_tool->press(QPointF(400, 400));
        m_tool->release(QPointF(420, 400));
        m_tool->press(QPointF(500, 400));
        m_tool->release(QPointF(520, 400));
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(m_document->clarityAt(QPointF(510, 400)), ClarityLevel::Green);
    }

    void escapeTakesBackAStroke()
    {
        m_tool->setMode(MarkupTool::Mode::Clarity);
        m_tool->press(QPointF(100, 100));
        m_tool->drag(QPointF(200, 100));
        QVERIFY(m_document->clarity().count(ClarityLevel::Green) > 0);
        m_tool->cancel();
        QCOMPARE(m_document->clarity().count(ClarityLevel::Green), 0);
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(!m_document->undoStack()->canRedo());
    }

    void theBrushRadiusIsClamped()
    {
        QSignalSpy radius(m_tool.get(), &MarkupTool::brushRadiusChanged);
        m_tool->setBrushRadius(10);
        m_tool->growBrush();
        QCOMPARE(m_tool->brushRadius(), 12.5);
        m_tool->setBrushRadius(0);
        QCOMPARE(m_tool->brushRadius(), MarkupTool::kMinBrushRadius);
        QCOMPARE(radius.count(), 3);
    }

    // --- Suggestions ---

    void aClickOnASuggestionSelectsItApartFromTheFeatures()
    {
        const FeatureId feature = placeAt(QPointF(100, 100));
        MarkupFeature s;
        s.type = FeatureType::MinutiaEnding;
        s.position = QPointF(300, 300);
        QVERIFY(m_document->setSuggestions({s}, QStringLiteral("ridgeline-extractor"), QStringLiteral("1")));
        const FeatureId suggestion = m_document->suggestions().first().id;
        QSignalSpy picked(m_tool.get(), &MarkupTool::suggestionSelected);
        const int steps = m_document->undoStack()->count();
        m_tool->press(QPointF(304, 302));
        m_tool->drag(QPointF(340, 340)); // suggestions are not dragged
        m_tool->release(QPointF(340, 340));
        QCOMPARE(m_tool->selectedSuggestion(), suggestion);
        QCOMPARE(picked.count(), 1);
        QVERIFY(m_tool->selected().isNull());
        QCOMPARE(m_document->suggestions().first().position, QPointF(300, 300));
        QCOMPARE(m_document->undoStack()->count(), steps);
        // Hidden suggestions are not picked: the click places a feature.
        m_tool->setSuggestionsPickable(false);
        QVERIFY(m_tool->selectedSuggestion().isNull());
        placeAt(QPointF(302, 300));
        QCOMPARE(m_document->features().size(), 2);
        m_document->undoStack()->undo();
        m_tool->setSuggestionsPickable(true);
        m_tool->press(QPointF(300, 300));
        m_tool->release(QPointF(300, 300));
        // Accepting keeps the id: the feature it became is selected.
        QVERIFY(m_tool->acceptSelectedSuggestion());
        QVERIFY(m_tool->selectedSuggestion().isNull());
        QCOMPARE(m_tool->selected(), suggestion);
        QVERIFY(m_document->feature(suggestion));
        QVERIFY(m_document->feature(feature));
    }

private:
    FeatureId placeAt(QPointF p)
    {
        m_tool->press(p);
        m_tool->release(p);
        return m_tool->selected();
    }

    std::unique_ptr<MarkupDocument> m_document;
    std::unique_ptr<MarkupTool> m_tool;
};

QTEST_GUILESS_MAIN(TestMarkupTool)
#include "tst_markuptool.moc"
