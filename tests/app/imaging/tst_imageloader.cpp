// Bad input never crashes or hangs: each kind gives a clear error or an empty result with a reason.
#include "app/imaging/extractor.h"
#include "app/imaging/imageloader.h"
#include "app/imaging/synthesizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::imaging;

class TestImageLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QImage m_print;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeBytes(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const MasterPrint master = synthesizeMaster(fingerSeed(3, 1), 1);
        m_print = synthesizeImpression(master, fingerSeed(3, 1), 1, false).image;
        QVERIFY(m_print.save(path(QStringLiteral("print.png"))));
    }

    void missingFileIsNotFound()
    {
        const auto r = loadGreyImage(path(QStringLiteral("absent.png")));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::NotFound);
    }

    void blankAndUniformGiveEmptyResultWithReason_data()
    {
        QTest::addColumn<int>("grey");
        QTest::newRow("blank white") << 255;
        QTest::newRow("uniform grey") << 128;
        QTest::newRow("black") << 0;
    }
    void blankAndUniformGiveEmptyResultWithReason()
    {
        QFETCH(int, grey);
        QImage image(400, 400, QImage::Format_Grayscale8);
        image.fill(QColor(grey, grey, grey));
        const auto r = extractMinutiae(image);
        QVERIFY(r);
        QVERIFY(r->minutiae.isEmpty());
        QVERIFY(!r->emptyReason.isEmpty());
    }

    void pureNoiseHasNoPrint()
    {
        QImage image(300, 300, QImage::Format_Grayscale8);
        quint32 state = 12345;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                state = state * 1664525u + 1013904223u;
                image.scanLine(y)[x] = uchar(state >> 24);
            }
        const auto r = extractMinutiae(image);
        QVERIFY(r);
        QVERIFY2(r->minutiae.size() < 5, "random noise must not look like a print");
    }

    void tinyImageIsRejected()
    {
        QImage small(40, 40, QImage::Format_Grayscale8);
        small.fill(200);
        QVERIFY(small.save(path(QStringLiteral("tiny.png"))));
        const auto r = loadGreyImage(path(QStringLiteral("tiny.png")));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::BadInput);
        QVERIFY(r.error().message().contains(QStringLiteral("smaller")));
        QVERIFY(!extractMinutiae(small));
    }

    void hugeHeaderIsRefusedBeforeDecoding()
    {
        // A PGM header announcing 20000 x 20000 pixels with almost no data behind it.
        writeBytes(QStringLiteral("huge.pgm"), QByteArray("P5\n20000 20000\n255\n") + QByteArray(100, '\x80'));
        const auto r = loadGreyImage(path(QStringLiteral("huge.pgm")));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::BadInput);
        QVERIFY(r.error().message().contains(QStringLiteral("budget")));
        // Beyond what the decoder's header parser accepts: still a clean refusal.
        writeBytes(QStringLiteral("huger.pgm"), QByteArray("P5\n90000 90000\n255\n") + QByteArray(100, '\x80'));
        const auto r2 = loadGreyImage(path(QStringLiteral("huger.pgm")));
        QVERIFY(!r2);
        QCOMPARE(r2.error().code(), ErrorCode::BadInput);

        LoadLimits tight;
        tight.maxPixels = 100 * 100;
        const auto real = loadGreyImage(path(QStringLiteral("print.png")), tight);
        QVERIFY(!real);
        QVERIFY(real.error().message().contains(QStringLiteral("budget")));
    }

    void sixteenBitAndColourAreConverted()
    {
        QVERIFY(m_print.convertToFormat(QImage::Format_Grayscale16).save(path(QStringLiteral("print16.png"))));
        QVERIFY(m_print.convertToFormat(QImage::Format_RGB888).save(path(QStringLiteral("colour.png"))));
        const auto base = extractMinutiae(m_print);
        QVERIFY(base);
        for (const QString &name : {QStringLiteral("print16.png"), QStringLiteral("colour.png")}) {
            const auto loaded = loadGreyImage(path(name));
            QVERIFY2(loaded, qPrintable(name));
            QCOMPARE(loaded->image.format(), QImage::Format_Grayscale8);
            QCOMPARE(loaded->ppi, 500.0);
            const auto r = extractMinutiae(loaded->image);
            QVERIFY(r);
            QVERIFY(qAbs(r->minutiae.size() - base->minutiae.size()) <= base->minutiae.size() / 5);
        }
    }

    void nonImageIsRejected()
    {
        writeBytes(QStringLiteral("notes.png"), "This is a statement, not an image.\n");
        const auto r = loadGreyImage(path(QStringLiteral("notes.png")));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::BadInput);
        writeBytes(QStringLiteral("empty.png"), QByteArray());
        QVERIFY(!loadGreyImage(path(QStringLiteral("empty.png"))));
    }

    void truncatedFileIsRejectedOrHarmless()
    {
        QFile f(path(QStringLiteral("print.png")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        for (const qsizetype cut : {qsizetype(8), qsizetype(40), whole.size() / 2, whole.size() - 20}) {
            writeBytes(QStringLiteral("cut.png"), whole.left(cut));
            const auto r = loadGreyImage(path(QStringLiteral("cut.png")));
            if (!r) {
                QCOMPARE(r.error().code(), ErrorCode::BadInput);
                QVERIFY(r.error().message().contains(QStringLiteral("cut.png")));
            } else {
                // Qt may hand back the rows it could decode; they must still be safe to process.
                QVERIFY(extractMinutiae(r->image));
            }
        }
    }

    void badResolutionIsRejected()
    {
        ExtractionOptions o;
        o.ppi = 20;
        QVERIFY(!extractMinutiae(m_print, o));
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
