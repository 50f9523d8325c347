#include "app/services/an2kimportimages.h"

#include "app/imaging/enhance/evidenceimage.h"
#include "app/interop/wsqdecoder.h"
#include "app/storage/sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

#include <cstring>

namespace ridgeline {
namespace {

using interop::An2kCompression;
using interop::An2kImage;

QString name(const An2kImage &image)
{
    return QString::fromLatin1(image.compressionName);
}

An2kStoredImage pngOf(QImage image, double ppi, const QString &how)
{
    An2kStoredImage x;
    if (ppi > 0) {
        image.setDotsPerMeterX(qRound(ppi / 0.0254));
        image.setDotsPerMeterY(qRound(ppi / 0.0254));
    }
    QBuffer buffer(&x.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const bool grey = image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16;
    x.mediaType = QStringLiteral("image/png");
    x.facts = {image.width(), image.height(), 1, image.depth() == 16 || image.depth() == 64 ? 16 : 8, grey ? 1 : 3};
    // The decoded samples row by row, without the padding QImage adds to each line.
    const qsizetype rowBytes = qsizetype(image.width()) * image.depth() / 8;
    QByteArray samples;
    samples.reserve(rowBytes * image.height());
    for (int y = 0; y < image.height(); ++y)
        samples.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
    x.samplesSha = storage::Sha256::hash(samples);
    x.how = how;
    return x;
}

An2kStoredImage pngOf(int width, int height, const QByteArray &pixels, double ppi, const QString &how)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), pixels.constData() + qsizetype(y) * width, size_t(width));
    return pngOf(std::move(image), ppi, how);
}

// Uncompressed: 8-bit, or 1-bit for Types 5 and 6 (rows padded to whole bytes, a set bit black).
Result<An2kStoredImage> uncompressed(const An2kImage &img, double ppi, QString &why)
{
    const bool binary = img.recordType == 5 || img.recordType == 6;
    const qsizetype rowBytes = binary ? (qsizetype(img.width) + 7) / 8 : qsizetype(img.width);
    if (img.data.size() != rowBytes * img.height) {
        why = QCoreApplication::translate("ridgeline::An2kImport",
                                          "uncompressed %1-bit data of %2 x %3 pixels needs %4 bytes, the record "
                                          "holds %5")
                  .arg(binary ? 1 : 8)
                  .arg(img.width)
                  .arg(img.height)
                  .arg(rowBytes * img.height)
                  .arg(img.data.size());
        return Error(ErrorCode::BadInput, why);
    }
    if (!binary)
        return pngOf(
            img.width, img.height, img.data, ppi,
            QCoreApplication::translate("ridgeline::An2kImport", "uncompressed 8-bit pixels stored as lossless PNG"));
    QByteArray pixels(qsizetype(img.width) * img.height, char(255));
    for (int y = 0; y < img.height; ++y) {
        const auto *row = reinterpret_cast<const uchar *>(img.data.constData()) + rowBytes * y;
        for (int x = 0; x < img.width; ++x) {
            if (row[x / 8] & (0x80 >> (x % 8)))
                pixels[qsizetype(y) * img.width + x] = 0;
        }
    }
    return pngOf(
        img.width, img.height, pixels, ppi,
        QCoreApplication::translate("ridgeline::An2kImport", "uncompressed 1-bit pixels stored as lossless 8-bit PNG"));
}

QString sizeMismatch(const An2kImage &img, const QString &format, int width, int height)
{
    return QCoreApplication::translate("ridgeline::An2kImport",
                                       "the %1 image is %2 x %3 pixels but the record declares %4 x %5")
        .arg(format)
        .arg(width)
        .arg(height)
        .arg(img.width)
        .arg(img.height);
}

Result<An2kStoredImage> wsq(const An2kImage &img, double ppi, const imaging::InspectLimits &limits, QString &why)
{
    interop::WsqDecoder::Limits wl;
    wl.maxPixels = limits.maxPixels;
    auto decoded = interop::WsqDecoder(wl).decode(img.data);
    if (!decoded)
        why = QCoreApplication::translate("ridgeline::An2kImport", "the WSQ image does not decode: %1")
                  .arg(decoded.error().message());
    else if (decoded->width != img.width || decoded->height != img.height)
        why = sizeMismatch(img, QStringLiteral("WSQ"), decoded->width, decoded->height);
    if (!why.isEmpty())
        return Error(ErrorCode::BadInput, why);
    return pngOf(img.width, img.height, decoded->pixels, ppi,
                 QCoreApplication::translate("ridgeline::An2kImport",
                                             "WSQ decoded by Ridgeline's WSQ decoder, stored as lossless PNG"));
}

// JPEG and PNG are kept as the record holds them. JPEG 2000 decodes only through OpenCV here, not
// through Qt (thumbnails, search templates, reports): its samples are kept as a lossless PNG, the
// record's bytes stay in the kept transaction.
Result<An2kStoredImage> compressed(const An2kImage &img, const QString &where, double ppi,
                                   const imaging::InspectLimits &limits, QString &why)
{
    auto info = imaging::inspectImage(img.data, where, limits);
    if (!info && img.compressionName.trimmed().toUpper() == "JPEGL")
        why = QCoreApplication::translate("ridgeline::An2kImport",
                                          "the image is lossless JPEG (JPEGL), which the JPEG library Ridgeline is "
                                          "built with does not decode (%1)")
                  .arg(info.error().message());
    else if (!info)
        why = QCoreApplication::translate("ridgeline::An2kImport", "the %1 image cannot be decoded (%2)")
                  .arg(name(img), info.error().message());
    else if (info->width != img.width || info->height != img.height)
        why = sizeMismatch(img, name(img), info->width, info->height);
    if (!why.isEmpty())
        return Error(ErrorCode::BadInput, why);
    if (img.compression != An2kCompression::Jpeg2000) {
        An2kStoredImage x;
        x.bytes = img.data;
        x.mediaType = info->mediaType;
        x.facts = {info->width, info->height, info->pages, info->bitDepth, info->channels};
        x.how =
            QCoreApplication::translate("ridgeline::An2kImport", "stored as the record holds it (%1)").arg(name(img));
        return x;
    }
    auto decoded = imaging::decodeEvidenceImage(img.data, where);
    if (!decoded) {
        why = QCoreApplication::translate("ridgeline::An2kImport", "the JPEG 2000 image cannot be decoded here (%1)")
                  .arg(decoded.error().message());
        return Error(ErrorCode::BadInput, why);
    }
    return pngOf(
        decoded->image, ppi,
        QCoreApplication::translate("ridgeline::An2kImport", "%1 decoded by OpenCV (OpenJPEG), stored as lossless PNG")
            .arg(name(img)));
}

} // namespace

Result<An2kStoredImage> storedImageOf(const An2kImage &img, const QString &where, double ppi,
                                      const imaging::InspectLimits &limits)
{
    QString why;
    if (img.width <= 0 || img.height <= 0)
        why = QCoreApplication::translate("ridgeline::An2kImport", "the declared size %1 x %2 is not an image size")
                  .arg(img.width)
                  .arg(img.height);
    else if (qint64(img.width) * img.height > limits.maxPixels)
        why = QCoreApplication::translate("ridgeline::An2kImport", "%1 x %2 pixels is over the limit of %3")
                  .arg(img.width)
                  .arg(img.height)
                  .arg(limits.maxPixels);
    else if (img.compression == An2kCompression::Other)
        why = QCoreApplication::translate("ridgeline::An2kImport",
                                          "compression %1 is not one Ridgeline decodes (NONE, WSQ, JPEG, JPEG 2000, "
                                          "PNG)")
                  .arg(name(img));
    Result<An2kStoredImage> stored = Error(ErrorCode::BadInput, why);
    if (why.isEmpty()) {
        if (img.compression == An2kCompression::None)
            stored = uncompressed(img, ppi, why);
        else if (img.compression == An2kCompression::Wsq)
            stored = wsq(img, ppi, limits, why);
        else
            stored = compressed(img, where, ppi, limits, why);
    }
    if (!stored)
        return Error(ErrorCode::BadInput, where + QStringLiteral(": ") + why);
    stored->recordSha = storage::Sha256::hash(img.data);
    stored->storedSha = storage::Sha256::hash(stored->bytes);
    return stored;
}

} // namespace ridgeline
