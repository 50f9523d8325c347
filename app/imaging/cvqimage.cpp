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

} // namespace ridgeline::imaging
