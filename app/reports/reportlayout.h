#pragma once

// Shared machinery of the report renderers (not part of the public API): measured text that can be
// split across pages by line, a flow of paragraphs and tables with page breaks and repeated table
// headings, and a document of recorded pages that is painted only once its page count is known (so
// every page can say "Page x of y" and a cancel before painting writes nothing).
//
// Units: device pixels of the paged device being painted (its logicalDpi), origin at the top-left of
// the page's paint rectangle (inside the margins), as QPainter sees it on QPdfWriter and QPrinter.

#include "app/core/error.h"
#include "app/reports/pdfimagestore.h"
#include "app/reports/reportdata.h"
#include "app/reports/reportpdf.h"

#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

namespace ridgeline::reports::layout {

enum class FontRole
{
    Title,
    Heading,
    Subheading,
    Body,
    BodyBold,
    Small,
    SmallBold,
    Mono,
    MonoSmall,
};
// DejaVu Sans / DejaVu Sans Mono (fonts-dejavu-core), so every machine prints the same glyphs.
QFont font(FontRole role);

QPageLayout a4Portrait();
// Court charts: A3 landscape (see courtchart.cpp for why).
QPageLayout a3Landscape();

// "3 March 2026, 14:05:09 UTC" in the reader's language; "—" for a null time.
QString utcTime(const QDateTime &when, const QLocale &locale);
QString longDate(const QDate &date, const QLocale &locale);

// Text measured once with the device's font metrics, wrapped at word boundaries (or anywhere in a
// word longer than the width, such as a hash), drawn later whole or a range of lines at a time.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, double width, QPaintDevice *device,
              Qt::Alignment alignment = Qt::AlignLeft);
    double height() const { return heightOf(0, lineCount()); }
    double width() const { return m_width; }
    double naturalWidth() const;
    int lineCount() const { return int(m_lineTops.size()); }
    double heightOf(int from, int to) const;
    // How many lines from `from` fit into `available` (at least one when from < lineCount()).
    int linesFitting(int from, double available) const;
    void draw(QPainter &painter, QPointF topLeft, int from = 0, int to = -1) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    std::vector<double> m_lineTops;
    std::vector<double> m_lineHeights;
    double m_width = 0;
};

using PageOp = std::function<void(QPainter &)>;

struct Page
{
    QPageLayout layout;
    QSizeF size; // the paint rectangle, device pixels
    std::vector<PageOp> ops;
    bool runningHeader = true; // false: the page draws its own heading (court charts)
};

class Document
{
public:
    // `images`: when painting a PDF to be finished by renderPdf, evidence images are drawn as its
    // placeholders (see pdfimagestore.h); null for printers and other devices.
    explicit Document(QPagedPaintDevice &device, PdfImageStore *images = nullptr);
    QPagedPaintDevice &device() { return m_device; }
    // What to draw for an evidence image: the image itself, or its placeholder while its pixels are
    // compressed on the thread pool. Call at layout time too, to start the compression early.
    QImage evidenceImage(const QImage &image) const { return m_images ? m_images->placeholder(image) : image; }
    double dpi() const { return m_dpi; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double pt(double points) const { return points * m_dpi / 72.0; }

    Page &newPage(const QPageLayout &layout);
    Page &page() { return m_pages.back(); }
    int pageCount() const { return int(m_pages.size()); }
    void add(PageOp op) { m_pages.back().ops.push_back(std::move(op)); }

    // Paints every page: sets its layout, calls the ops, then `furniture(painter, page, number,
    // total)`. Asks `progress` before the first page and after each; false: Cancelled.
    using Furniture = std::function<void(QPainter &, const Page &, int, int)>;
    Status paint(const ReportProgress &progress, const Furniture &furniture, const QString &what);

private:
    QPagedPaintDevice &m_device;
    PdfImageStore *m_images = nullptr;
    double m_dpi = 1200;
    std::vector<Page> m_pages;
};

// A table: column widths as fractions of the flow's width; `mono` columns print in the fixed font.
struct Table
{
    QStringList headers; // empty: no heading row
    QList<double> widths;
    QList<bool> mono;
    QList<QStringList> rows;
    QList<bool> boldRows; // rows printed in bold (a conclusion)
    QList<bool> monoRows; // rows whose cells after the first print in the fixed font (hashes)
    bool grid = true;
    bool boldFirstColumn = false;
    bool large = false; // body size instead of the small table size
};

// Top-to-bottom content between a running header and footer, breaking pages as it goes.
class Flow
{
public:
    // `newPage` is called for each page the flow starts (to record the running header).
    Flow(Document &doc, QPageLayout layout, double headerHeight, double footerHeight);
    Document &doc() { return m_doc; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    double remaining() const { return m_bottom - m_y; }
    void startPage();
    // Continues on the document's current page at `y` (a page of this flow's layout started by the caller).
    void resumeAt(double y) { m_y = y; }
    void space(double height) { m_y += height; }
    // Starts a new page unless `height` fits.
    void ensure(double height);

    void heading(const QString &text, FontRole role = FontRole::Heading);
    void paragraph(const QString &text, FontRole role = FontRole::Body, double indent = 0, QColor colour = Qt::black);
    void bullets(const QStringList &items, const QString &whenEmpty);
    void table(const Table &table);
    // Something drawn by hand, `height` tall, kept on one page; `draw` receives its top.
    void block(double height, const std::function<void(QPainter &, double top)> &draw);

private:
    void drawRow(const std::vector<TextBlock> &cells, const QList<double> &xs, const QList<double> &ws, bool shaded,
                 bool grid, const std::function<void()> &onBreak);

    Document &m_doc;
    QPageLayout m_layout;
    double m_top = 0;
    double m_bottom = 0;
    double m_width = 0;
    double m_y = 0;
};

// Footer of every page: software version, who generated it when, workspace; "Page x of y".
void drawFooter(QPainter &painter, const Document &doc, const Page &page, const ReportFooter &footer,
                const QLocale &locale, int number, int total);
double footerHeight(const Document &doc);

// Appends the court chart's page(s) (A3 landscape) to `doc`.
void addCourtChartPages(Document &doc, const CourtChart &chart, const QLocale &locale);

// The PDF bytes of whatever `paint` puts on a QPdfWriter (PDF/A-1b, 1200 dpi, embedded fonts), with
// the evidence images `paint` drew through the store's placeholders encoded by the store.
Result<QByteArray> renderPdf(const QString &title, const ReportFooter &footer,
                             const std::function<Status(QPagedPaintDevice &, PdfImageStore *)> &paint);

} // namespace ridgeline::reports::layout
