#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <vector>

// The WSQ file structure of the FBI specification (IAFIS-IC-0110, v3): JPEG-like markers and the
// tables they carry. Shared by the decoder and the encoder; internal to app/interop.
namespace ridgeline::interop::wsq {

enum class Marker : quint16
{
    Soi = 0xFFA0, // start of image
    Eoi = 0xFFA1, // end of image
    Sof = 0xFFA2, // start of frame
    Sob = 0xFFA3, // start of block
    Dtt = 0xFFA4, // wavelet transform table
    Dqt = 0xFFA5, // quantization table
    Dht = 0xFFA6, // Huffman table(s)
    Drt = 0xFFA7, // restart interval
    Com = 0xFFA8, // comment
};

inline constexpr int kSubbands = 60;      // subbands actually coded
inline constexpr int kTableSubbands = 64; // entries in the DQT
inline constexpr int kHuffmanTables = 8;

struct FrameHeader
{
    int black = 0;
    int white = 255;
    int height = 0;
    int width = 0;
    float shift = 0; // M: image mean the decoder adds back
    float scale = 1; // R: the decoder multiplies by it
    int encoder = 0;
    int software = 0;
};

// Synthesis filters, already expanded from the half-filters the DTT stores (the analysis lowpass
// with alternating signs becomes the synthesis highpass, and the other way round).
struct TransformTable
{
    std::vector<float> lowpass;          // synthesis lowpass, 7 taps
    std::vector<float> highpass;         // synthesis highpass, 9 taps
    std::vector<float> analysisLowpass;  // 9 taps, as stored
    std::vector<float> analysisHighpass; // 7 taps, as stored
    bool defined = false;
};

struct QuantizationTable
{
    float binCenter = 0;                   // "C"
    std::array<float, kTableSubbands> q{}; // bin widths; 0 means the subband was not coded
    std::array<float, kTableSubbands> z{}; // zero-bin widths
    bool defined = false;
};

struct HuffmanTable
{
    std::array<quint8, 16> counts{}; // codes of each length 1..16
    std::vector<quint8> values;      // symbols in code order
    bool defined = false;
};

// Bounds-checked big-endian reading; every failure names the byte offset.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data)
        : m_data(data)
    {}

    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    const char *current() const { return m_data.data() + m_pos; }
    void skip(qsizetype n) { m_pos += n; }

    bool byte(int &value);
    bool word(int &value); // 16-bit
    bool dword(quint32 &value);

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

Error formatError(qsizetype offset, const QString &why);

// Each reads the segment after its marker (length field first) and checks its length.
Status readFrameHeader(ByteReader &in, FrameHeader &frame);
Status readTransformTable(ByteReader &in, TransformTable &table);
Status readQuantizationTable(ByteReader &in, QuantizationTable &table);
Status readHuffmanTables(ByteReader &in, std::array<HuffmanTable, kHuffmanTables> &tables);
Status readComment(ByteReader &in, QByteArray &text);

// "PPI n" from a NIST_COM comment, or -1.
int ppiFromComment(const QByteArray &comment);

// Writers for the encoder: append the marker and its segment to out.
void appendMarker(QByteArray &out, Marker marker);
void appendWord(QByteArray &out, int value);
void appendFrameHeader(QByteArray &out, const FrameHeader &frame);
void appendTransformTable(QByteArray &out);
void appendQuantizationTable(QByteArray &out, const QuantizationTable &table);
void appendHuffmanTable(QByteArray &out, int id, const HuffmanTable &table);
void appendComment(QByteArray &out, const QByteArray &text);

} // namespace ridgeline::interop::wsq
