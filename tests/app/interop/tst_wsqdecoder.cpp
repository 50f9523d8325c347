// The WSQ decoder against the NIST reference decoder's output for every file in
// ../shared/interop/wsq (pixel for pixel, through the CLI as a user runs it), and on damaged input.
#include "app/interop/wsqdecoder.h"
#include "app/interop/wsqencoder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::interop;

class TestWsqDecoder : public QObject
{
    Q_OBJECT

private:
    static QString folder() { return QStringLiteral(RIDGELINE_SHARED_DIR "/interop/wsq"); }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Any outcome but a crash is acceptable for damaged data; a rejection must say what and where.
    static void decodeDamaged(const QByteArray &data, const QString &what)
    {
        auto result = WsqDecoder().decode(data);
        if (!result) {
            QVERIFY2(result.error().code() == ErrorCode::BadInput, qPrintable(what));
            QVERIFY2(result.error().message().contains(QStringLiteral("byte ")),
                     qPrintable(what + result.error().message()));
        } else {
            QVERIFY2(result->isValid(), qPrintable(what));
        }
    }

private Q_SLOTS:
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()).startsWith("synthetic"))
            return;
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/wsq is absent: the interchange files are not in this checkout");
    }

    // Found by fuzz_wsqdecoder: filter taps of hundreds of millions (DTT exponents of 0) overflow
    // the transform to infinity and NaN, whose conversion to a pixel was undefined behaviour.
    // tests/fuzz/regressions/fuzz_wsqdecoder/dtt-overflow-nan.wsq is the same case for the fuzzer.
    void syntheticAbsurdFilterTableGivesDefinedPixels()
    {
        WsqImage image{97, 81, 500, QByteArray(97 * 81, char(100))};
        for (qsizetype i = 0; i < image.pixels.size(); ++i)
            image.pixels[i] = char(60 + (i * 7) % 120);
        auto encoded = WsqEncoder().encode(image);
        QVERIFY(encoded.ok());
        QByteArray data = *encoded;
        const qsizetype dtt = data.indexOf("\xFF\xA4");
        QVERIFY(dtt > 0);
        for (int k = 0; k < 9; ++k)
            data[dtt + 6 + 6 * k + 1] = 0; // decimal exponent 0
        const auto decoded = WsqDecoder().decode(data);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->isValid());
    }

    void cliDecodeMatchesReference_data()
    {
        QTest::addColumn<QString>("name");
        if (!QDir(folder()).exists()) {
            QTest::newRow("interop folder absent") << QString(); // init() skips it, saying why
            return;
        }
        const QStringList names = QDir(folder()).entryList({QStringLiteral("*.wsq")}, QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void cliDecodeMatchesReference()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.pgm"));
        QProcess p;
        p.start(QStringLiteral(RIDGELINE_CLI_PATH),
                {QStringLiteral("wsq"), QStringLiteral("decode"), folder() + QLatin1Char('/') + name, out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto ours = readPgm(readAll(out));
        const auto reference = readPgm(readAll(folder() + QStringLiteral("/expected/") +
                                               QString(name).replace(QStringLiteral(".wsq"), QStringLiteral(".pgm"))));
        QVERIFY(ours.ok() && reference.ok());
        QCOMPARE(ours->width, reference->width);
        QCOMPARE(ours->height, reference->height);
        qsizetype differing = 0;
        for (qsizetype i = 0; i < ours->pixels.size(); ++i)
            differing += ours->pixels[i] != reference->pixels[i];
        QCOMPARE(differing, qsizetype(0));
    }

    void cliEncodeReportsRatioAndPsnrAndReadsBack()
    {
        QTemporaryDir dir;
        const QString wsq = dir.filePath(QStringLiteral("fp-1.wsq")), pgm = dir.filePath(QStringLiteral("back.pgm"));
        QProcess encode;
        encode.start(QStringLiteral(RIDGELINE_CLI_PATH),
                     {QStringLiteral("wsq"), QStringLiteral("encode"), folder() + QStringLiteral("/expected/fp-1.pgm"),
                      wsq, QStringLiteral("--bitrate"), QStringLiteral("0.75")});
        QVERIFY(encode.waitForFinished(60000));
        const QByteArray report = encode.readAllStandardError();
        QVERIFY2(encode.exitCode() == 0, report.constData());
        QVERIFY2(report.contains("ratio ") && report.contains("PSNR "), report.constData());
        QProcess decode;
        decode.start(QStringLiteral(RIDGELINE_CLI_PATH), {QStringLiteral("wsq"), QStringLiteral("decode"), wsq, pgm});
        QVERIFY(decode.waitForFinished(60000));
        QCOMPARE(decode.exitCode(), 0);
        const auto back = readPgm(readAll(pgm));
        QVERIFY(back.ok());
        QCOMPARE(back->width, 804);
        QCOMPARE(back->height, 752);
    }

    void cliRejectsADamagedFileWithExitFour()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("cut.wsq"));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(folder() + QStringLiteral("/fp-1.wsq")).left(5000));
        f.close();
        QProcess p;
        p.start(QStringLiteral(RIDGELINE_CLI_PATH),
                {QStringLiteral("wsq"), QStringLiteral("decode"), damaged, dir.filePath(QStringLiteral("x.pgm"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cut.wsq") && err.contains("byte "), err.constData());
    }

    void ppiComesFromTheNistComment()
    {
        const auto image = WsqDecoder().decode(readAll(folder() + QStringLiteral("/libbiomeval-img.wsq")));
        QVERIFY(image.ok());
        QCOMPARE(image->ppi, 500);
    }

    void declaredSizeBeyondTheBudgetIsRefusedBeforeDecoding()
    {
        QByteArray data = readAll(folder() + QStringLiteral("/fp-1.wsq"));
        const qsizetype sof = data.indexOf("\xFF\xA2");
        QVERIFY(sof > 0);
        data[sof + 6] = char(0xFF); // height 0xFFxx
        data[sof + 8] = char(0xFF); // width 0xFFxx
        auto result = WsqDecoder().decode(data);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().contains(QStringLiteral("exceed the limit")),
                 qPrintable(result.error().message()));
    }

    void truncationAtEveryOffsetGivesAClearError()
    {
        const QByteArray whole = readAll(folder() + QStringLiteral("/libbiomeval-img.wsq"));
        QVERIFY(WsqDecoder().decode(whole).ok());
        for (qsizetype n = 0; n < whole.size(); ++n) {
            auto result = WsqDecoder().decode(QByteArrayView(whole).first(n));
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("truncated at %1 was accepted").arg(n)));
            QCOMPARE(result.error().code(), ErrorCode::BadInput);
        }
    }

    void corruptedBytesNeverCrash()
    {
        const QByteArray whole = readAll(folder() + QStringLiteral("/libbiomeval-img.wsq"));
        QRandomGenerator random(9);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = whole;
            for (int k = 0; k < 1 + round % 4; ++k)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            decodeDamaged(damaged, QStringLiteral("round %1: ").arg(round));
        }
    }
};

QTEST_GUILESS_MAIN(TestWsqDecoder)
#include "tst_wsqdecoder.moc"
