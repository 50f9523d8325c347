// Writes small WSQ files (our encoder, synthetic ridges) into a corpus folder: the interop samples
// are 0.5 Mpx each, too slow to mutate quickly, so the fuzzer also starts from images that decode
// in well under a millisecond. Usage: wsq_seeds DIR
#include "app/interop/wsqencoder.h"

#include <QFile>

#include <cmath>
#include <cstdio>

int main(int argc, char *argv[])
{
    using namespace ridgeline::interop;
    if (argc != 2) {
        std::fprintf(stderr, "usage: wsq_seeds DIR\n");
        return 2;
    }
    const int sizes[][2] = {{40, 40}, {64, 48}, {97, 81}, {128, 128}};
    for (const auto &size : sizes) {
        WsqImage image{size[0], size[1], 500, QByteArray(size[0] * size[1], '\0')};
        for (int y = 0; y < size[1]; ++y)
            for (int x = 0; x < size[0]; ++x)
                image.pixels[y * size[0] + x] = char(int(128 + 100 * std::sin(std::hypot(x - 20.0, y - 25.0) * 0.7)));
        for (double rate : {0.75, 2.25}) {
            const auto encoded = WsqEncoder({rate, 500}).encode(image);
            if (!encoded)
                continue;
            QFile out(QStringLiteral("%1/seed-%2x%3-%4.wsq")
                          .arg(QString::fromLocal8Bit(argv[1]))
                          .arg(size[0])
                          .arg(size[1])
                          .arg(rate));
            if (out.open(QIODevice::WriteOnly))
                out.write(*encoded);
        }
    }
    return 0;
}
