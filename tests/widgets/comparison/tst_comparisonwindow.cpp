// The comparison window driven as an examiner drives it (issue 6): features placed and linked by
// mouse clicks on the real panes (under zoom, rotation and mirror), one undo step per placed and
// linked pair, deleting a feature takes its pair with it, alignment robust to a wrong pair, the
// overlay rendering the aligned images, linked panes showing the same ridge in the same place.
#include "app/core/comparisonbundle.h"
#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/gui/comparisonwindow.h"
#include "app/imaging/synthesizer.h"
#include "app/presentation/viewer/correspondencetool.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "widgets/comparison/comparisonview.h"
#include "widgets/markviewer/markcanvas.h"

#include <QAction>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace ridgeline;

namespace {

const QString kMarkSha = QString(64, QLatin1Char('a'));
const QString kExemplarSha = QString(64, QLatin1Char('b'));

// The exemplar: the mark turned 20 degrees, scaled 1.25 and moved, on white.
QTransform markToExemplar()
{
    QTransform t;
    t.translate(120, 60);
    t.rotate(20);
    t.scale(1.25, 1.25);
    return t;
}

QImage exemplarOf(const QImage &mark)
{
    QImage canvas(900, 900, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(markToExemplar());
    painter.drawImage(QPointF(0, 0), mark);
    painter.end();
    return canvas.convertToFormat(QImage::Format_Grayscale8);
}

QPoint onScreen(MarkCanvas *canvas, QPointF image)
{
    return canvas->view().imageToView(image).toPoint();
}

} // namespace

class TestComparisonWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<ComparisonWindow> m_window;
    QImage m_mark;
    QImage m_exemplar;
    QList<QPointF> m_points; // mark image px

    MarkCanvas *left() const { return m_window->view()->canvas(ComparisonSide::Left); }
    MarkCanvas *right() const { return m_window->view()->canvas(ComparisonSide::Right); }
    MarkupComparisonDocument *comparison() const { return m_window->comparison(); }

    void open()
    {
        m_window = std::make_unique<ComparisonWindow>(QStringLiteral("JS/1"), 128);
        m_window->resize(1400, 800);
        LoadedMark mark{m_mark, nullptr, 500.0, {}};
        LoadedMark exemplar{m_exemplar, nullptr, 625.0, {}}; // scaled 1.25: 625 ppi
        m_window->document(ComparisonSide::Left)->setLoaded(mark, QStringLiteral("JS/1"));
        m_window->document(ComparisonSide::Right)->setLoaded(exemplar, QStringLiteral("TP/7"));
        ExemplarReference ref{PersonId::create(), ImpressionId::create(), QStringLiteral("TP/7"), 2};
        QVERIFY(m_window->start(kMarkSha, kExemplarSha, ref, QStringLiteral("aokafor")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(left()->view().viewportSize().width() > 300);
        left()->fitToWindow();
        right()->fitToWindow();
    }

    // Links the i-th point on both sides by two clicks (Link mode).
    void linkPoint(int i)
    {
        const QPointF p = m_points[i];
        QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), p));
        QTest::mouseClick(right(), Qt::LeftButton, {}, onScreen(right(), markToExemplar().map(p)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A synthetic fingerprint impression (real minutiae for the matcher), and the exemplar made
        // from it by a known similarity.
        m_mark = imaging::synthesizeImpression(imaging::synthesizeMaster(11, 2), 5, 0, false).image;
        QVERIFY(m_mark.width() >= 300 && m_mark.height() >= 300);
        m_exemplar = exemplarOf(m_mark);
        const double w = m_mark.width(), h = m_mark.height();
        for (int i = 0; i < 12; ++i) // spread over the mark, well apart
            m_points << QPointF(w * (0.18 + (i % 4) * 0.2), h * (0.22 + (i / 4) * 0.26));
    }

    void init() { open(); }
    void cleanup() { m_window.reset(); }

    void twelvePairsAreLinkedByClicksAndNumbered()
    {
        m_window->action(QStringLiteral("actionLink"))->trigger();
        QCOMPARE(m_window->view()->interaction(), ComparisonView::Interaction::Correspond);
        for (int i = 0; i < 12; ++i)
            linkPoint(i);
        QCOMPARE(comparison()->pairs().size(), 12);
        for (int i = 0; i < 12; ++i) {
            const Correspondence &pair = comparison()->pairs()[i];
            QCOMPARE(pair.number, i + 1);
            QCOMPARE(pair.author, QStringLiteral("aokafor"));
            const auto a = m_window->markup(ComparisonSide::Left)->feature(pair.left);
            const auto b = m_window->markup(ComparisonSide::Right)->feature(pair.right);
            QVERIFY(a && b);
            // A click lands on the image pixel under it (within the rounding to a screen pixel).
            const double tolerance = 1.0 / left()->view().zoom();
            QVERIFY2(
                QLineF(a->position, m_points[i]).length() <= tolerance,
                qPrintable(QStringLiteral("pair %1 at (%2, %3)").arg(i + 1).arg(a->position.x()).arg(a->position.y())));
            QVERIFY(QLineF(b->position, markToExemplar().map(m_points[i])).length() <= 1.0 / right()->view().zoom());
            QCOMPARE(b->type, a->type);
            QVERIFY(a->afterExemplar); // marked on the mark while the exemplar was in view
        }
        QCOMPARE(m_window->pairList()->topLevelItemCount(), 12);
        // Each pair was one step: undo takes back pair 12 and the exemplar feature placed for it.
        const qsizetype exemplarFeatures = m_window->markup(ComparisonSide::Right)->features().size();
        m_window->undoStack()->undo();
        QCOMPARE(comparison()->pairs().size(), 11);
        QCOMPARE(m_window->markup(ComparisonSide::Right)->features().size(), exemplarFeatures - 1);
        m_window->undoStack()->undo(); // the mark feature of pair 12 (placed, pending)
        QCOMPARE(m_window->markup(ComparisonSide::Left)->features().size(), 11);
        m_window->undoStack()->redo();
        m_window->undoStack()->redo();
        QCOMPARE(comparison()->pairs().size(), 12);
        QCOMPARE(comparison()->pairs().last().number, 12);
    }

    void clickingAPairedFeatureSelectsThePairAndDeleteUnlinksIt()
    {
        m_window->action(QStringLiteral("actionLink"))->trigger();
        for (int i = 0; i < 3; ++i)
            linkPoint(i);
        QTest::mouseClick(right(), Qt::LeftButton, {}, onScreen(right(), markToExemplar().map(m_points[1])));
        QCOMPARE(m_window->tool()->selectedPair(), 2);
        QCOMPARE(m_window->pairList()->currentItem()->text(0), QStringLiteral("2"));
        QTest::keyClick(right(), Qt::Key_Delete);
        QCOMPARE(comparison()->pairs().size(), 2);
        QVERIFY(!comparison()->pair(2));
        QCOMPARE(m_window->markup(ComparisonSide::Right)->features().size(), 3); // the features stay
        m_window->undoStack()->undo();
        QVERIFY(comparison()->pair(2));
    }

    void deletingAFeatureRemovesItsPairAndUndoPutsItBack()
    {
        m_window->action(QStringLiteral("actionLink"))->trigger();
        for (int i = 0; i < 4; ++i)
            linkPoint(i);
        const FeatureId gone = comparison()->pair(3)->left;
        m_window->action(QStringLiteral("actionMarkup"))->trigger();
        m_window->markupTool(ComparisonSide::Left)->select(gone);
        left()->setFocus();
        QTest::keyClick(left(), Qt::Key_Delete);
        QVERIFY(!m_window->markup(ComparisonSide::Left)->feature(gone));
        QCOMPARE(comparison()->pairs().size(), 3);
        QVERIFY(!comparison()->pairOf(ComparisonSide::Left, gone)); // no dangling pair
        const ComparisonBundle b = m_window->bundle();
        QVERIFY(validateComparison(b.comparison, b.mark, b.exemplar).ok());
        m_window->undoStack()->undo();
        QVERIFY(comparison()->pair(3));
        QCOMPARE(comparison()->pair(3)->left, gone);
    }

    void clicksLandOnTheRightPixelUnderRotationAndMirror()
    {
        left()->setRotation(37);
        left()->setFlipped(true);
        left()->zoomIn();
        ViewTransform view = left()->view();
        view.centerOn(QPointF(300, 250));
        left()->setView(view);
        m_window->action(QStringLiteral("actionLink"))->trigger();
        const QPointF p(310.5, 240.5);
        QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), p));
        const FeatureId placed = m_window->tool()->pending(ComparisonSide::Left);
        QVERIFY(!placed.isNull());
        QVERIFY(QLineF(m_window->markup(ComparisonSide::Left)->feature(placed)->position, p).length() <=
                1.0 / left()->view().zoom());
    }

    void alignmentIsRobustToAWrongPairAndTheOverlayRendersIt()
    {
        m_window->action(QStringLiteral("actionLink"))->trigger();
        for (int i = 0; i < 8; ++i) {
            if (i == 4) { // a wrong pair: the mark point linked to the wrong place on the exemplar
                QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), m_points[4]));
                QTest::mouseClick(right(), Qt::LeftButton, {},
                                  onScreen(right(), markToExemplar().map(m_points[4]) + QPointF(60, -45)));
                continue;
            }
            linkPoint(i);
        }
        QVERIFY(m_window->align(AlignmentKind::Similarity));
        const std::optional<Alignment> alignment = comparison()->alignment();
        QVERIFY(alignment);
        QVERIFY(!alignment->pairs.contains(5)); // left out as not fitting
        QCOMPARE(alignment->pairs.size(), 7);
        for (const QPointF &p : {QPointF(100, 100), QPointF(m_mark.width() - 100.0, m_mark.height() - 100.0)})
            QVERIFY2(
                QLineF(alignment->map(p), markToExemplar().map(p)).length() < 1.5,
                qPrintable(
                    QStringLiteral("off by %1 px").arg(QLineF(alignment->map(p), markToExemplar().map(p)).length())));
        // The panel states the scale and turn the examiner would check: 1.25 and 20 degrees clockwise.
        const QString text = m_window->alignmentLabel()->text();
        const QRegularExpressionMatch shown =
            QRegularExpression(QStringLiteral("scale ([0-9.]+), turned (-?[0-9.]+)°")).match(text);
        QVERIFY2(shown.hasMatch(), qPrintable(text));
        QVERIFY2(std::abs(shown.captured(1).toDouble() - 1.25) < 0.01, qPrintable(text));
        QVERIFY2(std::abs(shown.captured(2).toDouble() + 20.0) < 0.5, qPrintable(text));
        // One undo step; undo forgets it, redo brings it back.
        m_window->undoStack()->undo();
        QVERIFY(!comparison()->alignment());
        m_window->undoStack()->redo();
        QVERIFY(comparison()->alignment());

        // Overlay, difference: where the aligned images agree the pane is dark.
        OverlayCanvas *overlay = m_window->view()->overlayCanvas();
        QTRY_VERIFY_WITH_TIMEOUT(overlay->isReady(), 10000);
        m_window->action(QStringLiteral("actionOverlay"))->trigger();
        QVERIFY(m_window->view()->showsOverlay());
        overlay->setMode(OverlayCanvas::Mode::Difference);
        ViewTransform view = right()->view();
        view.centerOn(markToExemplar().map(QPointF(m_mark.width() / 2.0, m_mark.height() / 2.0)));
        right()->setView(view);
        const QImage shot = overlay->grab().toImage();
        QVERIFY(overlay->lastPaintRendered());
        const QRect centre(shot.width() / 2 - 60, shot.height() / 2 - 60, 120, 120);
        double sum = 0;
        for (int y = centre.top(); y <= centre.bottom(); ++y)
            for (int x = centre.left(); x <= centre.right(); ++x)
                sum += qGray(shot.pixel(x, y));
        QVERIFY2(sum / (120.0 * 120.0) < 40, qPrintable(QStringLiteral("mean difference %1").arg(sum / 14400.0)));
        // Misaligned (the alignment cleared and another forced), the same place is bright.
        QVERIFY(comparison()->setAlignment(AlignmentKind::Similarity, {1, 0, 30, 0, 1, 0}, {}));
        const QImage off = overlay->grab().toImage();
        double offSum = 0;
        for (int y = centre.top(); y <= centre.bottom(); ++y)
            for (int x = centre.left(); x <= centre.right(); ++x)
                offSum += qGray(off.pixel(x, y));
        QVERIFY2(offSum > 2 * sum, qPrintable(QStringLiteral("%1 vs %2").arg(offSum).arg(sum)));
        // Flicker alternates the two.
        overlay->setFlickerInterval(30);
        overlay->setMode(OverlayCanvas::Mode::Flicker);
        const bool first = overlay->flickerShowsMark();
        QTRY_VERIFY(overlay->flickerShowsMark() != first);
    }

    void linkedPanesShowTheSameRidgeInTheSamePlace()
    {
        m_window->action(QStringLiteral("actionLink"))->trigger();
        for (int i = 0; i < 6; ++i)
            linkPoint(i);
        QVERIFY(m_window->align(AlignmentKind::Similarity));
        m_window->action(QStringLiteral("actionLinkViews"))->trigger();
        QVERIFY(m_window->view()->isLinked());
        // Pan and zoom the mark: the exemplar follows through the alignment.
        left()->zoomIn();
        ViewTransform view = left()->view();
        view.centerOn(QPointF(260, 300));
        left()->setView(view);
        const QPointF markPoint(270, 310);
        const QPointF onLeft = left()->view().imageToView(markPoint);
        const QPointF onRight = right()->view().imageToView(markToExemplar().map(markPoint));
        QVERIFY2(QLineF(onLeft, onRight).length() < 2.0, qPrintable(QStringLiteral("(%1, %2) vs (%3, %4)")
                                                                        .arg(onLeft.x())
                                                                        .arg(onLeft.y())
                                                                        .arg(onRight.x())
                                                                        .arg(onRight.y())));
        // Unlinked: the exemplar stays where it is.
        m_window->action(QStringLiteral("actionLinkViews"))->trigger();
        const ViewTransform before = right()->view();
        left()->zoomIn();
        QCOMPARE(right()->view(), before);
    }

    void nonCorrespondenceAndUnclearAreas()
    {
        m_window->action(QStringLiteral("actionNonCorrespondence"))->trigger();
        QTest::mouseClick(right(), Qt::LeftButton, {}, onScreen(right(), QPointF(400, 400)));
        QTest::keyClick(right(), Qt::Key_Return);
        QCOMPARE(comparison()->annotations().size(), 1);
        QCOMPARE(comparison()->annotations()[0].kind, ComparisonAnnotationKind::NonCorrespondence);
        QCOMPARE(comparison()->annotations()[0].side, ComparisonSide::Right);
        m_window->action(QStringLiteral("actionUnclear"))->trigger();
        for (const QPointF p : {QPointF(100, 100), QPointF(200, 100), QPointF(150, 180)})
            QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), p));
        QTest::keyClick(left(), Qt::Key_Return);
        QCOMPARE(comparison()->annotations().size(), 2);
        QCOMPARE(comparison()->annotations()[1].kind, ComparisonAnnotationKind::Unclear);
        QCOMPARE(comparison()->annotations()[1].points.size(), 3);
        // Two points are neither a place nor an area: refused, nothing recorded.
        QSignalSpy failed(m_window->tool(), &CorrespondenceTool::failed);
        QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), QPointF(300, 300)));
        QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), QPointF(350, 300)));
        QTest::keyClick(left(), Qt::Key_Return);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(comparison()->annotations().size(), 2);
        QTest::keyClick(left(), Qt::Key_Escape);
        QVERIFY(m_window->tool()->draftPoints().isEmpty());
    }

    void theBundleRoundTripsAndReopensAsLeft()
    {
        m_window->action(QStringLiteral("actionLink"))->trigger();
        for (int i = 0; i < 5; ++i)
            linkPoint(i);
        QVERIFY(m_window->align(AlignmentKind::Affine));
        const ComparisonBundle before = m_window->bundle();
        auto read = comparisonBundleFromJson(comparisonBundleToJson(before));
        QVERIFY(read);
        QVERIFY(read.value() == before);
        m_window.reset();
        m_window = std::make_unique<ComparisonWindow>(QStringLiteral("JS/1"), 128);
        m_window->document(ComparisonSide::Left)
            ->setLoaded(LoadedMark{m_mark, nullptr, 500.0, {}}, QStringLiteral("JS/1"));
        m_window->document(ComparisonSide::Right)
            ->setLoaded(LoadedMark{m_exemplar, nullptr, 625.0, {}}, QStringLiteral("TP/7"));
        QVERIFY(m_window->start(read.value(), QStringLiteral("aokafor")));
        QVERIFY(m_window->bundle() == before);
        QCOMPARE(m_window->pairList()->topLevelItemCount(), 5);
        QVERIFY(m_window->alignmentLabel()->text().startsWith(QStringLiteral("Affine")));
        QVERIFY(!m_window->undoStack()->canUndo());
    }

    void featuresMarkedOnceTheExemplarIsInViewAreFlaggedAfterExemplar()
    {
        // The mark as the examiner analysed it: one ending placed before any exemplar was seen.
        Markup analysed = Markup::forImage(kMarkSha, m_mark.size());
        MarkupFeature before;
        before.id = FeatureId::create();
        before.type = FeatureType::MinutiaEnding;
        before.position = m_points[0];
        before.author = QStringLiteral("aokafor");
        before.createdUtc = before.modifiedUtc = QDateTime::currentDateTimeUtc().addSecs(-3600);
        analysed.features.append(before);
        ComparisonBundle stored{analysed, Markup::forImage(kExemplarSha, m_exemplar.size()), {}};
        stored.comparison.id = ComparisonId::create();
        stored.comparison.leftSha256 = kMarkSha;
        stored.comparison.rightSha256 = kExemplarSha;
        stored.comparison.exemplar = {PersonId::create(), ImpressionId::create(), QStringLiteral("TP/7"), 2};
        stored.comparison.author = QStringLiteral("aokafor");
        stored.comparison.createdUtc = before.createdUtc;
        const QDateTime opened = QDateTime::currentDateTimeUtc();
        m_window = std::make_unique<ComparisonWindow>(QStringLiteral("JS/1"), 128);
        m_window->resize(1400, 800);
        m_window->document(ComparisonSide::Left)
            ->setLoaded(LoadedMark{m_mark, nullptr, 500.0, {}}, QStringLiteral("JS/1"));
        m_window->document(ComparisonSide::Right)
            ->setLoaded(LoadedMark{m_exemplar, nullptr, 625.0, {}}, QStringLiteral("TP/7"));
        QVERIFY(m_window->start(stored, QStringLiteral("aokafor")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        left()->fitToWindow();

        // Opening the exemplar beside the mark is the first exposure, recorded in the mark's markup.
        MarkupDocument *mark = m_window->markup(ComparisonSide::Left);
        QVERIFY(mark->exemplarFirstSeen().isValid());
        QVERIFY(mark->exemplarFirstSeen() >= opened.addMSecs(-1));
        QCOMPARE(mark->exemplarFirstSeen().timeSpec(), Qt::UTC);
        QVERIFY(!mark->feature(before.id)->afterExemplar);

        // A feature marked on the mark now is flagged (GYRO orange); the analysed one is not.
        m_window->action(QStringLiteral("actionMarkup"))->trigger();
        QTest::mouseClick(left(), Qt::LeftButton, {}, onScreen(left(), m_points[6]));
        QCOMPARE(mark->features().size(), 2);
        const MarkupFeature &added = mark->features().last();
        QVERIFY(added.id != before.id);
        QVERIFY(added.afterExemplar);
        QVERIFY(!mark->feature(before.id)->afterExemplar);
        // Moving the analysed feature after the exposure flags it as well.
        QVERIFY(mark->moveFeature(before.id, m_points[0] + QPointF(6, 0)));
        QVERIFY(mark->feature(before.id)->afterExemplar);
        QVERIFY(m_window->bundle().mark.features.first().afterExemplar);
    }

    void theMatchersPairsAreShownAsToolMadeAndCanAlign()
    {
        QSignalSpy found(m_window.get(), &ComparisonWindow::toolPairsFound);
        m_window->findToolPairs();
        QVERIFY(found.wait(60000));
        const QList<ToolPair> pairs = m_window->view()->toolPairs();
        QCOMPARE(found.first().first().toInt(), pairs.size());
        QVERIFY2(pairs.size() >= 3, qPrintable(m_window->statusLabel()->text()));
        QVERIFY(comparison()->pairs().isEmpty()); // tool-made, never the examiner's pairs
        QVERIFY(m_window->alignFromToolPairs(AlignmentKind::Similarity));
        QVERIFY(comparison()->alignment()->pairs.isEmpty());
        QVERIFY(m_window->alignmentLabel()->text().contains(QStringLiteral("matcher")));
        const QPointF p(m_mark.width() / 2.0, m_mark.height() / 2.0);
        QVERIFY2(QLineF(comparison()->alignment()->map(p), markToExemplar().map(p)).length() < 6.0,
                 qPrintable(QStringLiteral("off by %1 px")
                                .arg(QLineF(comparison()->alignment()->map(p), markToExemplar().map(p)).length())));
    }
};

QTEST_MAIN(TestComparisonWindow)
#include "tst_comparisonwindow.moc"
