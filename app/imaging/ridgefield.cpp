#include "app/imaging/extractionsteps.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numbers>
#include <vector>

namespace ridgeline::imaging::detail {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr float kTurnLow = 0.35f, kTurnHigh = 0.6f; // wide-window coherence where directions turn

// Keeps the block components big enough to be a print and fills their holes (a smudge inside a
// print is still part of the print).
cv::Mat cleanRoiBlocks(const cv::Mat &raw)
{
    cv::Mat mask;
    const cv::Mat k3 = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
    const cv::Mat k7 = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(7, 7));
    // A wide closing first: faint patches and bays along the edge of a mark (a light touch, a
    // smudge) are still print, and a ragged edge would drop every minutia near it.
    cv::copyMakeBorder(raw, mask, 4, 4, 4, 4, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, k7);
    mask = mask(cv::Rect(4, 4, raw.cols, raw.rows)).clone();
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN, k3);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::Mat out(raw.size(), CV_8U, cv::Scalar(0));
    for (size_t i = 0; i < contours.size(); ++i)
        if (cv::contourArea(contours[i]) >= 24.0)
            cv::drawContours(out, contours, int(i), cv::Scalar(255), cv::FILLED);
    return out;
}

// Ridge period from the x-signature (Hong, Wan and Jain): grey levels projected on the ridge
// normal over an oriented window; the spacing of its minima is the period. Median of blocks.
double estimatePeriod(const cv::Mat &grey, const cv::Mat &orientation, const cv::Mat &roiBlocks)
{
    std::vector<double> periods;
    float signature[32];
    for (int by = 1; by < orientation.rows - 1; by += 2) {
        for (int bx = 1; bx < orientation.cols - 1; bx += 2) {
            if (!roiBlocks.at<uint8_t>(by, bx))
                continue;
            const double t = orientation.at<float>(by, bx);
            const double dx = std::cos(t), dy = std::sin(t), nx = -dy, ny = dx;
            const double cx = bx * kBlock + kBlock / 2.0, cy = by * kBlock + kBlock / 2.0;
            bool inside = true;
            for (int k = 0; k < 32 && inside; ++k) {
                double sum = 0;
                for (int j = -6; j <= 6; j += 2) {
                    const int x = int(cx + (k - 16) * nx + j * dx), y = int(cy + (k - 16) * ny + j * dy);
                    if (x < 0 || y < 0 || x >= grey.cols || y >= grey.rows) {
                        inside = false;
                        break;
                    }
                    sum += grey.at<float>(y, x);
                }
                signature[k] = float(sum);
            }
            if (!inside)
                continue;
            int first = -1, last = -1, count = 0;
            for (int k = 2; k < 30; ++k) {
                const float s = signature[k - 1] + signature[k] + signature[k + 1];
                if (s < signature[k - 2] + signature[k - 1] + signature[k] &&
                    s <= signature[k] + signature[k + 1] + signature[k + 2]) {
                    if (first < 0)
                        first = k;
                    last = k;
                    ++count;
                }
            }
            if (count >= 2) {
                const double p = double(last - first) / (count - 1);
                if (p >= 5.0 && p <= 16.0)
                    periods.push_back(p);
            }
        }
    }
    if (periods.size() < 4)
        return 9.5;
    std::nth_element(periods.begin(), periods.begin() + long(periods.size() / 2), periods.end());
    return std::clamp(periods[periods.size() / 2], 7.0, 13.0);
}

// Ridge direction per block from the structure tensor. A wide smoothing (sigma 1.2 blocks) gives
// continuity, but near cores and deltas the direction turns within a few blocks and a wide average
// of opposite directions cancels out: where the wide window loses coherence, the direction is
// blended (doubled-angle domain, each tensor normalised by its energy) towards the narrow one.
cv::Mat blendedOrientation(const cv::Mat &gxx, const cv::Mat &gyy, const cv::Mat &gxy, const cv::Mat &nxx,
                           const cv::Mat &nyy, const cv::Mat &nxy)
{
    cv::Mat wxx, wyy, wxy;
    cv::GaussianBlur(gxx, wxx, cv::Size(5, 5), 1.2);
    cv::GaussianBlur(gyy, wyy, cv::Size(5, 5), 1.2);
    cv::GaussianBlur(gxy, wxy, cv::Size(5, 5), 1.2);
    cv::Mat orientation(gxx.size(), CV_32F);
    for (int y = 0; y < gxx.rows; ++y)
        for (int x = 0; x < gxx.cols; ++x) {
            const float ew = wxx.at<float>(y, x) + wyy.at<float>(y, x) + 1e-3f;
            const float wc = (wxx.at<float>(y, x) - wyy.at<float>(y, x)) / ew, ws = 2.0f * wxy.at<float>(y, x) / ew;
            const float en = nxx.at<float>(y, x) + nyy.at<float>(y, x) + 1e-3f;
            const float nc = (nxx.at<float>(y, x) - nyy.at<float>(y, x)) / en, ns = 2.0f * nxy.at<float>(y, x) / en;
            const float w = std::clamp((std::hypot(wc, ws) - kTurnLow) / (kTurnHigh - kTurnLow), 0.0f, 1.0f);
            // The gradient is across the ridges; the ridge runs at right angles to it.
            const double t = 0.5 * std::atan2(double(w * ws + (1 - w) * ns), double(w * wc + (1 - w) * nc)) + kPi / 2;
            orientation.at<float>(y, x) = float(t >= kPi ? t - kPi : t);
        }
    return orientation;
}

} // namespace

RidgeField estimateRidgeField(const cv::Mat &grey)
{
    const cv::Size blocks((grey.cols + kBlock - 1) / kBlock, (grey.rows + kBlock - 1) / kBlock);
    cv::Mat gx, gy;
    cv::Sobel(grey, gx, CV_32F, 1, 0, 3);
    cv::Sobel(grey, gy, CV_32F, 0, 1, 3);
    cv::Mat gxx, gyy, gxy;
    cv::resize(gx.mul(gx), gxx, blocks, 0, 0, cv::INTER_AREA);
    cv::resize(gy.mul(gy), gyy, blocks, 0, 0, cv::INTER_AREA);
    cv::resize(gx.mul(gy), gxy, blocks, 0, 0, cv::INTER_AREA);

    RidgeField field;
    // Coherence from a light smoothing (local clarity); the direction mostly from a wider one.
    cv::Mat sxx, syy, sxy;
    cv::GaussianBlur(gxx, sxx, cv::Size(3, 3), 0.8);
    cv::GaussianBlur(gyy, syy, cv::Size(3, 3), 0.8);
    cv::GaussianBlur(gxy, sxy, cv::Size(3, 3), 0.8);
    cv::Mat diff = sxx - syy, num;
    cv::sqrt(diff.mul(diff) + 4.0 * sxy.mul(sxy), num);
    field.coherence = num / (sxx + syy + 1e-3);
    field.orientation = blendedOrientation(gxx, gyy, gxy, sxx, syy, sxy);

    // Segmentation: energy in the ridge-frequency band (background gradients and fine noise
    // removed) together with orientation coherence.
    cv::Mat fine, coarse, band, energy;
    cv::GaussianBlur(grey, fine, cv::Size(0, 0), 1.0);
    cv::GaussianBlur(grey, coarse, cv::Size(0, 0), 4.0);
    band = fine - coarse;
    cv::resize(band.mul(band), energy, blocks, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(energy, energy, cv::Size(3, 3), 0.8);
    std::vector<float> values(energy.begin<float>(), energy.end<float>());
    std::nth_element(values.begin(), values.begin() + long(values.size() * 95 / 100), values.end());
    const double threshold = std::max(0.12 * values[values.size() * 95 / 100], 6.0);
    cv::Mat smoothCoherence;
    cv::GaussianBlur(field.coherence, smoothCoherence, cv::Size(5, 5), 1.2);
    field.roiBlocks = cleanRoiBlocks((energy > threshold) & (smoothCoherence > 0.3));
    cv::resize(field.roiBlocks, field.roi, cv::Size(blocks.width * kBlock, blocks.height * kBlock), 0, 0,
               cv::INTER_NEAREST);
    field.roi = field.roi(cv::Rect(0, 0, grey.cols, grey.rows)).clone();
    field.period = estimatePeriod(grey, field.orientation, field.roiBlocks);
    return field;
}

} // namespace ridgeline::imaging::detail
