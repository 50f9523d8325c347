#pragma once

// PNG files built chunk by chunk, for tests and fuzz seeds that need files no encoder writes
// (damaged data with good CRCs, unusual layouts). Qt Core and zlib only, so the fuzz build can use it.

#include <QByteArray>
#include <QtEndian>

#include <zlib.h>

namespace ridgeline::testing {

inline QByteArray pngChunk(const char *type, const QByteArray &body)
{
    QByteArray c(4, '\0');
    qToBigEndian<quint32>(quint32(body.size()), c.data());
    c += QByteArray(type, 4) + body;
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(c.constData() + 4), uInt(body.size() + 4)));
    QByteArray tail(4, '\0');
    qToBigEndian<quint32>(crc, tail.data());
    return c + tail;
}

inline QByteArray pngHeaderChunk(quint32 w, quint32 h, int depth, int colourType, bool interlaced)
{
    QByteArray b(13, '\0');
    qToBigEndian<quint32>(w, b.data());
    qToBigEndian<quint32>(h, b.data() + 4);
    b[8] = char(depth);
    b[9] = char(colourType);
    b[12] = interlaced ? 1 : 0;
    return pngChunk("IHDR", b);
}

inline QByteArray zlibOf(const QByteArray &raw)
{
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(size), '\0');
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(raw.constData()),
              uLong(raw.size()), 6);
    out.resize(qsizetype(size));
    return out;
}

inline int pngSamples(int colourType)
{
    return colourType == 2 ? 3 : colourType == 4 ? 2 : colourType == 6 ? 4 : 1;
}

// Calls `rows(rowBytes, count)` for each run of filtered rows the image data holds: one run, or
// one per non-empty Adam7 pass (ISO/IEC 15948, 8.2).
template<typename Rows> void forEachRowRun(int w, int h, int depth, int colourType, bool interlaced, Rows rows)
{
    auto run = [&](int pw, int ph) { rows((pw * pngSamples(colourType) * depth + 7) / 8, ph); };
    if (!interlaced) {
        run(w, h);
        return;
    }
    const int pass[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                            {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    for (const auto &p : pass) {
        const int pw = w > p[0] ? (w - p[0] + p[2] - 1) / p[2] : 0;
        const int ph = h > p[1] ? (h - p[1] + p[3] - 1) / p[3] : 0;
        if (pw > 0 && ph > 0)
            run(pw, ph);
    }
}

struct PngParts
{
    QByteArray header;
    QByteArray before; // chunks between IHDR and the image data
    QByteArray compressed;
    int idatPieces = 1;
};

inline QByteArray assemblePng(const PngParts &parts)
{
    QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + parts.header + parts.before;
    const qsizetype piece = (parts.compressed.size() + parts.idatPieces - 1) / parts.idatPieces;
    for (qsizetype at = 0; at < parts.compressed.size(); at += piece)
        png += pngChunk("IDAT", parts.compressed.mid(at, piece));
    return png + pngChunk("IEND", {});
}

} // namespace ridgeline::testing
