#include "app/reports/reportlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextLine>
#include <QTextOption>

#include <algorithm>

namespace ridgeline::reports::layout {

QFont font(FontRole role)
{
    const QString sans = QStringLiteral("DejaVu Sans");
    const QString mono = QStringLiteral("DejaVu Sans Mono");
    QFont f(sans);
    switch (role) {
    case FontRole::Title:
        f.setPointSizeF(16);
        f.setBold(true);
        break;
    case FontRole::Heading:
        f.setPointSizeF(12.5);
        f.setBold(true);
        break;
    case FontRole::Subheading:
        f.setPointSizeF(10.5);
        f.setBold(true);
        break;
    case FontRole::Body:
        f.setPointSizeF(9.5);
        break;
    case FontRole::BodyBold:
        f.setPointSizeF(9.5);
        f.setBold(true);
        break;
    case FontRole::Small:
        f.setPointSizeF(8);
        break;
    case FontRole::SmallBold:
        f.setPointSizeF(8);
        f.setBold(true);
        break;
    case FontRole::Mono:
        f = QFont(mono);
        f.setPointSizeF(8.5);
        break;
    case FontRole::MonoSmall:
        f = QFont(mono);
        f.setPointSizeF(7.5);
        break;
    }
    f.setStyleHint(role == FontRole::Mono || role == FontRole::MonoSmall ? QFont::Monospace : QFont::SansSerif);
    // Kerning and hinting differ between machines' FreeType settings; off keeps the layout identical.
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "ff" and "ffi" stay separate letters, so the PDF's text layer says "officer",
    // not "o\uFB03cer", and can be searched and copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QPageLayout a4Portrait()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

QPageLayout a3Landscape()
{
    return QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape, QMarginsF(12, 12, 12, 10),
                       QPageLayout::Millimeter);
}

QString utcTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return QStringLiteral("—");
    return QCoreApplication::translate("ridgeline::ReportPdf", "%1 UTC")
        .arg(locale.toString(when.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm:ss")));
}

QString longDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QStringLiteral("—");
}

// --- TextBlock --------------------------------------------------------------------------------

TextBlock::TextBlock(const QString &text, const QFont &font, double width, QPaintDevice *device,
                     Qt::Alignment alignment)
    : m_layout(
          std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device))
    , m_width(width)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        m_lineTops.push_back(y);
        m_lineHeights.push_back(line.height());
        y += line.height();
    }
    m_layout->endLayout();
}

double TextBlock::naturalWidth() const
{
    double w = 0;
    for (int i = 0; m_layout && i < m_layout->lineCount(); ++i)
        w = std::max(w, m_layout->lineAt(i).naturalTextWidth());
    return w;
}

double TextBlock::heightOf(int from, int to) const
{
    if (from >= to || from >= lineCount())
        return 0;
    return m_lineTops[to - 1] + m_lineHeights[to - 1] - m_lineTops[from];
}

int TextBlock::linesFitting(int from, double available) const
{
    int to = from;
    while (to < lineCount() && heightOf(from, to + 1) <= available)
        ++to;
    return std::max(to, std::min(from + 1, lineCount()));
}

void TextBlock::draw(QPainter &painter, QPointF topLeft, int from, int to) const
{
    if (!m_layout)
        return;
    if (to < 0)
        to = lineCount();
    const double shift = from < lineCount() ? m_lineTops[from] : 0;
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, topLeft - QPointF(0, shift));
}

// --- Document ---------------------------------------------------------------------------------

Document::Document(QPagedPaintDevice &device, PdfImageStore *images)
    : m_device(device)
    , m_images(images)
    , m_dpi(device.logicalDpiY() > 0 ? device.logicalDpiY() : 1200)
{}

Page &Document::newPage(const QPageLayout &layout)
{
    Page page;
    page.layout = layout;
    page.size = layout.paintRectPixels(int(m_dpi)).size();
    m_pages.push_back(std::move(page));
    return m_pages.back();
}

Status Document::paint(const ReportProgress &progress, const Furniture &furniture, const QString &what)
{
    const int total = pageCount();
    const Error cancelled(
        ErrorCode::Cancelled,
        QCoreApplication::translate("ridgeline::ReportPdf", "%1 was cancelled: nothing was written.").arg(what));
    if (progress && !progress(0, total))
        return cancelled;
    QPainter painter;
    for (int i = 0; i < total; ++i) {
        const Page &p = m_pages[size_t(i)];
        if (i == 0 || !(m_device.pageLayout() == p.layout))
            m_device.setPageLayout(p.layout);
        if (i == 0) {
            if (!painter.begin(&m_device))
                return Error(ErrorCode::Io,
                             QCoreApplication::translate("ridgeline::ReportPdf",
                                                         "%1 could not start: the printer or file refused to open. "
                                                         "Check the printer or the folder and try again.")
                                 .arg(what));
        } else if (!m_device.newPage()) {
            painter.end();
            return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::ReportPdf",
                                                                    "%1: page %2 could not be started. Check the "
                                                                    "printer or the disk and try again.")
                                            .arg(what)
                                            .arg(i + 1));
        }
        // Evidence pixels are stored losslessly (Flate) instead of as JPEG by Qt's PDF engine (when
        // they are not placeholders for PdfImageStore).
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::LosslessImageRendering);
        // A printer that refused the page size (an A3 chart on an A4-only printer) gets the page
        // scaled down to fit, so nothing is lost off the paper; the rulers scale with the images.
        const QSizeF actual = m_device.pageLayout().paintRectPixels(int(m_dpi)).size();
        const double fit = std::min({1.0, actual.width() / p.size.width(), actual.height() / p.size.height()});
        painter.resetTransform();
        if (fit < 0.999)
            painter.scale(fit, fit);
        for (const PageOp &op : p.ops) {
            painter.save();
            op(painter);
            painter.restore();
        }
        if (furniture) {
            painter.save();
            furniture(painter, p, i + 1, total);
            painter.restore();
        }
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return cancelled;
        }
    }
    if (painter.isActive() && !painter.end())
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::ReportPdf",
                                                                "%1 could not be finished. Check the printer or "
                                                                "the disk and try again.")
                                        .arg(what));
    return {};
}

// --- Flow -------------------------------------------------------------------------------------

Flow::Flow(Document &doc, QPageLayout layout, double headerHeight, double footerHeightValue)
    : m_doc(doc)
    , m_layout(std::move(layout))
{
    const QSizeF size = m_layout.paintRectPixels(int(doc.dpi())).size();
    m_top = headerHeight;
    m_bottom = size.height() - footerHeightValue;
    m_width = size.width();
    m_y = m_bottom; // the first use starts a page
}

void Flow::startPage()
{
    m_doc.newPage(m_layout);
    m_y = m_top;
}

void Flow::ensure(double height)
{
    if (m_y + height > m_bottom)
        startPage();
}

void Flow::heading(const QString &text, FontRole role)
{
    TextBlock block(text, font(role), m_width, &m_doc.device());
    const double before = m_doc.mm(role == FontRole::Heading ? 4 : 2.5);
    // Keep a heading with at least a few lines of what follows it.
    ensure(before + block.height() + m_doc.mm(14));
    if (m_y > m_top)
        m_y += before;
    const double y = m_y;
    const bool rule = role == FontRole::Heading;
    const double w = m_width;
    m_doc.add([block, y, rule, w](QPainter &p) {
        p.setPen(QColor(0x1a, 0x3a, 0x5c));
        block.draw(p, QPointF(0, y));
        if (rule) {
            p.setPen(QPen(QColor(0x1a, 0x3a, 0x5c), block.height() / 18));
            p.drawLine(QPointF(0, y + block.height() * 1.05), QPointF(w, y + block.height() * 1.05));
        }
    });
    m_y += block.height() * (rule ? 1.25 : 1.1);
}

void Flow::paragraph(const QString &text, FontRole role, double indent, QColor colour)
{
    TextBlock block(text, font(role), m_width - indent, &m_doc.device());
    int from = 0;
    while (from < block.lineCount()) {
        if (remaining() < block.heightOf(from, from + 1))
            startPage();
        const int to = block.linesFitting(from, remaining());
        const double y = m_y;
        m_doc.add([block, from, to, y, indent, colour](QPainter &p) {
            p.setPen(colour);
            block.draw(p, QPointF(indent, y), from, to);
        });
        m_y += block.heightOf(from, to);
        from = to;
    }
    m_y += m_doc.mm(1.2);
}

void Flow::bullets(const QStringList &items, const QString &whenEmpty)
{
    if (items.isEmpty()) {
        paragraph(whenEmpty, FontRole::Body, 0, QColor(0x44, 0x44, 0x44));
        return;
    }
    const double indent = m_doc.mm(5);
    for (const QString &item : items) {
        // The bullet sits in the hanging indent of the item's first line.
        const QFont f = font(FontRole::Body);
        ensure(QFontMetricsF(f, &m_doc.device()).height());
        const double y = m_y;
        m_doc.add([f, y, indent](QPainter &p) {
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(QRectF(indent * 0.3, y, indent, indent), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"));
        });
        paragraph(item, FontRole::Body, indent);
    }
}

void Flow::drawRow(const std::vector<TextBlock> &cells, const QList<double> &xs, const QList<double> &ws, bool shaded,
                   bool grid, const std::function<void()> &onBreak)
{
    const double pad = m_doc.mm(1.2);
    std::vector<int> from(cells.size(), 0);
    auto rowHeight = [&](const std::vector<int> &start, double limit, std::vector<int> *ends) {
        double h = 0;
        for (size_t c = 0; c < cells.size(); ++c) {
            const int to = limit < 0 ? cells[c].lineCount() : cells[c].linesFitting(start[c], limit);
            if (ends)
                (*ends)[c] = to;
            h = std::max(h, cells[c].heightOf(start[c], to));
        }
        return h + 2 * pad;
    };
    for (;;) {
        const double whole = rowHeight(from, -1, nullptr);
        const double fullPage = m_bottom - m_top;
        if (whole > remaining() && whole <= fullPage * 0.5) {
            startPage();
            onBreak();
        }
        std::vector<int> to(cells.size(), 0);
        const double h = rowHeight(from, remaining() - 2 * pad, &to);
        const double y = m_y;
        const double totalWidth = m_width;
        std::vector<TextBlock> blocks = cells;
        std::vector<int> starts = from;
        m_doc.add([blocks, starts, to, xs, ws, y, h, pad, shaded, grid, totalWidth](QPainter &p) {
            if (shaded)
                p.fillRect(QRectF(0, y, totalWidth, h), QColor(0xe4, 0xe9, 0xef));
            p.setPen(Qt::black);
            for (size_t c = 0; c < blocks.size(); ++c)
                blocks[c].draw(p, QPointF(xs[int(c)] + pad, y + pad), starts[c], to[c]);
            if (grid) {
                p.setPen(QPen(QColor(0x88, 0x88, 0x88), pad / 8));
                p.drawRect(QRectF(0, y, totalWidth, h));
                for (int c = 1; c < xs.size(); ++c)
                    p.drawLine(QPointF(xs[c], y), QPointF(xs[c], y + h));
            }
        });
        m_y += h;
        bool done = true;
        for (size_t c = 0; c < cells.size(); ++c) {
            from[c] = to[c];
            done = done && from[c] >= cells[c].lineCount();
        }
        if (done)
            return;
        startPage();
        onBreak();
    }
}

void Flow::table(const Table &t)
{
    QList<double> xs;
    QList<double> ws;
    double x = 0;
    for (double fraction : t.widths) {
        xs << x;
        ws << fraction * m_width;
        x += fraction * m_width;
    }
    const double pad = m_doc.mm(1.2);
    auto cellsOf = [&](const QStringList &texts, bool header, int row) {
        std::vector<TextBlock> cells;
        const bool monoRow = row >= 0 && row < t.monoRows.size() && t.monoRows[row];
        const bool boldRow = row >= 0 && row < t.boldRows.size() && t.boldRows[row];
        for (int c = 0; c < ws.size(); ++c) {
            FontRole role = t.large ? FontRole::Body : FontRole::Small;
            if (header || (t.boldFirstColumn && c == 0) || boldRow)
                role = t.large ? FontRole::BodyBold : FontRole::SmallBold;
            else if ((c < t.mono.size() && t.mono[c]) || (monoRow && c > 0))
                role = t.large ? FontRole::Mono : FontRole::MonoSmall;
            cells.emplace_back(c < texts.size() ? texts[c] : QString(), font(role), ws[c] - 2 * pad, &m_doc.device());
        }
        return cells;
    };
    const std::vector<TextBlock> header = t.headers.isEmpty() ? std::vector<TextBlock>() : cellsOf(t.headers, true, -1);
    std::function<void()> repeatHeader = [&]() {
        if (!header.empty())
            drawRow(header, xs, ws, true, t.grid, [] {});
    };
    // Keep the heading row with the first row.
    double firstHeight = 0;
    if (!t.rows.isEmpty())
        for (const TextBlock &b : cellsOf(t.rows.first(), false, 0))
            firstHeight = std::max(firstHeight, std::min(b.height(), m_doc.mm(20)));
    double headerHeight = 0;
    for (const TextBlock &b : header)
        headerHeight = std::max(headerHeight, b.height());
    ensure(headerHeight + firstHeight + 4 * pad);
    repeatHeader();
    for (int r = 0; r < t.rows.size(); ++r)
        drawRow(cellsOf(t.rows[r], false, r), xs, ws, false, t.grid, repeatHeader);
    m_y += m_doc.mm(2);
}

void Flow::block(double height, const std::function<void(QPainter &, double top)> &draw)
{
    ensure(height);
    const double y = m_y;
    m_doc.add([draw, y](QPainter &p) { draw(p, y); });
    m_y += height;
}

// --- Furniture --------------------------------------------------------------------------------

double footerHeight(const Document &doc)
{
    return doc.mm(12);
}

void drawFooter(QPainter &painter, const Document &doc, const Page &page, const ReportFooter &footer,
                const QLocale &locale, int number, int total)
{
    const double top = page.size.height() - doc.mm(9);
    const double w = page.size.width();
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), doc.mm(0.2)));
    painter.drawLine(QPointF(0, top), QPointF(w, top));
    painter.setFont(font(FontRole::Small));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QString pageText = QCoreApplication::translate("ridgeline::ReportPdf", "Page %1 of %2")
                                 .arg(locale.toString(number), locale.toString(total));
    const QString first = QCoreApplication::translate("ridgeline::ReportPdf", "%1 · Workspace %2")
                              .arg(footer.softwareVersion, footer.workspaceId);
    const QString second = QCoreApplication::translate("ridgeline::ReportPdf", "Generated by %1 on %2")
                               .arg(footer.generatedBy, utcTime(footer.generatedUtc, locale));
    const QRectF box(0, top + doc.mm(1.2), w, doc.mm(7));
    painter.drawText(box, Qt::AlignRight | Qt::AlignTop, pageText);
    const double pageWidth = QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(pageText);
    painter.drawText(QRectF(0, box.top(), w - pageWidth - doc.mm(6), box.height()),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, first + QLatin1Char('\n') + second);
}

Result<QByteArray> renderPdf(const QString &title, const ReportFooter &footer,
                             const std::function<Status(QPagedPaintDevice &, PdfImageStore *)> &paint)
{
    QByteArray bytes;
    Status status;
    PdfImageStore images;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        // PDF/A-1b: embedded fonts, no transparency, an sRGB output intent and XMP metadata (Qt 6.4).
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title);
        writer.setCreator(footer.softwareVersion.isEmpty() ? QStringLiteral("Ridgeline") : footer.softwareVersion);
        status = paint(writer, &images);
    }
    if (!status.ok())
        return status.error();
    return images.substitute(bytes);
}

} // namespace ridgeline::reports::layout
