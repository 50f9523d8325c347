#pragma once
// Private to app/imaging/enhance: the pixel work of each recipe step, on cv::Mat.
// Mats are CV_8UC1, CV_16UC1, CV_8UC3 or CV_16UC3 with colour in RGB order (cvqimage.h).

#include "app/core/error.h"
#include "app/imaging/enhance/recipe.h"

#include <QJsonObject>

#include <opencv2/core.hpp>

#include <atomic>

namespace ridgeline::imaging::steps {

struct StepContext
{
    double scale = 1.0; // preview: image pixels per full-resolution pixel (pixel lengths are scaled)
    double ppi = 0.0;   // full-resolution ppi of the image entering the step, 0 when unknown
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Each returns the step's output (a new Mat; the input is never modified) or why it cannot run.
using StepFunction = Result<cv::Mat> (*)(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
StepFunction stepFunction(const QString &kind); // nullptr for an unknown kind

// tonesteps.cpp
Result<cv::Mat> levels(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> invert(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> channel(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> clahe(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
// filtersteps.cpp
Result<cv::Mat> unsharp(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> gaussian(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> median(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> background(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
// clahe16.cpp: cv::createCLAHE(clipLimit, tiles)->apply(src) for CV_16UC1, bit-identical and faster.
cv::Mat clahe16(const cv::Mat &src, double clipLimit, cv::Size tiles);
// fftstep.cpp
Result<cv::Mat> fftSuppress(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
QList<QPointF> findPeaks(const cv::Mat &grey, int maxPeaks);
// paralleldft.cpp: cv::dft's 2-D transforms of a real CV_32FC1 image (at least 2 x 2), bit-identical
// to cv::dft and spread over OpenCV's threads. halfSpectrum gives columns 0..w/2 of
// cv::dft(real, DFT_COMPLEX_OUTPUT) (CV_32FC2, h x (w/2 + 1)); the other columns are their
// conjugate mirror. inverseHalfSpectrum writes cv::dft(full, DFT_INVERSE | DFT_SCALE |
// DFT_REAL_OUTPUT) into `out` (CV_32FC1, h x w, allocated by the caller), where `full` is any
// spectrum whose columns 0..w/2 are `half` (cv::dft reads no others).
cv::Mat halfSpectrum(const cv::Mat &real);
void inverseHalfSpectrum(const cv::Mat &half, cv::Mat &out);
// cubicwarp.cpp: cv::warpAffine(src, dst, transform, dst.size(), INTER_CUBIC, BORDER_CONSTANT, fill)
// for CV_8UC3 into a preallocated CV_8UC3 dst, bit-identical, vectorised and spread over OpenCV's
// threads. Returns false, dst untouched, when it does not apply (another type, sides over 32766,
// src and dst shared, no SSSE3): call OpenCV then.
bool warpAffineCubic8uc3(const cv::Mat &src, cv::Mat &dst, const cv::Mat &transform, const cv::Scalar &fill);
// The same for cv::warpPerspective (transform 3 x 3).
bool warpPerspectiveCubic8uc3(const cv::Mat &src, cv::Mat &dst, const cv::Mat &transform, const cv::Scalar &fill);
// geometrysteps.cpp
Result<cv::Mat> rotate(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> crop(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> perspective(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
Result<cv::Mat> resample(const cv::Mat &in, const EnhancementStep &step, StepContext &context);

// Shared helpers.
double fullScale(const cv::Mat &m); // 255 or 65535
double param(const EnhancementStep &step, const char *name);
QString choiceParam(const EnhancementStep &step, const char *name);
Error stepError(const EnhancementStep &step, const QString &reason);
// hugepageallocator.cpp: an uninitialised Mat for a step's output, in 2 MB pages when it is large
// (first touch of fresh memory is what a large output costs most on a virtual machine). OpenCV
// functions given it as their destination write into it (same size and type: no reallocation).
cv::Mat newImage(cv::Size size, int type);
cv::Mat toGrey(const cv::Mat &in);                       // same depth, luma for colour
cv::Mat fromFloat(const cv::Mat &f, int depth);          // rounds and saturates
QJsonObject parametersJson(const EnhancementStep &step); // recipe.cpp: canonical JSON of the parameters

} // namespace ridgeline::imaging::steps
