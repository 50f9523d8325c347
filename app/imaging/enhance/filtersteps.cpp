#include "app/imaging/enhance/enhancesteps.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ridgeline::imaging::steps {

namespace {

cv::Mat blur(const cv::Mat &in, double sigma)
{
    cv::Mat out;
    // Kernel size from sigma (+-3 sigma), fixed here rather than left to OpenCV's depth-dependent rule.
    const int k = 2 * int(std::ceil(3.0 * sigma)) + 1;
    cv::GaussianBlur(in, out, cv::Size(k, k), sigma, sigma, cv::BORDER_REFLECT_101);
    return out;
}

} // namespace

Result<cv::Mat> gaussian(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    const double sigma = param(step, "sigma") * context.scale;
    if (sigma < 0.2)
        return in.clone(); // below a fifth of a pixel the blur is invisible (downscaled preview)
    return blur(in, sigma);
}

Result<cv::Mat> unsharp(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    const double sigma = param(step, "sigma") * context.scale;
    const double amount = param(step, "amount");
    if (sigma < 0.2 || amount == 0.0)
        return in.clone();
    const cv::Mat blurred = blur(in, sigma);
    cv::Mat out;
    cv::addWeighted(in, 1.0 + amount, blurred, -amount, 0.0, out);
    const double threshold = param(step, "threshold") * fullScale(in);
    if (threshold > 0.0) {
        cv::Mat diff;
        cv::absdiff(in, blurred, diff);
        if (diff.channels() > 1)
            diff = toGrey(diff);
        cv::Mat keep;
        cv::compare(diff, threshold, keep, cv::CMP_LT);
        in.copyTo(out, keep);
    }
    return out;
}

Result<cv::Mat> median(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    int size = int(std::lround(param(step, "size") * context.scale));
    size = std::max(1, size | 1);
    if (size == 1)
        return in.clone();
    if (in.depth() == CV_16U && size > 5)
        return stepError(step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                           "a %1 px median on a 16-bit image is not available "
                                                           "(3 or 5 px are); use 5 or a Gaussian step")
                                   .arg(size));
    cv::Mat out;
    cv::medianBlur(in, out, size);
    return out;
}

Result<cv::Mat> background(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    const double radius = std::max(1.0, param(step, "radius") * context.scale);
    const bool darkObjects = choiceParam(step, "objects") == QStringLiteral("dark");
    // The background varies slowly: estimate it on a reduced copy (a disc of at most ~8 px there)
    // so a 100 px radius costs no more than a 10 px one, then interpolate it back up.
    const int factor = std::max(1, int(radius / 8.0));
    cv::Mat small = in;
    if (factor > 1)
        cv::resize(in, small, cv::Size(std::max(1, in.cols / factor), std::max(1, in.rows / factor)), 0, 0,
                   cv::INTER_AREA);
    const int r = std::max(1, int(std::lround(radius / factor)));
    const cv::Mat disc = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1));
    cv::Mat bg;
    cv::morphologyEx(small, bg, darkObjects ? cv::MORPH_CLOSE : cv::MORPH_OPEN, disc, cv::Point(-1, -1), 1,
                     cv::BORDER_REPLICATE);
    if (factor > 1)
        cv::resize(bg, bg, in.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat out;
    if (darkObjects) {
        cv::subtract(bg, in, out); // how much darker than the background, saturating at 0
        cv::bitwise_not(out, out); // ... shown dark on an even white background
    } else {
        cv::subtract(in, bg, out); // top-hat: light objects on an even black background
    }
    return out;
}

} // namespace ridgeline::imaging::steps
