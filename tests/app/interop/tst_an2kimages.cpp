// Images inside the NIST reference transactions: every WSQ-compressed finger, palm or latent
// image decodes, at the size its record declares (what the examiner sees on import), and every
// image's declared size agrees with its data. Hand-made hostile transactions (a lying HLL, short
// data, a WSQ frame of another size) are refused by checkAn2kImage with the record named.
#include "app/interop/an2kimages.h"
#include "app/interop/an2kreader.h"
#include "app/interop/wsqdecoder.h"
#include "app/interop/wsqencoder.h"
#include "tests/app/interop/an2ktestdata.h"

#include <QDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::interop;

class TestAn2kImages : public QObject
{
    Q_OBJECT

private:
    static QString folder() { return QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k"); }
    static void needFolder()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
    }

    // Type-1 listing one Type-14 (IDC 07), then the Type-14 with HLL, VLL, compression and BPX as
    // given and `data` as its image (field 14.999).
    static QByteArray type14(const QByteArray &hll, const QByteArray &vll, const QByteArray &cga,
                             const QByteArray &data)
    {
        using testdata::taggedRecord;
        const QByteArray type1 = taggedRecord(1, {"1.002:0400",
                                                  "1.003:1\x1F"
                                                  "1\x1E"
                                                  "14\x1F"
                                                  "07",
                                                  "1.004:AMN", "1.005:20260101", "1.007:DAI000000", "1.008:ORI000000",
                                                  "1.009:TCN1", "1.011:19.69", "1.012:19.69"});
        return type1 + taggedRecord(14, {"14.002:07", "14.003:0", "14.004:ORI000000", "14.005:20260101",
                                         "14.006:" + hll, "14.007:" + vll, "14.008:1", "14.009:197", "14.010:197",
                                         "14.011:" + cga, "14.012:8", "14.013:1", "14.999:" + data});
    }

    static An2kImage onlyImage(const QByteArray &bytes)
    {
        const auto transaction = An2kReader().read(bytes);
        if (!transaction)
            qFatal("the test transaction does not read: %s", qPrintable(transaction.error().message()));
        const QList<An2kImage> images = an2kImages(*transaction);
        if (images.size() != 1)
            qFatal("the test transaction has %d images", int(images.size()));
        return images.first();
    }

    static QByteArray wsqOf(int width, int height)
    {
        WsqImage image{width, height, 500, QByteArray(width * height, '\x80')};
        for (int i = 0; i < image.pixels.size(); ++i)
            image.pixels[i] = char(100 + (i * 7) % 60);
        const auto encoded = WsqEncoder({0.75, 500}).encode(image);
        if (!encoded)
            qFatal("cannot encode the test image");
        return *encoded;
    }

private Q_SLOTS:
    void uncompressedImageOfTheDeclaredSizeIsAccepted()
    {
        const An2kImage image = onlyImage(type14("20", "10", "NONE", QByteArray(200, '\x80')));
        QCOMPARE(image.bitsPerPixel, 8);
        QCOMPARE(image.idc, QByteArray("07"));
        QVERIFY(checkAn2kImage(image).ok());
    }

    void lyingHllIsRefusedNamingTheRecordAndBothSizes()
    {
        const An2kImage image = onlyImage(type14("2000", "10", "NONE", QByteArray(200, '\x80')));
        const Status s = checkAn2kImage(image);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::BadInput);
        const QString m = s.error().message();
        QVERIFY2(m.contains(QStringLiteral("record 2 (Type-14, IDC 07)")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("2000 x 10")) && m.contains(QStringLiteral("20000 bytes")) &&
                     m.contains(QStringLiteral("carries 200 bytes")),
                 qPrintable(m));
    }

    void shortDataIsRefused()
    {
        const Status s = checkAn2kImage(onlyImage(type14("20", "10", "NONE", QByteArray(199, '\x80'))));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message().contains(QStringLiteral("carries 199 bytes")), qPrintable(s.error().message()));
    }

    void zeroSizeIsRefused()
    {
        const Status s = checkAn2kImage(onlyImage(type14("0", "10", "NONE", QByteArray(10, '\x80'))));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message().contains(QStringLiteral("0 x 10")), qPrintable(s.error().message()));
    }

    void wsqFrameOfTheDeclaredSizeIsAccepted()
    {
        const An2kImage image = onlyImage(type14("128", "96", "WSQ20", wsqOf(128, 96)));
        QCOMPARE(image.compression, An2kCompression::Wsq);
        const Status s = checkAn2kImage(image);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message()));
    }

    void wsqFrameOfAnotherSizeIsRefused()
    {
        const Status s = checkAn2kImage(onlyImage(type14("128", "96", "WSQ20", wsqOf(128, 120))));
        QVERIFY(!s.ok());
        const QString m = s.error().message();
        QVERIFY2(m.contains(QStringLiteral("record 2 (Type-14, IDC 07)")) && m.contains(QStringLiteral("128 x 96")) &&
                     m.contains(QStringLiteral("states 128 x 120")),
                 qPrintable(m));
    }

    void wsqWithoutAFrameHeaderIsRefused()
    {
        QByteArray cut = wsqOf(128, 96);
        cut.truncate(4);
        const Status s = checkAn2kImage(onlyImage(type14("128", "96", "WSQ20", cut)));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message().startsWith(QStringLiteral("record 2")), qPrintable(s.error().message()));
    }

    void everyRealImageAgreesWithItsDeclaredSize()
    {
        needFolder();
        int checked = 0;
        int uncompressed = 0;
        for (const QString &name : QDir(folder()).entryList({QStringLiteral("*.an2")}, QDir::Files, QDir::Name)) {
            const auto transaction = An2kReader().readFile(folder() + QLatin1Char('/') + name);
            if (!transaction)
                continue;
            for (const An2kImage &image : an2kImages(*transaction)) {
                const Status s = checkAn2kImage(image);
                QVERIFY2(s.ok(), qPrintable(name + QStringLiteral(": ") + (s ? QString() : s.error().message())));
                ++checked;
                if (image.compression == An2kCompression::None && image.bitsPerPixel > 0)
                    ++uncompressed;
            }
        }
        qInfo("%d images checked, %d of them uncompressed", checked, uncompressed);
        QVERIFY(checked >= 28);
        QVERIFY(uncompressed > 0); // the size arithmetic met real data, not only hand-made records
    }

    void everyWsqImageDecodesAtItsDeclaredSize()
    {
        needFolder();
        int decoded = 0;
        const QStringList names =
            QDir(folder()).entryList({QStringLiteral("*.an2"), QStringLiteral("*.an2k")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto transaction = An2kReader().readFile(folder() + QLatin1Char('/') + name);
            if (!transaction)
                continue; // rejections are covered by tst_an2kdump
            for (const An2kImage &image : an2kImages(*transaction)) {
                if (image.compression != An2kCompression::Wsq)
                    continue;
                const auto pixels = WsqDecoder().decode(image.data);
                const QString where = QStringLiteral("%1 record %2").arg(name).arg(image.recordIndex + 1);
                QVERIFY2(pixels.ok(),
                         qPrintable(where + QStringLiteral(": ") + (pixels ? QString() : pixels.error().message())));
                QCOMPARE(pixels->width, image.width);
                QCOMPARE(pixels->height, image.height);
                ++decoded;
            }
        }
        qInfo("%d WSQ images decoded", decoded);
        QVERIFY(decoded >= 28); // the two ten-print cards alone hold 14 each
    }

    void tenPrintCardListsFourteenWsqImages()
    {
        needFolder();
        const auto transaction = An2kReader().readFile(folder() + QStringLiteral("/type-4-tpcard.an2"));
        QVERIFY(transaction.ok());
        const QList<An2kImage> images = an2kImages(*transaction);
        QCOMPARE(images.size(), 14);
        for (const An2kImage &image : images)
            QCOMPARE(image.compression, An2kCompression::Wsq);
    }
};

QTEST_GUILESS_MAIN(TestAn2kImages)
#include "tst_an2kimages.moc"
