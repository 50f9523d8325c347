// Images inside the NIST reference transactions: every WSQ-compressed finger, palm or latent
// image decodes, at the size its record declares (what the examiner sees on import).
#include "app/interop/an2kimages.h"
#include "app/interop/an2kreader.h"
#include "app/interop/wsqdecoder.h"

#include <QDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::interop;

class TestAn2kImages : public QObject
{
    Q_OBJECT

private:
    static QString folder() { return QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k"); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
    }

    void everyWsqImageDecodesAtItsDeclaredSize()
    {
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
