// Writes small PNG files into a corpus folder for fuzz_pngcheck: every colour type, 1 to 16 bits,
// interlaced and not, image data in one chunk or several, built by tests/testsupport/pngchunks.h
// (zlib only, so the fuzz build needs no image library). Usage: png_seeds DIR
#include "tests/testsupport/pngchunks.h"

#include <QFile>

#include <cstdio>

namespace {

using namespace ridgeline::testing;

QByteArray png(int w, int h, int depth, int colourType, bool interlaced, int pieces)
{
    QByteArray raw;
    forEachRowRun(w, h, depth, colourType, interlaced, [&](int rowBytes, int rows) {
        for (int y = 0; y < rows; ++y) {
            raw.append(char(y % 5));
            for (int x = 0; x < rowBytes; ++x)
                raw.append(char(colourType == 3 ? 0 : (x * 7 + y * 13)));
        }
    });
    QByteArray before = colourType == 3 ? pngChunk("PLTE", QByteArray::fromHex("000000ffffff")) : QByteArray();
    QByteArray phys(9, '\0');
    qToBigEndian<quint32>(39370, phys.data());
    qToBigEndian<quint32>(39370, phys.data() + 4);
    phys[8] = 1;
    before += pngChunk("pHYs", phys);
    return assemblePng({pngHeaderChunk(w, h, depth, colourType, interlaced), before, zlibOf(raw), pieces});
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
