#pragma once

#include "app/interop/wsqcontainer.h"

#include <array>

// The WSQ wavelet decomposition: the 20-node split tree and the 64 subband rectangles of the
// specification, and the 9/7 analysis and synthesis over them. Internal to app/interop.
namespace ridgeline::interop::wsq {

struct Region
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

struct Decomposition
{
    std::array<Region, 20> nodes{};    // split steps, coarse ones last
    std::array<bool, 20> invertRows{}; // spectral inversion: highpass half stored first
    std::array<bool, 20> invertColumns{};
    std::array<Region, kTableSubbands> subbands{}; // where each quantized subband lies
};

Decomposition buildDecomposition(int width, int height);

// The transform needs every line it filters to be at least this long (shorter ones would reflect
// past both ends); images whose tree has smaller nodes are refused.
inline constexpr int kMinimumNodeSide = 5;
bool isTransformable(const Decomposition &decomposition);

// In place on a width x height float raster, row-major. Bit-exact with the reference decoder.
void reconstruct(float *image, int width, const Decomposition &decomposition, const TransformTable &filters);
void decompose(float *image, int width, const Decomposition &decomposition, const TransformTable &filters);

} // namespace ridgeline::interop::wsq
