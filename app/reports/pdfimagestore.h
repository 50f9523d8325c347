#pragma once

// Evidence images in exported PDFs, encoded by Ridgeline instead of by Qt's PDF engine (internal to
// the report renderers).
//
// Qt 6.4's engine stores a lossless image as Flate-compressed RGB, three bytes for every pixel even
// of a grayscale mark, compressed on the painting thread one image after another: 96 % of the time
// of a case report with ten court charts. So the renderer paints a tiny placeholder image where each
// evidence image goes (same target rectangle, so the page's drawing matrix is Qt's own), while the
// store compresses the real pixels on the thread pool: grayscale as one byte a pixel (DeviceGray),
// colour as three (DeviceRGB), zlib at its default level, every sample as it is in the image. When
// Qt has finished the file, `substitute` swaps each placeholder's image object for the real one and
// rewrites the cross-reference table and `startxref` for the new offsets. Nothing else in the file
// changes: fonts, text, vector drawing, metadata and the PDF/A output intent are Qt's.
//
// DeviceGray is allowed in PDF/A-1b with any output intent (ISO 19005-1, 6.2.3.3), so a grayscale
// mark stays PDF/A-1b.
//
// Thread affinity: one store per PDF being written; `placeholder` and `substitute` from the thread
// that paints. Compression runs on QThreadPool::globalInstance().

#include "app/core/error.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QList>

namespace ridgeline::reports::layout {

class PdfImageStore
{
public:
    PdfImageStore() = default;
    PdfImageStore(const PdfImageStore &) = delete;
    PdfImageStore &operator=(const PdfImageStore &) = delete;
    ~PdfImageStore(); // waits for compression still running

    // The image to draw in place of `image` (starts compressing `image`). The same image (by
    // cacheKey) gets the same placeholder, so it is stored once however often it is drawn.
    QImage placeholder(const QImage &image);
    int count() const { return int(m_entries.size()); }

    // `pdf` as written by QPdfWriter with the placeholders in it, with the real images in their
    // place. Fails (Internal) when the file does not have the form Qt writes, rather than guess.
    Result<QByteArray> substitute(const QByteArray &pdf);

    // The image stream as stored: grayscale (one byte a pixel, DeviceGray) or RGB (three bytes),
    // rows top to bottom without padding, zlib-compressed. Public for the tests.
    struct Encoded
    {
        int width = 0;
        int height = 0;
        bool gray = true;
        QByteArray flate;
    };
    static Encoded encode(const QImage &image);

private:
    struct Entry
    {
        QImage placeholder;
        QFuture<Encoded> encoded;
    };
    QList<Entry> m_entries;
    QHash<qint64, int> m_byKey;
};

} // namespace ridgeline::reports::layout
