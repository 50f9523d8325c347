// The report renderers (issue 8) checked the way a reader meets them: every page rendered by
// Poppler, the text layer searched for what the court must see, page sizes and counts, the evidence
// images' pixel size and encoding inside the PDF, cancelling, and the pages compared with committed
// renders.
//
// Expected images: tests/app/reports/expected/*.png, the pages rendered at 50 dpi. After an
// intended layout change, regenerate them with
//     RIDGELINE_UPDATE_EXPECTED=1 QT_QPA_PLATFORM=offscreen ./tst_reportpdf
// in the build folder, look at them, and commit them. A page matches when its mean absolute grey
// difference is under 1.5 levels and under 0.5 % of its pixels differ by more than 64 levels (font
// rasterisation and anti-aliasing may differ slightly between Poppler builds; a moved block, a lost
// line of text or a missing image does not pass).
// RIDGELINE_REPORTS_SAVE=<folder> also writes the PDFs there, to look at them.

#include "app/documents/pdfdocument.h"
#include "app/reports/pdfimagestore.h"
#include "app/reports/reportpdf.h"
#include "tests/app/reports/reportfixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::reports;
namespace fx = ridgeline::reports::testing;

namespace {

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().message()));                                                             \
    } while (false)

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

struct PdfImage
{
    int width = 0;
    int height = 0;
    QByteArray filter;
    QByteArray colourSpace;
    QByteArray samples; // the stream inflated (Flate only)
};

// The image XObjects of a PDF written by Qt (its object dictionaries are not compressed), with their
// samples: the stream is read by its length, direct or as the indirect object Qt writes.
QList<PdfImage> imagesIn(const QByteArray &pdf)
{
    QList<PdfImage> images;
    static const QRegularExpression dict(QStringLiteral("<<([^<>]*/Subtype\\s*/Image[^<>]*)>>\\s*stream\\r?\\n"));
    static const QRegularExpression width(QStringLiteral("/Width\\s+(\\d+)"));
    static const QRegularExpression height(QStringLiteral("/Height\\s+(\\d+)"));
    static const QRegularExpression filter(QStringLiteral("/Filter\\s*/(\\w+)"));
    static const QRegularExpression space(QStringLiteral("/ColorSpace\\s*/(\\w+)"));
    static const QRegularExpression length(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = dict.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString d = m.captured(1);
        if (d.contains(QStringLiteral("/ImageMask")))
            continue;
        PdfImage image;
        image.width = width.match(d).captured(1).toInt();
        image.height = height.match(d).captured(1).toInt();
        image.filter = filter.match(d).captured(1).toLatin1();
        image.colourSpace = space.match(d).captured(1).toLatin1();
        const QRegularExpressionMatch l = length.match(d);
        qsizetype bytes = l.captured(1).toLongLong();
        if (l.hasCaptured(2)) {
            const QRegularExpression object(QStringLiteral("\\n%1 0 obj\\s*(\\d+)\\s*endobj").arg(l.captured(1)));
            bytes = object.match(text).captured(1).toLongLong();
        }
        if (image.filter == "FlateDecode") {
            const int components = image.colourSpace == "DeviceGray" ? 1 : 3;
            const quint32 expected = quint32(image.width) * quint32(image.height) * quint32(components);
            QByteArray zlib(4, '\0');
            for (int i = 0; i < 4; ++i)
                zlib[i] = char((expected >> (24 - 8 * i)) & 0xff);
            image.samples = qUncompress(zlib + pdf.mid(m.capturedEnd(), bytes));
        }
        images << image;
    }
    return images;
}

// The samples of `image` as a PDF stores them: one byte a pixel (gray) or three (RGB), no padding.
QByteArray samplesOf(const QImage &image, bool gray)
{
    const QImage converted = image.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    QByteArray out;
    for (int y = 0; y < converted.height(); ++y)
        out.append(reinterpret_cast<const char *>(converted.constScanLine(y)), converted.width() * (gray ? 1 : 3));
    return out;
}

// Every object the cross-reference table lists is where it says ("N 0 obj" at the offset), and
// startxref points at the table: a reader that trusts the table finds everything.
QString crossReferenceProblem(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype xref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (pdf.mid(xref, 5) != "xref\n")
        return QStringLiteral("startxref does not point at the table");
    const QList<QByteArray> head = pdf.mid(xref + 5, 32).split('\n').value(0).split(' ');
    const int count = head.value(1).toInt();
    const qsizetype entries = xref + 5 + pdf.mid(xref + 5).indexOf('\n') + 1;
    for (int i = 0; i < count; ++i) {
        const QByteArray entry = pdf.mid(entries + qsizetype(i) * 20, 20);
        if (entry.at(17) != 'n')
            continue;
        const QByteArray at = QByteArray::number(i) + " 0 obj";
        if (pdf.mid(entry.left(10).toLongLong(), at.size()) != at)
            return QStringLiteral("object %1 is not at its offset %2").arg(i).arg(QString::fromLatin1(entry.left(10)));
    }
    return count > 0 ? QString() : QStringLiteral("no cross-reference entries");
}

void save(const QByteArray &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("RIDGELINE_REPORTS_SAVE");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

// Renders every page; fails on a page Poppler cannot render.
bool renderAll(const PdfDocument &doc, double dpi, QList<QImage> *pages)
{
    for (int i = 0; i < doc.pageCount(); ++i) {
        auto image = doc.renderPage(i, dpi);
        if (!image.ok())
            return false;
        pages->append(image->convertToFormat(QImage::Format_Grayscale8));
    }
    return true;
}

QString comparePage(const QImage &actual, const QString &expectedPath)
{
    if (qEnvironmentVariableIsSet("RIDGELINE_UPDATE_EXPECTED")) {
        QDir().mkpath(QFileInfo(expectedPath).path());
        return actual.save(expectedPath) ? QString() : QStringLiteral("could not write ") + expectedPath;
    }
    QImage expected(expectedPath);
    if (expected.isNull())
        return QStringLiteral("%1 is missing: regenerate with RIDGELINE_UPDATE_EXPECTED=1").arg(expectedPath);
    expected = expected.convertToFormat(QImage::Format_Grayscale8);
    if (expected.size() != actual.size())
        return QStringLiteral("%1: size %2x%3, expected %4x%5")
            .arg(expectedPath)
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height());
    double sum = 0;
    qint64 large = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar *a = actual.constScanLine(y);
        const uchar *e = expected.constScanLine(y);
        for (int x = 0; x < actual.width(); ++x) {
            const int d = std::abs(int(a[x]) - int(e[x]));
            sum += d;
            large += d > 64;
        }
    }
    const double pixels = double(actual.width()) * actual.height();
    const double mean = sum / pixels;
    const double share = large / pixels;
    if (mean >= 1.5 || share >= 0.005)
        return QStringLiteral("%1: mean difference %2 levels, %3 % of pixels differ by more than 64")
            .arg(expectedPath)
            .arg(mean, 0, 'f', 2)
            .arg(share * 100, 0, 'f', 2);
    return QString();
}

// The text layer with every run of white space (line breaks of wrapped text) as one space.
QString flat(const QString &text)
{
    return text.simplified();
}

QString expectedDir()
{
    return QStringLiteral(RIDGELINE_SOURCE_DIR "/tests/app/reports/expected/");
}

bool isA4Portrait(QSizeF points)
{
    return std::abs(points.width() - 595.3) < 1.5 && std::abs(points.height() - 841.9) < 1.5;
}

bool isA3Landscape(QSizeF points)
{
    return std::abs(points.width() - 1190.6) < 1.5 && std::abs(points.height() - 841.9) < 1.5;
}

// A printer with A4 paper only, as a QPrinter behind Qt's print dialog may be: it accepts any
// orientation but keeps its paper size.
class A4OnlyDevice : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;
    bool setPageLayout(const QPageLayout &layout) override
    {
        QPageLayout a4 = layout;
        a4.setPageSize(QPageSize(QPageSize::A4));
        return QPdfWriter::setPageLayout(a4);
    }
};

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void courtChartShowsWhatTheCourtMustSee()
    {
        const CourtChart chart = fx::courtChart();
        auto pdf = courtChartPdf(chart, kEnglish);
        REQUIRE_OK(pdf);
        save(*pdf, QStringLiteral("court-chart.pdf"));
        auto doc = PdfDocument::fromData(*pdf, QStringLiteral("chart.pdf"));
        REQUIRE_OK(doc);
        QCOMPARE(doc->pageCount(), 1);
        QVERIFY2(isA3Landscape(doc->pageSize(0)), "the court chart is printed on A3 landscape");
        QCOMPARE(doc->title(), chart.title);
        const QString text = flat(doc->allText());
        for (const QString &expected : {chart.caseReference,
                                        chart.exhibitReference,
                                        chart.title,
                                        chart.mark.originalSha256,
                                        chart.mark.displayedSha256,
                                        chart.exemplar.originalSha256,
                                        chart.conclusion,
                                        chart.comparisonRevision,
                                        QString::fromLatin1(fx::keyFingerprint()),
                                        QStringLiteral("Rhian Jones (rjones)"),
                                        QStringLiteral("Owain Price (oprice)"),
                                        QStringLiteral("Verified blind: identification"),
                                        QStringLiteral("1,000 ppi"),
                                        QStringLiteral("two points on the scale"),
                                        QStringLiteral("2. Background subtraction"),
                                        QStringLiteral("Ridgeline 0.8.0"),
                                        QStringLiteral("ws-7f3a9c21-4b0e"),
                                        QStringLiteral("Page 1 of 1"),
                                        QStringLiteral("UTC"),
                                        QStringLiteral("Non-correspondence explained"),
                                        QStringLiteral("Corresponding features: 12")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing: ") + expected));
        // 900 pixels at 1000 ppi (22.9 mm) fit their A3 panel at x5 but not at x6.
        QVERIFY2(text.contains(QStringLiteral("×5 natural size")), qPrintable(text.left(3000)));
        // Every number is printed on both sides: each appears at least twice in the text layer.
        for (int n : {1, 7, 12})
            QVERIFY2(text.count(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(n))) >= 2,
                     qPrintable(QStringLiteral("number %1 is not on both images").arg(n)));
        QList<QImage> pages;
        QVERIFY(renderAll(*doc, 50, &pages));
        const QString diff = comparePage(pages[0], expectedDir() + QStringLiteral("court-chart.png"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void courtChartEmbedsTheEvidenceLosslesslyAtFullResolution()
    {
        CourtChart chart = fx::courtChart(1300);
        chart.exemplar.image = fx::ridgeImage(1100, 1250, QPointF(520, 600), 7, false);
        auto pdf = courtChartPdf(chart, kEnglish);
        REQUIRE_OK(pdf);
        const QList<PdfImage> images = imagesIn(*pdf);
        QCOMPARE(images.size(), 2);
        QList<QSize> sizes;
        for (const PdfImage &image : images) {
            sizes << QSize(image.width, image.height);
            QVERIFY2(image.filter != "DCTDecode", "an evidence image was stored as JPEG");
            QCOMPARE(image.filter, QByteArray("FlateDecode"));
        }
        QVERIFY(sizes.contains(QSize(1300, 1300)));
        QVERIFY(sizes.contains(QSize(1100, 1250)));
        // Every sample as in the evidence: grayscale marks are stored one byte a pixel, unchanged.
        for (const PdfImage &image : images) {
            const QImage &source = image.width == 1300 ? chart.mark.image : chart.exemplar.image;
            QCOMPARE(image.colourSpace, QByteArray("DeviceGray"));
            QVERIFY2(image.samples == samplesOf(source, true), "the embedded pixels differ from the evidence");
        }
        const QString xref = crossReferenceProblem(*pdf);
        QVERIFY2(xref.isEmpty(), qPrintable(xref));
        QVERIFY(pdf->startsWith("%PDF-1.4"));
        QVERIFY(pdf->contains("pdfaid:part")); // still declares PDF/A-1b
        const QString text = PdfDocument::fromData(*pdf, QStringLiteral("chart.pdf"))->allText().simplified();
        QVERIFY(text.contains(QStringLiteral("1,300 × 1,300 pixels from (340, 220)")));
    }

    void aColourMarkIsStoredInColourAndTheSameImageOnce()
    {
        // A footwear mark photographed in colour keeps its colour; an exemplar that is the same
        // image (shared pixels) is stored once.
        CourtChart chart = fx::courtChart(500);
        QImage colour = chart.mark.image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < colour.height(); ++y)
            for (int x = 0; x < colour.width(); x += 7)
                colour.setPixel(x, y, qRgb(200, (x * 3) & 0xff, y & 0xff));
        chart.mark.image = colour;
        chart.exemplar.image = colour;
        auto pdf = courtChartPdf(chart, kEnglish);
        REQUIRE_OK(pdf);
        const QList<PdfImage> images = imagesIn(*pdf);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images[0].colourSpace, QByteArray("DeviceRGB"));
        QCOMPARE(QSize(images[0].width, images[0].height), colour.size());
        QVERIFY2(images[0].samples == samplesOf(colour, false), "the embedded pixels differ from the evidence");
        const QString xref = crossReferenceProblem(*pdf);
        QVERIFY2(xref.isEmpty(), qPrintable(xref));
        auto doc = PdfDocument::fromData(*pdf, QStringLiteral("colour.pdf"));
        REQUIRE_OK(doc);
        auto page = doc->renderPage(0, 40);
        REQUIRE_OK(page);
        // The mark's panel shows colour (red stripes), so the RGB stream was read as RGB.
        bool red = false;
        for (int y = 0; y < page->height() && !red; ++y)
            for (int x = 0; x < page->width() && !red; ++x) {
                const QRgb p = page->pixel(x, y);
                red = qRed(p) > 150 && qRed(p) - qBlue(p) > 60 && qRed(p) - qGreen(p) > 60;
            }
        QVERIFY(red);
    }

    void aPdfNotInQtsFormIsRefusedNotGuessed()
    {
        // The image store rewrites the cross-reference table; a file it does not understand is an
        // error, never a file with wrong offsets.
        layout::PdfImageStore store;
        const QImage placeholder = store.placeholder(fx::ridgeImage(64, 64, QPointF(32, 32), 3, false));
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.setRenderHint(QPainter::LosslessImageRendering);
            painter.drawImage(QRectF(100, 100, 2000, 2000), placeholder);
        }
        auto good = store.substitute(pdf);
        REQUIRE_OK(good);
        QCOMPARE(imagesIn(*good).value(0).width, 64);
        QVERIFY(crossReferenceProblem(*good).isEmpty());
        QByteArray broken = pdf;
        broken.replace("\nxref\n0 ", "\nxref\n1 ");
        auto refused = store.substitute(broken);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Internal);
        QVERIFY(refused.error().message().contains(QStringLiteral("cross-reference")));
    }

    void courtChartWithoutCalibrationStatesNoScale()
    {
        CourtChart chart = fx::courtChart(600);
        chart.exemplar.ppi = 0;
        chart.enhancement.clear();
        auto pdf = courtChartPdf(chart, kEnglish);
        REQUIRE_OK(pdf);
        const QString text = PdfDocument::fromData(*pdf, QStringLiteral("chart.pdf"))->allText().simplified();
        QVERIFY(text.contains(QStringLiteral("No scale can be stated: the exemplar is not calibrated")));
        QVERIFY(text.contains(QStringLiteral("No enhancement: the original is shown")));
        QVERIFY(!text.contains(QStringLiteral("natural size")));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\bmm\\b"))), "a ruler was drawn without a scale");
    }

    void courtChartKeepsAStatedMagnification()
    {
        CourtChart chart = fx::courtChart(1500);
        chart.magnification = 10; // 381 mm: wider than the panel, so the chart shows the part around the features
        auto pdf = courtChartPdf(chart, kEnglish);
        REQUIRE_OK(pdf);
        const QString text = PdfDocument::fromData(*pdf, QStringLiteral("chart.pdf"))->allText().simplified();
        QVERIFY(text.contains(QStringLiteral("×10 natural size")));
        QVERIFY(text.contains(QStringLiteral("only part of an image fits")));
        for (const PdfImage &image : imagesIn(*pdf))
            QCOMPARE(QSize(image.width, image.height), QSize(1500, 1500));
    }

    void aChartOnA4OnlyPaperIsScaledToFitNotCut()
    {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            A4OnlyDevice device(&buffer);
            device.setResolution(600);
            REQUIRE_OK(paintCourtChart(device, fx::courtChart(600), kEnglish));
        }
        auto doc = PdfDocument::fromData(bytes, QStringLiteral("a4.pdf"));
        REQUIRE_OK(doc);
        QCOMPARE(doc->pageCount(), 1);
        const QSizeF size = doc->pageSize(0);
        QVERIFY2(std::abs(size.width() - 841.9) < 1.5 && std::abs(size.height() - 595.3) < 1.5, "A4 landscape");
        const QString text = flat(doc->allText());
        for (const QString &edge : {QStringLiteral("Exhibit EP/2"), QStringLiteral("Page 1 of 1"),
                                    QStringLiteral("ed25519:5c41 9a0e 77d2 b3f1 0c6a 8e42 19bd f7a3")})
            QVERIFY2(text.contains(edge), qPrintable(QStringLiteral("cut off: ") + edge));
        auto page = doc->renderPage(0, 72);
        REQUIRE_OK(page);
        const QImage gray = page->convertToFormat(QImage::Format_Grayscale8);
        // The A3 layout shrunk into A4: the bottom 12 mm of the paper (margin and spare) are white.
        for (int y = gray.height() - int(8.0 / 25.4 * 72); y < gray.height(); ++y)
            for (int x = 0; x < gray.width(); ++x)
                QVERIFY2(gray.pixelColor(x, y).value() > 200, "ink at the bottom edge of the paper");
    }

    void caseReportPaginatesAndStatesEverything()
    {
        const CaseReport report = fx::caseReport(3, 120, 2);
        QList<int> progressSeen;
        auto pdf = caseReportPdf(report, kEnglish, [&](int done, int total) {
            progressSeen << done;
            return total > 0;
        });
        REQUIRE_OK(pdf);
        save(*pdf, QStringLiteral("case-report.pdf"));
        auto doc = PdfDocument::fromData(*pdf, QStringLiteral("report.pdf"));
        REQUIRE_OK(doc);
        const int pages = doc->pageCount();
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        QCOMPARE(progressSeen.first(), 0);
        QCOMPARE(progressSeen.last(), pages);
        QCOMPARE(progressSeen.size(), pages + 1);
        // Text pages on A4 portrait, the two charts on A3 landscape at the end.
        for (int i = 0; i < pages - 2; ++i)
            QVERIFY2(isA4Portrait(doc->pageSize(i)), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY(isA3Landscape(doc->pageSize(pages - 1)));
        QVERIFY(isA3Landscape(doc->pageSize(pages - 2)));
        for (int i = 0; i < pages; ++i)
            QVERIFY2(flat(doc->pageText(i)).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                     qPrintable(QStringLiteral("page %1 has no 'Page x of y'").arg(i + 1)));
        const QString text = flat(doc->allText());
        for (const QString &expected :
             {QStringLiteral("HUGHES Siân (suspect), born 1 May 1990, PNC 12/345678A"),
              QStringLiteral("DC 2231 Mererid Williams"), QStringLiteral("0 changes after exposure"),
              QStringLiteral("2 changes after exposure"), QStringLiteral("Minutia 8 moved 3 px"),
              QStringLiteral("Not analysed yet."), QStringLiteral("Candidate exemplars: not shown"),
              QStringLiteral("Sufficient agreement in ridge flow"),
              QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"),
              QStringLiteral("5e0c9a7b3d1f8e6c4a2b0d9f7e5c3a1b8f6d4e2c0a9b7f5d3e1c8a6b4f2d0e9c"),
              QString::fromLatin1(fx::keyFingerprint()),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
              QStringLiteral("VOIDED"), QStringLiteral("Voided 7 March 2026 by Gareth Evans"),
              QStringLiteral("120 of 285 events shown."), QStringLiteral("Audit trail verified: 285 events"),
              QStringLiteral("4 March 2026, 11:20:07 UTC"), QStringLiteral("Court chart: mark EP/2")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing: ") + expected));
        // The audit table runs over pages: every row is there, and each page it continues on repeats
        // its heading.
        for (int i = 1; i <= 120; ++i)
            QVERIFY2(text.contains(QStringLiteral("event %1, record").arg(i)), qPrintable(QString::number(i)));
        int auditPages = 0;
        for (int i = 0; i < pages; ++i) {
            const QString page = flat(doc->pageText(i));
            if (page.contains(QStringLiteral("record hash 0f1e"))) {
                ++auditPages;
                QVERIFY2(
                    page.contains(QStringLiteral("Detail")),
                    qPrintable(QStringLiteral("page %1 continues the audit table without its heading").arg(i + 1)));
            }
        }
        QVERIFY2(auditPages >= 2, "the audit excerpt should span pages in this test");
        // The chart pages carry their images at full size.
        for (const PdfImage &image : imagesIn(*pdf))
            QCOMPARE(QSize(image.width, image.height), QSize(700, 700));

        QList<QImage> rendered;
        QVERIFY(renderAll(*doc, 50, &rendered));
        for (int i : {0, 1}) {
            const QString diff =
                comparePage(rendered[i], expectedDir() + QStringLiteral("case-report-p%1.png").arg(i + 1));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void nothingIsDrawnOffThePage()
    {
        // Long texts without spaces (hashes, paths) wrap instead of running past the margin: the
        // right-hand margin of every text page stays white.
        CaseReport report = fx::caseReport(2, 10, 0);
        report.summary = QString(400, QLatin1Char('x'));
        report.persons << QStringLiteral("A very long entry ") + QString(300, QLatin1Char('y'));
        auto pdf = caseReportPdf(report, kEnglish);
        REQUIRE_OK(pdf);
        auto doc = PdfDocument::fromData(*pdf, QStringLiteral("report.pdf"));
        REQUIRE_OK(doc);
        QList<QImage> pages;
        QVERIFY(renderAll(*doc, 72, &pages));
        for (int i = 0; i < pages.size(); ++i) {
            const QImage &page = pages[i];
            const int marginStart = page.width() - int(17.0 / 25.4 * 72); // the 18 mm right margin, less 1 mm
            for (int y = 0; y < page.height(); ++y) {
                const uchar *line = page.constScanLine(y);
                for (int x = marginStart; x < page.width(); ++x)
                    if (line[x] < 200)
                        QFAIL(qPrintable(
                            QStringLiteral("page %1: ink in the right margin at (%2, %3)").arg(i + 1).arg(x).arg(y)));
            }
        }
        QVERIFY(flat(doc->allText()).contains(QStringLiteral("yyyyyyyy")));
    }

    void cancellingWritesNothing()
    {
        const CaseReport report = fx::caseReport(2, 30, 1, 300);
        auto before = caseReportPdf(report, kEnglish, [](int, int) { return false; });
        QVERIFY(!before.ok());
        QCOMPARE(before.error().code(), ErrorCode::Cancelled);
        int calls = 0;
        auto midway = caseReportPdf(report, kEnglish, [&](int done, int) {
            ++calls;
            return done < 2;
        });
        QVERIFY(!midway.ok());
        QCOMPARE(midway.error().code(), ErrorCode::Cancelled);
        QCOMPARE(calls, 3);
        QVERIFY(!midway.error().message().isEmpty());
    }

    void statusSummaryForTheVictimSaysOnlyTheCounts()
    {
        const StatusSummary summary = fx::statusSummary(SummaryAudience::Victim);
        auto pdf = statusSummaryPdf(summary, kEnglish);
        REQUIRE_OK(pdf);
        save(*pdf, QStringLiteral("status-summary.pdf"));
        auto doc = PdfDocument::fromData(*pdf, QStringLiteral("summary.pdf"));
        REQUIRE_OK(doc);
        QCOMPARE(doc->pageCount(), 1);
        QVERIFY(isA4Portrait(doc->pageSize(0)));
        const QString text = flat(doc->allText());
        for (const QString &expected :
             {QStringLiteral("NWP/2026/000815"), QStringLiteral("Burglary (dwelling)"), QStringLiteral("9 March 2026"),
              QStringLiteral("The examination is still in progress."),
              QStringLiteral("please contact the officer in the case."), QStringLiteral("Page 1 of 1")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing: ") + expected));
        QVERIFY(!text.contains(QStringLiteral("Mererid")));
        QVERIFY(!text.contains(QStringLiteral("HUGHES")));
        QVERIFY(!text.contains(QStringLiteral("Identification")));
        QList<QImage> pages;
        QVERIFY(renderAll(*doc, 50, &pages));
        const QString diff = comparePage(pages[0], expectedDir() + QStringLiteral("status-summary.png"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void statusSummaryForTheProsecutorNamesTheContactInWelshDates()
    {
        StatusSummary summary = fx::statusSummary(SummaryAudience::Prosecutor);
        summary.facts.marksExamined = summary.facts.marksSignedOff = summary.facts.marksReceived;
        summary.facts.signedOffOn = QDate(2026, 3, 7);
        auto pdf = statusSummaryPdf(summary, QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
        REQUIRE_OK(pdf);
        const QString text = PdfDocument::fromData(*pdf, QStringLiteral("summary.pdf"))->allText().simplified();
        QVERIFY(text.contains(QStringLiteral("DC 2231 Mererid Williams")));
        // Dates in the reader's language (the strings themselves are translated by the .qm files).
        QVERIFY2(text.contains(QStringLiteral("7 Mawrth 2026")), qPrintable(text));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
