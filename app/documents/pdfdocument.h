#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace ridgeline {

// A PDF record (statement, form, report) opened read-only from its stored bytes. Poppler stays
// behind this class. Thread affinity: one instance per thread; rendering can take long, so call
// it from a worker thread. Coordinates are PDF points (1/72 inch), origin top-left.
class PdfDocument
{
public:
    ~PdfDocument();
    PdfDocument(PdfDocument &&) noexcept;
    PdfDocument &operator=(PdfDocument &&) noexcept;

    // Refuses, with ErrorCode::BadInput and a reason naming `name`: data that is not a PDF, a
    // damaged PDF, an encrypted PDF that needs a password, a PDF with no pages or more than
    // maxPages pages.
    static Result<PdfDocument> fromData(const QByteArray &data, const QString &name, int maxPages = 5000);

    int pageCount() const;
    QSizeF pageSize(int page) const;
    QString title() const;
    // The text layer of one page (empty for scanned pages without text).
    QString pageText(int page) const;
    QString allText() const;
    // Renders at `dpi`, refusing sizes over maxPixels (a hostile page size cannot exhaust memory).
    Result<QImage> renderPage(int page, double dpi, qint64 maxPixels = 80'000'000) const;
    // A first-page thumbnail whose longer side is `longSide` pixels.
    Result<QImage> thumbnail(int longSide = 256) const;
    // Case-insensitive search; rectangles in points.
    QList<QRectF> search(int page, const QString &text) const;

private:
    struct Impl;
    explicit PdfDocument(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ridgeline
