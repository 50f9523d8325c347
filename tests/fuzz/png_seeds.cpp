// Writes small PNG files into a corpus folder for fuzz_pngcheck: every colour type, 1 to 16 bits,
// interlaced and not, image data in one chunk or several. Built chunk by chunk with zlib so the fuzz
// build needs no image library. Usage: png_seeds DIR
#include <QByteArray>
#include <QFile>
#include <QtEndian>

#include <cstdio>
#include <zlib.h>

namespace {

QByteArray chunk(const char *type, const QByteArray &body)
{
    QByteArray c(4, '\0');
    qToBigEndian<quint32>(quint32(body.size()), c.data());
    c += QByteArray(type, 4) + body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(c.constData() + 4), uInt(body.size() + 4))),
                          crc.data());
    return c + crc;
}

QByteArray png(int w, int h, int depth, int colourType, bool interlaced, int pieces)
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(quint32(w), header.data());
    qToBigEndian<quint32>(quint32(h), header.data() + 4);
    header[8] = char(depth);
    header[9] = char(colourType);
    header[12] = interlaced ? 1 : 0;
    const int samples = colourType == 2 ? 3 : colourType == 4 ? 2 : colourType == 6 ? 4 : 1;
    QByteArray raw;
    auto rows = [&](int pw, int ph) {
        for (int y = 0; y < ph; ++y) {
            raw.append(char(y % 5));
            for (int x = 0; x < (pw * samples * depth + 7) / 8; ++x)
                raw.append(char(colourType == 3 ? 0 : (x * 7 + y * 13)));
        }
    };
    if (interlaced) {
        const int pass[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
        for (const auto &p : pass) {
            const int pw = w > p[0] ? (w - p[0] + p[2] - 1) / p[2] : 0;
            const int ph = h > p[1] ? (h - p[1] + p[3] - 1) / p[3] : 0;
            if (pw > 0 && ph > 0)
                rows(pw, ph);
        }
    } else {
        rows(w, h);
    }
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray compressed(qsizetype(size), '\0');
    compress2(reinterpret_cast<Bytef *>(compressed.data()), &size, reinterpret_cast<const Bytef *>(raw.constData()),
              uLong(raw.size()), 6);
    compressed.resize(qsizetype(size));
    QByteArray out = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header);
    if (colourType == 3)
        out += chunk("PLTE", QByteArray::fromHex("000000ffffff"));
    QByteArray phys(9, '\0');
    qToBigEndian<quint32>(39370, phys.data());
    qToBigEndian<quint32>(39370, phys.data() + 4);
    phys[8] = 1;
    out += chunk("pHYs", phys);
    const qsizetype piece = (compressed.size() + pieces - 1) / pieces;
    for (qsizetype at = 0; at < compressed.size(); at += piece)
        out += chunk("IDAT", compressed.mid(at, piece));
    return out + chunk("IEND", {});
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: png_seeds DIR\n");
        return 2;
    }
    const int kinds[][6] = {{32, 24, 8, 0, 0, 1}, {17, 9, 16, 0, 1, 3}, {40, 8, 1, 0, 0, 1}, {12, 12, 8, 2, 1, 2},
                            {9, 20, 16, 6, 0, 4}, {16, 16, 8, 4, 0, 1}, {30, 5, 2, 3, 1, 2}};
    int n = 0;
    for (const auto &k : kinds) {
        QFile file(QStringLiteral("%1/seed-%2.png").arg(QString::fromLocal8Bit(argv[1])).arg(++n));
        if (!file.open(QIODevice::WriteOnly) || file.write(png(k[0], k[1], k[2], k[3], k[4] != 0, k[5])) < 0)
            return 1;
    }
    return 0;
}
