#pragma once

#include <QImage>
#include <QPointF>
#include <QSize>

namespace ridgeline::imaging {

// Deterministic test images for the validation suite, tests and benchmarks: the same arguments
// give the same pixels on every run and thread count (own integer random generator, no
// std::distribution whose output is implementation-defined).

struct SyntheticPrintOptions
{
    QSize size{512, 512};
    double ridgePeriod = 9.0;       // px (about 500 ppi)
    double patternPeriod = 0.0;     // px of a planted periodic background grid, 0 for none
    double patternAmplitude = 0.25; // fraction of full scale
    double patternAngle = 30.0;     // degrees
    double shading = 0.2;           // a slow brightness gradient, fraction of full scale
    double noise = 0.03;            // Gaussian-like noise, fraction of full scale
    bool sixteenBit = false;
    bool colour = false; // ridges in a blue-ish ink on a warm paper
    quint32 seed = 1;
};

// A whorl-like ridge pattern (dark ridges) on light paper, with optional periodic background.
QImage syntheticPrint(const SyntheticPrintOptions &options);

struct SyntheticRulerOptions
{
    double ppi = 1000.0;
    double millimetres = 50.0; // graduations 0..millimetres, every 1 mm (longer every 5 and 10)
    double angle = 0.0;        // degrees, counter-clockwise
    double blur = 1.0;         // Gaussian sigma, px
    double noise = 0.03;       // fraction of full scale
    quint32 seed = 7;
};

struct SyntheticRuler
{
    QImage image;   // Grayscale8, dark graduations on a light scale
    QPointF zero;   // where graduation 0 crosses the measuring line (image coordinates)
    QPointF mmStep; // image-space vector from one graduation to the next along that line
};

SyntheticRuler syntheticRuler(const SyntheticRulerOptions &options);

} // namespace ridgeline::imaging
