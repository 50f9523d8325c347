#include "app/imaging/enhance/enhancesteps.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ridgeline::imaging::steps {

namespace {

cv::Scalar fillValue(const cv::Mat &in, double fraction)
{
    return cv::Scalar::all(std::round(fraction * fullScale(in)));
}

// OpenCV's warps address pixels with 16-bit coordinates.
constexpr int kMaxWarpSide = 32766;

bool tooLongToWarp(cv::Size a, cv::Size b)
{
    return std::max({a.width, a.height, b.width, b.height}) > kMaxWarpSide;
}

Error tooLong(const EnhancementStep &step, cv::Size size)
{
    return stepError(
        step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                          "the image is %1 x %2 pixels; this step handles sides up to %3 px; crop the "
                                          "image first")
                  .arg(size.width)
                  .arg(size.height)
                  .arg(kMaxWarpSide));
}

} // namespace

Result<cv::Mat> rotate(const cv::Mat &in, const EnhancementStep &step, StepContext &)
{
    const double angle = param(step, "angle");
    const double quarter = angle / 90.0;
    cv::Mat out;
    if (quarter == std::round(quarter)) { // exact: no interpolation
        const int turns = ((int(quarter) % 4) + 4) % 4;
        if (turns == 0)
            return in.clone();
        out = newImage(turns == 2 ? in.size() : cv::Size(in.rows, in.cols), in.type());
        cv::rotate(in, out,
                   turns == 1   ? cv::ROTATE_90_COUNTERCLOCKWISE
                   : turns == 2 ? cv::ROTATE_180
                                : cv::ROTATE_90_CLOCKWISE);
        return out;
    }
    const bool expand = stepParameter(step, QStringLiteral("expand")).toBool();
    // OpenCV's pixel centres are at integers, so the image centre is at (n - 1) / 2.
    const cv::Point2d centre((in.cols - 1) / 2.0, (in.rows - 1) / 2.0);
    cv::Mat m = cv::getRotationMatrix2D(centre, angle, 1.0);
    cv::Size size = in.size();
    if (expand) {
        const double rad = angle * CV_PI / 180.0;
        const double c = std::abs(std::cos(rad));
        const double s = std::abs(std::sin(rad));
        size = cv::Size(int(std::ceil(in.cols * c + in.rows * s - 1e-6)),
                        int(std::ceil(in.cols * s + in.rows * c - 1e-6)));
        m.at<double>(0, 2) += (size.width - 1) / 2.0 - centre.x;
        m.at<double>(1, 2) += (size.height - 1) / 2.0 - centre.y;
    }
    if (tooLongToWarp(in.size(), size))
        return tooLong(step, in.size());
    const int interpolation =
        choiceParam(step, "interpolation") == QStringLiteral("linear") ? cv::INTER_LINEAR : cv::INTER_CUBIC;
    out = newImage(size, in.type());
    const cv::Scalar fill = fillValue(in, param(step, "fill"));
    if (interpolation != cv::INTER_CUBIC || !warpAffineCubic8uc3(in, out, m, fill))
        cv::warpAffine(in, out, m, size, interpolation, cv::BORDER_CONSTANT, fill);
    return out;
}

Result<cv::Mat> crop(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    const double s = context.scale;
    const int x = int(std::floor(param(step, "x") * s));
    const int y = int(std::floor(param(step, "y") * s));
    const double w = param(step, "width");
    const double h = param(step, "height");
    const int right = w > 0 ? int(std::ceil((param(step, "x") + w) * s)) : in.cols;
    const int bottom = h > 0 ? int(std::ceil((param(step, "y") + h) * s)) : in.rows;
    const cv::Rect rect = cv::Rect(x, y, right - x, bottom - y) & cv::Rect(0, 0, in.cols, in.rows);
    if (rect.empty())
        return stepError(step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                           "the rectangle %1,%2 %3 x %4 lies outside the %5 x %6 image")
                                   .arg(param(step, "x"))
                                   .arg(param(step, "y"))
                                   .arg(w)
                                   .arg(h)
                                   .arg(in.cols)
                                   .arg(in.rows));
    cv::Mat out = newImage(rect.size(), in.type());
    in(rect).copyTo(out);
    return out;
}

Result<cv::Mat> perspective(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    const QList<QPointF> corners = pointsFromVariant(stepParameter(step, QStringLiteral("corners")));
    if (corners.size() != 4)
        return stepError(step, QCoreApplication::translate(
                                   "ridgeline::imaging::Enhancement",
                                   "needs four corners (top-left, top-right, bottom-right, bottom-left), has %1")
                                   .arg(corners.size()));
    const double s = context.scale;
    // Recipe points are continuous image coordinates (pixel centres at .5); OpenCV's are at integers.
    std::vector<cv::Point2f> src;
    for (const QPointF &p : corners)
        src.emplace_back(float(p.x() * s - 0.5), float(p.y() * s - 0.5));
    const auto side = [&](int a, int b) { return std::hypot(src[a].x - src[b].x, src[a].y - src[b].y); };
    double w = param(step, "width") * s;
    double h = param(step, "height") * s;
    if (w <= 0)
        w = std::max(side(0, 1), side(3, 2));
    if (h <= 0)
        h = std::max(side(0, 3), side(1, 2));
    const int outW = std::max(1, int(std::lround(w)));
    const int outH = std::max(1, int(std::lround(h)));
    if (qint64(outW) * outH > 400LL * 1000 * 1000)
        return stepError(step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                           "the corrected image would be %1 x %2 pixels, too large")
                                   .arg(outW)
                                   .arg(outH));
    if (tooLongToWarp(in.size(), cv::Size(outW, outH)))
        return tooLong(step, in.size());
    const std::vector<cv::Point2f> dst{
        {-0.5f, -0.5f}, {outW - 0.5f, -0.5f}, {outW - 0.5f, outH - 0.5f}, {-0.5f, outH - 0.5f}};
    const cv::Mat m = cv::getPerspectiveTransform(src, dst);
    if (std::abs(cv::determinant(m)) < 1e-12)
        return stepError(step,
                         QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                     "the four corners are degenerate (three on a line or crossing)"));
    cv::Mat out = newImage(cv::Size(outW, outH), in.type());
    const cv::Scalar fill = fillValue(in, 1.0);
    if (!warpPerspectiveCubic8uc3(in, out, m, fill))
        cv::warpPerspective(in, out, m, cv::Size(outW, outH), cv::INTER_CUBIC, cv::BORDER_CONSTANT, fill);
    return out;
}

Result<cv::Mat> resample(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    if (context.ppi <= 0.0)
        return stepError(
            step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                              "the image has no resolution yet; calibrate it (or give its ppi) before "
                                              "resampling"));
    const double target = param(step, "targetPpi");
    const double factor = target / context.ppi;
    const cv::Size size(std::max(1, int(std::lround(in.cols * factor))),
                        std::max(1, int(std::lround(in.rows * factor))));
    if (qint64(size.width) * size.height > 400LL * 1000 * 1000)
        return stepError(step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                           "resampling to %1 ppi would give %2 x %3 pixels, too large")
                                   .arg(target)
                                   .arg(size.width)
                                   .arg(size.height));
    const QString choice = choiceParam(step, "interpolation");
    int interpolation = factor < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC;
    if (choice == QStringLiteral("area"))
        interpolation = cv::INTER_AREA;
    else if (choice == QStringLiteral("linear"))
        interpolation = cv::INTER_LINEAR;
    else if (choice == QStringLiteral("cubic"))
        interpolation = cv::INTER_CUBIC;
    else if (choice == QStringLiteral("lanczos"))
        interpolation = cv::INTER_LANCZOS4;
    cv::Mat out;
    if (size == in.size()) {
        out = in.clone();
    } else {
        out = newImage(size, in.type());
        cv::resize(in, out, size, 0, 0, interpolation);
    }
    context.ppi = target;
    return out;
}

} // namespace ridgeline::imaging::steps
