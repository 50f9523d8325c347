#pragma once
// Private to app/imaging: portable random helpers (std distributions differ between standard
// libraries; these do not, so a seed gives the same prints everywhere).

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace ridgeline::imaging::detail {

class SynthRng
{
public:
    explicit SynthRng(uint64_t seed)
        : m_engine(seed)
    {}
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hiInclusive) { return lo + int(m_engine() % uint64_t(hiInclusive - lo + 1)); }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

inline uint64_t mixSeed(uint64_t a, uint64_t b)
{
    // splitmix64 finaliser: independent streams for nearby inputs.
    uint64_t z = a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace ridgeline::imaging::detail

#include <opencv2/imgproc.hpp>

namespace ridgeline::imaging::detail {

// A smooth random field: a sum of `waves` plane waves with wavelengths in [minLen, maxLen] pixels,
// scaled so its amplitude is about `amplitude`. Computed at quarter resolution and upsampled.
inline cv::Mat smoothField(cv::Size size, SynthRng &rng, int waves, double minLen, double maxLen, double amplitude)
{
    const int step = 4;
    cv::Mat low((size.height + step - 1) / step + 1, (size.width + step - 1) / step + 1, CV_32F, cv::Scalar(0));
    for (int k = 0; k < waves; ++k) {
        const double len = rng.uniform(minLen, maxLen), dir = rng.uniform(0, std::numbers::pi);
        const double phase = rng.uniform(0, 2 * std::numbers::pi), amp = rng.uniform(0.5, 1.0);
        const double kx = 2 * std::numbers::pi / len * std::cos(dir) * step;
        const double ky = 2 * std::numbers::pi / len * std::sin(dir) * step;
        for (int y = 0; y < low.rows; ++y) {
            float *row = low.ptr<float>(y);
            for (int x = 0; x < low.cols; ++x)
                row[x] += float(amp * std::sin(kx * x + ky * y + phase));
        }
    }
    low *= amplitude / std::sqrt(std::max(1.0, waves * 0.5));
    cv::Mat full;
    cv::resize(low, full, cv::Size(low.cols * step, low.rows * step), 0, 0, cv::INTER_LINEAR);
    return full(cv::Rect(0, 0, size.width, size.height)).clone();
}

} // namespace ridgeline::imaging::detail
