// Fast PNG decoding for the common evidence layouts (ISO/IEC 15948: chunk layout 5.3, IHDR 11.2.2,
// filters 9). Opening a 100-megapixel 8-bit grey mark through libpng took about 0.7 to 1 s on the
// reference machine, most of it zlib's inflate and writing fresh memory twice (OpenCV's Mat, then
// the QImage); here the data is inflated by libdeflate into one buffer and each row is unfiltered
// straight into the QImage.
#include "app/imaging/pngdecode.h"

#include "app/imaging/pngcheck.h"

#include <QtEndian>

#include <libdeflate.h>

#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace ridgeline::imaging {

namespace {

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

} // namespace

std::optional<QImage> decodePngFast(const QByteArray &bytes)
{
    if (!isPng(bytes))
        return std::nullopt;
    // The caller checked the pixel budget against the same header.
    const InspectLimits unlimited{std::numeric_limits<qint64>::max(), 1};
    const auto chunks = walkPngChunks(bytes, QString(), unlimited);
    if (!chunks)
        return std::nullopt;
    const PngHeader &h = chunks->header;
    if ((h.colourType != 0 && h.colourType != 2) || (h.bitDepth != 8 && h.bitDepth != 16) || h.interlaced ||
        chunks->transparency)
        return std::nullopt; // palette, alpha, transparency, low depths, Adam7: OpenCV's business
    const int bytesPerPixel = h.samplesPerPixel() * (h.bitDepth / 8);
    const size_t rowBytes = size_t(h.width) * size_t(bytesPerPixel);

    std::vector<uchar> joined;
    const auto [compressed, compressedBytes] = joinedImageData(*chunks, joined);
    const size_t filteredBytes = (rowBytes + 1) * size_t(h.height);
    std::unique_ptr<uchar[]> filtered(new (std::nothrow) uchar[filteredBytes]);
    std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> inflater(libdeflate_alloc_decompressor());
    if (!filtered || !inflater)
        return std::nullopt;
    size_t produced = 0;
    if (libdeflate_zlib_decompress(inflater.get(), compressed, compressedBytes, filtered.get(), filteredBytes,
                                   &produced) != LIBDEFLATE_SUCCESS ||
        produced != filteredBytes)
        return std::nullopt;
    joined = {};

    const QImage::Format format = h.colourType == 0
                                      ? (h.bitDepth == 8 ? QImage::Format_Grayscale8 : QImage::Format_Grayscale16)
                                      : (h.bitDepth == 8 ? QImage::Format_RGB888 : QImage::Format_RGBX64);
    QImage image(int(h.width), int(h.height), format);
    if (image.isNull())
        return std::nullopt;
    const std::vector<uchar> zeros(rowBytes, 0);
    // 16-bit rows are unfiltered into two alternating big-endian buffers, then converted.
    std::vector<uchar> rows[2];
    if (h.bitDepth == 16) {
        rows[0].resize(rowBytes);
        rows[1].resize(rowBytes);
    }
    const uchar *previous = zeros.data();
    for (quint32 y = 0; y < h.height; ++y) {
        const uchar *in = filtered.get() + size_t(y) * (rowBytes + 1);
        uchar *out = h.bitDepth == 8 ? image.scanLine(int(y)) : rows[y & 1].data();
        if (!unfilter(bytesPerPixel, in[0], in + 1, previous, out, rowBytes))
            return std::nullopt;
        previous = out;
        if (h.bitDepth == 8)
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
