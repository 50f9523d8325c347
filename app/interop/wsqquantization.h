#pragma once

#include "app/interop/wsqcontainer.h"
#include "app/interop/wsqwavelet.h"

#include <vector>

// Scalar quantization of the 60 coded WSQ subbands: the decoder's reconstruction rule and the
// encoder's variance-based bit allocation. Internal to app/interop.
namespace ridgeline::interop::wsq {

// Subbands whose coefficients go in each of the three entropy-coded blocks.
inline constexpr int kBlockStarts[4] = {0, 19, 52, kSubbands};

// Number of coefficients the coded subbands hold (subbands with a zero bin width are not coded).
size_t codedCoefficientCount(const QuantizationTable &table, const Decomposition &d);

// Writes the reconstructed coefficients of every coded subband into image (width wide, zero
// elsewhere), taking coefficients in subband order. Missing trailing coefficients count as zero.
void dequantize(const std::vector<int> &coefficients, const QuantizationTable &table, const Decomposition &d,
                float *image, int width);

// Bin widths that spend about bitsPerPixel on the transformed image (FBI specification's
// allocation: per-subband variance, weights, and the iteration that drops subbands whose share
// would be negative).
QuantizationTable allocateBins(const float *image, int width, const Decomposition &d, double bitsPerPixel);

// Quantized coefficients of the coded subbands in subband order, and where each block starts.
std::vector<int> quantize(const float *image, int width, const Decomposition &d, const QuantizationTable &table,
                          std::array<size_t, 4> &blockOffsets);

} // namespace ridgeline::interop::wsq
