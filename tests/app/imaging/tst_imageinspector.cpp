#include "app/imaging/imageinspector.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>
#include <sys/resource.h>
#include <zlib.h>

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

QImage ridges(int w, int h, QImage::Format format = QImage::Format_Grayscale8)
{
    QImage image(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.scanLine(y)[x] = uchar(128 + 100 * std::sin((x + y * 0.3) * 0.7));
    return image.convertToFormat(format);
}

QByteArray encode(const QImage &image, const char *format, double ppi = 0)
{
    QImage copy = image;
    if (ppi > 0) {
        copy.setDotsPerMeterX(int(ppi / 0.0254 + 0.5));
        copy.setDotsPerMeterY(int(ppi / 0.0254 + 0.5));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(copy);
    return bytes;
}

QByteArray encodeCv(const cv::Mat &mat, const char *ext)
{
    std::vector<uchar> out;
    cv::imencode(ext, mat, out);
    return QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(out.size()));
}

// A real PNG whose IHDR claims `w` x `h` (CRC fixed up), followed by a tiny image body.
QByteArray pngClaiming(quint32 w, quint32 h)
{
    QByteArray png = encode(ridges(64, 64), "png");
    qToBigEndian<quint32>(w, png.data() + 16);
    qToBigEndian<quint32>(h, png.data() + 20);
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(png.constData() + 12), 17));
    qToBigEndian<quint32>(crc, png.data() + 29);
    return png;
}

long maxRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestImageInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEveryFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("channels");
        QTest::newRow("png grey") << encode(ridges(300, 200), "png") << "png" << 8 << 1;
        QTest::newRow("png 16") << encode(ridges(300, 200, QImage::Format_Grayscale16), "png") << "png" << 16 << 1;
        QTest::newRow("png colour") << encode(ridges(300, 200, QImage::Format_RGB32), "png") << "png" << 8 << 3;
        QTest::newRow("jpeg") << encode(ridges(300, 200), "jpeg") << "jpeg" << 8 << 1;
        QTest::newRow("tiff 16") << encode(ridges(300, 200, QImage::Format_Grayscale16), "tiff") << "tiff" << 16 << 1;
        QTest::newRow("bmp") << encode(ridges(300, 200, QImage::Format_RGB32), "bmp") << "bmp" << 8 << 3;
        cv::Mat grey(200, 300, CV_8U);
        cv::randu(grey, 0, 255);
        QTest::newRow("jp2") << encodeCv(grey, ".jp2") << "jp2" << 8 << 1;
        cv::Mat grey16(200, 300, CV_16U);
        cv::randu(grey16, 0, 65535);
        QTest::newRow("jp2 16") << encodeCv(grey16, ".jp2") << "jp2" << 16 << 1;
    }

    void acceptsEveryFormat()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(int, depth);
        QFETCH(int, channels);
        auto info = inspectImage(bytes, QStringLiteral("JH-1"));
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
        QCOMPARE(info->format, format);
        QCOMPARE(info->width, 300);
        QCOMPARE(info->height, 200);
        QCOMPARE(info->bitDepth, depth);
        QCOMPARE(info->channels, channels);
    }

    void readsResolution()
    {
        auto info = inspectImage(encode(ridges(100, 100), "png", 1000), QStringLiteral("JH-1"));
        QVERIFY(info.ok());
        QCOMPARE(info->ppi, 1000.0);
        auto none = inspectImage(encode(ridges(100, 100), "png"), QStringLiteral("JH-1"));
        QVERIFY(none.ok());
        QCOMPARE(none->ppi, 0.0);
    }

    void checksEveryTiffPage()
    {
        std::vector<cv::Mat> pages(3, cv::Mat(120, 160, CV_8U, cv::Scalar(90)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.tiff"));
        QVERIFY(cv::imwritemulti(path.toStdString(), pages));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray tiff = file.readAll();
        auto info = inspectImage(tiff, QStringLiteral("tenprint.tif"));
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
        QCOMPARE(info->pages, 3);
    }

    void refusesHugeHeaderWithoutDecoding()
    {
        const long before = maxRssMegabytes();
        auto info = inspectImage(pngClaiming(30000, 30000), QStringLiteral("JH-9"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), ErrorCode::BadInput);
        QVERIFY2(info.error().message().contains(QStringLiteral("30000 x 30000")), qPrintable(info.error().message()));
        QVERIFY(info.error().message().contains(QStringLiteral("JH-9")));
        QVERIFY2(maxRssMegabytes() < std::max(before, 0L) + 64 && maxRssMegabytes() < 256,
                 qPrintable(QString::number(maxRssMegabytes())));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray png = encode(ridges(400, 400), "png");
        const QByteArray jpeg = encode(ridges(400, 400), "jpeg");
        const QByteArray tiff = encode(ridges(400, 400), "tiff");
        cv::Mat grey(300, 300, CV_8U);
        cv::randu(grey, 0, 255);
        const QByteArray jp2 = encodeCv(grey, ".jp2");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("text") << QByteArray("Statement of the householder") << "not an image";
        QTest::newRow("gif") << QByteArray::fromHex("474946383961010001008000"
                                                    "00ffffff0000002c00000000010001000002024401003b")
                             << "GIF";
        QTest::newRow("png truncated") << png.left(png.size() / 2) << "truncated or damaged";
        QTest::newRow("jpeg truncated") << jpeg.left(jpeg.size() / 2) << "truncated";
        QTest::newRow("tiff truncated") << tiff.left(tiff.size() / 2) << "damaged";
        QTest::newRow("jp2 truncated") << jp2.left(jp2.size() / 2) << "truncated";
        QTest::newRow("png header only") << png.left(33) << "truncated or damaged";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        auto info = inspectImage(bytes, QStringLiteral("JH-4"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), ErrorCode::BadInput);
        QVERIFY2(info.error().message().contains(QStringLiteral("JH-4")), qPrintable(info.error().message()));
        QVERIFY2(info.error().message().contains(reason), qPrintable(info.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestImageInspector)
#include "tst_imageinspector.moc"
