#pragma once

#include "app/interop/wsqcontainer.h"

#include <array>
#include <vector>

// Huffman coding of WSQ quantized coefficients (zero runs, small values, escapes), with JPEG-style
// canonical codes and 0xFF byte stuffing. Internal to app/interop.
namespace ridgeline::interop::wsq {

// Decodes one entropy-coded block from in (just after its SOB header) into out, up to the first
// marker, which it consumes and returns in marker. Refuses more than capacity coefficients in out.
Status decodeBlock(ByteReader &in, const HuffmanTable &table, std::vector<int> &out, size_t capacity, int &marker);

// Symbol counts for the coefficients, then a table from counts (code lengths at most 16).
void countSymbols(const int *coefficients, size_t count, std::array<quint32, 256> &frequencies);
HuffmanTable buildTable(const std::array<quint32, 256> &frequencies);

// Appends the coded block (byte-stuffed, padded with 1 bits) to out.
void encodeBlock(const int *coefficients, size_t count, const HuffmanTable &table, QByteArray &out);

} // namespace ridgeline::interop::wsq
