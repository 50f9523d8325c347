// The complete PNG check that intake runs instead of decoding: it must accept what a decoder
// accepts and refuse, with a reason, every file a decoder cannot read, in both of its modes
// (one-call inflate, and the streaming mode used for large images).
#include "app/imaging/pngcheck.h"
#include "tests/testsupport/pngchunks.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>
#include <zlib.h>

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

using testing::assemblePng;
using testing::pngChunk;
using testing::pngHeaderChunk;
using testing::zlibOf;

// Filtered image data for the given layout: each row a filter byte (cycling 0-4) and random bytes.
QByteArray filteredRows(int w, int h, int depth, int colourType, bool interlaced, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    QByteArray raw;
    testing::forEachRowRun(w, h, depth, colourType, interlaced, [&](int rowBytes, int rows) {
        for (int y = 0; y < rows; ++y) {
            raw.append(char(y % 5));
            for (int x = 0; x < rowBytes; ++x)
                raw.append(char(rng.bounded(colourType == 3 ? 2 : 256) & (depth < 8 ? 0 : 0xff)));
        }
    });
    return raw;
}

QByteArray makePng(int w, int h, int depth, int colourType, bool interlaced, int idatPieces = 1, QByteArray before = {})
{
    if (colourType == 3 && before.isEmpty())
        before = pngChunk("PLTE", QByteArray::fromHex("000000ff0000"));
    return assemblePng({pngHeaderChunk(w, h, depth, colourType, interlaced), before,
                        zlibOf(filteredRows(w, h, depth, colourType, interlaced)), idatPieces});
}

QByteArray plainGrey(const QByteArray &raw, int w, int h)
{
    return assemblePng({pngHeaderChunk(w, h, 8, 0, false), {}, zlibOf(raw)});
}

long maxRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

qint64 limitFor(bool streaming)
{
    return streaming ? 0 : 64LL << 20;
}

} // namespace

class TestPngCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheDecoder_data()
    {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("streaming");
        for (bool streaming : {false, true}) {
            const char *mode = streaming ? "streaming" : "whole";
            auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s %s", what, mode); };
            row("grey 8") << makePng(301, 207, 8, 0, false) << 8 << 1 << streaming;
            row("grey 16") << makePng(64, 33, 16, 0, false) << 16 << 1 << streaming;
            row("grey 1 bit") << makePng(77, 19, 1, 0, false) << 8 << 1 << streaming;
            row("grey 4 bit interlaced") << makePng(13, 11, 4, 0, true) << 8 << 1 << streaming;
            row("rgb 8") << makePng(120, 80, 8, 2, false) << 8 << 3 << streaming;
            row("rgb 16 interlaced") << makePng(37, 29, 16, 2, true) << 16 << 3 << streaming;
            row("rgba 8") << makePng(50, 50, 8, 6, false) << 8 << 4 << streaming;
            row("grey alpha 8") << makePng(50, 50, 8, 4, false) << 8 << 4 << streaming;
            row("palette colour") << makePng(40, 30, 8, 3, false) << 8 << 3 << streaming;
            row("palette grey") << makePng(40, 30, 8, 3, false, 1,
                                           pngChunk("PLTE", QByteArray::fromHex("000000ffffff")))
                                << 8 << 1 << streaming;
            row("1 px wide, interlaced") << makePng(1, 500, 8, 0, true) << 8 << 1 << streaming;
            row("3 x 2 interlaced (empty passes)") << makePng(3, 2, 8, 0, true) << 8 << 1 << streaming;
            row("image data in 40 chunks") << makePng(200, 100, 8, 0, false, 40) << 8 << 1 << streaming;
        }
    }

    void agreesWithTheDecoder()
    {
        QFETCH(QByteArray, png);
        QFETCH(int, depth);
        QFETCH(int, channels);
        QFETCH(bool, streaming);
        QVERIFY2(!QImage::fromData(png).isNull(), "libpng (through Qt) must read the file the test built");
        auto info = checkPng(png, QStringLiteral("LM-1"), {}, limitFor(streaming));
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
        const QImage decoded = QImage::fromData(png);
        QCOMPARE(info->width, decoded.width());
        QCOMPARE(info->height, decoded.height());
        QCOMPARE(info->bitDepth, depth);
        QCOMPARE(info->channels, channels);
        QCOMPARE(info->format, QStringLiteral("png"));
    }

    void agreesWithQtsOwnPngs()
    {
        QImage image(640, 480, QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.scanLine(y)[x] = uchar((x * 7 + y * 3) ^ (x * y));
        image.setDotsPerMeterX(int(1000 / 0.0254 + 0.5));
        image.setDotsPerMeterY(int(1000 / 0.0254 + 0.5));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        for (bool streaming : {false, true}) {
            auto info = checkPng(png, QStringLiteral("LM-2"), {}, limitFor(streaming));
            QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
            QCOMPARE(info->ppi, 1000.0);
            QCOMPARE(info->channels, 1);
        }
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("streaming");
        const int w = 100, h = 60;
        const QByteArray raw = filteredRows(w, h, 8, 0, false);
        const QByteArray good = plainGrey(raw, w, h);
        for (bool streaming : {false, true}) {
            const char *mode = streaming ? "streaming" : "whole";
            auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s %s", what, mode); };
            QByteArray flipped = good;
            flipped[60] = char(flipped[60] ^ 0x10); // inside the image data, CRC left as it was
            row("bad CRC") << flipped << "fails its CRC check" << streaming;
            QByteArray corrupt = zlibOf(raw);
            corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0xff);
            corrupt[corrupt.size() / 2 + 1] = char(corrupt[corrupt.size() / 2 + 1] ^ 0x5a);
            row("corrupt deflate data, CRC made good")
                << assemblePng({pngHeaderChunk(w, h, 8, 0, false), {}, corrupt}) << "damaged" << streaming;
            QByteArray badFilter = raw;
            badFilter[2 * (w + 1)] = char(7); // the filter byte of row 3
            row("unknown filter type") << plainGrey(badFilter, w, h)
                                       << "row 3 of its image data has an unknown filter type 7" << streaming;
            row("one row short") << plainGrey(raw.left(raw.size() - (w + 1)), w, h) << "ends before the" << streaming;
            row("one byte too many") << plainGrey(raw + QByteArray(1, '\0'), w, h) << "holds more than" << streaming;
            row("no IEND") << good.left(good.size() - 12) << "ends before its IEND chunk" << streaming;
            row("cut inside the image data") << good.left(good.size() / 2) << "ends inside its IDAT chunk" << streaming;
            row("header only") << good.left(33) << "truncated or damaged" << streaming;
            row("no image data") << QByteArray("\x89PNG\r\n\x1a\n", 8) + pngHeaderChunk(w, h, 8, 0, false) +
                                        pngChunk("IEND", {})
                                 << "holds no image data" << streaming;
            row("image data split by another chunk")
                << assemblePng({pngHeaderChunk(w, h, 8, 0, false), {}, zlibOf(raw), 2})
                       .replace(pngChunk("IEND", {}),
                                pngChunk("tEXt", "a\0b") + pngChunk("IDAT", {}) + pngChunk("IEND", {}))
                << "not consecutive" << streaming;
            row("unknown critical chunk")
                << assemblePng({pngHeaderChunk(w, h, 8, 0, false), pngChunk("ABCD", "x"), zlibOf(raw)})
                << "critical ABCD chunk" << streaming;
            row("palette image without palette") << assemblePng({pngHeaderChunk(w, h, 8, 3, false), {}, zlibOf(raw)})
                                                 << "without a palette" << streaming;
            row("bit depth 16 for a palette") << assemblePng({pngHeaderChunk(w, h, 16, 3, false), {}, zlibOf(raw)})
                                              << "invalid PNG header" << streaming;
            row("IHDR not first") << assemblePng({pngChunk("gAMA", "abcd") + pngHeaderChunk(w, h, 8, 0, false),
                                                  {},
                                                  zlibOf(raw)})
                                  << "does not start with an IHDR" << streaming;
        }
    }

    void refusesDamage()
    {
        QFETCH(QByteArray, png);
        QFETCH(QString, reason);
        QFETCH(bool, streaming);
        auto info = checkPng(png, QStringLiteral("LM-3"), {}, limitFor(streaming));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), ErrorCode::BadInput);
        QVERIFY2(info.error().message().contains(QStringLiteral("LM-3")), qPrintable(info.error().message()));
        QVERIFY2(info.error().message().contains(reason), qPrintable(info.error().message()));
    }

    // Cut at every byte: never accepted, never a crash, always a reason.
    void refusesEveryTruncation()
    {
        const QByteArray png = makePng(60, 40, 8, 2, true, 3);
        for (bool streaming : {false, true}) {
            for (qsizetype cut = 0; cut < png.size(); ++cut) {
                auto info = checkPng(png.left(cut), QStringLiteral("LM-4"), {}, limitFor(streaming));
                QVERIFY2(!info.ok(), qPrintable(QStringLiteral("accepted when cut at %1").arg(cut)));
                QCOMPARE(info.error().code(), ErrorCode::BadInput);
            }
            QVERIFY(checkPng(png, QStringLiteral("LM-4"), {}, limitFor(streaming)).ok());
        }
    }

    void refusesOverBudgetBeforeInflating()
    {
        const QByteArray png = makePng(400, 300, 8, 0, false);
        auto info = checkPng(png, QStringLiteral("LM-5"), {100000, 1});
        QVERIFY(!info.ok());
        QVERIFY2(info.error().message().contains(QStringLiteral("400 x 300")), qPrintable(info.error().message()));
    }

    // A 144-megapixel image is checked in a fixed window: memory does not grow with the image.
    void checksLargeImagesInBoundedMemory()
    {
        const int w = 12000, h = 12000;
        z_stream z{};
        QVERIFY(deflateInit(&z, 1) == Z_OK);
        QByteArray compressed, out(1 << 16, '\0');
        QByteArray row(w + 1, '\0');
        for (int y = 0; y < h; ++y) {
            row[0] = char(y % 5);
            row[1 + y % w] = char(y);
            z.next_in = reinterpret_cast<Bytef *>(row.data());
            z.avail_in = uInt(row.size());
            do {
                z.next_out = reinterpret_cast<Bytef *>(out.data());
                z.avail_out = uInt(out.size());
                deflate(&z, y + 1 == h ? Z_FINISH : Z_NO_FLUSH);
                compressed.append(out.constData(), out.size() - z.avail_out);
            } while (z.avail_out == 0);
            row[1 + y % w] = '\0';
        }
        deflateEnd(&z);
        const QByteArray png = assemblePng({pngHeaderChunk(w, h, 8, 0, false), {}, compressed, 8});
        const long before = maxRssMegabytes();
        auto info = checkPng(png, QStringLiteral("LM-6"), {200LL * 1000 * 1000, 1});
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
        QCOMPARE(info->width, w);
        QVERIFY2(maxRssMegabytes() < before + 16,
                 qPrintable(QStringLiteral("peak memory grew from %1 to %2 MB").arg(before).arg(maxRssMegabytes())));
    }
};

QTEST_GUILESS_MAIN(TestPngCheck)
#include "tst_pngcheck.moc"
