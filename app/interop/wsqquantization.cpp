#include "app/interop/wsqquantization.h"

#include <cmath>

namespace ridgeline::interop::wsq {

namespace {

constexpr double kVarianceThreshold = 1.01;
constexpr float kBinCenter = 0.44f;

double subbandVariance(const float *image, int width, const Region &r, bool central)
{
    // The central part avoids the border, where symmetric extension distorts the statistics.
    int x = r.x, y = r.y, w = r.width, h = r.height;
    if (central) {
        x += r.width / 8;
        y += (9 * r.height) / 32;
        w = (3 * r.width) / 4;
        h = (7 * r.height) / 16;
    }
    if (w * h < 2)
        return 0;
    double sum = 0, squares = 0;
    for (int row = 0; row < h; ++row) {
        const float *p = image + size_t(y + row) * width + x;
        for (int col = 0; col < w; ++col) {
            sum += p[col];
            squares += double(p[col]) * p[col];
        }
    }
    const double n = double(w) * h;
    return (squares - sum * sum / n) / (n - 1.0);
}

// Subband weights of the specification (only the finest-scale subbands 52-59 differ from 1).
double weight(int band)
{
    static constexpr double fine[8] = {1.32, 1.08, 1.42, 1.08, 1.32, 1.42, 1.08, 1.08};
    return band >= 52 ? fine[band - 52] : 1.0;
}

// Reciprocal of the subband's share of the image area.
double areaShare(int band)
{
    return band < 4 ? 1.0 / 1024.0 : band < 52 ? 1.0 / 256.0 : 1.0 / 16.0;
}

} // namespace

size_t codedCoefficientCount(const QuantizationTable &table, const Decomposition &d)
{
    size_t n = 0;
    for (int band = 0; band < kSubbands; ++band)
        if (table.q[size_t(band)] != 0.0f)
            n += size_t(d.subbands[size_t(band)].width) * size_t(d.subbands[size_t(band)].height);
    return n;
}

void dequantize(const std::vector<int> &coefficients, const QuantizationTable &table, const Decomposition &d,
                float *image, int width)
{
    size_t k = 0;
    const float center = table.binCenter;
    for (int band = 0; band < kSubbands; ++band) {
        const float q = table.q[size_t(band)];
        if (q == 0.0f)
            continue;
        // Half the zero bin is added in double, then narrowed, as the reference does.
        const double halfZero = double(table.z[size_t(band)]) / 2.0;
        const Region &r = d.subbands[size_t(band)];
        for (int row = 0; row < r.height; ++row) {
            float *p = image + size_t(r.y + row) * width + r.x;
            for (int col = 0; col < r.width; ++col, ++k) {
                const int s = k < coefficients.size() ? coefficients[k] : 0;
                if (s == 0)
                    p[col] = 0.0f;
                else if (s > 0)
                    p[col] = float(double(q * (float(s) - center)) + halfZero);
                else
                    p[col] = float(double(q * (float(s) + center)) - halfZero);
            }
        }
    }
}

QuantizationTable allocateBins(const float *image, int width, const Decomposition &d, double bitsPerPixel)
{
    std::array<double, kSubbands> variance{};
    double coarse = 0;
    for (int band = 0; band < 4; ++band)
        coarse += variance[size_t(band)] = subbandVariance(image, width, d.subbands[size_t(band)], true);
    // Low-contrast images: measure every subband over its whole area.
    const bool whole = coarse < 20000.0;
    for (int band = whole ? 0 : 4; band < kSubbands; ++band)
        variance[size_t(band)] = subbandVariance(image, width, d.subbands[size_t(band)], !whole);

    std::array<double, kSubbands> relative{}, sigma{};
    std::vector<int> active, initial;
    for (int band = 0; band < kSubbands; ++band) {
        if (variance[size_t(band)] < kVarianceThreshold)
            continue;
        relative[size_t(band)] = band < 4 ? 1.0 : 10.0 / (weight(band) * std::log(variance[size_t(band)]));
        sigma[size_t(band)] = std::sqrt(variance[size_t(band)]);
        active.push_back(band);
    }
    initial = active;
    double q = 1.0;
    for (int round = 0; round < kSubbands && !active.empty(); ++round) {
        double share = 0, product = 1;
        for (int band : active) {
            share += areaShare(band);
            product *= std::pow(sigma[size_t(band)] / relative[size_t(band)], areaShare(band));
        }
        q = (std::pow(2.0, bitsPerPixel / share - 1.0) / 2.5) / std::pow(product, 1.0 / share);
        std::vector<int> kept;
        for (int band : active)
            if (relative[size_t(band)] / q < 5.0 * sigma[size_t(band)])
                kept.push_back(band);
        if (kept.size() == active.size())
            break;
        active = std::move(kept);
    }
    QuantizationTable table;
    table.binCenter = kBinCenter;
    for (int band : initial) {
        table.q[size_t(band)] = float(relative[size_t(band)] / q);
        table.z[size_t(band)] = 1.2f * table.q[size_t(band)];
    }
    if (initial.empty()) {
        // A flat image: nothing varies, but decoders expect at least one coded block.
        table.q[0] = 1.0f;
        table.z[0] = 1.2f;
    }
    table.defined = true;
    return table;
}

std::vector<int> quantize(const float *image, int width, const Decomposition &d, const QuantizationTable &table,
                          std::array<size_t, 4> &blockOffsets)
{
    std::vector<int> out;
    out.reserve(codedCoefficientCount(table, d));
    int block = 0;
    for (int band = 0; band < kSubbands; ++band) {
        while (band == kBlockStarts[block])
            blockOffsets[size_t(block++)] = out.size();
        const float q = table.q[size_t(band)];
        if (q == 0.0f)
            continue;
        const float halfZero = table.z[size_t(band)] / 2.0f;
        const Region &r = d.subbands[size_t(band)];
        for (int row = 0; row < r.height; ++row) {
            const float *p = image + size_t(r.y + row) * width + r.x;
            for (int col = 0; col < r.width; ++col) {
                const float v = p[col];
                if (-halfZero <= v && v <= halfZero)
                    out.push_back(0);
                else if (v > 0)
                    out.push_back(int((v - halfZero) / q + 1.0f));
                else
                    out.push_back(int((v + halfZero) / q - 1.0f));
            }
        }
    }
    blockOffsets[3] = out.size();
    return out;
}

} // namespace ridgeline::interop::wsq
