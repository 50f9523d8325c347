#include "app/documents/pdfdocument.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

#include <cmath>

namespace ridgeline {

struct PdfDocument::Impl
{
    std::unique_ptr<Poppler::Document> document;
    QString name;
};

namespace {} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

PdfDocument::~PdfDocument() = default;
PdfDocument::PdfDocument(PdfDocument &&) noexcept = default;
PdfDocument &PdfDocument::operator=(PdfDocument &&) noexcept = default;

Result<PdfDocument> PdfDocument::fromData(const QByteArray &data, const QString &name, int maxPages)
{
    // Poppler is lenient with junk before the header; a record that does not start as a PDF is
    // refused here so that a mislabelled file is never filed as a document.
    if (!data.left(1024).contains("%PDF-"))
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::PdfDocument", "%1 is not a PDF file (no %PDF- header)").arg(name));
    auto document = Poppler::Document::loadFromData(data);
    if (!document)
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::PdfDocument", "%1 is a damaged PDF that cannot be read").arg(name));
    if (document->isLocked())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::PdfDocument",
                                                 "%1 is an encrypted PDF; ask the sender for an unprotected copy")
                         .arg(name));
    const int pages = document->numPages();
    if (pages <= 0)
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::PdfDocument",
                                                                      "%1 is a damaged PDF: it has no readable pages")
                                              .arg(name));
    if (pages > maxPages)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::PdfDocument", "%1 has %2 pages, more than the limit of %3")
                         .arg(name)
                         .arg(pages)
                         .arg(maxPages));
    std::unique_ptr<Poppler::Page> first(document->page(0));
    if (!first)
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::PdfDocument", "%1 is a damaged PDF: its first page cannot be read")
                .arg(name));
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    auto impl = std::make_unique<Impl>();
    impl->document = std::move(document);
    impl->name = name;
    return PdfDocument(std::move(impl));
}

int PdfDocument::pageCount() const
{
    return m_impl->document->numPages();
}

QSizeF PdfDocument::pageSize(int page) const
{
    std::unique_ptr<Poppler::Page> p(m_impl->document->page(page));
    return p ? p->pageSizeF() : QSizeF();
}

QString PdfDocument::title() const
{
    return m_impl->document->info(QStringLiteral("Title"));
}

QString PdfDocument::pageText(int page) const
{
    std::unique_ptr<Poppler::Page> p(m_impl->document->page(page));
    return p ? p->text(QRectF()) : QString();
}

QString PdfDocument::allText() const
{
    QString text;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            text += QLatin1Char('\n');
        text += pageText(i);
    }
    return text;
}

Result<QImage> PdfDocument::renderPage(int page, double dpi, qint64 maxPixels) const
{
    std::unique_ptr<Poppler::Page> p(m_impl->document->page(page));
    if (!p)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ridgeline::PdfDocument", "%1 has no page %2").arg(m_impl->name).arg(page + 1));
    const QSizeF points = p->pageSizeF();
    const double w = points.width() * dpi / 72.0;
    const double h = points.height() * dpi / 72.0;
    if (!(w >= 1 && h >= 1) || w * h > double(maxPixels))
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::PdfDocument",
                                                                      "Page %1 of %2 is too large to render at %3 dpi")
                                              .arg(page + 1)
                                              .arg(m_impl->name)
                                              .arg(dpi));
    QImage image = p->renderToImage(dpi, dpi);
    if (image.isNull())
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::PdfDocument", "Page %1 of %2 could not be rendered")
                         .arg(page + 1)
                         .arg(m_impl->name));
    return image;
}

Result<QImage> PdfDocument::thumbnail(int longSide) const
{
    const QSizeF points = pageSize(0);
    const double longest = std::max(points.width(), points.height());
    if (longest <= 0)
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::PdfDocument", "%1 has an empty first page").arg(m_impl->name));
    return renderPage(0, 72.0 * longSide / longest);
}

QList<QRectF> PdfDocument::search(int page, const QString &text) const
{
    std::unique_ptr<Poppler::Page> p(m_impl->document->page(page));
    if (!p || text.isEmpty())
        return {};
    return p->search(text, Poppler::Page::IgnoreCase);
}

} // namespace ridgeline
