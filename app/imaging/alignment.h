#pragma once

#include "app/core/error.h"

#include <QList>
#include <QPointF>
#include <QTransform>

#include <array>

namespace ridgeline::imaging {

// Alignment of a mark onto an exemplar impression from corresponding points, for the comparison
// view's overlay (issue 6). Points are in pixels of the image they were placed on, continuous
// coordinates (x right, y down, the centre of pixel (i, j) at (i + .5, j + .5), as QImage and
// QPainter use them). The transform maps mark pixels to exemplar pixels; residuals are measured in
// exemplar pixels. Pure functions: thread-safe, no shared state.

enum class AlignmentKind
{
    Similarity, // rotation, uniform scale, translation (and a flip when allowMirror): 2+ pairs
    Affine,     // any 2x3 linear map (shear, unequal scales from a stretched lift): 3+ pairs
};

struct PointPair
{
    QPointF mark;     // mark image px
    QPointF exemplar; // exemplar image px
};

struct AlignmentOptions
{
    AlignmentKind kind = AlignmentKind::Similarity;
    // Prints can be mirrored (a lift photographed from the back, a reversed photograph), but a
    // mirrored fit on an ordinary mark hides a wrong pair, so mirroring is refused unless asked for.
    // With it, the result may flip the mark top to bottom before rotating (Alignment::mirrored).
    bool allowMirror = false;
    // Inlier threshold = max(inlierFloorPx, inlierSigmas x the robust spread of the residuals).
    double inlierFloorPx = 3.0;
    double inlierSigmas = 2.5;
    // Up to this many pairs every minimal subset is tried (exact, deterministic; 30 affine pairs
    // take a few ms, 4,060 triples); above it OpenCV's least-median-of-squares sampler (fixed seed,
    // so also deterministic) proposes the model.
    int exhaustiveLimit = 30;
};

struct Alignment
{
    AlignmentKind kind = AlignmentKind::Similarity;
    // Row-major 2x3, mark -> exemplar: x' = m[0] x + m[1] y + m[2], y' = m[3] x + m[4] y + m[5].
    std::array<double, 6> matrix{1, 0, 0, 0, 1, 0};
    // Similarity: the uniform scale (exemplar px per mark px) and the rotation in degrees,
    // counter-clockwise as seen on screen, in (-180, 180] (as lineAngleDegrees in calibration.h).
    // Affine: sqrt(|det|) and the rotation of the nearest similarity, for display only.
    double scale = 1.0;
    double rotationDegrees = 0.0;
    bool mirrored = false; // the mark is flipped top to bottom first (determinant < 0)
    // Per pair, in the order given: distance in exemplar px between the mapped mark point and the
    // exemplar point, and whether the pair was used for the final least-squares fit.
    QList<double> residuals;
    QList<bool> inliers;
    int inlierCount = 0;
    double inlierThreshold = 0.0; // px, the threshold the inliers were classified with
    double rmsResidual = 0.0;     // px, root mean square of the inliers' residuals

    QTransform transform() const; // the same map as `matrix`, for QPainter and the overlay
    QPointF map(QPointF markPoint) const;
};

// Estimates the mark -> exemplar transform robustly: the model with the least median of squared
// residuals over all minimal subsets (2 pairs for similarity, 3 for affine; OpenCV's LMEDS above
// options.exhaustiveLimit pairs) picks the inliers, which are then fitted by least squares
// (closed-form Procrustes for similarity). Survives one wrong pair among 3+ (similarity) or 4+
// (affine) when it is identifiable: with exactly one pair more than the minimum, any pair can be
// blamed and the others fit exactly, so the pair whose blame needs the smallest error is flagged
// (a wrong pair amid the others is found; a wrong pair far out on its own may not be). Returns
// ErrorCode::BadInput, naming the pairs (numbered from 1), for too few pairs, non-finite
// coordinates, two pairs sharing a point (closer than half a pixel), points on one line (affine),
// a degenerate result (scale outside 0.01..100, a collapsed affine) or a mirrored fit when
// mirroring is not allowed.
Result<Alignment> estimateAlignment(const QList<PointPair> &pairs, const AlignmentOptions &options = {});

} // namespace ridgeline::imaging
