#include "app/imaging/extractor.h"

#include "app/imaging/cvqimage.h"
#include "app/imaging/extractionsteps.h"
#include "app/imaging/skeleton.h"

#include <opencv2/imgproc.hpp>

#include <numbers>

namespace ridgeline::imaging {

namespace {

constexpr double kInternalPpi = 500.0;
constexpr float kBorderMargin = 16.0f; // px at 500 ppi: minutiae closer to the ROI edge are unreliable
constexpr int kMinRoiBlocks = 40;
constexpr float kMinClarity =
    0.3f; // below this coherence ridges are too unclear to trust      // about 2.5 x 2.5 mm of ridges

QImage blockMap(const cv::Mat &values, double scale)
{
    cv::Mat bytes;
    values.convertTo(bytes, CV_8U, scale);
    return toQImage(bytes);
}

void fillMaps(ExtractionResult &result, const detail::RidgeField &field, const cv::Mat &roiOriginal)
{
    result.orientation = blockMap(field.orientation, 255.0 / std::numbers::pi);
    cv::Mat quality(field.coherence.size(), CV_32F, cv::Scalar(0));
    field.coherence.copyTo(quality, field.roiBlocks);
    result.quality = blockMap(cv::min(quality * 1.25, 1.0), 255.0);
    result.regionOfInterest = toQImage(roiOriginal);
}

// Keeps the minutiae far enough inside the print and in clear ridges, with a quality value, in the
// input's pixel coordinates.
void keepReliable(const std::vector<detail::SkeletonMinutia> &raw, const detail::RidgeField &field, double scale,
                  ExtractionResult &result)
{
    // Distance to the edge of the print (the image edge counts), from the block mask: a pixel-level
    // distance transform would cost more than the rest of the minutiae stage.
    cv::Mat framed, distance;
    cv::copyMakeBorder(field.roiBlocks, framed, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::distanceTransform(framed, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    auto borderDistance = [&](int x, int y) {
        const float bx = (x + 0.5f) / detail::kBlock + 0.5f, by = (y + 0.5f) / detail::kBlock + 0.5f;
        const int x0 = std::clamp(int(bx), 0, distance.cols - 2), y0 = std::clamp(int(by), 0, distance.rows - 2);
        const float fx = bx - x0, fy = by - y0;
        const float d = (1 - fy) * ((1 - fx) * distance.at<float>(y0, x0) + fx * distance.at<float>(y0, x0 + 1)) +
                        fy * ((1 - fx) * distance.at<float>(y0 + 1, x0) + fx * distance.at<float>(y0 + 1, x0 + 1));
        // Block centres sit half a block inside the mask edge.
        return (d - 0.5f) * detail::kBlock;
    };
    for (const auto &m : raw) {
        const float border = borderDistance(m.x, m.y);
        if (border < kBorderMargin)
            continue;
        const float clarity = field.coherence.at<float>(m.y / detail::kBlock, m.x / detail::kBlock);
        if (clarity < kMinClarity)
            continue;
        const float q = std::clamp(clarity * 1.25f, 0.0f, 1.0f) * std::min(1.0f, border / 40.0f);
        result.minutiae.append(Minutia{float((m.x + 0.5) / scale - 0.5), float((m.y + 0.5) / scale - 0.5), m.angle,
                                       m.type, std::round(q * 100.0f) / 100.0f});
    }
}

} // namespace

Result<ExtractionResult> extractMinutiae(const QImage &image, const ExtractionOptions &options)
{
    if (options.ppi < 100.0 || options.ppi > 5000.0)
        return Error(ErrorCode::BadInput,
                     QStringLiteral("a resolution of %1 ppi is outside 100..5000").arg(options.ppi));
    if (image.isNull() || image.width() < 64 || image.height() < 64)
        return Error(ErrorCode::BadInput,
                     QStringLiteral("image of %1x%2 pixels is too small for minutiae (at least 64x64)")
                         .arg(image.width())
                         .arg(image.height()));
    ExtractionResult result;
    result.width = image.width();
    result.height = image.height();
    result.ppi = options.ppi;
    const double scale = kInternalPpi / options.ppi; // input -> working pixels
    result.blockSize = std::max(1, int(std::lround(detail::kBlock / scale)));

    cv::Mat grey8 = toMat(image);
    if (std::abs(scale - 1.0) > 0.01)
        cv::resize(grey8, grey8, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat grey;
    grey8.convertTo(grey, CV_32F);

    const detail::RidgeField field = detail::estimateRidgeField(grey);
    result.ridgePeriod = field.period / scale;
    cv::Mat roiOriginal;
    cv::resize(field.roi, roiOriginal, cv::Size(image.width(), image.height()), 0, 0, cv::INTER_NEAREST);
    fillMaps(result, field, roiOriginal);
    if (cv::countNonZero(field.roiBlocks) < kMinRoiBlocks) {
        result.emptyReason = QStringLiteral("no ridge area found: the image is blank, uniform or has no clear ridges");
        return result;
    }

    const cv::Mat enhanced = detail::enhanceRidges(grey, field);
    cv::Mat binary = (enhanced < 0) & field.roi;
    binary /= 255;
    detail::thinInPlace(binary);
    const auto raw = detail::removeFalseMinutiae(detail::detectSkeletonMinutiae(binary));

    keepReliable(raw, field, scale, result);
    if (result.minutiae.isEmpty())
        result.emptyReason = QStringLiteral("ridges found but no reliable minutiae");
    return result;
}

} // namespace ridgeline::imaging
