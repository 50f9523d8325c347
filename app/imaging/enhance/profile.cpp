#include "app/imaging/enhance/profile.h"

#include "app/imaging/cvqimage.h"
#include "app/imaging/enhance/enhancesteps.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ridgeline::imaging::profile {

cv::Mat greyPlane(const QImage &image)
{
    cv::Mat f;
    steps::toGrey(toMatExact(image)).convertTo(f, CV_32F);
    return f;
}

namespace {

double bilinear(const cv::Mat &plane, double x, double y)
{
    x = std::clamp(x, 0.0, double(plane.cols - 1));
    y = std::clamp(y, 0.0, double(plane.rows - 1));
    const int x0 = std::min(int(x), plane.cols - 1);
    const int y0 = std::min(int(y), plane.rows - 1);
    const int x1 = std::min(x0 + 1, plane.cols - 1);
    const int y1 = std::min(y0 + 1, plane.rows - 1);
    const double fx = x - x0;
    const double fy = y - y0;
    const float *r0 = plane.ptr<float>(y0);
    const float *r1 = plane.ptr<float>(y1);
    return (r0[x0] * (1 - fx) + r0[x1] * fx) * (1 - fy) + (r1[x0] * (1 - fx) + r1[x1] * fx) * fy;
}

} // namespace

std::vector<double> sampleLine(const cv::Mat &plane, QPointF a, QPointF b, double t0, double t1, double step,
                               double halfWidth)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    const QPointF along = d / length;
    const QPointF across(-along.y(), along.x());
    const int across_n = std::max(0, int(std::floor(halfWidth)));
    std::vector<double> out;
    for (double t = t0; t <= t1 + 1e-9; t += step) {
        double sum = 0.0;
        for (int k = -across_n; k <= across_n; ++k) {
            const QPointF p = a + along * t + across * double(k);
            sum += bilinear(plane, p.x() - 0.5, p.y() - 0.5); // OpenCV pixel centres at integers
        }
        out.push_back(sum / (2 * across_n + 1));
    }
    return out;
}

std::vector<double> gaussianSmooth(const std::vector<double> &values, double sigma)
{
    if (sigma <= 0.0 || values.empty())
        return values;
    const int r = int(std::ceil(3 * sigma));
    std::vector<double> kernel(size_t(2 * r + 1));
    for (int i = -r; i <= r; ++i)
        kernel[size_t(i + r)] = std::exp(-0.5 * i * i / (sigma * sigma));
    const int n = int(values.size());
    std::vector<double> out(values.size());
    for (int i = 0; i < n; ++i) {
        double s = 0.0;
        double w = 0.0;
        for (int k = -r; k <= r; ++k) {
            const int j = i + k;
            if (j < 0 || j >= n)
                continue;
            s += values[size_t(j)] * kernel[size_t(k + r)];
            w += kernel[size_t(k + r)];
        }
        out[size_t(i)] = s / w;
    }
    return out;
}

std::vector<double> detrend(const std::vector<double> &values, int window)
{
    const int n = int(values.size());
    const int half = std::max(1, window / 2);
    std::vector<double> prefix(values.size() + 1, 0.0);
    std::partial_sum(values.begin(), values.end(), prefix.begin() + 1);
    std::vector<double> out(values.size());
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - half);
        const int hi = std::min(n, i + half + 1);
        out[size_t(i)] = values[size_t(i)] - (prefix[size_t(hi)] - prefix[size_t(lo)]) / (hi - lo);
    }
    return out;
}

double dominantPeriod(const std::vector<double> &values, double minLag)
{
    const int n = int(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / std::max(1, n);
    const int maxLag = n / 2;
    const int first = std::max(1, int(std::floor(minLag)));
    if (maxLag <= first + 2)
        return 0.0;
    std::vector<double> ac(size_t(maxLag + 1), 0.0);
    for (int lag = 0; lag <= maxLag; ++lag) {
        double s = 0.0;
        for (int i = 0; i + lag < n; ++i)
            s += (values[size_t(i)] - mean) * (values[size_t(i + lag)] - mean);
        ac[size_t(lag)] = s / (n - lag);
    }
    if (ac[0] <= 0.0)
        return 0.0;
    double best = 0.0;
    for (int lag = first; lag < maxLag; ++lag)
        best = std::max(best, ac[size_t(lag)]);
    // The first local maximum that is nearly as strong as the strongest: the fundamental, not a
    // multiple of it (a ruler's 5 and 10 mm marks repeat at multiples of the 1 mm period).
    for (int lag = first; lag < maxLag; ++lag) {
        const double a = ac[size_t(lag)];
        if (a >= 0.5 * best && a > 0.1 * ac[0] && a >= ac[size_t(lag - 1)] && a >= ac[size_t(lag + 1)]) {
            const double l = ac[size_t(lag - 1)];
            const double r = ac[size_t(lag + 1)];
            const double denom = l - 2 * a + r;
            return lag + (denom < 0 ? 0.5 * (l - r) / denom : 0.0);
        }
    }
    return 0.0;
}

} // namespace ridgeline::imaging::profile
