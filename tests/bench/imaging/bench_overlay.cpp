// Comparison overlay benchmark (issue 6). Two generated 4000 x 4000 8-bit grey prints (the mark
// is the exemplar's ridge pattern seen through a known rotation and scale); 1,000 random viewports
// (zoom 0.1x..8x, any position, a random rotation and scale in the alignment) rendered at
// 1920 x 1080 in each mode: median, p95 and max ms per frame against 16 ms (60 frames a second).
// Reference, same run: QPainter drawing the same frame (smooth transform, exemplar then the mark at
// half opacity) from ARGB32 copies prepared beforehand, which is what a view without the overlay
// engine would do.
#include "app/core/hugepagemalloc.h"
#include "app/imaging/overlay.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

constexpr int kSide = 4000;
constexpr int kFrames = 1000;
constexpr int kReferenceFrames = 100;
const QSize kOutput(1920, 1080);

// Elliptical concentric ridges (period about 12 px, a 500-1000 ppi print) with noise, evaluated
// through `toPattern` (image px -> pattern px), so the mark is the exemplar moved.
QImage syntheticPrint(const QTransform &toPattern, quint32 seed)
{
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    std::array<uchar, 256> wave{};
    for (int i = 0; i < 256; ++i)
        wave[size_t(i)] = uchar(128 + 90 * std::cos(2 * M_PI * i / 256.0));
    const double cx = kSide * 0.45, cy = kSide * 0.55;
    for (int y = 0; y < kSide; ++y) {
        uchar *row = image.scanLine(y);
        quint32 noise = seed + quint32(y) * 2654435761u;
        for (int x = 0; x < kSide; ++x) {
            const QPointF p = toPattern.map(QPointF(x + 0.5, y + 0.5));
            const double r = std::sqrt((p.x() - cx) * (p.x() - cx) + (p.y() - cy) * (p.y() - cy) * 1.4);
            noise = noise * 1664525u + 1013904223u;
            const int n = int(noise >> 27) - 16;
            row[x] = uchar(std::clamp(int(wave[size_t(int(r * (256.0 / 12.0))) & 255]) + n, 0, 255));
        }
    }
    return image;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

// CPU time of the whole process (all threads) in ms: with other work on the machine, wall time per
// frame depends on the load, this much less.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(qsizetype(v.size() - 1), qsizetype(p * double(v.size())))];
}

struct Frame
{
    OverlayView view;
    double zoom = 1; // output px per exemplar px
};

QList<Frame> randomFrames()
{
    QRandomGenerator random(2026);
    QList<Frame> frames;
    for (int i = 0; i < kFrames; ++i) {
        Frame f;
        f.zoom = std::exp(std::log(0.1) + random.generateDouble() * (std::log(8.0) - std::log(0.1)));
        const QPointF centre(random.bounded(double(kSide)), random.bounded(double(kSide)));
        const QSizeF shown(kOutput.width() / f.zoom, kOutput.height() / f.zoom);
        f.view.viewport = QRectF(centre - QPointF(shown.width() / 2, shown.height() / 2), shown);
        // The mark's centre onto the exemplar's, turned and scaled at random.
        const double scale = 0.8 + random.generateDouble() * 0.45;
        f.view.markToExemplar = QTransform::fromTranslate(kSide / 2.0, kSide / 2.0)
                                    .rotate(random.bounded(360.0))
                                    .scale(scale, scale)
                                    .translate(-kSide / 2.0, -kSide / 2.0);
        f.view.outputSize = kOutput;
        frames.append(f);
    }
    return frames;
}

void report(const char *label, const QList<double> &ms, bool target, const QList<double> &cpu = {})
{
    const double p95 = percentile(ms, 0.95);
    std::printf("  %-34s median %6.2f ms  p95 %6.2f ms  max %6.2f ms", label, percentile(ms, 0.5), p95,
                *std::max_element(ms.begin(), ms.end()));
    if (!cpu.isEmpty())
        std::printf("  (CPU, all threads: median %5.2f, p95 %5.2f ms)", percentile(cpu, 0.5), percentile(cpu, 0.95));
    if (target)
        std::printf("  (target p95 <= 16 ms) %s", p95 <= 16.0 ? "PASS" : "FAIL");
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    restartWithHugePageMalloc(argv);
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    std::printf("load average at start %s, %d cores\n", loadAverage().constData(), QThread::idealThreadCount());

    QElapsedTimer timer;
    timer.start();
    const QImage exemplar = syntheticPrint(QTransform(), 1);
    // The mark: the same finger turned 23 degrees and 10% smaller, on its own noise.
    const QTransform markToPattern = QTransform::fromTranslate(kSide / 2.0, kSide / 2.0)
                                         .rotate(23)
                                         .scale(1.1, 1.1)
                                         .translate(-kSide / 2.0, -kSide / 2.0);
    const QImage mark = syntheticPrint(markToPattern, 2);
    std::printf("generated two %d x %d grey prints in %.0f ms\n", kSide, kSide, timer.nsecsElapsed() / 1e6);

    timer.restart();
    const auto prepared = OverlayRenderer::create(mark, exemplar);
    if (!prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.error().message()));
        return 1;
    }
    const OverlayRenderer &renderer = *prepared;
    std::printf("renderer prepared (pyramids of both) in %.1f ms, once per pair of images\n",
                timer.nsecsElapsed() / 1e6);

    const QList<Frame> frames = randomFrames();
    QImage frame(kOutput, QImage::Format_RGB32);
    renderer.renderInto(frame, frames.first().view).ok(); // warm-up: thread pool, scratch buffers
    const QByteArray loadBefore = loadAverage();
    struct Mode
    {
        const char *label;
        OverlayOptions options;
    };
    const std::array<Mode, 3> modes{Mode{"Blend (alpha 0.5)", {OverlayMode::Blend, 0.5}},
                                    Mode{"Difference", {OverlayMode::Difference}},
                                    Mode{"Colour (magenta/green)", {OverlayMode::Colour}}};
    std::printf("\n%d random viewports (zoom 0.1x..8x, rotation 0..360 deg, scale 0.8..1.25 in the"
                " alignment), %d x %d output, frame buffer reused (renderInto):\n",
                kFrames, kOutput.width(), kOutput.height());
    QList<double> blend;
    for (const Mode &mode : modes) {
        QList<double> ms, cpu;
        for (const Frame &f : frames) {
            QElapsedTimer t;
            const double cpuStart = processCpuMs();
            t.start();
            if (!renderer.renderInto(frame, f.view, mode.options).ok())
                return 1;
            ms.append(t.nsecsElapsed() / 1e6);
            cpu.append(processCpuMs() - cpuStart);
        }
        report(mode.label, ms, true, cpu);
        if (blend.isEmpty())
            blend = ms;
    }
    {
        QList<double> ms;
        for (const Frame &f : frames) {
            QElapsedTimer t;
            t.start();
            const auto image = renderer.render(f.view, modes[0].options);
            if (!image.ok())
                return 1;
            ms.append(t.nsecsElapsed() / 1e6);
        }
        report("Blend, a new QImage per frame", ms, false);
    }
    std::printf("  Blend by zoom:");
    for (const auto &[low, high] : {std::pair(0.1, 0.5), std::pair(0.5, 2.0), std::pair(2.0, 8.0)}) {
        QList<double> band;
        for (int i = 0; i < frames.size(); ++i)
            if (frames[i].zoom >= low && frames[i].zoom < high)
                band.append(blend[i]);
        std::printf("  %.1f-%.1fx: %lld frames, median %.2f, p95 %.2f ms;", low, high, qint64(band.size()),
                    percentile(band, 0.5), percentile(band, 0.95));
    }
    std::printf("\n");

    // Reference: QPainter, same frames (the first 100), smooth transform, from ARGB32 copies.
    const QImage exemplarArgb = exemplar.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage markArgb = mark.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage painted(kOutput, QImage::Format_ARGB32_Premultiplied);
    QList<double> reference;
    for (int i = 0; i < kReferenceFrames; ++i) {
        const Frame &f = frames[i];
        QElapsedTimer t;
        t.start();
        painted.fill(Qt::white);
        QPainter painter(&painted);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QTransform exemplarToOutput =
            QTransform::fromScale(f.zoom, f.zoom).translate(-f.view.viewport.x(), -f.view.viewport.y());
        painter.setTransform(exemplarToOutput);
        painter.drawImage(0, 0, exemplarArgb);
        painter.setTransform(f.view.markToExemplar * exemplarToOutput);
        painter.setOpacity(0.5);
        painter.drawImage(0, 0, markArgb);
        painter.end();
        reference.append(t.nsecsElapsed() / 1e6);
    }
    report("reference: QPainter blend (100)", reference, false);
    std::printf("\nload average before the frames %s, after %s\n", loadBefore.constData(), loadAverage().constData());
    return 0;
}
