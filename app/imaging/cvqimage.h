#pragma once
// Private to app/imaging: the one place where cv::Mat and QImage meet.

#include <QImage>

#include <opencv2/core.hpp>

namespace ridgeline::imaging {

// Deep copy of an 8-bit grey QImage into a CV_8UC1 Mat (other formats are converted first).
cv::Mat toMat(const QImage &image);
// Deep copy of a CV_8UC1 Mat into a Format_Grayscale8 QImage.
QImage toQImage(const cv::Mat &mat);

// Full-fidelity conversions (no depth or colour reduction), deep copies:
//   Grayscale8 <-> CV_8UC1, Grayscale16 <-> CV_16UC1, RGB888 <-> CV_8UC3, RGBX64 <-> CV_16UC3.
// Colour Mats are in RGB channel order (not OpenCV's usual BGR). Other QImage formats are
// converted first to the nearest of the four (grey formats to Grayscale8/16, colour to
// RGB888/RGBX64, alpha dropped).
cv::Mat toMatExact(const QImage &image);
// The same without copying when the layouts agree (Grayscale8/16, RGB888): a read-only view of
// `image`'s pixels, valid while `image` lives and is not modified. Other formats: toMatExact.
cv::Mat toMatView(const QImage &image);
QImage toQImageExact(const cv::Mat &mat);
// toQImageExact without the copy when it can: the QImage takes over the pixel buffer (and keeps it
// alive) if `mat` alone owns it, is CV_8UC1, CV_16UC1 or CV_8UC3 and its rows are 4-byte aligned;
// otherwise a deep copy. The caller gives `mat` up: nothing may write to those pixels but the
// QImage. For large results, where a copy into fresh memory costs more than the step itself.
QImage toQImageAdopting(cv::Mat &&mat);

} // namespace ridgeline::imaging
