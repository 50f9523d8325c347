#pragma once
// Private to app/imaging/enhance: grey profiles along a line, for calibration and ridge counting.

#include <QImage>
#include <QPointF>

#include <opencv2/core.hpp>

#include <vector>

namespace ridgeline::imaging::profile {

// The image as one float plane (luma for colour), values in the image's own scale.
cv::Mat greyPlane(const QImage &image);

// Samples along a->b (image coordinates, pixel centres at .5) from t0 to t1 (pixels from a) every
// `step` px, each sample the mean of a band of +-halfWidth px across the line (bilinear, clamped at
// the border).
std::vector<double> sampleLine(const cv::Mat &plane, QPointF a, QPointF b, double t0, double t1, double step,
                               double halfWidth);

std::vector<double> gaussianSmooth(const std::vector<double> &values, double sigma);
// Subtracts a centred moving average of `window` samples (odd).
std::vector<double> detrend(const std::vector<double> &values, int window);
// The dominant period in samples (first strong autocorrelation peak at lag >= minLag), 0 if none.
double dominantPeriod(const std::vector<double> &values, double minLag);

} // namespace ridgeline::imaging::profile
