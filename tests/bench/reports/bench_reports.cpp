// Issue 8's report benchmark: a 20-page case report (10 A4 text pages, 10 A3 court charts whose
// grayscale crops are 1,000 to 1,450 pixels square at 1,000 ppi) exported to PDF, then every page
// rendered with Poppler at 150 dpi. Targets: export under 5 s, each page under 1 s.
// References measured in the same run: the same 20 images alone written to a QPdfWriter by Qt's own
// engine (losslessly, as the charts were exported before pdfimagestore.h, and as JPEG), and
// `pdftoppm -r 150` on the same file.

#include "app/documents/pdfdocument.h"
#include "app/reports/reportpdf.h"
#include "tests/app/reports/reportfixtures.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ridgeline;
using namespace ridgeline::reports;
namespace fx = ridgeline::reports::testing;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

CaseReport benchReport()
{
    CaseReport report = fx::caseReport(4, 150, 0);
    // Two large bases, cropped per chart: distinct QImages (no sharing in the PDF) without drawing
    // twenty ridge patterns.
    const QImage markBase = fx::ridgeImage(1450, 1450, QPointF(700, 600), 11, true);
    const QImage exemplarBase = fx::ridgeImage(1450, 1450, QPointF(720, 560), 12, false);
    for (int i = 0; i < 10; ++i) {
        const int crop = 1000 + 50 * i;
        CourtChart chart = fx::courtChart(64, 1000, i + 1);
        chart.exhibitReference = QStringLiteral("EP/%1").arg(i + 1);
        chart.mark.image = markBase.copy(0, 0, crop, crop);
        chart.exemplar.image = exemplarBase.copy(1450 - crop, 0, crop, crop);
        for (ChartPair &pair : chart.pairs) {
            pair.mark = QPointF(chart.mark.origin) + QPointF(crop / 2.0, crop / 2.0) +
                        (pair.mark - QPointF(chart.mark.origin)) * 8;
            pair.exemplar = QPointF(chart.exemplar.origin) + QPointF(crop / 2.0, crop / 2.0) +
                            (pair.exemplar - QPointF(chart.exemplar.origin)) * 8;
        }
        report.charts << chart;
    }
    return report;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The 20 chart images alone, one a page; `lossless` as the charts (Flate) or Qt's default (JPEG).
double imagesOnlyExport(const CaseReport &report, bool lossless)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::LosslessImageRendering, lossless);
    bool first = true;
    for (const CourtChart &chart : report.charts) {
        for (const QImage &image : {chart.mark.image, chart.exemplar.image}) {
            if (!first)
                writer.newPage();
            first = false;
            painter.drawImage(QRectF(0, 0, image.width() * 6.0, image.height() * 6.0), image);
        }
    }
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const CaseReport report = benchReport();

    QList<double> exports;
    QList<double> cpu;
    QList<double> references;
    QList<double> jpeg;
    QByteArray pdf;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        auto bytes = caseReportPdf(report, locale);
        exports << timer.nsecsElapsed() / 1e6;
        cpu << cpuMs() - cpuStart;
        if (!bytes.ok()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(bytes.error().message()));
            return 1;
        }
        pdf = *bytes;
        references << imagesOnlyExport(report, true);
        jpeg << imagesOnlyExport(report, false);
    }
    auto doc = PdfDocument::fromData(pdf, QStringLiteral("bench.pdf"));
    if (!doc.ok()) {
        std::fprintf(stderr, "Poppler refused the report: %s\n", qPrintable(doc.error().message()));
        return 1;
    }
    const int pages = doc->pageCount();
    std::printf("case report: %d pages (%d court charts), %.1f MiB\n", pages, int(report.charts.size()),
                pdf.size() / 1048576.0);
    std::printf("export (caseReportPdf), 3 runs: %.0f / %.0f / %.0f ms, median %.0f ms (target < 5000 ms)\n",
                exports[0], exports[1], exports[2], median(exports));
    std::printf("export CPU time (process), median %.0f ms\n", median(cpu));
    std::printf("reference: the same 20 images alone into a QPdfWriter, lossless (Flate): median %.0f ms\n",
                median(references));
    std::printf(
        "reference: the same 20 images alone, Qt's default JPEG (not acceptable for evidence): median %.0f ms\n",
        median(jpeg));

    double slowest = 0;
    int slowestPage = 0;
    double total = 0;
    for (int i = 0; i < pages; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto image = doc->renderPage(i, 150);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!image.ok()) {
            std::fprintf(stderr, "page %d did not render: %s\n", i + 1, qPrintable(image.error().message()));
            return 1;
        }
        total += ms;
        if (ms > slowest) {
            slowest = ms;
            slowestPage = i + 1;
        }
    }
    std::printf("Poppler render at 150 dpi: %.0f ms for %d pages, mean %.0f ms/page, slowest page %d: %.0f ms "
                "(target < 1000 ms)\n",
                total, pages, total / pages, slowestPage, slowest);

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QTemporaryDir dir;
    if (!pdftoppm.isEmpty() && dir.isValid()) {
        QFile file(dir.filePath(QStringLiteral("bench.pdf")));
        file.open(QIODevice::WriteOnly);
        file.write(pdf);
        file.close();
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"), file.fileName(),
                                 dir.filePath(QStringLiteral("page"))});
        process.waitForFinished(600000);
        const double ms = timer.nsecsElapsed() / 1e6;
        std::printf("reference: pdftoppm -r 150 -gray on the same file: %.0f ms for %d pages, %.0f ms/page\n", ms,
                    pages, ms / pages);
    } else {
        std::printf("reference: pdftoppm not found, skipped\n");
    }
    const bool ok = median(exports) < 5000 && slowest < 1000;
    std::printf("%s\n", ok ? "targets met" : "TARGET MISSED");
    return 0;
}
