#include "app/interop/wsqcontainer.h"

#include <QList>

namespace ridgeline::interop::wsq {

namespace {

// Decimal-scaled values ("value / 10^exponent") are widened step by step exactly as the reference
// decoder does (float divided by a double 10, narrowed each time), so the tables it derives, and
// therefore every reconstructed pixel, agree bit for bit.
float scaled(quint32 value, int exponent)
{
    float f = float(value);
    for (; exponent > 0; --exponent)
        f = float(double(f) / 10.0);
    return f;
}

// The standard 9/7 analysis filters as the specification's DTT stores them: half filters from the
// centre tap outwards, each (sign, decimal exponent, 32-bit value).
struct StoredCoefficient
{
    quint8 sign;
    quint8 exponent;
    quint32 value;
};
constexpr StoredCoefficient kAnalysisLowpass[5] = {
    {0, 9, 852698573}, {0, 10, 3774028186u}, {1, 10, 1106243994}, {1, 11, 2384946381u}, {0, 11, 3782845235u}};
constexpr StoredCoefficient kAnalysisHighpass[4] = {
    {0, 9, 788485632}, {1, 10, 4180923187u}, {1, 11, 4068942234u}, {0, 10, 645388851}};

Status checkLength(ByteReader &in, int length, int minimum, const char *segment)
{
    if (length < minimum || length - 2 > in.remaining())
        return formatError(in.pos() - 2, QStringLiteral("%1 segment length %2 is impossible here (%3 bytes remain)")
                                             .arg(QLatin1String(segment))
                                             .arg(length)
                                             .arg(in.remaining()));
    return {};
}

// (exponent, integer) with integer < limit, keeping as many decimal digits as fit.
std::pair<int, quint32> toScaled(double value, double limit)
{
    int exponent = 0;
    while (value != 0 && value * 10.0 < limit && exponent < 20) {
        value *= 10.0;
        ++exponent;
    }
    return {exponent, quint32(value + 0.5)};
}

} // namespace

bool ByteReader::byte(int &value)
{
    if (m_pos + 1 > m_data.size())
        return false;
    value = quint8(m_data[m_pos++]);
    return true;
}

bool ByteReader::word(int &value)
{
    if (m_pos + 2 > m_data.size())
        return false;
    value = (quint8(m_data[m_pos]) << 8) | quint8(m_data[m_pos + 1]);
    m_pos += 2;
    return true;
}

bool ByteReader::dword(quint32 &value)
{
    if (m_pos + 4 > m_data.size())
        return false;
    value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(m_data[m_pos + i]);
    m_pos += 4;
    return true;
}

Error formatError(qsizetype offset, const QString &why)
{
    return Error(ErrorCode::BadInput, QStringLiteral("WSQ, byte %1: %2").arg(offset).arg(why));
}

Status readFrameHeader(ByteReader &in, FrameHeader &frame)
{
    int length = 0, e1 = 0, v1 = 0, e2 = 0, v2 = 0;
    if (!in.word(length))
        return formatError(in.pos(), QStringLiteral("the frame header (SOF) is truncated"));
    if (auto ok = checkLength(in, length, 17, "SOF"); !ok)
        return ok;
    in.byte(frame.black);
    in.byte(frame.white);
    in.word(frame.height);
    in.word(frame.width);
    in.byte(e1);
    in.word(v1);
    in.byte(e2);
    in.word(v2);
    in.byte(frame.encoder);
    in.word(frame.software);
    in.skip(length - 17);
    frame.shift = scaled(quint32(v1), e1);
    frame.scale = scaled(quint32(v2), e2);
    if (frame.width == 0 || frame.height == 0)
        return formatError(in.pos() - length,
                           QStringLiteral("the frame declares a %1 x %2 image").arg(frame.width).arg(frame.height));
    return {};
}

Status readTransformTable(ByteReader &in, TransformTable &table)
{
    int length = 0, lowSize = 0, highSize = 0;
    const qsizetype start = in.pos();
    if (!in.word(length) || !in.byte(lowSize) || !in.byte(highSize))
        return formatError(start, QStringLiteral("the transform table (DTT) is truncated"));
    // The specification fixes the 9/7 biorthogonal pair; the boundary handling below is exact for it.
    if (lowSize != 9 || highSize != 7)
        return formatError(start,
                           QStringLiteral("filters of %1 and %2 taps are not supported (the standard 9/7 pair is)")
                               .arg(lowSize)
                               .arg(highSize));
    const int halfLow = (lowSize + 1) / 2, halfHigh = (highSize + 1) / 2;
    if (length != 4 + 6 * (halfLow + halfHigh) || length - 4 > in.remaining())
        return formatError(start,
                           QStringLiteral("the transform table's length %1 does not fit its filters").arg(length));
    // The stored analysis lowpass, sign-alternated, is the synthesis highpass, and vice versa.
    const auto expand = [&](int half, std::vector<float> &out, std::vector<float> &analysis) {
        out.assign(size_t(2 * half - 1), 0.0f);
        analysis.assign(size_t(2 * half - 1), 0.0f);
        for (int i = 0; i < half; ++i) {
            int sign = 0, exponent = 0;
            quint32 value = 0;
            in.byte(sign);
            in.byte(exponent);
            in.dword(value);
            float c = scaled(value, exponent);
            if (sign != 0)
                c = -c;
            analysis[size_t(half - 1 + i)] = c;
            analysis[size_t(half - 1 - i)] = c;
            if (i % 2 == 1)
                c = -c;
            out[size_t(half - 1 + i)] = c;
            out[size_t(half - 1 - i)] = c;
        }
    };
    expand(halfLow, table.highpass, table.analysisLowpass);
    expand(halfHigh, table.lowpass, table.analysisHighpass);
    table.defined = true;
    return {};
}

Status readQuantizationTable(ByteReader &in, QuantizationTable &table)
{
    int length = 0;
    const qsizetype start = in.pos();
    if (!in.word(length))
        return formatError(start, QStringLiteral("the quantization table (DQT) is truncated"));
    if (auto ok = checkLength(in, length, 2 + 3 + 6 * kTableSubbands, "DQT"); !ok)
        return ok;
    const auto next = [&] {
        int exponent = 0, value = 0;
        in.byte(exponent);
        in.word(value);
        return scaled(quint32(value), exponent);
    };
    table.binCenter = next();
    for (int i = 0; i < kTableSubbands; ++i) {
        table.q[size_t(i)] = next();
        table.z[size_t(i)] = next();
    }
    in.skip(length - (2 + 3 + 6 * kTableSubbands));
    table.defined = true;
    return {};
}

Status readHuffmanTables(ByteReader &in, std::array<HuffmanTable, kHuffmanTables> &tables)
{
    int length = 0;
    const qsizetype start = in.pos();
    if (!in.word(length))
        return formatError(start, QStringLiteral("the Huffman table segment (DHT) is truncated"));
    if (auto ok = checkLength(in, length, 2 + 17, "DHT"); !ok)
        return ok;
    const qsizetype end = start + length;
    while (in.pos() < end) {
        int id = 0;
        in.byte(id);
        if (id >= kHuffmanTables || end - in.pos() < 16)
            return formatError(in.pos() - 1, QStringLiteral("Huffman table %1 is invalid or truncated").arg(id));
        HuffmanTable table;
        int total = 0;
        for (int i = 0; i < 16; ++i) {
            int count = 0;
            in.byte(count);
            table.counts[size_t(i)] = quint8(count);
            total += count;
        }
        if (total == 0 || total > 256 || end - in.pos() < total)
            return formatError(in.pos() - 16, QStringLiteral("Huffman table %1 declares %2 codes").arg(id).arg(total));
        table.values.assign(reinterpret_cast<const quint8 *>(in.current()),
                            reinterpret_cast<const quint8 *>(in.current()) + total);
        in.skip(total);
        table.defined = true;
        tables[size_t(id)] = std::move(table);
    }
    return {};
}

Status readComment(ByteReader &in, QByteArray &text)
{
    int length = 0;
    if (!in.word(length))
        return formatError(in.pos(), QStringLiteral("the comment (COM) is truncated"));
    if (auto ok = checkLength(in, length, 2, "COM"); !ok)
        return ok;
    text = QByteArray(in.current(), length - 2);
    in.skip(length - 2);
    return {};
}

int ppiFromComment(const QByteArray &comment)
{
    if (!comment.startsWith("NIST_COM"))
        return -1;
    for (const QByteArray &line : comment.split('\n')) {
        if (line.startsWith("PPI ")) {
            bool ok = false;
            const int ppi = line.mid(4).trimmed().toInt(&ok);
            return ok && ppi > 0 ? ppi : -1;
        }
    }
    return -1;
}

void appendWord(QByteArray &out, int value)
{
    out += char((value >> 8) & 0xFF);
    out += char(value & 0xFF);
}

void appendMarker(QByteArray &out, Marker marker)
{
    appendWord(out, int(marker));
}

void appendFrameHeader(QByteArray &out, const FrameHeader &frame)
{
    appendMarker(out, Marker::Sof);
    appendWord(out, 17);
    out += char(frame.black);
    out += char(frame.white);
    appendWord(out, frame.height);
    appendWord(out, frame.width);
    for (const float v : {frame.shift, frame.scale}) {
        const auto [exponent, value] = toScaled(v, 65535.0);
        out += char(exponent);
        appendWord(out, int(value));
    }
    out += char(frame.encoder);
    appendWord(out, frame.software);
}

void appendTransformTable(QByteArray &out)
{
    appendMarker(out, Marker::Dtt);
    appendWord(out, 58);
    out += char(9);
    out += char(7);
    const auto put = [&](const StoredCoefficient &c) {
        out += char(c.sign);
        out += char(c.exponent);
        for (int shift = 24; shift >= 0; shift -= 8)
            out += char((c.value >> shift) & 0xFF);
    };
    for (const auto &c : kAnalysisLowpass)
        put(c);
    for (const auto &c : kAnalysisHighpass)
        put(c);
}

void appendQuantizationTable(QByteArray &out, const QuantizationTable &table)
{
    appendMarker(out, Marker::Dqt);
    appendWord(out, 2 + 3 + 6 * kTableSubbands);
    const auto put = [&](float v) {
        const auto [exponent, value] = toScaled(v, 65535.0);
        out += char(exponent);
        appendWord(out, int(value));
    };
    put(table.binCenter);
    for (int i = 0; i < kTableSubbands; ++i) {
        put(table.q[size_t(i)]);
        put(table.z[size_t(i)]);
    }
}

void appendHuffmanTable(QByteArray &out, int id, const HuffmanTable &table)
{
    appendMarker(out, Marker::Dht);
    appendWord(out, int(2 + 1 + 16 + table.values.size()));
    out += char(id);
    for (quint8 c : table.counts)
        out += char(c);
    for (quint8 v : table.values)
        out += char(v);
}

void appendComment(QByteArray &out, const QByteArray &text)
{
    appendMarker(out, Marker::Com);
    appendWord(out, int(text.size() + 2));
    out += text;
}

} // namespace ridgeline::interop::wsq
