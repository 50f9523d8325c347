#pragma once
// Private to app/imaging: thinning and minutiae detection on binary ridge images, shared by the
// extractor and by the synthetic-print ground truth so both see minutiae the same way.

#include "app/imaging/minutia.h"

#include <opencv2/core.hpp>

#include <vector>

namespace ridgeline::imaging::detail {

// binary: CV_8UC1, 1 on ridges, 0 elsewhere. Thinned in place to an 8-connected one-pixel skeleton
// (Zhang-Suen followed by removal of staircase pixels). The outer one-pixel frame is cleared.
void thinInPlace(cv::Mat &binary);

// Number of 8-connected groups among the set neighbours of a pixel (bit i = ring position N, NE,
// E, SE, S, SW, W, NW).
int skeletonComponents(int neighbourCode);

// Number of runs of set neighbours around the ring (the crossing number of Rutovitz): the number of
// ridge branches that leave a skeleton pixel. Unlike skeletonComponents() it keeps apart two
// branches whose first pixels touch at a corner, as at the small triangle thinning leaves where a
// branch joins a ridge.
int skeletonBranches(int neighbourCode);

struct SkeletonMinutia
{
    int x = 0;
    int y = 0;
    float angle = 0.0f; // see Minutia::angle
    MinutiaType type = MinutiaType::Ending;
    // Where the direction trace of an ending stopped: at another minutia after this many pixels
    // (spur or short ridge), or -1 when it ran the full length.
    int shortTrace = -1;
    bool traceHitJunction = false;
};

// Crossing-number minutiae of a skeleton made by thinInPlace(). traceLength: pixels followed to
// estimate each direction.
std::vector<SkeletonMinutia> detectSkeletonMinutiae(const cv::Mat &skeleton, int traceLength = 12);

// Removes typical false minutiae: spurs, short ridges, broken ridges (facing endings), bridges and
// clusters. Distances in pixels at 500 ppi.
std::vector<SkeletonMinutia> removeFalseMinutiae(std::vector<SkeletonMinutia> minutiae);

} // namespace ridgeline::imaging::detail
