// Takes the mark viewer's documentation screenshots (docs/screenshots/markviewer-*.png) in the real
// window with a demo mark: a synthetic latent print on a woven background beside a mm ruler,
// 500 ppi. Not a test; run by hand: markviewershots --out docs/screenshots (offscreen or xvfb-run).
#include "app/gui/markviewerwindow.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/synthesizer.h"
#include "app/presentation/viewer/enhancementpreview.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/recipepanel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace ridgeline;

namespace {

constexpr double kPpi = 1000.0;
constexpr QPoint kPrintOrigin(300, 80);

// A synthetic latent (500 ppi) doubled to 1000 ppi and laid on a woven surface beside a mm scale.
QImage demoMark()
{
    const imaging::MasterPrint master = imaging::synthesizeMaster(7, 1);
    QImage latent = imaging::synthesizeImpression(master, 7, 0, true).image;
    latent = latent.scaled(latent.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The latent's own background is its brightest tone: treat it as "no deposit".
    QList<int> tones;
    for (int y = 0; y < latent.height(); y += 3)
        for (int x = 0; x < latent.width(); x += 3)
            tones.append(latent.constScanLine(y)[x]);
    std::sort(tones.begin(), tones.end());
    const int white = std::max(1, tones.at(tones.size() * 7 / 10));
    QImage scene(1700, 1500, QImage::Format_Grayscale8);
    const double pxPerMm = kPpi / 25.4;
    for (int y = 0; y < scene.height(); ++y) {
        uchar *row = scene.scanLine(y);
        for (int x = 0; x < scene.width(); ++x) {
            // A woven surface: a periodic pattern the FFT step is meant to remove.
            const double weave = 22 * std::sin(x * 0.21) * std::sin(y * 0.21);
            row[x] = uchar(std::clamp(185.0 + weave, 0.0, 255.0));
        }
    }
    for (int y = 0; y < latent.height() && kPrintOrigin.y() + y < 1220; ++y) {
        const uchar *in = latent.constScanLine(y);
        uchar *out = scene.scanLine(kPrintOrigin.y() + y) + kPrintOrigin.x();
        for (int x = 0; x < latent.width() && kPrintOrigin.x() + x < scene.width(); ++x)
            out[x] = uchar(out[x] * std::min(1.0, double(in[x]) / white));
    }
    // The scale: white with a black graduation every mm, longer every 5 and 10 mm.
    for (int y = 1280; y < 1460; ++y)
        std::fill_n(scene.scanLine(y) + 60, scene.width() - 120, uchar(245));
    for (int mm = 0; 100 + mm * pxPerMm < scene.width() - 100; ++mm) {
        const int x = 100 + int(std::lround(mm * pxPerMm));
        const int length = mm % 10 == 0 ? 110 : (mm % 5 == 0 ? 80 : 50);
        for (int y = 1280; y < 1280 + length; ++y)
            for (int dx = 0; dx < 4; ++dx)
                scene.scanLine(y)[x + dx] = 20;
    }
    return scene;
}

void settle(MarkViewerWindow &window)
{
    for (int i = 0; i < 20; ++i) {
        window.canvas()->repaint();
        window.canvas()->scheduler()->waitForIdle(5000);
        QTest::qWait(30);
    }
}

bool save(QWidget &widget, const QString &path)
{
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNGs."), QStringLiteral("dir")});
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")).isEmpty() ? QStringLiteral(".")
                                                                 : parser.value(QStringLiteral("out")));

    MarkViewerWindow window(QStringLiteral("JS/1"), 256);
    window.resize(1500, 950);
    window.document()->setLoaded(LoadedMark{demoMark()}, QStringLiteral("JS/1"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was never shown\n");
        return 1;
    }
    settle(window);
    save(window, out.filePath(QStringLiteral("markviewer-uncalibrated.png")));

    // Calibrate on 20 mm of the scale, then measure.
    MarkCanvas *canvas = window.canvas();
    MeasurementTool *tool = canvas->tool();
    tool->setTool(ViewerTool::Calibrate);
    tool->setCalibrationMillimetres(20.0);
    const double pxPerMm = kPpi / 25.4;
    tool->press(QPointF(104, 1300));
    tool->release(QPointF(102 + 20 * pxPerMm + 4, 1303)); // rough clicks, refined on the ticks
    const QPointF o = kPrintOrigin;
    tool->setTool(ViewerTool::Distance);
    tool->press(o + QPointF(260, 360));
    tool->release(o + QPointF(560, 620));
    tool->setTool(ViewerTool::RidgeCount);
    tool->press(o + QPointF(420, 250));
    tool->release(o + QPointF(420, 520));
    tool->setTool(ViewerTool::Angle);
    tool->press(o + QPointF(700, 300));
    tool->release(o + QPointF(600, 460));
    tool->press(o + QPointF(760, 560));
    tool->release(o + QPointF(760, 560));
    window.findChild<QTabWidget *>(QStringLiteral("viewerSideTabs"))->setCurrentIndex(1);
    settle(window);
    save(window, out.filePath(QStringLiteral("markviewer-measure.png")));

    // Zoomed in with the pixel grid and the loupe, turned 15 degrees.
    ViewTransform view = canvas->view();
    view.setRotation(15);
    view.setZoom(12.0);
    view.centerOn(QPointF(kPrintOrigin) + QPointF(420, 380));
    canvas->setView(view);
    window.findChild<QAction *>(QStringLiteral("actionLoupe"))->setChecked(true);
    QTest::mouseMove(canvas, QPoint(canvas->width() / 3, canvas->height() / 3));
    settle(window);
    save(window, out.filePath(QStringLiteral("markviewer-zoom.png")));
    window.findChild<QAction *>(QStringLiteral("actionLoupe"))->setChecked(false);

    // An enhancement recipe: background subtraction and CLAHE, previewed on the visible area.
    canvas->fitToWindow();
    window.findChild<QTabWidget *>(QStringLiteral("viewerSideTabs"))->setCurrentIndex(0);
    canvas->setRotation(0);
    window.recipePanel()->addStep(QStringLiteral("fft"));
    window.recipePanel()->addStep(QStringLiteral("clahe"));
    for (int i = 0; i < 100 && canvas->preview()->image().isNull(); ++i)
        QTest::qWait(100);
    settle(window);
    save(window, out.filePath(QStringLiteral("markviewer-enhance.png")));
    return 0;
}
