// Evidence images decode at full fidelity, and odd or hostile images are handled or refused
// cleanly (issue 5 "Bad input and limits").
#include "app/imaging/enhance/calibration.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/syntheticimages.h"
#include "tests/app/imaging/enhance/imagetestutil.h"

#include <QBuffer>
#include <QImageWriter>
#include <QTest>
#include <QtEndian>

using namespace ridgeline::imaging;
using namespace enhancetest;

namespace {

QByteArray encode(const QImage &image, const char *format, int dotsPerMeter = 0)
{
    QImage copy = image;
    if (dotsPerMeter) {
        copy.setDotsPerMeterX(dotsPerMeter);
        copy.setDotsPerMeterY(dotsPerMeter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(copy))
        qWarning() << writer.errorString();
    return bytes;
}

// An uncompressed little-endian CMYK TIFF (PhotometricInterpretation 5), w x h, one colour.
QByteArray cmykTiff(int w, int h, quint8 c, quint8 m, quint8 y, quint8 k)
{
    QByteArray b("II*\0", 4);
    const auto u16 = [&b](quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    const auto u32 = [&b](quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    const quint32 pixelBytes = quint32(w * h * 4);
    const quint32 bitsAt = 8 + pixelBytes;
    u32(bitsAt + 8); // IFD after pixels and the BitsPerSample array
    for (int i = 0; i < w * h; ++i)
        b.append(char(c)).append(char(m)).append(char(y)).append(char(k));
    u16(8);
    u16(8);
    u16(8);
    u16(8); // BitsPerSample values
    struct Entry
    {
        quint16 tag, type;
        quint32 count, value;
    };
    const Entry entries[] = {{256, 4, 1, quint32(w)}, {257, 4, 1, quint32(h)}, {258, 3, 4, bitsAt},
                             {259, 3, 1, 1},          {262, 3, 1, 5},          {273, 4, 1, 8},
                             {277, 3, 1, 4},          {278, 4, 1, quint32(h)}, {279, 4, 1, pixelBytes},
                             {284, 3, 1, 1}};
    u16(quint16(std::size(entries)));
    for (const Entry &e : entries) {
        u16(e.tag);
        u16(e.type);
        u32(e.count);
        if (e.type == 3 && e.count == 1) {
            u16(quint16(e.value));
            u16(0);
        } else {
            u32(e.value);
        }
    }
    u32(0);
    return b;
}

QList<EnhancementStep> everyPixelStep()
{
    QList<EnhancementStep> steps;
    for (const char *kind :
         {"levels", "invert", "clahe", "unsharp", "gaussian", "median", "background", "fft", "rotate"})
        steps.append(defaultStep(QString::fromLatin1(kind)));
    steps.last().parameters.insert(QStringLiteral("angle"), 7.0);
    return steps;
}

} // namespace

class TestEvidenceImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAtFullFidelity_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("expected");
        QTest::newRow("grey8") << int(QImage::Format_Grayscale8) << int(QImage::Format_Grayscale8);
        QTest::newRow("grey16") << int(QImage::Format_Grayscale16) << int(QImage::Format_Grayscale16);
        QTest::newRow("rgb8") << int(QImage::Format_RGB888) << int(QImage::Format_RGB888);
        QTest::newRow("rgb16") << int(QImage::Format_RGBX64) << int(QImage::Format_RGBX64);
        QTest::newRow("rgba8: alpha dropped") << int(QImage::Format_ARGB32) << int(QImage::Format_RGB888);
    }
    void decodesAtFullFidelity()
    {
        QFETCH(int, source);
        QFETCH(int, expected);
        SyntheticPrintOptions o;
        o.size = QSize(40, 30);
        o.sixteenBit = true;
        o.colour = true;
        const QImage in = syntheticPrint(o).convertToFormat(QImage::Format(source));
        auto decoded = decodeEvidenceImage(encode(in, "png", 19685), QStringLiteral("mark.png"));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message()));
        QCOMPARE(int(decoded->image.format()), expected);
        QCOMPARE(decoded->image.size(), in.size());
        QVERIFY(std::abs(decoded->ppi - 500.0) < 0.1);
        if (expected == source) // lossless: every sample as written
            QCOMPARE(imagePixelSha256(decoded->image), imagePixelSha256(in));
        else
            QCOMPARE(sample(decoded->image, 5, 5, 2), double(qBlue(in.pixel(5, 5))));
    }

    void tiffAndJpegKeepTheirResolution()
    {
        SyntheticPrintOptions o;
        o.size = QSize(64, 64);
        const QImage in = syntheticPrint(o);
        auto tiff = decodeEvidenceImage(encode(in, "tiff", 39370), QStringLiteral("mark.tif"));
        QVERIFY(tiff.ok());
        QVERIFY(std::abs(tiff->ppi - 1000.0) < 1.0);
        QCOMPARE(imagePixelSha256(tiff->image), imagePixelSha256(in));
        auto jpeg = decodeEvidenceImage(encode(in, "jpeg", 19685), QStringLiteral("mark.jpg"));
        QVERIFY(jpeg.ok());
        QCOMPARE(jpeg->image.format(), QImage::Format_Grayscale8);
        QVERIFY(std::abs(jpeg->ppi - 500.0) < 1.0);
    }

    void overThePixelBudgetIsRefusedBeforeDecoding()
    {
        const QImage big(3000, 2000, QImage::Format_Grayscale8);
        QImage filled = big;
        filled.fill(200);
        EvidenceDecodeLimits limits;
        limits.maxPixels = 5'000'000;
        auto r = decodeEvidenceImage(encode(filled, "png"), QStringLiteral("scene.png"), limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ridgeline::ErrorCode::BadInput);
        QVERIFY2(r.error().message().contains(QStringLiteral("scene.png")) &&
                     r.error().message().contains(QStringLiteral("3000 x 2000")) &&
                     r.error().message().contains(QStringLiteral("limit")),
                 qPrintable(r.error().message()));
        // The check reads the header only: a truncated body with an honest header is still refused for size.
        auto cut = decodeEvidenceImage(encode(filled, "png").left(200), QStringLiteral("scene.png"), limits);
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().message().contains(QStringLiteral("limit")));
    }

    void oddSizesDecodeAndEnhance_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1 px wide") << QSize(1, 300);
        QTest::newRow("1 px high") << QSize(300, 1);
        QTest::newRow("65536 px long") << QSize(65536, 3);
    }
    void oddSizesDecodeAndEnhance()
    {
        QFETCH(QSize, size);
        QImage in(size, QImage::Format_Grayscale8);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                in.scanLine(y)[x] = uchar((x * 7 + y * 3) % 251);
        auto decoded = decodeEvidenceImage(encode(in, "png"), QStringLiteral("odd.png"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->image.size(), size);
        QList<EnhancementStep> steps = everyPixelStep();
        if (size.width() > 32766) {
            // Free rotation of such a strip is refused with the reason; everything else runs.
            auto refused = applyRecipe(decoded->image, Recipe{{steps.takeLast()}, {}, {}});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message().contains(QStringLiteral("65536 x 3")),
                     qPrintable(refused.error().message()));
        }
        auto out = applyRecipe(decoded->image, Recipe{steps, {}, {}});
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message()));
        QVERIFY(!out->isNull());
        auto preview = previewRecipe(decoded->image, QRect(0, 0, 1, 1), 0.25, Recipe{steps, {}, {}});
        QVERIFY(preview.ok());
    }

    void sixteenBitWithAllPixelsEqual()
    {
        QImage flat(200, 150, QImage::Format_Grayscale16);
        flat.fill(QColor::fromRgba64(30000, 30000, 30000));
        auto decoded = decodeEvidenceImage(encode(flat, "png"), QStringLiteral("flat.png"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->image.format(), QImage::Format_Grayscale16);
        const double level = sample(decoded->image, 0, 0);
        QList<EnhancementStep> steps = everyPixelStep();
        steps.removeLast(); // rotation adds a white border; the rest must keep a flat image flat
        auto out = applyRecipe(decoded->image, Recipe{steps, {}, {}});
        QVERIFY(out.ok());
        const Stats s = stats(out.value());
        QCOMPARE(s.min, s.max); // nothing invented
        QVERIFY(detectPeriodicPeaks(decoded->image).isEmpty());
        auto ridges = countRidges(decoded->image, QPointF(10, 10), QPointF(190, 140));
        QVERIFY(ridges.ok());
        QCOMPARE(ridges->count, 0);
        QVERIFY(!refineOnRuler(decoded->image, QPointF(10, 75), QPointF(190, 75)).ok());
        QVERIFY(level > 0);
    }

    void paletteImagesAreExpanded()
    {
        QImage palette(16, 8, QImage::Format_Indexed8);
        palette.setColorTable({qRgb(255, 0, 0), qRgb(0, 0, 255)});
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 16; ++x)
                palette.scanLine(y)[x] = x < 8 ? 0 : 1;
        auto decoded = decodeEvidenceImage(encode(palette, "png"), QStringLiteral("palette.png"));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->image.format() == QImage::Format_RGB888);
        QCOMPARE(decoded->image.pixel(2, 2), qRgb(255, 0, 0));
        QCOMPARE(decoded->image.pixel(12, 2), qRgb(0, 0, 255));
    }

    void cmykIsConvertedOrRefusedCleanly()
    {
        auto decoded = decodeEvidenceImage(cmykTiff(8, 4, 0, 255, 255, 0), QStringLiteral("cmyk.tif"));
        if (decoded.ok()) {
            QCOMPARE(decoded->image.format(), QImage::Format_RGB888);
            const QColor c = decoded->image.pixelColor(3, 2);
            QVERIFY2(c.red() > 200 && c.green() < 60 && c.blue() < 60, qPrintable(c.name())); // C0 M100 Y100 K0: red
        } else {
            QCOMPARE(decoded.error().code(), ridgeline::ErrorCode::BadInput);
            QVERIFY(decoded.error().message().contains(QStringLiteral("cmyk.tif")));
        }
    }

    void cmykJpegAndSixteenBitCmykTiff()
    {
        // 16 x 8 C0 M255 Y255 K0 (red) written by ImageMagick as an Adobe CMYK JPEG, and 4 x 4
        // red as a 16-bit CMYK TIFF (which OpenCV's TIFF reader does not handle).
        const QByteArray jpeg = QByteArray::fromHex(
            "ffd8ffee000e41646f626500640000000002ffdb004300020101010101020101010202020202040302020202050404030406"
            "0506060605060606070908060709070606080b08090a0a0a0a0a06080b0c0b0a0c090a0a0affdb0043010202020202020503"
            "03050a0706070a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"
            "0a0a0a0a0a0affc00014080008001004011100021101031101041100ffc40016000101010000000000000000000000000000"
            "0809ffc40014100100000000000000000000000000000000ffc40016010101010000000000000000000000000000080affc4"
            "0014110100000000000000000000000000000000ffda000e040100021103110400003f00b315633fedfc007fffd9");
        auto decoded = decodeEvidenceImage(jpeg, QStringLiteral("cmyk.jpg"));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message()));
        QCOMPARE(decoded->image.format(), QImage::Format_RGB888);
        const QColor c = decoded->image.pixelColor(8, 4);
        QVERIFY2(c.red() > 200 && c.green() < 60 && c.blue() < 60, qPrintable(c.name()));
        const QByteArray tiff = QByteArray::fromHex(
            "49492a00880000000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000"
            "ffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000ffff"
            "ffff00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff00001000000103000100000004000000"
            "01010300010000000400000002010300040000004e0100000301030001000000010000000601030001000000050000000a01"
            "0300010000000100000011010400010000000800000012010300010000000100000015010300010000000400000016010300"
            "01000000040000001701040001000000800000001c01030001000000010000002901030002000000000001003e0105000200"
            "0000860100003f01050006000000560100004c010300010000000100000000000000100010001000100085eb510000008000"
            "c3f5a80000000002cdcc4c0000000001cdcc4c0000008000cdcc4c00000000028fc2f50000000010371aa000000000022b87"
            "0a0000002000");
        auto wide = decodeEvidenceImage(tiff, QStringLiteral("cmyk16.tif"));
        if (wide.ok()) {
            QVERIFY(wide->image.pixelColor(1, 1).red() > 200);
        } else {
            QCOMPARE(wide.error().code(), ridgeline::ErrorCode::BadInput);
            QVERIFY(wide.error().message().startsWith(QStringLiteral("cmyk16.tif: ")));
        }
    }

    void garbageIsRefusedNamingTheFile()
    {
        auto r = decodeEvidenceImage(QByteArray("not an image at all"), QStringLiteral("notes.txt"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ridgeline::ErrorCode::BadInput);
        QVERIFY(r.error().message().contains(QStringLiteral("notes.txt")));
        auto missing = loadEvidenceImage(QStringLiteral("/nonexistent/mark.png"));
        QCOMPARE(missing.error().code(), ridgeline::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceImage)
#include "tst_evidenceimage.moc"
