// The WSQ encoder on a synthetic fingerprint-like image: what an examiner exporting a tenprint
// gets (a file our decoder and others read, about 15:1 at 0.75 bpp, with little visible loss).
#include "app/interop/wsqdecoder.h"
#include "app/interop/wsqencoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ridgeline;
using namespace ridgeline::interop;

namespace {

// Concentric ridges around a core, 500 ppi spacing (~9 px), fading into a light background,
// with sensor-like noise: enough structure for the transform and the bit allocation to matter.
WsqImage syntheticPrint(int width, int height)
{
    WsqImage image;
    image.width = width;
    image.height = height;
    image.pixels.resize(qsizetype(width) * height);
    QRandomGenerator noise(42);
    const double cx = width * 0.5, cy = height * 0.45;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double dx = (x - cx) / (width * 0.38), dy = (y - cy) / (height * 0.45);
            const double r = std::hypot(x - cx, (y - cy) * 0.8);
            const double ridge =
                0.5 + 0.5 * std::cos(2.0 * M_PI * r / 9.0 + 0.6 * std::sin(std::atan2(y - cy, x - cx) * 3));
            const double mask = std::clamp(1.3 - std::hypot(dx, dy), 0.0, 1.0);
            const double value = 225.0 - mask * 170.0 * ridge + (noise.generateDouble() - 0.5) * 12.0;
            image.pixels[qsizetype(y) * width + x] = char(std::clamp(int(std::lround(value)), 0, 255));
        }
    }
    return image;
}

} // namespace

class TestWsqEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compressesRidgesAtTheTargetRateWithLittleLoss()
    {
        const WsqImage original = syntheticPrint(512, 560);
        const auto encoded = WsqEncoder().encode(original);
        QVERIFY2(encoded.ok(), encoded ? "" : qPrintable(encoded.error().message()));
        const double ratio = double(original.pixels.size()) / double(encoded->size());
        const auto decoded = WsqDecoder().decode(*encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->width, original.width);
        QCOMPARE(decoded->height, original.height);
        QCOMPARE(decoded->ppi, 500);
        const double psnr = peakSignalToNoise(original, *decoded);
        qInfo("0.75 bpp: ratio %.2f:1, %.3f bpp, PSNR %.2f dB", ratio, 8.0 / ratio, psnr);
        QVERIFY2(ratio >= 8.0, qPrintable(QString::number(ratio)));
        QVERIFY2(psnr >= 30.0, qPrintable(QString::number(psnr)));
    }

    void higherBitRateMeansLargerFileAndLessError()
    {
        const WsqImage original = syntheticPrint(400, 400);
        const auto low = WsqEncoder({0.75, 500}).encode(original);
        const auto high = WsqEncoder({2.25, 1000}).encode(original);
        QVERIFY(low.ok() && high.ok());
        QVERIFY(high->size() > low->size());
        const auto lowImage = WsqDecoder().decode(*low), highImage = WsqDecoder().decode(*high);
        QVERIFY(lowImage.ok() && highImage.ok());
        QVERIFY(peakSignalToNoise(original, *highImage) > peakSignalToNoise(original, *lowImage));
        QCOMPARE(highImage->ppi, 1000);
    }

    void encodingAndDecodingAreDeterministic()
    {
        const WsqImage original = syntheticPrint(300, 320);
        const auto first = WsqEncoder().encode(original), second = WsqEncoder().encode(original);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, *second);
        const auto a = WsqDecoder().decode(*first), b = WsqDecoder().decode(*first);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->pixels, b->pixels);
    }

    void flatImageSurvives()
    {
        WsqImage flat{128, 128, -1, QByteArray(128 * 128, char(200))};
        const auto encoded = WsqEncoder().encode(flat);
        QVERIFY(encoded.ok());
        const auto decoded = WsqDecoder().decode(*encoded);
        QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().message()));
        QVERIFY(peakSignalToNoise(flat, *decoded) > 40.0);
    }

    void refusesImagesTooSmallAndBadRates()
    {
        const auto tiny = WsqEncoder().encode(WsqImage{16, 16, -1, QByteArray(256, char(0))});
        QVERIFY(!tiny.ok());
        QCOMPARE(tiny.error().code(), ErrorCode::BadInput);
        const auto rate = WsqEncoder({0.0, 500}).encode(syntheticPrint(128, 128));
        QVERIFY(!rate.ok());
        QCOMPARE(rate.error().code(), ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestWsqEncoder)
#include "tst_wsqencoder.moc"
