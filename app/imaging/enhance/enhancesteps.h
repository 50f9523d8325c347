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
// fftstep.cpp
Result<cv::Mat> fftSuppress(const cv::Mat &in, const EnhancementStep &step, StepContext &context);
QList<QPointF> findPeaks(const cv::Mat &grey, int maxPeaks);
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
cv::Mat toGrey(const cv::Mat &in);                       // same depth, luma for colour
cv::Mat fromFloat(const cv::Mat &f, int depth);          // rounds and saturates
QJsonObject parametersJson(const EnhancementStep &step); // recipe.cpp: canonical JSON of the parameters

} // namespace ridgeline::imaging::steps
