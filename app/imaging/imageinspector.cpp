#include "app/imaging/imageinspector.h"

#include "app/imaging/imagerefusal.h"
#include "app/imaging/pngcheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

#include <cmath>

#include <opencv2/imgcodecs.hpp>

namespace ridgeline::imaging {
namespace {

bool isJp2(const QByteArray &b)
{
    static const QByteArray signature("\x00\x00\x00\x0cjP  \r\n\x87\n", 12);
    return b.startsWith(signature);
}

bool isJ2kCodestream(const QByteArray &b)
{
    return b.startsWith(QByteArray("\xff\x4f\xff\x51", 4));
}

// The SIZ marker segment of a JPEG 2000 codestream gives the image size (ISO/IEC 15444-1 A.5.1).
bool readSiz(const QByteArray &b, qsizetype at, ImageInfo &info)
{
    if (at + 42 > b.size() || uchar(b[at]) != 0xff || uchar(b[at + 1]) != 0x4f || uchar(b[at + 2]) != 0xff ||
        uchar(b[at + 3]) != 0x51)
        return false;
    const uchar *p = reinterpret_cast<const uchar *>(b.constData()) + at + 4;
    const quint32 xsiz = qFromBigEndian<quint32>(p + 4), ysiz = qFromBigEndian<quint32>(p + 8);
    const quint32 xo = qFromBigEndian<quint32>(p + 12), yo = qFromBigEndian<quint32>(p + 16);
    const quint16 components = qFromBigEndian<quint16>(p + 36);
    if (xsiz <= xo || ysiz <= yo || components == 0 || at + 42 + 3 * qsizetype(components) > b.size())
        return false;
    info.width = int(std::min<quint32>(xsiz - xo, 1u << 30));
    info.height = int(std::min<quint32>(ysiz - yo, 1u << 30));
    info.channels = components;
    info.bitDepth = (p[38] & 0x7f) + 1 > 8 ? 16 : 8;
    return true;
}

// Finds the codestream in a JP2 file: boxes are (length, type) pairs; jp2c holds the codestream.
qsizetype jp2CodestreamOffset(const QByteArray &b)
{
    qsizetype at = 0;
    while (at + 8 <= b.size()) {
        quint64 length = qFromBigEndian<quint32>(b.constData() + at);
        const QByteArray type = b.mid(at + 4, 4);
        qsizetype header = 8;
        if (length == 1) {
            if (at + 16 > b.size())
                return -1;
            length = qFromBigEndian<quint64>(b.constData() + at + 8);
            header = 16;
        }
        if (type == "jp2c")
            return at + header;
        if (length == 0 || length < quint64(header) || length > quint64(b.size() - at))
            return -1;
        at += qsizetype(length);
    }
    return -1;
}

Result<ImageInfo> headerViaQt(const QByteArray &bytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    static const QList<QByteArray> accepted{"png", "jpeg", "jpg", "tiff", "tif", "bmp"};
    if (format.isEmpty() || !accepted.contains(format.toLower()))
        return refusedImage(
            name, format.isEmpty()
                      ? QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                    "is not an image in a format Ridgeline accepts (PNG, JPEG, TIFF, "
                                                    "BMP, JPEG 2000)")
                      : QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                    "is a %1 image; accepted are PNG, JPEG, TIFF, BMP and JPEG 2000")
                            .arg(QString::fromLatin1(format.toUpper())));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refusedImage(
            name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                              "has no readable image header; the file is truncated or damaged"));
    ImageInfo info;
    info.format = format == "jpg"   ? QStringLiteral("jpeg")
                  : format == "tif" ? QStringLiteral("tiff")
                                    : QString::fromLatin1(format);
    info.mediaType = QStringLiteral("image/") + info.format;
    info.width = size.width();
    info.height = size.height();
    // Qt's TIFF reader counts pages only on a fresh reader, before anything else was asked of it.
    QBuffer countBuffer;
    countBuffer.setData(bytes);
    countBuffer.open(QIODevice::ReadOnly);
    info.pages = std::max(1, QImageReader(&countBuffer, format).imageCount());
    return info;
}

} // namespace

Result<ImageInfo> readImageHeader(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector", "is empty"));
    if (isJp2(bytes) || isJ2kCodestream(bytes)) {
        ImageInfo info;
        info.format = QStringLiteral("jp2");
        info.mediaType = isJp2(bytes) ? QStringLiteral("image/jp2") : QStringLiteral("image/j2k");
        const qsizetype at = isJp2(bytes) ? jp2CodestreamOffset(bytes) : 0;
        if (at < 0 || !readSiz(bytes, at, info))
            return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                                  "is a JPEG 2000 file with a damaged header"));
        return info;
    }
    return headerViaQt(bytes, name);
}

namespace {

// libjpeg and OpenJPEG fill a truncated image with grey and only warn; the end-of-image marker
// (FF D9 in both formats) tells a complete file from a cut one.
bool endsWithEoiMarker(const QByteArray &b, qsizetype end)
{
    while (end > 2 && (b[end - 1] == '\0' || b[end - 1] == '\n' || b[end - 1] == '\r'))
        --end;
    return end >= 2 && uchar(b[end - 2]) == 0xff && uchar(b[end - 1]) == 0xd9;
}

void describePixels(const QImage &image, ImageInfo &info)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        info.channels = 1;
        info.bitDepth = 8;
        break;
    case QImage::Format_Grayscale16:
        info.channels = 1;
        info.bitDepth = 16;
        break;
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
        info.channels = image.hasAlphaChannel() ? 4 : 3;
        info.bitDepth = 16;
        break;
    case QImage::Format_Indexed8:
        info.channels = image.allGray() ? 1 : 3;
        info.bitDepth = 8;
        break;
    default:
        info.channels = image.hasAlphaChannel() ? 4 : 3;
        info.bitDepth = 8;
        break;
    }
    const double ppi = image.dotsPerMeterX() * 0.0254;
    // Qt reports 72 ppi when a file carries no resolution; nothing under 100 ppi is a usable scale.
    info.ppi = ppi >= 100.0 && ppi <= 20000.0 ? std::round(ppi * 100.0) / 100.0 : 0.0;
}

Result<ImageInfo> decodeViaQt(const QByteArray &bytes, const QString &name, ImageInfo info, const InspectLimits &limits)
{
    if (info.format == QLatin1String("jpeg") && !endsWithEoiMarker(bytes, bytes.size()))
        return refusedImage(
            name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                              "is truncated: the JPEG data ends before its end-of-image marker"));
    if (info.pages > limits.maxPages)
        return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                              "has %1 pages, more than the limit of %2")
                                      .arg(info.pages)
                                      .arg(limits.maxPages));
    for (int page = 0; page < info.pages; ++page) {
        // A fresh reader per page: Qt's TIFF handler cannot step on after a read().
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, info.format.toLatin1());
        reader.setAutoTransform(false); // evidence is shown as recorded; orientation is an examiner's step
        if (page > 0 && !reader.jumpToImage(page))
            return refusedImage(name,
                                QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                            "page %1 of %2 cannot be reached; the file is damaged")
                                    .arg(page + 1)
                                    .arg(info.pages));
        const QSize size = reader.size();
        if (qint64(size.width()) * size.height() > limits.maxPixels)
            return refusedImage(
                name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                  "page %1 is %2 x %3 pixels, over the budget of %4 megapixels")
                          .arg(page + 1)
                          .arg(size.width())
                          .arg(size.height())
                          .arg(limits.maxPixels / 1000000));
        const QImage image = reader.read();
        if (image.isNull())
            return refusedImage(
                name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                  "page %1 cannot be decoded (%2); the file is truncated or damaged")
                          .arg(page + 1)
                          .arg(reader.errorString()));
        if (page == 0)
            describePixels(image, info);
    }
    return info;
}

Result<ImageInfo> decodeJpeg2000(const QByteArray &bytes, const QString &name, ImageInfo info)
{
    const qsizetype start = info.mediaType == QLatin1String("image/jp2") ? jp2CodestreamOffset(bytes) : 0;
    if (start < 0 || !endsWithEoiMarker(bytes, bytes.size()))
        return refusedImage(
            name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                              "is truncated: the JPEG 2000 codestream ends before its end marker"));
    cv::Mat encoded(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
    const cv::Mat decoded = cv::imdecode(encoded, cv::IMREAD_UNCHANGED);
    if (decoded.empty())
        return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                              "cannot be decoded; the JPEG 2000 data is damaged"));
    if (decoded.cols != info.width || decoded.rows != info.height)
        return refusedImage(name, QCoreApplication::translate("ridgeline::imaging::ImageInspector",
                                                              "decodes to %1 x %2 pixels but its header says %3 x %4")
                                      .arg(decoded.cols)
                                      .arg(decoded.rows)
                                      .arg(info.width)
                                      .arg(info.height));
    info.channels = decoded.channels();
    info.bitDepth = decoded.depth() == CV_16U ? 16 : 8;
    return info;
}

} // namespace

Result<ImageInfo> inspectImage(const QByteArray &bytes, const QString &name, const InspectLimits &limits)
{
    // The PNG check reads its own header (and checks the budget there first).
    if (isPng(bytes))
        return checkPng(bytes, name, limits);
    auto header = readImageHeader(bytes, name);
    if (!header)
        return header;
    if (auto over = overPixelBudget(name, header->width, header->height, limits))
        return *over;
    if (header->format == QLatin1String("jp2"))
        return decodeJpeg2000(bytes, name, *header);
    return decodeViaQt(bytes, name, *header, limits);
}

} // namespace ridgeline::imaging
