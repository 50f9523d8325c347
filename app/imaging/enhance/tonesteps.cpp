#include "app/imaging/enhance/enhancesteps.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace ridgeline::imaging::steps {

double fullScale(const cv::Mat &m)
{
    return m.depth() == CV_16U ? 65535.0 : 255.0;
}

double param(const EnhancementStep &step, const char *name)
{
    return stepParameter(step, QString::fromLatin1(name)).toDouble();
}

QString choiceParam(const EnhancementStep &step, const char *name)
{
    return stepParameter(step, QString::fromLatin1(name)).toString();
}

Error stepError(const EnhancementStep &step, const QString &reason)
{
    return Error(
        ErrorCode::BadInput,
        QCoreApplication::translate("ridgeline::imaging::Enhancement", "Step '%1': %2").arg(step.kind, reason));
}

cv::Mat toGrey(const cv::Mat &in)
{
    if (in.channels() == 1)
        return in;
    cv::Mat grey;
    cv::cvtColor(in, grey, cv::COLOR_RGB2GRAY);
    return grey;
}

cv::Mat fromFloat(const cv::Mat &f, int depth)
{
    cv::Mat out = newImage(f.size(), CV_MAKETYPE(depth, f.channels()));
    f.convertTo(out, depth); // rounds to nearest and saturates
    return out;
}

namespace {

// Applies a per-value table to every sample (all channels alike).
cv::Mat applyTable(const cv::Mat &in, const std::vector<quint16> &table)
{
    cv::Mat out(in.size(), in.type());
    const int n = in.cols * in.channels();
    if (in.depth() == CV_8U) {
        cv::Mat lut(1, 256, CV_8UC1);
        for (int i = 0; i < 256; ++i)
            lut.at<uchar>(i) = uchar(table[size_t(i)]);
        cv::LUT(in, lut, out);
        return out;
    }
    for (int y = 0; y < in.rows; ++y) {
        const quint16 *src = in.ptr<quint16>(y);
        quint16 *dst = out.ptr<quint16>(y);
        for (int x = 0; x < n; ++x)
            dst[x] = table[src[x]];
    }
    return out;
}

cv::Mat labLightnessClahe(const cv::Mat &in, double clip, cv::Size grid)
{
    if (in.depth() == CV_8U) {
        // Only L changes: it is taken out, equalised and put back. Every buffer comes from
        // newImage (fresh 40 MB of small pages cost more than the conversions on a virtual machine).
        auto clahe = cv::createCLAHE(clip, grid);
        cv::Mat lab = newImage(in.size(), CV_8UC3);
        cv::cvtColor(in, lab, cv::COLOR_RGB2Lab);
        cv::Mat lightness = newImage(in.size(), CV_8UC1);
        cv::Mat equalised = newImage(in.size(), CV_8UC1);
        cv::extractChannel(lab, lightness, 0);
        clahe->apply(lightness, equalised);
        cv::insertChannel(equalised, lab, 0);
        cv::Mat out = newImage(in.size(), CV_8UC3);
        cv::cvtColor(lab, out, cv::COLOR_Lab2RGB);
        return out;
    }
    cv::Mat f;
    in.convertTo(f, CV_32F, 1.0 / 65535.0);
    cv::cvtColor(f, f, cv::COLOR_RGB2Lab);
    std::vector<cv::Mat> planes;
    cv::split(f, planes);
    cv::Mat l16;
    planes[0].convertTo(l16, CV_16U, 655.35);
    l16 = clahe16(l16, clip, grid);
    l16.convertTo(planes[0], CV_32F, 1.0 / 655.35);
    cv::merge(planes, f);
    cv::cvtColor(f, f, cv::COLOR_Lab2RGB);
    return fromFloat(f * 65535.0, CV_16U);
}

} // namespace

Result<cv::Mat> levels(const cv::Mat &in, const EnhancementStep &step, StepContext &)
{
    const double black = param(step, "black");
    const double white = param(step, "white");
    const double gamma = param(step, "gamma");
    if (white <= black)
        return stepError(step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                           "the white point (%1) must be above the black point (%2)")
                                   .arg(white)
                                   .arg(black));
    const int max = int(fullScale(in));
    std::vector<quint16> table(size_t(max) + 1);
    for (int i = 0; i <= max; ++i) {
        const double t = std::clamp((double(i) / max - black) / (white - black), 0.0, 1.0);
        table[size_t(i)] = quint16(std::lround(std::pow(t, 1.0 / gamma) * max));
    }
    return applyTable(in, table);
}

Result<cv::Mat> invert(const cv::Mat &in, const EnhancementStep &, StepContext &)
{
    cv::Mat out;
    cv::bitwise_not(in, out); // max - v for unsigned samples
    return out;
}

namespace {

cv::Mat extractChannel(const cv::Mat &rgb, const QString &which);

// A grey image has one value per level: convert every possible level once (as R = G = B) and
// look the pixels up, instead of converting every pixel.
cv::Mat greyChannel(const cv::Mat &grey, const QString &which)
{
    const int levels = grey.depth() == CV_16U ? 65536 : 256;
    cv::Mat ramp(1, levels, grey.type());
    for (int i = 0; i < levels; ++i) {
        if (grey.depth() == CV_16U)
            ramp.at<quint16>(i) = quint16(i);
        else
            ramp.at<uchar>(i) = uchar(i);
    }
    cv::Mat rampRgb;
    cv::cvtColor(ramp, rampRgb, cv::COLOR_GRAY2RGB);
    const cv::Mat mapped = extractChannel(rampRgb, which);
    std::vector<quint16> table(static_cast<size_t>(levels));
    for (int i = 0; i < levels; ++i)
        table[size_t(i)] = grey.depth() == CV_16U ? mapped.at<quint16>(i) : mapped.at<uchar>(i);
    return applyTable(grey, table);
}

} // namespace

Result<cv::Mat> channel(const cv::Mat &in, const EnhancementStep &step, StepContext &)
{
    const QString which = choiceParam(step, "channel");
    if (in.channels() == 1)
        return greyChannel(in, which);
    return extractChannel(in, which);
}

namespace {

cv::Mat extractChannel(const cv::Mat &rgb, const QString &which)
{
    const int depth = rgb.depth();
    static const QStringList direct{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
    cv::Mat out;
    if (direct.contains(which)) {
        cv::extractChannel(rgb, out, int(direct.indexOf(which)));
        return out;
    }
    const bool hsv =
        which == QStringLiteral("hue") || which == QStringLiteral("saturation") || which == QStringLiteral("value");
    const int index = which == QStringLiteral("hue") || which == QStringLiteral("lab-l")          ? 0
                      : which == QStringLiteral("saturation") || which == QStringLiteral("lab-a") ? 1
                                                                                                  : 2;
    if (depth == CV_8U) {
        // OpenCV's 8-bit conversions already give the scaled channels: hue 0..255 for 0..360
        // degrees (the _FULL form), L * 255 / 100, a + 128, b + 128.
        cv::Mat converted;
        cv::cvtColor(rgb, converted, hsv ? cv::COLOR_RGB2HSV_FULL : cv::COLOR_RGB2Lab);
        cv::extractChannel(converted, out, index);
        return out;
    }
    // Float conversion for both depths: one code path, and 8-bit hue gets 256 levels instead of 180.
    cv::Mat f;
    rgb.convertTo(f, CV_32F, 1.0 / fullScale(rgb));
    cv::cvtColor(f, f, hsv ? cv::COLOR_RGB2HSV : cv::COLOR_RGB2Lab);
    cv::Mat plane;
    cv::extractChannel(f, plane, index);
    const double max = fullScale(rgb);
    // Ranges of the float conversions: H 0..360, S, V 0..1, L 0..100, a, b about -127..127.
    double scale = max;
    double offset = 0.0;
    if (hsv && index == 0)
        scale = max / 360.0;
    else if (!hsv && index == 0)
        scale = max / 100.0;
    else if (!hsv) {
        scale = max / 255.0;
        offset = 128.0 * max / 255.0;
    }
    plane.convertTo(out, depth, scale, offset);
    return out;
}

} // namespace

Result<cv::Mat> clahe(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    const double tile = std::max(4.0, param(step, "tileSize") * context.scale);
    const cv::Size grid(std::clamp(int(std::lround(in.cols / tile)), 1, 256),
                        std::clamp(int(std::lround(in.rows / tile)), 1, 256));
    const double clip = param(step, "clipLimit");
    if (in.channels() == 3)
        return labLightnessClahe(in, clip, grid);
    if (in.depth() == CV_16U)
        return clahe16(in, clip, grid); // OpenCV's result, without its 32 MB of tables
    cv::Mat out;
    cv::createCLAHE(clip, grid)->apply(in, out);
    return out;
}

} // namespace ridgeline::imaging::steps
