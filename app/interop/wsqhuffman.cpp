#include "app/interop/wsqhuffman.h"

#include <algorithm>

namespace ridgeline::interop::wsq {

namespace {

// Symbols of the specification's coefficient alphabet.
constexpr int kMaxZeroRun = 100;   // 1..100: that many zeros
constexpr int kEscPositive8 = 101; // then 8 bits: a positive value
constexpr int kEscNegative8 = 102;
constexpr int kEscPositive16 = 103;
constexpr int kEscNegative16 = 104;
constexpr int kEscZeroRun8 = 105; // then 8 bits: a zero run
constexpr int kEscZeroRun16 = 106;
constexpr int kValueOffset = 180; // 107..254: value + 180, for values -73..74
constexpr int kMinDirect = -73;
constexpr int kMaxDirect = 74;

struct DecodeTables
{
    std::array<int, 17> minCode{};
    std::array<int, 17> maxCode{}; // -1 where no code has that length
    std::array<int, 17> valuePtr{};
};

DecodeTables decodeTables(const HuffmanTable &table)
{
    DecodeTables t;
    int code = 0, k = 0;
    for (int length = 1; length <= 16; ++length) {
        const int count = table.counts[size_t(length - 1)];
        if (count == 0) {
            t.maxCode[size_t(length)] = -1;
        } else {
            t.valuePtr[size_t(length)] = k;
            t.minCode[size_t(length)] = code;
            code += count;
            k += count;
            t.maxCode[size_t(length)] = code - 1;
        }
        code <<= 1;
    }
    return t;
}

// Reads bits MSB first, removing stuffed zero bytes; stops at a marker (0xFF followed by a
// non-zero byte) and reports it.
class BitReader
{
public:
    explicit BitReader(ByteReader &in)
        : m_in(in)
    {}

    // false with marker set at a marker; false with marker 0 when the data ends or is malformed.
    bool bits(int count, int &value, int &marker)
    {
        value = 0;
        for (int i = 0; i < count; ++i) {
            if (m_left == 0 && !load(count == 1, marker))
                return false;
            --m_left;
            value = (value << 1) | ((m_byte >> m_left) & 1);
        }
        return true;
    }

private:
    bool load(bool markerAllowed, int &marker)
    {
        int b = 0, next = 0;
        marker = 0;
        if (!m_in.byte(b))
            return false;
        if (b == 0xFF) {
            if (!m_in.byte(next))
                return false;
            if (next != 0) {
                if (markerAllowed)
                    marker = 0xFF00 | next;
                return false;
            }
        }
        m_byte = b;
        m_left = 8;
        return true;
    }

    ByteReader &m_in;
    int m_byte = 0;
    int m_left = 0;
};

} // namespace

Status decodeBlock(ByteReader &in, const HuffmanTable &table, std::vector<int> &out, size_t capacity, int &marker)
{
    const DecodeTables t = decodeTables(table);
    BitReader reader(in);
    const auto truncated = [&] {
        return formatError(in.pos(), QStringLiteral("the coded data ends without a marker"));
    };
    const auto overflow = [&] {
        return formatError(
            in.pos(), QStringLiteral("the coded data holds more coefficients than the image has (%1)").arg(capacity));
    };
    for (;;) {
        int code = 0, bit = 0, length = 1;
        if (!reader.bits(1, code, marker))
            return marker ? Status() : truncated();
        while (code > t.maxCode[size_t(length)]) {
            if (++length > 16)
                return formatError(in.pos(), QStringLiteral("invalid Huffman code"));
            if (!reader.bits(1, bit, marker))
                return marker ? Status() : truncated();
            code = (code << 1) | bit;
        }
        const int index = t.valuePtr[size_t(length)] + code - t.minCode[size_t(length)];
        if (index < 0 || size_t(index) >= table.values.size())
            return formatError(in.pos(), QStringLiteral("Huffman code outside its table"));
        const int symbol = table.values[size_t(index)];
        int value = 0, run = 0;
        if (symbol >= 1 && symbol <= kMaxZeroRun) {
            run = symbol;
        } else if (symbol > kEscZeroRun16 && symbol < 0xFF) {
            value = symbol - kValueOffset;
            run = -1;
        } else if (symbol >= kEscPositive8 && symbol <= kEscZeroRun16) {
            const int bits = (symbol == kEscPositive8 || symbol == kEscNegative8 || symbol == kEscZeroRun8) ? 8 : 16;
            if (!reader.bits(bits, value, marker))
                return formatError(in.pos(), QStringLiteral("the coded data ends inside an escaped value"));
            if (symbol == kEscZeroRun8 || symbol == kEscZeroRun16) {
                run = value;
            } else {
                value = (symbol == kEscNegative8 || symbol == kEscNegative16) ? -value : value;
                run = -1;
            }
        } else {
            return formatError(in.pos(), QStringLiteral("invalid coefficient symbol %1").arg(symbol));
        }
        if (run < 0) {
            if (out.size() >= capacity)
                return overflow();
            out.push_back(value);
        } else {
            if (out.size() + size_t(run) > capacity)
                return overflow();
            out.insert(out.end(), size_t(run), 0);
        }
    }
}

// Calls emit(symbol, extraBits, extraValue) for each coded unit of the coefficient stream.
template<class Emit> void symbols(const int *c, size_t count, Emit emit)
{
    size_t i = 0;
    while (i < count) {
        if (c[i] == 0) {
            size_t run = 0;
            while (i < count && c[i] == 0 && run < 0xFFFF) {
                ++run;
                ++i;
            }
            if (run <= size_t(kMaxZeroRun))
                emit(int(run), 0, 0);
            else if (run <= 0xFF)
                emit(kEscZeroRun8, 8, int(run));
            else
                emit(kEscZeroRun16, 16, int(run));
            continue;
        }
        const int v = c[i++];
        const int magnitude = std::min(std::abs(v), 0xFFFF);
        if (v >= kMinDirect && v <= kMaxDirect)
            emit(v + kValueOffset, 0, 0);
        else if (magnitude <= 0xFF)
            emit(v > 0 ? kEscPositive8 : kEscNegative8, 8, magnitude);
        else
            emit(v > 0 ? kEscPositive16 : kEscNegative16, 16, magnitude);
    }
}

void countSymbols(const int *coefficients, size_t count, std::array<quint32, 256> &frequencies)
{
    symbols(coefficients, count, [&](int symbol, int, int) { ++frequencies[size_t(symbol)]; });
}

// Code lengths by the usual Huffman merge, limited to 16 bits and with the all-ones code kept
// free (a reserved pseudo-symbol takes it, then is dropped), as JPEG Annex K does.
HuffmanTable buildTable(const std::array<quint32, 256> &frequencies)
{
    struct Node
    {
        quint64 weight;
        int parent;
    };
    std::vector<int> used; // symbols present, then the reserved one (256)
    for (int s = 0; s < 256; ++s)
        if (frequencies[size_t(s)] > 0)
            used.push_back(s);
    std::stable_sort(used.begin(), used.end(),
                     [&](int a, int b) { return frequencies[size_t(a)] > frequencies[size_t(b)]; });
    used.push_back(256);
    std::vector<Node> nodes;
    for (int s : used)
        nodes.push_back({s == 256 ? 0 : frequencies[size_t(s)], -1});
    std::vector<int> open(nodes.size());
    for (size_t i = 0; i < open.size(); ++i)
        open[i] = int(i);
    while (open.size() > 1) {
        std::sort(open.begin(), open.end(),
                  [&](int a, int b) { return nodes[size_t(a)].weight > nodes[size_t(b)].weight; });
        const int a = open.back();
        open.pop_back();
        const int b = open.back();
        open.pop_back();
        nodes.push_back({nodes[size_t(a)].weight + nodes[size_t(b)].weight, -1});
        nodes[size_t(a)].parent = nodes[size_t(b)].parent = int(nodes.size() - 1);
        open.push_back(int(nodes.size() - 1));
    }
    std::array<int, 300> bits{};
    for (size_t i = 0; i < used.size(); ++i) {
        int depth = 0;
        for (int n = int(i); nodes[size_t(n)].parent >= 0; n = nodes[size_t(n)].parent)
            ++depth;
        ++bits[size_t(std::max(depth, 1))];
    }
    for (int i = int(bits.size()) - 1; i > 16; --i) {
        while (bits[size_t(i)] > 0) {
            int j = i - 2;
            while (bits[size_t(j)] == 0)
                --j;
            bits[size_t(i)] -= 2;
            bits[size_t(i - 1)] += 1;
            bits[size_t(j + 1)] += 2;
            bits[size_t(j)] -= 1;
        }
    }
    int longest = 16;
    while (bits[size_t(longest)] == 0)
        --longest;
    --bits[size_t(longest)]; // the reserved symbol's code
    HuffmanTable table;
    for (int length = 1; length <= 16; ++length)
        table.counts[size_t(length - 1)] = quint8(bits[size_t(length)]);
    // Most frequent symbols get the shortest codes; "used" is in that order already.
    table.values.assign(used.begin(), used.end() - 1);
    table.defined = true;
    return table;
}

void encodeBlock(const int *coefficients, size_t count, const HuffmanTable &table, QByteArray &out)
{
    std::array<int, 256> code{}, length{};
    int c = 0;
    size_t k = 0;
    for (int len = 1; len <= 16; ++len, c <<= 1) {
        for (int i = 0; i < table.counts[size_t(len - 1)]; ++i, ++k, ++c) {
            code[table.values[k]] = c;
            length[table.values[k]] = len;
        }
    }
    quint32 buffer = 0;
    int filled = 0;
    const auto put = [&](int value, int bits) {
        for (int b = bits - 1; b >= 0; --b) {
            buffer = (buffer << 1) | quint32((value >> b) & 1);
            if (++filled == 8) {
                out += char(buffer & 0xFF);
                if ((buffer & 0xFF) == 0xFF)
                    out += char(0); // stuffed so the data never looks like a marker
                buffer = 0;
                filled = 0;
            }
        }
    };
    symbols(coefficients, count, [&](int symbol, int extraBits, int extra) {
        put(code[size_t(symbol)], length[size_t(symbol)]);
        if (extraBits > 0)
            put(extra, extraBits);
    });
    if (filled > 0)
        put(0xFF, 8 - filled);
}

} // namespace ridgeline::interop::wsq
