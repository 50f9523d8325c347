#pragma once

#include "app/core/error.h"
#include "app/imaging/minutia.h"

#include <QImage>
#include <QString>

namespace ridgeline::imaging {

struct ExtractionOptions
{
    double ppi = 500.0; // resolution of the input; the image is processed at 500 ppi internally
};

// Minutiae of one image plus the intermediate maps an examiner may want to see. Coordinates and
// maps refer to the input image's pixels (maps are per block of blockSize input pixels).
struct ExtractionResult
{
    int width = 0;
    int height = 0;
    double ppi = 500.0;
    MinutiaList minutiae;
    int blockSize = 8;        // input pixels per map cell (rounded)
    QImage orientation;       // Grayscale8 per block: ridge direction, 0..180 degrees mapped to 0..255
    QImage quality;           // Grayscale8 per block: 0 (unusable) .. 255 (clear ridges)
    QImage regionOfInterest;  // Grayscale8 per input pixel: 255 inside the print area
    double ridgePeriod = 0.0; // estimated ridge period in input pixels
    QString emptyReason;      // why no minutiae were found (blank image, no ridge area, ...)
};

// Full pipeline: segmentation, orientation and frequency fields, contextual enhancement,
// binarisation, thinning, minutiae with false-minutiae removal. A blank or ridge-free image gives
// an empty result with emptyReason set, never an error. Errors: BadInput for an image below 64
// pixels a side or with a ppi outside 100..5000. Thread-safe; single-threaded inside.
Result<ExtractionResult> extractMinutiae(const QImage &image, const ExtractionOptions &options = {});

} // namespace ridgeline::imaging
