#include "app/imaging/enhance/evidenceimage.h"

#include "app/imaging/cvqimage.h"
#include "app/imaging/enhance/resolutiontag.h"
#include "app/imaging/imageinspector.h"
#include "app/imaging/pngdecode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ridgeline::imaging {

namespace {

Error bad(const QString &name, const QString &reason)
{
    return Error(ErrorCode::BadInput, QStringLiteral("%1: %2").arg(name, reason));
}

// OpenCV decodes colour as BGR(A); the engine works in RGB without alpha.
Result<cv::Mat> normalise(const cv::Mat &decoded, const QString &name)
{
    const int depth = decoded.depth();
    if (depth != CV_8U && depth != CV_16U)
        return bad(name, QCoreApplication::translate(
                             "ridgeline::imaging::EvidenceImage",
                             "has %1-bit floating point or signed samples; only 8- and 16-bit images are accepted")
                             .arg(decoded.elemSize1() * 8));
    cv::Mat out;
    switch (decoded.channels()) {
    case 1:
        return decoded;
    case 2: // grey + alpha
    {
        std::vector<cv::Mat> planes;
        cv::split(decoded, planes);
        return planes[0];
    }
    case 3:
        cv::cvtColor(decoded, out, cv::COLOR_BGR2RGB);
        return out;
    case 4:
        cv::cvtColor(decoded, out, cv::COLOR_BGRA2RGB);
        return out;
    default:
        return bad(name, QCoreApplication::translate("ridgeline::imaging::EvidenceImage",
                                                     "has %1 channels; accepted are grey and colour (RGB) images")
                             .arg(decoded.channels()));
    }
}

// Everything but the common PNGs: OpenCV's codecs, then the evidence formats.
Result<QImage> decodeThroughOpenCv(const QByteArray &bytes, const QString &name, const EvidenceDecodeLimits &limits)
{
    cv::Mat decoded;
    try {
        const cv::Mat encoded(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        decoded = cv::imdecode(encoded, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        return bad(name, QCoreApplication::translate("ridgeline::imaging::EvidenceImage", "could not be decoded (%1)")
                             .arg(QString::fromStdString(e.msg).trimmed()));
    }
    if (decoded.empty())
        return bad(name, QCoreApplication::translate(
                             "ridgeline::imaging::EvidenceImage",
                             "could not be decoded; the file is damaged or uses an unsupported variant "
                             "(CMYK or palette TIFF variants the codec does not read)"));
    if (qint64(decoded.cols) * decoded.rows > limits.maxPixels)
        return bad(name, QCoreApplication::translate("ridgeline::imaging::EvidenceImage",
                                                     "decodes to %1 x %2 pixels, over the pixel limit")
                             .arg(decoded.cols)
                             .arg(decoded.rows));
    auto normalised = normalise(decoded, name);
    if (!normalised)
        return normalised.error();
    return toQImageExact(normalised.value());
}

} // namespace

bool isEvidenceFormat(QImage::Format format)
{
    return format == QImage::Format_Grayscale8 || format == QImage::Format_Grayscale16 ||
           format == QImage::Format_RGB888 || format == QImage::Format_RGBX64;
}

Result<DecodedEvidence> decodeEvidenceImage(const QByteArray &bytes, const QString &name,
                                            const EvidenceDecodeLimits &limits)
{
    auto header = readImageHeader(bytes, name);
    if (!header)
        return header.error();
    const qint64 pixels = qint64(header->width) * header->height;
    if (pixels > limits.maxPixels)
        return bad(name,
                   QCoreApplication::translate("ridgeline::imaging::EvidenceImage",
                                               "is %1 x %2 pixels (%3 megapixels), over the limit of %4 megapixels; "
                                               "reduce the image or raise the limit in the preferences")
                       .arg(header->width)
                       .arg(header->height)
                       .arg(double(pixels) / 1e6, 0, 'f', 1)
                       .arg(double(limits.maxPixels) / 1e6, 0, 'f', 1));
    DecodedEvidence result;
    if (std::optional<QImage> fast = decodePngFast(bytes)) { // most marks; anything unusual goes to OpenCV
        result.image = std::move(*fast);
    } else {
        auto decoded = decodeThroughOpenCv(bytes, name, limits);
        if (!decoded)
            return decoded.error();
        result.image = std::move(decoded.value());
    }
    result.ppi = readResolutionTag(bytes);
    if (result.ppi > 0) {
        const int dpm = int(std::lround(result.ppi / 0.0254));
        result.image.setDotsPerMeterX(dpm);
        result.image.setDotsPerMeterY(dpm);
    }
    return result;
}

Result<DecodedEvidence> loadEvidenceImage(const QString &path, const EvidenceDecodeLimits &limits)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound,
                     QStringLiteral("%1: %2").arg(
                         path, QCoreApplication::translate("ridgeline::imaging::EvidenceImage", "no such file")));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return decodeEvidenceImage(file.readAll(), QFileInfo(path).fileName(), limits);
}

} // namespace ridgeline::imaging
