// The fast PNG decoder (app/imaging/pngdecode.cpp) gives libpng's pixels (through OpenCV, as the
// evidence decoder did before) for every layout it accepts, with every filter type, and declines
// everything else so that OpenCV decodes it and names the fault.
#include "app/imaging/pngdecode.h"
#include "tests/testsupport/pngchunks.h"

#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

// Ridges, a gradient and noise: every filter has something to predict.
cv::Mat testImage(int width, int height, int type, int seed)
{
    cv::Mat m(height, width, type);
    cv::RNG rng(static_cast<uint64>(seed));
    const int channels = m.channels();
    const double full = m.depth() == CV_16U ? 65535.0 : 255.0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c) {
                const double v = full * (0.5 + 0.4 * std::sin(x * 0.3 + y * 0.11 + c)) + rng.gaussian(full * 0.05);
                if (m.depth() == CV_16U)
                    m.ptr<ushort>(y)[x * channels + c] = cv::saturate_cast<ushort>(v);
                else
                    m.ptr<uchar>(y)[x * channels + c] = cv::saturate_cast<uchar>(v);
            }
    return m;
}

// What the evidence decoder made of OpenCV's decode: RGB order, 16-bit colour as RGBX64.
bool sameAsOpenCv(const QImage &image, const QByteArray &png)
{
    const cv::Mat encoded(1, int(png.size()), CV_8UC1, const_cast<char *>(png.constData()));
    cv::Mat decoded = cv::imdecode(encoded, cv::IMREAD_UNCHANGED);
    if (decoded.empty() || decoded.cols != image.width() || decoded.rows != image.height())
        return false;
    if (decoded.channels() == 3)
        cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
    for (int y = 0; y < decoded.rows; ++y) {
        if (image.format() == QImage::Format_RGBX64) {
            const auto *line = reinterpret_cast<const quint16 *>(image.constScanLine(y));
            const auto *row = decoded.ptr<quint16>(y);
            for (int x = 0; x < decoded.cols; ++x)
                if (line[4 * x] != row[3 * x] || line[4 * x + 1] != row[3 * x + 1] ||
                    line[4 * x + 2] != row[3 * x + 2] || line[4 * x + 3] != 0xffff)
                    return false;
        } else if (std::memcmp(image.constScanLine(y), decoded.ptr(y), decoded.cols * decoded.elemSize()) != 0) {
            return false;
        }
    }
    return true;
}

// PNG bytes of one row of samples (big-endian for 16 bits).
QByteArray rowBytes(const cv::Mat &m, int y)
{
    const int n = m.cols * m.channels();
    QByteArray row;
    for (int i = 0; i < n; ++i) {
        if (m.depth() == CV_16U) {
            const ushort v = m.ptr<ushort>(y)[i];
            row += char(v >> 8);
            row += char(v & 0xff);
        } else {
            row += char(m.ptr<uchar>(y)[i]);
        }
    }
    return row;
}

int paethPredictor(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
}

// The image's data filtered row by row with `filterOf(y)` (ISO/IEC 15948, 9.2), written here so
// that every filter type is used whatever an encoder would choose.
QByteArray filtered(const cv::Mat &m, int bpp, const std::function<int(int)> &filterOf)
{
    QByteArray out;
    QByteArray previous(rowBytes(m, 0).size(), '\0');
    for (int y = 0; y < m.rows; ++y) {
        const QByteArray row = rowBytes(m, y);
        const int f = filterOf(y);
        out += char(f);
        for (int x = 0; x < row.size(); ++x) {
            const int a = x >= bpp ? uchar(row[x - bpp]) : 0;
            const int b = uchar(previous[x]);
            const int c = x >= bpp ? uchar(previous[x - bpp]) : 0;
            const int predictor = f == 0 ? 0 : f == 1 ? a : f == 2 ? b : f == 3 ? (a + b) / 2 : paethPredictor(a, b, c);
            out += char(uchar(uchar(row[x]) - predictor));
        }
        previous = row;
    }
    return out;
}

QByteArray handMadePng(const cv::Mat &m, const std::function<int(int)> &filterOf, int idatPieces,
                       const QByteArray &before = {})
{
    const int depth = m.depth() == CV_16U ? 16 : 8;
    const int colourType = m.channels() == 3 ? 2 : 0;
    const int bpp = m.channels() * depth / 8;
    PngParts parts;
    parts.header = pngHeaderChunk(quint32(m.cols), quint32(m.rows), depth, colourType, false);
    parts.before = before;
    parts.compressed = zlibOf(filtered(m, bpp, filterOf));
    parts.idatPieces = idatPieces;
    return assemblePng(parts);
}

// RGB test images are made in RGB order; OpenCV encodes BGR.
QByteArray openCvPng(const cv::Mat &m, int compression, int strategy)
{
    cv::Mat bgr = m;
    if (m.channels() == 3)
        cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> out;
    cv::imencode(".png", bgr, out, {cv::IMWRITE_PNG_COMPRESSION, compression, cv::IMWRITE_PNG_STRATEGY, strategy});
    return QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(out.size()));
}

} // namespace

class TestPngDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesLibpng_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QSize>("size");
        const QList<QPair<const char *, int>> types{
            {"grey8", CV_8UC1}, {"grey16", CV_16UC1}, {"rgb8", CV_8UC3}, {"rgb16", CV_16UC3}};
        const QList<QSize> sizes{QSize(1, 1), QSize(1, 9), QSize(7, 1), QSize(33, 17), QSize(401, 203)};
        for (const auto &[name, type] : types)
            for (const QSize &s : sizes)
                QTest::addRow("%s %dx%d", name, s.width(), s.height()) << type << s;
    }

    // Written by libpng (through OpenCV) at several settings, and by hand with each filter type
    // alone and all of them mixed, in one IDAT and in many.
    void matchesLibpng()
    {
        QFETCH(int, type);
        QFETCH(QSize, size);
        const cv::Mat m = testImage(size.width(), size.height(), type, size.width() * 7 + type);
        for (int compression : {0, 1, 6, 9})
            for (int strategy : {cv::IMWRITE_PNG_STRATEGY_DEFAULT, cv::IMWRITE_PNG_STRATEGY_FILTERED}) {
                const QByteArray png = openCvPng(m, compression, strategy);
                const std::optional<QImage> image = imaging::decodePngFast(png);
                QVERIFY2(image,
                         qPrintable(QStringLiteral("declined libpng's file at %1/%2").arg(compression).arg(strategy)));
                QVERIFY(sameAsOpenCv(*image, png));
            }
        for (int filter = 0; filter <= 5; ++filter) { // 5: all five, row by row
            for (int pieces : {1, 3}) {
                const QByteArray png = handMadePng(
                    m, [filter](int y) { return filter == 5 ? y % 5 : filter; }, pieces);
                const std::optional<QImage> image = imaging::decodePngFast(png);
                QVERIFY2(image, qPrintable(QStringLiteral("declined filter %1").arg(filter)));
                QVERIFY2(sameAsOpenCv(*image, png), qPrintable(QStringLiteral("filter %1 differs").arg(filter)));
            }
        }
    }

    void keepsFormats()
    {
        const auto format = [](int type) {
            return imaging::decodePngFast(openCvPng(testImage(5, 4, type, 1), 6, 0))->format();
        };
        QCOMPARE(format(CV_8UC1), QImage::Format_Grayscale8);
        QCOMPARE(format(CV_16UC1), QImage::Format_Grayscale16);
        QCOMPARE(format(CV_8UC3), QImage::Format_RGB888);
        QCOMPARE(format(CV_16UC3), QImage::Format_RGBX64);
    }

    // Ancillary chunks it does not need (text, resolution) are passed over as libpng passes them.
    void skipsAncillaryChunks()
    {
        const cv::Mat m = testImage(20, 10, CV_8UC1, 3);
        QByteArray phys(9, '\0');
        qToBigEndian<quint32>(19685, phys.data());
        qToBigEndian<quint32>(19685, phys.data() + 4);
        phys[8] = 1;
        const QByteArray png = handMadePng(
            m, [](int) { return 4; }, 2, pngChunk("pHYs", phys) + pngChunk("tEXt", "Comment\0mark"));
        const std::optional<QImage> image = imaging::decodePngFast(png);
        QVERIFY(image);
        QVERIFY(sameAsOpenCv(*image, png));
    }

    // Layouts it leaves to OpenCV, and damage of every kind: never a wrong image.
    void declines()
    {
        const cv::Mat grey = testImage(30, 20, CV_8UC1, 5);
        const QByteArray good = handMadePng(
            grey, [](int y) { return y % 5; }, 3);
        QVERIFY(imaging::decodePngFast(good));

        QVERIFY(!imaging::decodePngFast(QByteArray()));
        QVERIFY(!imaging::decodePngFast(good.left(8)));
        QVERIFY(!imaging::decodePngFast(QByteArray("GIF89a") + good.mid(6)));
        for (qsizetype cut : {qsizetype(20), good.size() / 2, good.size() - 13, good.size() - 1})
            QVERIFY2(!imaging::decodePngFast(good.left(cut)), qPrintable(QStringLiteral("cut at %1").arg(cut)));

        // A flipped bit in the image data: the CRC says so.
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
        QVERIFY(!imaging::decodePngFast(flipped));

        // Interlaced, palette, grey with alpha, tRNS, 1-bit.
        PngParts parts;
        parts.compressed = zlibOf(QByteArray(20 * 31, '\0'));
        parts.header = pngHeaderChunk(30, 20, 8, 0, true);
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));
        parts.header = pngHeaderChunk(30, 20, 8, 3, false);
        parts.before = pngChunk("PLTE", QByteArray(3, '\0'));
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));
        parts.header = pngHeaderChunk(15, 20, 8, 4, false);
        parts.before.clear();
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));
        QVERIFY(!imaging::decodePngFast(handMadePng(
            grey, [](int) { return 0; }, 1, pngChunk("tRNS", QByteArray(2, '\0')))));
        parts.header = pngHeaderChunk(240, 20, 1, 0, false);
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));

        // A filter type that does not exist; too little and too much image data (valid zlib).
        const QByteArray data = filtered(grey, 1, [](int) { return 1; });
        QByteArray badFilter = data;
        badFilter[31 * 7] = 5;
        parts.header = pngHeaderChunk(30, 20, 8, 0, false);
        parts.compressed = zlibOf(badFilter);
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));
        parts.compressed = zlibOf(data.left(data.size() - 31));
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));
        parts.compressed = zlibOf(data + QByteArray(31, '\0'));
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));

        // Image data interrupted by another chunk; an unknown critical chunk.
        parts.compressed = zlibOf(data);
        const QByteArray whole = zlibOf(data);
        const QByteArray split = QByteArray("\x89PNG\r\n\x1a\n", 8) + parts.header + pngChunk("IDAT", whole.left(40)) +
                                 pngChunk("tEXt", "a\0b") + pngChunk("IDAT", whole.mid(40)) + pngChunk("IEND", {});
        QVERIFY(!imaging::decodePngFast(split));
        parts.before = pngChunk("ABCD", "x");
        QVERIFY(!imaging::decodePngFast(assemblePng(parts)));
    }
};

QTEST_GUILESS_MAIN(TestPngDecode)
#include "tst_pngdecode.moc"
