#include "app/interop/wsqencoder.h"

#include "app/interop/wsqcontainer.h"
#include "app/interop/wsqhuffman.h"
#include "app/interop/wsqquantization.h"
#include "app/interop/wsqwavelet.h"

#include <QList>

#include <cmath>
#include <limits>

namespace ridgeline::interop {

using namespace wsq;

namespace {

// The tables as a decoder will read them back: the encoder works with exactly those values, so
// the decimal rounding of the file's fields never shifts its own reconstruction.
template<class Table, class Write, class Read> Table roundTrip(const Table &table, Write write, Read read)
{
    QByteArray bytes;
    write(bytes, table);
    ByteReader in(QByteArrayView(bytes).sliced(2));
    Table back;
    (void)read(in, back);
    return back;
}

FrameHeader frameFor(const WsqImage &image)
{
    const auto *p = reinterpret_cast<const uchar *>(image.pixels.constData());
    quint64 sum = 0;
    int low = 255, high = 0;
    for (qsizetype i = 0; i < image.pixels.size(); ++i) {
        sum += p[i];
        low = std::min<int>(low, p[i]);
        high = std::max<int>(high, p[i]);
    }
    FrameHeader frame;
    frame.width = image.width;
    frame.height = image.height;
    frame.shift = float(double(sum) / double(image.pixels.size()));
    frame.scale = std::max(frame.shift - float(low), float(high) - frame.shift) / 128.0f;
    if (frame.scale <= 0.0f)
        frame.scale = 1.0f; // a flat image: any scale reproduces it
    frame.encoder = 2;
    return roundTrip(
        frame, [](QByteArray &b, const FrameHeader &f) { appendFrameHeader(b, f); }, readFrameHeader);
}

QByteArray nistComment(const WsqImage &image, int ppi, double bitsPerPixel)
{
    const QList<QByteArray> lines{"PIX_WIDTH " + QByteArray::number(image.width),
                                  "PIX_HEIGHT " + QByteArray::number(image.height),
                                  "PIX_DEPTH 8",
                                  "PPI " + QByteArray::number(ppi),
                                  "LOSSY 1",
                                  "COLORSPACE GRAY",
                                  "COMPRESSION WSQ",
                                  "WSQ_BITRATE " + QByteArray::number(bitsPerPixel, 'f', 6)};
    QByteArray text = "NIST_COM " + QByteArray::number(lines.size() + 1) + '\n';
    for (const QByteArray &line : lines)
        text += line + '\n';
    text.chop(1);
    return text;
}

// One Huffman table per group of blocks (block 1 alone, blocks 2 and 3 together), as the
// reference encoder does: the coarse subbands' statistics differ from the fine ones'.
void appendBlocks(QByteArray &out, const std::vector<int> &q, const std::array<size_t, 4> &offsets)
{
    const std::array<std::pair<int, int>, 2> groups{{{0, 1}, {1, 3}}};
    for (int g = 0; g < 2; ++g) {
        const size_t begin = offsets[size_t(groups[size_t(g)].first)];
        const size_t end = offsets[size_t(groups[size_t(g)].second)];
        if (begin == end)
            continue;
        std::array<quint32, 256> frequencies{};
        countSymbols(q.data() + begin, end - begin, frequencies);
        const HuffmanTable table = buildTable(frequencies);
        appendHuffmanTable(out, g, table);
        for (int block = groups[size_t(g)].first; block < groups[size_t(g)].second; ++block) {
            const size_t b0 = offsets[size_t(block)], b1 = offsets[size_t(block + 1)];
            if (b0 == b1)
                continue;
            appendMarker(out, Marker::Sob);
            appendWord(out, 3);
            out += char(g);
            encodeBlock(q.data() + b0, b1 - b0, table, out);
        }
    }
}

} // namespace

Result<QByteArray> WsqEncoder::encode(const WsqImage &image) const
{
    if (!image.isValid() || image.width > 65535 || image.height > 65535)
        return Error(ErrorCode::BadInput,
                     QStringLiteral("WSQ encoding needs an 8-bit image of 1 to 65535 pixels a side"));
    if (!(m_options.bitsPerPixel > 0.0 && m_options.bitsPerPixel <= 8.0))
        return Error(ErrorCode::Usage, QStringLiteral("the bit rate must be above 0 and at most 8 bits per pixel"));
    const Decomposition d = buildDecomposition(image.width, image.height);
    if (!isTransformable(d))
        return Error(ErrorCode::BadInput,
                     QStringLiteral("a %1 x %2 image is too small for WSQ").arg(image.width).arg(image.height));

    const FrameHeader frame = frameFor(image);
    std::vector<float> data(size_t(image.pixels.size()));
    const auto *p = reinterpret_cast<const uchar *>(image.pixels.constData());
    for (size_t i = 0; i < data.size(); ++i)
        data[i] = (float(p[i]) - frame.shift) / frame.scale;

    QByteArray dtt;
    appendTransformTable(dtt);
    TransformTable filters;
    ByteReader dttIn(QByteArrayView(dtt).sliced(2));
    (void)readTransformTable(dttIn, filters);
    decompose(data.data(), image.width, d, filters);

    const QuantizationTable bins = roundTrip(allocateBins(data.data(), image.width, d, m_options.bitsPerPixel),
                                             appendQuantizationTable, readQuantizationTable);
    std::array<size_t, 4> offsets{};
    const std::vector<int> quantized = quantize(data.data(), image.width, d, bins, offsets);

    QByteArray out;
    appendMarker(out, Marker::Soi);
    appendComment(out, nistComment(image, m_options.ppi, m_options.bitsPerPixel));
    out += dtt;
    appendQuantizationTable(out, bins);
    appendFrameHeader(out, frame);
    appendBlocks(out, quantized, offsets);
    appendMarker(out, Marker::Eoi);
    return out;
}

double peakSignalToNoise(const WsqImage &a, const WsqImage &b)
{
    if (a.pixels.size() != b.pixels.size() || a.pixels.isEmpty())
        return 0.0;
    double squared = 0;
    for (qsizetype i = 0; i < a.pixels.size(); ++i) {
        const double diff = double(uchar(a.pixels[i])) - double(uchar(b.pixels[i]));
        squared += diff * diff;
    }
    if (squared == 0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(255.0 * 255.0 / (squared / double(a.pixels.size())));
}

} // namespace ridgeline::interop
