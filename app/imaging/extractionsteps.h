#pragma once
// Private to app/imaging: the stages of the minutiae extractor, at 500 ppi.

#include <opencv2/core.hpp>

namespace ridgeline::imaging::detail {

constexpr int kBlock = 8; // pixels per orientation block at 500 ppi

struct RidgeField
{
    cv::Mat orientation; // CV_32F per block: ridge direction in [0, pi), y down
    cv::Mat coherence;   // CV_32F per block: 0..1
    cv::Mat roiBlocks;   // CV_8U per block: 255 inside the print
    cv::Mat roi;         // CV_8U per pixel: 255 inside the print
    double period = 9.5; // ridge period in pixels
};

// grey: CV_32F image, values 0..255. Gradient structure tensor per block, smoothed; segmentation
// from ridge-band energy and coherence; the ridge period from oriented projections.
RidgeField estimateRidgeField(const cv::Mat &grey);

// Oriented enhancement: band-pass across the ridges at the ridge period, smoothing along them.
// Returns CV_32F, negative on ridges (dark), positive in valleys; zero outside the ROI.
cv::Mat enhanceRidges(const cv::Mat &grey, const RidgeField &field);

} // namespace ridgeline::imaging::detail
