// Comparison view benchmark (issue 6; label bench, results in docs/benchmarks.md):
//  - two 4000 x 4000 prints side by side, 500 features on each, 100 numbered pairs, an alignment;
//  - frames while panning the linked panes: the mark pane moves along a path, the exemplar follows
//    through the alignment, and the whole view (both canvases, markup, pair numbers, connecting
//    lines) is rendered into a QImage by the real paint code, warm cache (and cold); target p95
//    <= 16 ms. The reference, measured in the same run: one canvas alone (the mark viewer) on the
//    same moves;
//  - the same panning with the overlay pane (blend) in place of the exemplar;
//  - selecting a feature, dragging it (each drag step) and undoing, each followed by a frame of
//    the view: target under 16 ms.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/viewer/bench_comparison [--no-markup] [--no-clarity]
// (the two options take the markup, or its clarity layer, off the reference canvas, to see what
// they cost).
#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/gui/comparisonwindow.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "widgets/comparison/comparisonview.h"
#include "widgets/markviewer/markcanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace ridgeline;

namespace {

constexpr int kSide = 4000;
constexpr int kFeatures = 500;
constexpr int kPairs = 100;
constexpr int kFrames = 400;

// Concentric ridges of a 9 px period with noise, 8-bit grey.
QImage print(double cx, double cy, quint32 seed)
{
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < kSide; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < kSide; ++x) {
            const double r = std::hypot(x - cx, y - cy);
            row[x] = uchar(std::clamp(128.0 + 90.0 * std::sin(r * 0.7) + int(random.bounded(40)) - 20, 0.0, 255.0));
        }
    }
    return image;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

double pct(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

void report(const char *what, const QList<double> &ms, double target)
{
    const double p95 = pct(ms, 0.95);
    std::printf("  %-58s median %6.2f ms  p95 %6.2f ms  max %6.2f ms  %s\n", what, pct(ms, 0.5), p95,
                *std::max_element(ms.begin(), ms.end()),
                target <= 0     ? "(reference)"
                : p95 <= target ? "PASS"
                                : "FAIL");
}

// The frames of each zoom of the path apart (the path spends a third of its frames at each).
void reportByZoom(const QList<double> &ms)
{
    const char *zooms[] = {"0.25", "1", "3"};
    for (int part = 0; part < 3; ++part) {
        const QList<double> third = ms.mid(part * ms.size() / 3, ms.size() / 3);
        std::printf("      at zoom %-4s median %6.2f ms  p95 %6.2f ms\n", zooms[part], pct(third, 0.5),
                    pct(third, 0.95));
    }
}

void waitForTiles(ComparisonView *view)
{
    for (ComparisonSide side : {ComparisonSide::Left, ComparisonSide::Right})
        view->canvas(side)->scheduler()->waitForIdle(30000);
    QApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::printf("Comparison view benchmark: two %d x %d prints, %d features each, %d pairs\nload before: %s\n", kSide,
                kSide, kFeatures, kPairs, loadAverage().constData());
    QElapsedTimer timer;
    timer.start();
    const QImage mark = print(kSide * 0.45, kSide * 0.55, 1);
    // The exemplar: the same ridges turned 12 degrees about the centre (what the alignment says).
    QTransform markToExemplar;
    markToExemplar.translate(kSide / 2.0, kSide / 2.0);
    markToExemplar.rotate(12);
    markToExemplar.translate(-kSide / 2.0, -kSide / 2.0);
    const QPointF exemplarCentre = markToExemplar.map(QPointF(kSide * 0.45, kSide * 0.55));
    const QImage exemplar = print(exemplarCentre.x(), exemplarCentre.y(), 2);
    std::printf("images made in %.0f ms\n", timer.nsecsElapsed() / 1e6);

    ComparisonWindow window(QStringLiteral("bench"), 512);
    window.resize(1920, 1080);
    window.document(ComparisonSide::Left)->setLoaded(LoadedMark{mark, nullptr, 500.0, {}}, QStringLiteral("mark"));
    window.document(ComparisonSide::Right)
        ->setLoaded(LoadedMark{exemplar, nullptr, 500.0, {}}, QStringLiteral("exemplar"));
    if (!window.start(QString(64, u'a'), QString(64, u'b'), {}, QStringLiteral("bench"))) {
        std::printf("FAIL: the comparison did not start\n");
        return 1;
    }
    window.show();
    QApplication::processEvents();
    ComparisonView *view = window.view();
    MarkupDocument *left = window.markup(ComparisonSide::Left);
    MarkupDocument *right = window.markup(ComparisonSide::Right);
    QRandomGenerator random(7);
    QList<FeatureId> leftIds, rightIds;
    for (int i = 0; i < kFeatures; ++i) {
        const QPointF p(600 + random.bounded(kSide - 1200),
                        600 + random.bounded(kSide - 1200)); // stays inside when turned
        for (bool isLeft : {true, false}) {
            MarkupFeature f;
            f.type = kFeatureTypes[size_t(i % 7)];
            f.position = isLeft ? p : markToExemplar.map(p);
            if (f.info().hasDirection)
                f.direction = random.bounded(360);
            auto added = (isLeft ? left : right)->addFeature(f);
            if (!added) {
                std::printf("FAIL: %s\n", qPrintable(added.error().message()));
                return 1;
            }
            (isLeft ? leftIds : rightIds).append(added.value());
        }
    }
    for (int i = 0; i < kPairs; ++i)
        if (!window.comparison()->linkPair(leftIds[i * 5], rightIds[i * 5])) {
            std::printf("FAIL: pair %d\n", i + 1);
            return 1;
        }
    if (!window.align(AlignmentKind::Similarity)) {
        std::printf("FAIL: no alignment\n");
        return 1;
    }
    view->setLinked(true);
    view->resize(1600, 1000);
    QApplication::processEvents();
    std::printf("comparison set up in %.0f ms: %lld + %lld features, %lld pairs\n\n", timer.nsecsElapsed() / 1e6,
                qlonglong(left->features().size()), qlonglong(right->features().size()),
                qlonglong(window.comparison()->pairs().size()));

    QImage frame(view->size(), QImage::Format_ARGB32_Premultiplied);
    MarkCanvas *leftCanvas = view->canvas(ComparisonSide::Left);
    // A panning path: a slow spiral over the print at three zooms, as an examiner follows ridges.
    const auto pathView = [&](int i) {
        ViewTransform v = leftCanvas->view();
        const double zoom = i < kFrames / 3 ? 0.25 : i < 2 * kFrames / 3 ? 1.0 : 3.0;
        v.setZoom(zoom);
        const double t = i * 0.05;
        v.centerOn(QPointF(kSide / 2.0 + std::cos(t) * (300 + i * 3), kSide / 2.0 + std::sin(t) * (300 + i * 3)));
        return v;
    };
    const auto panRun = [&](const char *name, bool overlay) {
        view->setShowOverlay(overlay);
        QList<double> cold, warm;
        for (int i = 0; i < kFrames; ++i) {
            QElapsedTimer frameTimer;
            frameTimer.start();
            leftCanvas->setView(pathView(i)); // the exemplar follows (linked, through the alignment)
            view->render(&frame);
            cold.append(frameTimer.nsecsElapsed() / 1e6);
            waitForTiles(view);
            frameTimer.restart();
            view->render(&frame);
            warm.append(frameTimer.nsecsElapsed() / 1e6);
        }
        report(qPrintable(QStringLiteral("%1, warm cache").arg(QString::fromLatin1(name))), warm, 16.0);
        reportByZoom(warm);
        report(qPrintable(QStringLiteral("%1, cold (tiles requested)").arg(QString::fromLatin1(name))), cold, -1);
    };
    std::printf("Panning linked panes, %d frames of %dx%d (zoom 0.25, 1, 3):\n", kFrames, view->width(),
                view->height());
    // The reference: the mark's canvas alone at the same size, on the same moves.
    {
        QList<double> alone;
        QImage single(view->size(), QImage::Format_ARGB32_Premultiplied);
        MarkCanvas canvas(window.document(ComparisonSide::Left), 256ll * 1024 * 1024);
        canvas.resize(view->size());
        if (!app.arguments().contains(QStringLiteral("--no-markup")))
            canvas.setMarkupTool(window.markupTool(ComparisonSide::Left));
        if (app.arguments().contains(QStringLiteral("--no-clarity")))
            canvas.setShowClarity(false);
        for (int i = 0; i < kFrames; ++i) {
            ViewTransform v = pathView(i);
            v.setViewportSize(canvas.size());
            canvas.setView(v);
            canvas.render(&single);
            canvas.scheduler()->waitForIdle(30000);
            QElapsedTimer t;
            t.start();
            canvas.render(&single);
            alone.append(t.nsecsElapsed() / 1e6);
        }
        report("reference: one canvas with its markup (mark viewer), warm", alone, -1);
        reportByZoom(alone);
    }
    panRun("comparison view (2 panes, markup, numbers, lines)", false);
    OverlayCanvas *overlay = view->overlayCanvas();
    for (int i = 0; i < 200 && !overlay->isReady(); ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    if (!overlay->isReady())
        std::printf("FAIL: the overlay was not prepared\n");
    else
        panRun("overlay pane (blend) beside the mark", true);
    view->setShowOverlay(false);

    // Select, drag, undo: the tool's work and one frame of the view each.
    window.action(QStringLiteral("actionMarkup"))->trigger();
    MarkupTool *tool = window.markupTool(ComparisonSide::Left);
    QList<double> select, drag, undo;
    for (int i = 0; i < 200; ++i) {
        const MarkupFeature f = left->features().at(random.bounded(int(left->features().size())));
        ViewTransform v = leftCanvas->view();
        v.setZoom(1.0);
        v.centerOn(f.position);
        leftCanvas->setView(v);
        waitForTiles(view);
        QElapsedTimer t;
        t.start();
        tool->press(f.position);
        tool->release(f.position);
        view->render(&frame);
        select.append(t.nsecsElapsed() / 1e6);
        if (tool->selected() != f.id) {
            std::printf("FAIL: the click did not select the feature\n");
            return 1;
        }
        tool->press(f.position);
        for (int step = 1; step <= 10; ++step) {
            t.restart();
            tool->drag(f.position + QPointF(step * 3.0, step * 2.0));
            view->render(&frame);
            drag.append(t.nsecsElapsed() / 1e6);
        }
        tool->release(f.position + QPointF(30, 20));
        t.restart();
        window.undoStack()->undo();
        view->render(&frame);
        undo.append(t.nsecsElapsed() / 1e6);
        if (left->feature(f.id)->position != f.position) {
            std::printf("FAIL: undo did not put the feature back\n");
            return 1;
        }
    }
    std::printf("\nEditing (each with one frame of the view), 200 features:\n");
    report("select (press + release on a feature)", select, 16.0);
    report("drag (each of 10 steps)", drag, 16.0);
    report("undo the drag", undo, 16.0);
    std::printf("\nload after: %s\n", loadAverage().constData());
    return 0;
}
