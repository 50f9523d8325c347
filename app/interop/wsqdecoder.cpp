#include "app/interop/wsqdecoder.h"

#include "app/interop/wsqcontainer.h"
#include "app/interop/wsqhuffman.h"
#include "app/interop/wsqquantization.h"
#include "app/interop/wsqwavelet.h"

#include <optional>

namespace ridgeline::interop {

using namespace wsq;

namespace {

struct State
{
    FrameHeader frame;
    std::optional<Decomposition> decomposition;
    TransformTable transform;
    QuantizationTable quantization;
    std::array<HuffmanTable, kHuffmanTables> huffman;
    int ppi = -1;
    std::vector<int> coefficients;
    int blocks = 0;
};

Status readMarker(ByteReader &in, int &marker)
{
    const qsizetype at = in.pos();
    if (!in.word(marker))
        return formatError(at, QStringLiteral("the file ends where a marker should be (truncated)"));
    if (marker < int(Marker::Soi) || marker > int(Marker::Com))
        return formatError(at,
                           QStringLiteral("expected a WSQ marker, found 0x%1").arg(marker, 4, 16, QLatin1Char('0')));
    return {};
}

// Tables and comments may appear before the frame and between blocks.
Status readTableOrComment(ByteReader &in, int marker, State &s, bool &handled)
{
    handled = true;
    switch (Marker(marker)) {
    case Marker::Dtt:
        return readTransformTable(in, s.transform);
    case Marker::Dqt:
        return readQuantizationTable(in, s.quantization);
    case Marker::Dht:
        return readHuffmanTables(in, s.huffman);
    case Marker::Com: {
        QByteArray text;
        auto read = readComment(in, text);
        if (read && s.ppi < 0)
            s.ppi = ppiFromComment(text);
        return read;
    }
    default:
        handled = false;
        return {};
    }
}

Status readFrame(ByteReader &in, State &s, qint64 maxPixels)
{
    const qsizetype at = in.pos();
    if (auto read = readFrameHeader(in, s.frame); !read)
        return read;
    const qint64 pixels = qint64(s.frame.width) * s.frame.height;
    if (pixels > maxPixels)
        return formatError(at, QStringLiteral("%1 x %2 pixels exceed the limit of %3")
                                   .arg(s.frame.width)
                                   .arg(s.frame.height)
                                   .arg(maxPixels));
    s.decomposition = buildDecomposition(s.frame.width, s.frame.height);
    if (!isTransformable(*s.decomposition))
        return formatError(at, QStringLiteral("a %1 x %2 image is too small for the WSQ transform")
                                   .arg(s.frame.width)
                                   .arg(s.frame.height));
    return {};
}

// One SOB segment and its coded data; leaves the marker that ends the data in marker.
Status readBlock(ByteReader &in, State &s, int &marker)
{
    const qsizetype at = in.pos();
    int length = 0, table = 0;
    if (!in.word(length) || !in.byte(table) || length != 3)
        return formatError(at, QStringLiteral("the block header (SOB) is malformed"));
    if (!s.decomposition)
        return formatError(at, QStringLiteral("coded data comes before the frame header (SOF)"));
    if (!s.transform.defined || !s.quantization.defined)
        return formatError(at,
                           QStringLiteral("coded data comes before the transform (DTT) or quantization (DQT) table"));
    if (table >= kHuffmanTables || !s.huffman[size_t(table)].defined)
        return formatError(at, QStringLiteral("the block uses Huffman table %1, which is not defined").arg(table));
    ++s.blocks;
    const size_t capacity = codedCoefficientCount(s.quantization, *s.decomposition);
    return decodeBlock(in, s.huffman[size_t(table)], s.coefficients, capacity, marker);
}

Status readStream(ByteReader &in, State &s, qint64 maxPixels)
{
    int marker = 0;
    if (!in.word(marker) || marker != int(Marker::Soi))
        return formatError(0, QStringLiteral("not a WSQ file (no SOI marker at the start)"));
    bool handled = false;
    for (;;) {
        if (auto read = readMarker(in, marker); !read)
            return read;
        if (marker == int(Marker::Sof))
            break;
        if (auto read = readTableOrComment(in, marker, s, handled); !read)
            return read;
        if (!handled)
            return formatError(in.pos() - 2,
                               QStringLiteral("expected a table or the frame header, found 0x%1").arg(marker, 4, 16));
    }
    if (auto read = readFrame(in, s, maxPixels); !read)
        return read;
    if (auto read = readMarker(in, marker); !read)
        return read;
    while (marker != int(Marker::Eoi)) {
        if (marker == int(Marker::Sob)) {
            if (auto read = readBlock(in, s, marker); !read)
                return read;
            continue;
        }
        if (auto read = readTableOrComment(in, marker, s, handled); !read)
            return read;
        if (!handled)
            return formatError(in.pos() - 2, QStringLiteral("unexpected marker 0x%1").arg(marker, 4, 16));
        if (auto read = readMarker(in, marker); !read)
            return read;
    }
    if (s.blocks == 0)
        return formatError(in.pos(), QStringLiteral("the file holds no coded image data"));
    return {};
}

} // namespace

Result<WsqImage> WsqDecoder::decode(QByteArrayView data) const
{
    ByteReader in(data);
    State s;
    if (auto read = readStream(in, s, m_limits.maxPixels); !read)
        return read.error();
    const int width = s.frame.width, height = s.frame.height;
    std::vector<float> image(size_t(width) * size_t(height), 0.0f);
    dequantize(s.coefficients, s.quantization, *s.decomposition, image.data(), width);
    reconstruct(image.data(), width, *s.decomposition, s.transform);
    WsqImage out;
    out.width = width;
    out.height = height;
    out.ppi = s.ppi;
    out.pixels.resize(qsizetype(image.size()));
    auto *pixels = reinterpret_cast<uchar *>(out.pixels.data());
    const float scale = s.frame.scale, shift = s.frame.shift;
    for (size_t i = 0; i < image.size(); ++i) {
        // Same steps as the reference: float scale and shift, then +0.5 in double, truncation.
        // Absurd tables can overflow to NaN; "not >= 0" sends it to black instead of into UB.
        const float value = float(double(image[i] * scale + shift) + 0.5);
        pixels[i] = !(value >= 0.0f) ? 0 : value > 255.0f ? 255 : uchar(value);
    }
    return out;
}

} // namespace ridgeline::interop
