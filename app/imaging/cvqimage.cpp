#include "app/imaging/cvqimage.h"

namespace ridgeline::imaging {

cv::Mat toMat(const QImage &image)
{
    const QImage grey =
        image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat mat(grey.height(), grey.width(), CV_8UC1);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(mat.ptr(y), grey.constScanLine(y), static_cast<size_t>(grey.width()));
    return mat;
}

QImage toQImage(const cv::Mat &mat)
{
    CV_Assert(mat.type() == CV_8UC1);
    QImage image(mat.cols, mat.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < mat.rows; ++y)
        std::memcpy(image.scanLine(y), mat.ptr(y), static_cast<size_t>(mat.cols));
    return image;
}

namespace {

QImage::Format exactFormat(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_RGB888:
    case QImage::Format_RGBX64:
        return image.format();
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Alpha8:
        return QImage::Format_Grayscale8;
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
    case QImage::Format_BGR30:
    case QImage::Format_A2BGR30_Premultiplied:
    case QImage::Format_RGB30:
    case QImage::Format_A2RGB30_Premultiplied:
        return QImage::Format_RGBX64;
    case QImage::Format_Indexed8:
        return image.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    default:
        return QImage::Format_RGB888;
    }
}

} // namespace

cv::Mat toMatExact(const QImage &source)
{
    const QImage::Format format = exactFormat(source);
    const QImage image = source.format() == format ? source : source.convertToFormat(format);
    const int w = image.width();
    const int h = image.height();
    switch (format) {
    case QImage::Format_Grayscale8:
    case QImage::Format_RGB888: {
        const int type = format == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC3;
        cv::Mat mat(h, w, type);
        for (int y = 0; y < h; ++y)
            std::memcpy(mat.ptr(y), image.constScanLine(y), size_t(w) * mat.elemSize());
        return mat;
    }
    case QImage::Format_Grayscale16: {
        cv::Mat mat(h, w, CV_16UC1);
        for (int y = 0; y < h; ++y)
            std::memcpy(mat.ptr(y), image.constScanLine(y), size_t(w) * 2);
        return mat;
    }
    default: { // RGBX64: drop the padding channel
        cv::Mat mat(h, w, CV_16UC3);
        for (int y = 0; y < h; ++y) {
            const auto *in = reinterpret_cast<const quint16 *>(image.constScanLine(y));
            auto *out = mat.ptr<quint16>(y);
            for (int x = 0; x < w; ++x) {
                out[3 * x] = in[4 * x];
                out[3 * x + 1] = in[4 * x + 1];
                out[3 * x + 2] = in[4 * x + 2];
            }
        }
        return mat;
    }
    }
}

cv::Mat toMatView(const QImage &image)
{
    const QImage::Format f = image.format();
    if (f != QImage::Format_Grayscale8 && f != QImage::Format_Grayscale16 && f != QImage::Format_RGB888)
        return toMatExact(image);
    const int type = f == QImage::Format_Grayscale8 ? CV_8UC1 : f == QImage::Format_Grayscale16 ? CV_16UC1 : CV_8UC3;
    // constBits() keeps a shared QImage shared; the Mat never writes through the pointer.
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                   size_t(image.bytesPerLine()));
}

QImage toQImageExact(const cv::Mat &mat)
{
    CV_Assert(mat.type() == CV_8UC1 || mat.type() == CV_16UC1 || mat.type() == CV_8UC3 || mat.type() == CV_16UC3);
    const int w = mat.cols;
    const int h = mat.rows;
    if (mat.type() == CV_16UC3) {
        QImage image(w, h, QImage::Format_RGBX64);
        for (int y = 0; y < h; ++y) {
            const auto *in = mat.ptr<quint16>(y);
            auto *out = reinterpret_cast<quint16 *>(image.scanLine(y));
            for (int x = 0; x < w; ++x) {
                out[4 * x] = in[3 * x];
                out[4 * x + 1] = in[3 * x + 1];
                out[4 * x + 2] = in[3 * x + 2];
                out[4 * x + 3] = 0xffff;
            }
        }
        return image;
    }
    const QImage::Format format = mat.type() == CV_8UC1    ? QImage::Format_Grayscale8
                                  : mat.type() == CV_16UC1 ? QImage::Format_Grayscale16
                                                           : QImage::Format_RGB888;
    QImage image(w, h, format);
    for (int y = 0; y < h; ++y)
        std::memcpy(image.scanLine(y), mat.ptr(y), size_t(w) * mat.elemSize());
    return image;
}

QImage toQImageAdopting(cv::Mat &&mat)
{
    const int type = mat.type();
    const bool sameLayout = type == CV_8UC1 || type == CV_16UC1 || type == CV_8UC3;
    // A view of someone else's pixels (toMatView) or a buffer shared with another header stays theirs.
    const bool soleOwner = mat.u && !(mat.u->flags & cv::UMatData::USER_ALLOCATED) && mat.u->refcount == 1;
    const bool aligned = mat.step[0] % 4 == 0 && reinterpret_cast<quintptr>(mat.data) % 4 == 0;
    if (mat.empty() || mat.dims != 2 || !sameLayout || !soleOwner || !aligned)
        return toQImageExact(mat);
    const QImage::Format format = type == CV_8UC1    ? QImage::Format_Grayscale8
                                  : type == CV_16UC1 ? QImage::Format_Grayscale16
                                                     : QImage::Format_RGB888;
    auto *owner = new cv::Mat(std::move(mat));
    return QImage(
        owner->data, owner->cols, owner->rows, qsizetype(owner->step[0]), format,
        [](void *info) { delete static_cast<cv::Mat *>(info); }, owner);
}

} // namespace ridgeline::imaging
