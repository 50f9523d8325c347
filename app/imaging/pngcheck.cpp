#include "app/imaging/pngcheck.h"

#include "app/imaging/imagerefusal.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QtEndian>

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

#include <libdeflate.h>
#include <zlib.h>

// PNG facts from ISO/IEC 15948 (PNG, second edition): chunk layout (5.3), IHDR (11.2.2), the
// allowed bit depths per colour type (table 11.1), Adam7 (8.2) and filter types (9.2).

namespace ridgeline::imaging {
namespace {

const uchar *data(const QByteArray &b)
{
    return reinterpret_cast<const uchar *>(b.constData());
}

using Header = PngHeader;

bool validDepth(int colourType, int depth)
{
    switch (colourType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

// The rows of the filtered image data: one run per Adam7 pass (one run when not interlaced).
struct RowRun
{
    quint64 rows = 0;
    quint64 rowBytes = 0; // without the filter-type byte
};

std::vector<RowRun> rowLayout(const Header &h)
{
    const quint64 bitsPerPixel = quint64(h.samplesPerPixel()) * quint64(h.bitDepth);
    auto run = [&](quint64 w, quint64 rows) { return RowRun{rows, (w * bitsPerPixel + 7) / 8}; };
    if (!h.interlaced)
        return {run(h.width, h.height)};
    static constexpr int kPass[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                        {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    std::vector<RowRun> runs;
    for (const auto &p : kPass) {
        const quint64 w = h.width > quint32(p[0]) ? (h.width - p[0] + p[2] - 1) / p[2] : 0;
        const quint64 rows = h.height > quint32(p[1]) ? (h.height - p[1] + p[3] - 1) / p[3] : 0;
        if (w > 0 && rows > 0) // an empty pass has no rows and no filter bytes
            runs.push_back(run(w, rows));
    }
    return runs;
}

// Walks the inflated bytes as they arrive and checks the filter-type byte that starts each row.
class FilterScanner
{
public:
    explicit FilterScanner(std::vector<RowRun> runs)
        : m_runs(std::move(runs))
    {
        for (const RowRun &r : m_runs)
            m_total += r.rows * (r.rowBytes + 1);
    }
    quint64 total() const { return m_total; }
    quint64 seen() const { return m_seen; }
    // False when a row has a filter type outside 0-4 or more bytes arrive than the layout holds.
    bool feed(const uchar *p, quint64 n)
    {
        while (n > 0) {
            if (m_run >= m_runs.size())
                return false;
            if (m_untilFilter == 0) {
                if (*p > 4) {
                    m_badFilter = *p;
                    return false;
                }
                ++m_row;
                m_untilFilter = m_runs[m_run].rowBytes + 1;
            }
            const quint64 step = std::min(n, m_untilFilter);
            p += step;
            n -= step;
            m_seen += step;
            m_untilFilter -= step;
            if (m_untilFilter == 0 && m_row == m_runs[m_run].rows) {
                ++m_run;
                m_row = 0;
            }
        }
        return true;
    }
    int badFilter() const { return m_badFilter; }
    quint64 badRow() const { return m_row + 1; }

private:
    std::vector<RowRun> m_runs;
    quint64 m_total = 0;
    quint64 m_seen = 0;
    size_t m_run = 0;
    quint64 m_row = 0;         // rows started in the current run
    quint64 m_untilFilter = 0; // bytes left in the current row, its filter byte included
    int m_badFilter = -1;
};

using Chunks = PngChunks;

} // namespace

Result<PngChunks> walkPngChunks(const QByteArray &bytes, const QString &name, const InspectLimits &limits)
{
    Chunks c;
    const qsizetype size = bytes.size();
    qsizetype pos = 8;
    bool idatEnded = false, seenPalette = false;
    while (true) {
        if (size - pos < 12)
            return refusedImage(
                name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                  "is truncated or damaged: the file ends before its IEND chunk"));
        const uchar *p = data(bytes) + pos;
        const quint32 length = qFromBigEndian<quint32>(p);
        const QByteArray type(reinterpret_cast<const char *>(p + 4), 4);
        for (char ch : type) {
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')))
                return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                      "is damaged: byte %1 does not start a PNG chunk")
                                              .arg(pos));
        }
        const QString typeName = QString::fromLatin1(type);
        if (length > 0x7fffffffu || quint64(size - pos - 12) < length)
            return refusedImage(
                name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                  "is truncated or damaged: the file ends inside its %1 chunk")
                          .arg(typeName));
        const quint32 stored = qFromBigEndian<quint32>(p + 8 + length);
        if (libdeflate_crc32(0, p + 4, size_t(length) + 4) != stored)
            return refusedImage(name,
                                QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                            "is damaged: its %1 chunk at byte %2 fails its CRC check")
                                    .arg(typeName)
                                    .arg(pos));
        const uchar *body = p + 8;
        pos += qsizetype(length) + 12;
        if (c.header.width == 0 && type != "IHDR")
            return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                  "is damaged: it does not start with an IHDR chunk"));
        if (type == "IHDR") {
            if (c.header.width != 0 || length != 13)
                return refusedImage(
                    name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                      "is damaged: its IHDR chunk is repeated or of the wrong length"));
            c.header.width = qFromBigEndian<quint32>(body);
            c.header.height = qFromBigEndian<quint32>(body + 4);
            c.header.bitDepth = body[8];
            c.header.colourType = body[9];
            c.header.interlaced = body[12] == 1;
            if (c.header.width == 0 || c.header.height == 0 || c.header.width > 0x7fffffffu ||
                c.header.height > 0x7fffffffu || !validDepth(c.header.colourType, c.header.bitDepth) || body[10] != 0 ||
                body[11] != 0 || body[12] > 1)
                return refusedImage(name, QCoreApplication::translate(
                                              "ridgeline::imaging::ImageInspector",
                                              "has an invalid PNG header (size, bit depth, colour type or method)"));
            // Before anything else of the file is read.
            if (auto over = overPixelBudget(name, c.header.width, c.header.height, limits))
                return *over;
        } else if (type == "PLTE") {
            if (length == 0 || length % 3 != 0 || length > 768)
                return refusedImage(
                    name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                      "is damaged: its palette has an invalid length of %1 bytes")
                              .arg(length));
            seenPalette = true;
            for (quint32 i = 0; i < length; i += 3)
                c.allGreyPalette = c.allGreyPalette && body[i] == body[i + 1] && body[i] == body[i + 2];
        } else if (type == "IDAT") {
            if (idatEnded)
                return refusedImage(
                    name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                      "is damaged: its image data chunks are not consecutive"));
            c.idat.emplace_back(body, length);
        } else if (type == "IEND") {
            break; // bytes after IEND are not part of the image; readers ignore them
        } else {
            if (!c.idat.empty())
                idatEnded = true;
            if (type == "tRNS")
                c.transparency = true;
            else if (type == "pHYs" && length == 9 && body[8] == 1) {
                const double ppi = qFromBigEndian<quint32>(body) * 0.0254;
                // Nothing under 100 ppi is a usable scale (many writers put 72 there by default).
                c.ppi = ppi >= 100.0 && ppi <= 20000.0 ? std::round(ppi * 100.0) / 100.0 : 0.0;
            } else if (type.at(0) >= 'A' && type.at(0) <= 'Z')
                return refusedImage(name,
                                    QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                "has a critical %1 chunk that Ridgeline cannot read")
                                        .arg(typeName));
        }
    }
    if (c.idat.empty())
        return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                              "is truncated or damaged: it holds no image data"));
    if (c.header.colourType == 3 && !seenPalette)
        return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                              "is damaged: it is a palette image without a palette"));
    return c;
}

namespace {

Status dataError(const QString &name, const FilterScanner &scan)
{
    if (scan.badFilter() >= 0)
        return refusedImage(
            name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                              "is damaged: row %1 of its image data has an unknown filter type %2")
                      .arg(scan.badRow())
                      .arg(scan.badFilter()));
    return refusedImage(
        name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                          "is damaged: its image data holds more than the %1 bytes its header declares")
                  .arg(scan.total()));
}

Status inflateWhole(const Chunks &c, const QString &name, FilterScanner &scan)
{
    std::vector<uchar> joined;
    const auto [in, inSize] = joinedImageData(c, joined);
    std::unique_ptr<uchar[]> out(new (std::nothrow) uchar[scan.total()]);
    if (!out)
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                "Image %1: not enough memory to check its image data")
                                        .arg(name));
    std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor *)> d(libdeflate_alloc_decompressor(),
                                                                                    libdeflate_free_decompressor);
    if (!d)
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                "Image %1: not enough memory to check its image data")
                                        .arg(name));
    switch (libdeflate_zlib_decompress(d.get(), in, inSize, out.get(), scan.total(), nullptr)) {
    case LIBDEFLATE_SUCCESS:
        break;
    case LIBDEFLATE_SHORT_OUTPUT:
        return refusedImage(name,
                            QCoreApplication::translate(
                                "ridgeline::imaging::ImageInspector",
                                "is truncated or damaged: its image data ends before the %1 bytes its header declares")
                                .arg(scan.total()));
    case LIBDEFLATE_INSUFFICIENT_SPACE:
        return dataError(name, scan);
    default:
        return refusedImage(
            name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                              "is truncated or damaged: its compressed image data is corrupt"));
    }
    if (!scan.feed(out.get(), scan.total()))
        return dataError(name, scan);
    return {};
}

Status inflateStreaming(const Chunks &c, const QString &name, FilterScanner &scan)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                "Image %1: not enough memory to check its image data")
                                        .arg(name));
    auto end = qScopeGuard([&z] { inflateEnd(&z); });
    std::vector<uchar> window(256 * 1024);
    bool finished = false;
    // One inflate call into the window, checked as it comes out. False: stop (the stream ended,
    // zlib needs more input, or `failure` is set).
    std::optional<Error> failure;
    auto pump = [&]() {
        z.next_out = window.data();
        z.avail_out = uInt(window.size());
        const int r = inflate(&z, Z_NO_FLUSH);
        if (r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR) {
            failure = refusedImage(
                name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                  "is truncated or damaged: its compressed image data is corrupt"));
            return false;
        }
        if (!scan.feed(window.data(), window.size() - z.avail_out)) {
            failure = dataError(name, scan).error();
            return false;
        }
        finished = r == Z_STREAM_END;
        const bool stuck = r == Z_BUF_ERROR && z.avail_out == window.size(); // wants more input
        return !finished && !stuck;
    };
    for (size_t i = 0; i < c.idat.size() && !finished && !failure; ++i) {
        z.next_in = const_cast<uchar *>(c.idat[i].first);
        z.avail_in = c.idat[i].second;
        while (z.avail_in > 0 && pump()) {
        }
    }
    // zlib may hold output back until the stream's end; drain it.
    while (!finished && !failure && pump()) {
    }
    if (failure)
        return *failure;
    if (!finished || scan.seen() != scan.total())
        return refusedImage(name,
                            QCoreApplication::translate(
                                "ridgeline::imaging::ImageInspector",
                                "is truncated or damaged: its image data ends before the %1 bytes its header declares")
                                .arg(scan.total()));
    return {};
}

} // namespace

std::pair<const uchar *, size_t> joinedImageData(const PngChunks &chunks, std::vector<uchar> &storage)
{
    if (chunks.idat.size() == 1)
        return chunks.idat.front();
    size_t total = 0;
    for (const auto &[p, n] : chunks.idat)
        total += n;
    storage.resize(total);
    uchar *to = storage.data();
    for (const auto &[p, n] : chunks.idat)
        to = std::copy(p, p + n, to);
    return {storage.data(), total};
}

bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
}

Result<ImageInfo> checkPng(const QByteArray &bytes, const QString &name, const InspectLimits &limits,
                           qint64 wholeBufferLimit)
{
    if (!isPng(bytes))
        return refusedImage(name,
                            QCoreApplication::translate("ridgeline::imaging::ImageInspector", "is not a PNG file"));
    auto chunks = walkPngChunks(bytes, name, limits);
    if (!chunks)
        return chunks.error();
    const Header &h = chunks->header;
    FilterScanner scan(rowLayout(h));
    const Status inflated = qint64(scan.total()) <= wholeBufferLimit ? inflateWhole(*chunks, name, scan)
                                                                     : inflateStreaming(*chunks, name, scan);
    if (!inflated)
        return inflated.error();

    ImageInfo info;
    info.format = QStringLiteral("png");
    info.mediaType = QStringLiteral("image/png");
    info.width = int(h.width);
    info.height = int(h.height);
    info.ppi = chunks->ppi;
    // The same description a decoder gives: alpha (or a transparent colour) makes four channels,
    // a palette of greys is grey, depths under 8 bits are shown as 8.
    info.bitDepth = h.bitDepth == 16 ? 16 : 8;
    switch (h.colourType) {
    case 0:
        info.channels = chunks->transparency ? 4 : 1;
        break;
    case 2:
        info.channels = chunks->transparency ? 4 : 3;
        break;
    case 3:
        info.channels = chunks->allGreyPalette ? 1 : 3;
        break;
    default:
        info.channels = 4;
        break;
    }
    return info;
}

} // namespace ridgeline::imaging
