// Fast PNG decoding for the common evidence layouts (ISO/IEC 15948: chunk layout 5.3, IHDR 11.2.2,
// filters 9). Opening a 100-megapixel 8-bit grey mark through libpng took about 0.7 to 1 s on the
// reference machine, most of it zlib's inflate and writing fresh memory twice (OpenCV's Mat, then
// the QImage); here the data is inflated by libdeflate into one buffer and each row is unfiltered
// straight into the QImage.
#include "app/imaging/pngdecode.h"

#include <QtEndian>

#include <libdeflate.h>

#include <cstring>
#include <memory>
#include <vector>

namespace ridgeline::imaging {

namespace {

constexpr unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

struct Header
{
    quint32 width = 0;
    quint32 height = 0;
    int depth = 0;
    int colourType = 0;
    int bytesPerPixel = 0; // of the PNG's samples
    size_t rowBytes = 0;   // without the filter byte
};

struct DecompressorDeleter
{
    void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
};

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

// One row: `in` filtered bytes, `up` the previous unfiltered row (zeros for the first), `out` the
// unfiltered row (may not alias `in` or `up`). Returns false for an unknown filter type.
template<int Bpp> bool unfilterRow(int filter, const uchar *in, const uchar *up, uchar *out, size_t n)
{
    switch (filter) {
    case 0:
        std::memcpy(out, in, n);
        return true;
    case 1:
        std::memcpy(out, in, Bpp);
        for (size_t x = Bpp; x < n; ++x)
            out[x] = uchar(in[x] + out[x - Bpp]);
        return true;
    case 2:
        for (size_t x = 0; x < n; ++x)
            out[x] = uchar(in[x] + up[x]);
        return true;
    case 3:
        for (size_t x = 0; x < Bpp; ++x)
            out[x] = uchar(in[x] + (up[x] >> 1));
        for (size_t x = Bpp; x < n; ++x)
            out[x] = uchar(in[x] + ((out[x - Bpp] + up[x]) >> 1));
        return true;
    case 4:
        for (size_t x = 0; x < Bpp; ++x)
            out[x] = uchar(in[x] + up[x]);
        for (size_t x = Bpp; x < n; ++x)
            out[x] = uchar(in[x] + paeth(out[x - Bpp], up[x], up[x - Bpp]));
        return true;
    default:
        return false;
    }
}

bool unfilter(int bpp, int filter, const uchar *in, const uchar *up, uchar *out, size_t n)
{
    switch (bpp) {
    case 1:
        return unfilterRow<1>(filter, in, up, out, n);
    case 2:
        return unfilterRow<2>(filter, in, up, out, n);
    case 3:
        return unfilterRow<3>(filter, in, up, out, n);
    case 6:
        return unfilterRow<6>(filter, in, up, out, n);
    default:
        return false;
    }
}

std::optional<Header> readHeader(const char *body, quint32 length)
{
    if (length != 13)
        return std::nullopt;
    Header h;
    h.width = be32(body);
    h.height = be32(body + 4);
    h.depth = uchar(body[8]);
    h.colourType = uchar(body[9]);
    const int compression = uchar(body[10]);
    const int filterMethod = uchar(body[11]);
    const int interlace = uchar(body[12]);
    if (h.width == 0 || h.height == 0 || h.width > 0x7fffffffu || h.height > 0x7fffffffu || compression != 0 ||
        filterMethod != 0 || interlace != 0)
        return std::nullopt;
    if ((h.colourType != 0 && h.colourType != 2) || (h.depth != 8 && h.depth != 16))
        return std::nullopt;
    h.bytesPerPixel = (h.colourType == 2 ? 3 : 1) * (h.depth / 8);
    h.rowBytes = size_t(h.width) * size_t(h.bytesPerPixel);
    return h;
}

} // namespace

std::optional<QImage> decodePngFast(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    const size_t size = size_t(bytes.size());
    if (size < 8 || std::memcmp(data, kSignature, 8) != 0)
        return std::nullopt;
    std::optional<Header> header;
    std::vector<std::pair<size_t, size_t>> idat; // offset, length of each IDAT's data
    size_t compressedBytes = 0;
    bool ended = false;
    bool idatRunEnded = false;
    for (size_t pos = 8; !ended;) {
        if (size - pos < 12)
            return std::nullopt;
        const quint32 length = be32(data + pos);
        if (length > 0x7fffffffu || size - pos - 12 < length)
            return std::nullopt;
        const char *type = data + pos + 4;
        const char *body = type + 4;
        const quint32 crc = be32(body + length);
        if (quint32(libdeflate_crc32(0, type, length + 4)) != crc)
            return std::nullopt;
        const bool isIdat = std::memcmp(type, "IDAT", 4) == 0;
        if (!header) {
            if (std::memcmp(type, "IHDR", 4) != 0 || !(header = readHeader(body, length)))
                return std::nullopt;
        } else if (isIdat) {
            if (idatRunEnded) // image data must be consecutive chunks
                return std::nullopt;
            idat.emplace_back(size_t(body - data), size_t(length));
            compressedBytes += length;
        } else {
            if (!idat.empty())
                idatRunEnded = true;
            if (std::memcmp(type, "IEND", 4) == 0)
                ended = true;
            else if (std::memcmp(type, "tRNS", 4) == 0 || std::memcmp(type, "PLTE", 4) == 0 ||
                     std::memcmp(type, "IHDR", 4) == 0)
                return std::nullopt; // transparency, a palette or a second header: OpenCV's business
            else if (!(type[0] & 0x20))
                return std::nullopt; // an unknown critical chunk
        }
        pos += size_t(length) + 12;
    }
    if (!header || idat.empty())
        return std::nullopt;
    const Header &h = *header;

    // The compressed stream: the one chunk's data, or the chunks' data joined.
    QByteArray joined;
    const char *compressed = data + idat.front().first;
    if (idat.size() > 1) {
        joined.resize(qsizetype(compressedBytes));
        char *to = joined.data();
        for (const auto &[offset, length] : idat) {
            std::memcpy(to, data + offset, length);
            to += length;
        }
        compressed = joined.constData();
    }

    const size_t filteredBytes = (h.rowBytes + 1) * size_t(h.height);
    std::unique_ptr<uchar[]> filtered(new (std::nothrow) uchar[filteredBytes]);
    std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> inflater(libdeflate_alloc_decompressor());
    if (!filtered || !inflater)
        return std::nullopt;
    size_t produced = 0;
    if (libdeflate_zlib_decompress(inflater.get(), compressed, compressedBytes, filtered.get(), filteredBytes,
                                   &produced) != LIBDEFLATE_SUCCESS ||
        produced != filteredBytes)
        return std::nullopt;
    joined = QByteArray();

    const QImage::Format format = h.colourType == 0
                                      ? (h.depth == 8 ? QImage::Format_Grayscale8 : QImage::Format_Grayscale16)
                                      : (h.depth == 8 ? QImage::Format_RGB888 : QImage::Format_RGBX64);
    QImage image(int(h.width), int(h.height), format);
    if (image.isNull())
        return std::nullopt;
    const std::vector<uchar> zeros(h.rowBytes, 0);
    // 16-bit rows are unfiltered into two alternating big-endian buffers, then converted.
    std::vector<uchar> rows[2];
    if (h.depth == 16) {
        rows[0].resize(h.rowBytes);
        rows[1].resize(h.rowBytes);
    }
    const uchar *previous = zeros.data();
    for (quint32 y = 0; y < h.height; ++y) {
        const uchar *in = filtered.get() + size_t(y) * (h.rowBytes + 1);
        uchar *out = h.depth == 8 ? image.scanLine(int(y)) : rows[y & 1].data();
        if (!unfilter(h.bytesPerPixel, in[0], in + 1, previous, out, h.rowBytes))
            return std::nullopt;
        previous = out;
        if (h.depth == 8)
            continue;
        auto *line = reinterpret_cast<quint16 *>(image.scanLine(int(y)));
        if (h.colourType == 0) {
            for (quint32 x = 0; x < h.width; ++x)
                line[x] = qFromBigEndian<quint16>(out + 2 * x);
        } else {
            for (quint32 x = 0; x < h.width; ++x) {
                line[4 * x] = qFromBigEndian<quint16>(out + 6 * x);
                line[4 * x + 1] = qFromBigEndian<quint16>(out + 6 * x + 2);
                line[4 * x + 2] = qFromBigEndian<quint16>(out + 6 * x + 4);
                line[4 * x + 3] = 0xffff;
            }
        }
    }
    return image;
}

} // namespace ridgeline::imaging
