#pragma once
// Private to app/imaging: the one place where cv::Mat and QImage meet.

#include <QImage>

#include <opencv2/core.hpp>

namespace ridgeline::imaging {

// Deep copy of an 8-bit grey QImage into a CV_8UC1 Mat (other formats are converted first).
cv::Mat toMat(const QImage &image);
// Deep copy of a CV_8UC1 Mat into a Format_Grayscale8 QImage.
QImage toQImage(const cv::Mat &mat);

} // namespace ridgeline::imaging
