#include "app/imaging/extractionsteps.h"

#include <opencv2/imgproc.hpp>

#include <numbers>
#include <vector>

namespace ridgeline::imaging::detail {

namespace {

constexpr int kBins = 24;
constexpr int kPad = 12;
constexpr double kPi = std::numbers::pi;

struct Taps
{
    std::vector<int> offsets; // in the padded image's linear index
    std::vector<float> weights;
};

// One oriented 1-D filter per direction bin, on integer pixel offsets. Weights are evaluated at the
// true projected distance of each rounded offset, so diagonal directions keep the right profile.
struct OrientedBank
{
    std::vector<Taps> across, along;
};

OrientedBank makeBank(double period, int stride)
{
    OrientedBank bank;
    const double sigmaAcross = 0.35 * period, sigmaAlong = 3.0;
    const int rAcross = std::min(kPad, int(std::ceil(2.2 * sigmaAcross))), rAlong = 5;
    for (int b = 0; b < kBins; ++b) {
        const double t = (b + 0.5) * kPi / kBins;
        const double dx = std::cos(t), dy = std::sin(t), nx = -dy, ny = dx;
        Taps across, along;
        double mean = 0;
        for (int k = -rAcross; k <= rAcross; ++k) {
            const int ox = int(std::lround(k * nx)), oy = int(std::lround(k * ny));
            const double u = ox * nx + oy * ny;
            across.offsets.push_back(oy * stride + ox);
            across.weights.push_back(
                float(std::exp(-u * u / (2 * sigmaAcross * sigmaAcross)) * std::cos(2 * kPi * u / period)));
            mean += across.weights.back();
        }
        // Zero mean: flat areas and slow background changes give no response.
        mean /= double(across.weights.size());
        for (float &w : across.weights)
            w -= float(mean);
        for (int k = -rAlong; k <= rAlong; ++k) {
            along.offsets.push_back(int(std::lround(k * dy)) * stride + int(std::lround(k * dx)));
            along.weights.push_back(float(std::exp(-k * k / (2 * sigmaAlong * sigmaAlong))));
        }
        bank.across.push_back(std::move(across));
        bank.along.push_back(std::move(along));
    }
    return bank;
}

// Direction bin per 4x4 cell: the block field is interpolated as a doubled-angle vector so bins
// change smoothly between blocks.
cv::Mat directionBins(const RidgeField &field, cv::Size cells)
{
    cv::Mat c2(field.orientation.size(), CV_32F), s2(field.orientation.size(), CV_32F);
    for (int y = 0; y < c2.rows; ++y)
        for (int x = 0; x < c2.cols; ++x) {
            const float t = field.orientation.at<float>(y, x);
            c2.at<float>(y, x) = std::cos(2 * t);
            s2.at<float>(y, x) = std::sin(2 * t);
        }
    cv::resize(c2, c2, cells, 0, 0, cv::INTER_LINEAR);
    cv::resize(s2, s2, cells, 0, 0, cv::INTER_LINEAR);
    cv::Mat bins(cells, CV_8U);
    for (int y = 0; y < cells.height; ++y)
        for (int x = 0; x < cells.width; ++x) {
            double t = 0.5 * std::atan2(s2.at<float>(y, x), c2.at<float>(y, x));
            if (t < 0)
                t += kPi;
            bins.at<uint8_t>(y, x) = uint8_t(std::min(kBins - 1, int(t / kPi * kBins)));
        }
    return bins;
}

} // namespace

cv::Mat enhanceRidges(const cv::Mat &grey, const RidgeField &field)
{
    constexpr int kCell = 4;
    cv::Mat padded;
    cv::copyMakeBorder(grey, padded, kPad, kPad, kPad, kPad, cv::BORDER_REPLICATE);
    const int stride = padded.cols;
    const OrientedBank bank = makeBank(field.period, stride);
    const cv::Mat bins =
        directionBins(field, cv::Size((grey.cols + kCell - 1) / kCell, (grey.rows + kCell - 1) / kCell));
    // A slightly dilated ROI for the first pass so the second pass has valid neighbours.
    cv::Mat wide;
    cv::dilate(field.roi, wide, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(13, 13)));

    cv::Mat across(padded.size(), CV_32F, cv::Scalar(0));
    const float *src = padded.ptr<float>();
    float *mid = across.ptr<float>();
    for (int y = 0; y < grey.rows; ++y) {
        const uint8_t *roi = wide.ptr(y);
        const uint8_t *binRow = bins.ptr(y / kCell);
        for (int x = 0; x < grey.cols; ++x) {
            if (!roi[x])
                continue;
            const Taps &t = bank.across[binRow[x / kCell]];
            const int centre = (y + kPad) * stride + x + kPad;
            float sum = 0;
            for (size_t k = 0; k < t.offsets.size(); ++k)
                sum += t.weights[k] * src[centre + t.offsets[k]];
            mid[centre] = sum;
        }
    }
    cv::Mat out(grey.size(), CV_32F, cv::Scalar(0));
    for (int y = 0; y < grey.rows; ++y) {
        const uint8_t *roi = field.roi.ptr(y);
        const uint8_t *binRow = bins.ptr(y / kCell);
        float *dst = out.ptr<float>(y);
        for (int x = 0; x < grey.cols; ++x) {
            if (!roi[x])
                continue;
            const Taps &t = bank.along[binRow[x / kCell]];
            const int centre = (y + kPad) * stride + x + kPad;
            float sum = 0;
            for (size_t k = 0; k < t.offsets.size(); ++k)
                sum += t.weights[k] * mid[centre + t.offsets[k]];
            dst[x] = sum;
        }
    }
    return out;
}

} // namespace ridgeline::imaging::detail
