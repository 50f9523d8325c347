#include "app/imaging/enhance/syntheticimages.h"

#include "app/imaging/cvqimage.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ridgeline::imaging {

namespace {

// splitmix32-style generator: fixed, portable output.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed * 2654435761u + 1u)
    {}
    quint32 next()
    {
        quint32 z = (m_state += 0x9e3779b9u);
        z = (z ^ (z >> 16)) * 0x85ebca6bu;
        z = (z ^ (z >> 13)) * 0xc2b2ae35u;
        return z ^ (z >> 16);
    }
    // Sum of four uniforms: roughly Gaussian with unit variance.
    double gaussian()
    {
        double s = 0.0;
        for (int i = 0; i < 4; ++i)
            s += next() / 4294967296.0;
        return (s - 2.0) * std::sqrt(3.0);
    }

private:
    quint32 m_state;
};

} // namespace

QImage syntheticPrint(const SyntheticPrintOptions &o)
{
    const int w = o.size.width();
    const int h = o.size.height();
    Random random(o.seed);
    const double cx = w * 0.5 + 0.07 * w;
    const double cy = h * 0.45;
    const double pa = o.patternAngle * M_PI / 180.0;
    cv::Mat f(h, w, CV_32F);
    for (int y = 0; y < h; ++y) {
        float *row = f.ptr<float>(y);
        for (int x = 0; x < w; ++x) {
            const double dx = x - cx;
            const double dy = (y - cy) * 1.3;
            // A one-armed whorl (seamless: the angle term adds exactly one ridge per turn) whose
            // ridge spacing varies by about +-15 % across the print, as on a finger.
            const double period = o.ridgePeriod * (1.0 + 0.15 * std::sin(2.0 * M_PI * (x + 0.6 * y) / w));
            const double phase = std::sqrt(dx * dx + dy * dy) / period + std::atan2(dy, dx) / (2.0 * M_PI);
            const double ridge = 0.5 + 0.5 * std::cos(2.0 * M_PI * phase);
            double v = 0.95 - 0.6 * (1.0 - ridge); // paper 0.95, ridges down to 0.35
            v -= o.shading * double(x + y) / (w + h);
            if (o.patternPeriod > 0)
                v += o.patternAmplitude * 0.5 *
                     (std::cos(2.0 * M_PI * (x * std::cos(pa) + y * std::sin(pa)) / o.patternPeriod) +
                      std::cos(2.0 * M_PI * (-x * std::sin(pa) + y * std::cos(pa)) / o.patternPeriod));
            v += o.noise * random.gaussian();
            row[x] = float(std::clamp(v, 0.0, 1.0));
        }
    }
    const double max = o.sixteenBit ? 65535.0 : 255.0;
    const int depth = o.sixteenBit ? CV_16U : CV_8U;
    cv::Mat grey;
    f.convertTo(grey, depth, max);
    if (!o.colour)
        return toQImageExact(grey);
    // Warm paper (R > G > B) with blue-ish ridges: the blue channel carries little ridge contrast.
    std::vector<cv::Mat> planes(3);
    f.convertTo(planes[0], depth, max * 0.95, 0.05 * max);
    f.convertTo(planes[1], depth, max * 0.85, 0.05 * max);
    f.convertTo(planes[2], depth, max * 0.25, 0.55 * max);
    cv::Mat rgb;
    cv::merge(planes, rgb);
    return toQImageExact(rgb);
}

SyntheticRuler syntheticRuler(const SyntheticRulerOptions &o)
{
    const double pxPerMm = o.ppi / 25.4;
    const double a = o.angle * M_PI / 180.0;
    // Ruler frame: u along the scale, v across (graduations grow from the edge at v = 0 towards +v).
    const QPointF along(std::cos(a), -std::sin(a)); // counter-clockwise on screen
    const QPointF across(std::sin(a), std::cos(a));
    const double lengthPx = (o.millimetres + 4.0) * pxPerMm;
    const double heightPx = 9.0 * pxPerMm;
    const int w = int(std::ceil(std::abs(along.x()) * lengthPx + std::abs(across.x()) * heightPx)) + 40;
    const int h = int(std::ceil(std::abs(along.y()) * lengthPx + std::abs(across.y()) * heightPx)) + 40;
    const QPointF centre(w / 2.0, h / 2.0);
    // Graduation 0 sits 2 mm from the scale's left end; the edge runs through the centre offset.
    const QPointF origin = centre - along * (lengthPx / 2.0 - 2.0 * pxPerMm) - across * (heightPx / 2.0 - pxPerMm);
    const double halfTick = 0.08 * pxPerMm; // 0.16 mm wide lines
    Random random(o.seed);
    cv::Mat f(h, w, CV_32F);
    constexpr int ss = 4; // supersampling per axis
    for (int y = 0; y < h; ++y) {
        float *row = f.ptr<float>(y);
        for (int x = 0; x < w; ++x) {
            int dark = 0;
            for (int sy = 0; sy < ss; ++sy)
                for (int sx = 0; sx < ss; ++sx) {
                    const QPointF p = QPointF(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss) - origin;
                    const double u = p.x() * along.x() + p.y() * along.y();
                    const double v = p.x() * across.x() + p.y() * across.y();
                    const int k = int(std::lround(u / pxPerMm));
                    if (k < 0 || k > o.millimetres || v < 0)
                        continue;
                    const double tick = k % 10 == 0 ? 5.0 : k % 5 == 0 ? 3.5 : 2.0;
                    if (std::abs(u - k * pxPerMm) <= halfTick && v <= tick * pxPerMm)
                        ++dark;
                }
            row[x] = float(0.9 - 0.75 * dark / double(ss * ss));
        }
    }
    if (o.blur > 0)
        cv::GaussianBlur(f, f, cv::Size(0, 0), o.blur);
    for (int y = 0; y < h; ++y) {
        float *row = f.ptr<float>(y);
        for (int x = 0; x < w; ++x)
            row[x] = float(std::clamp(row[x] + o.noise * random.gaussian(), 0.0, 1.0));
    }
    cv::Mat grey;
    f.convertTo(grey, CV_8U, 255.0);
    // The measuring line runs 1 mm inside the edge, where every graduation is present.
    return SyntheticRuler{toQImageExact(grey), origin + across * pxPerMm, along * pxPerMm};
}

} // namespace ridgeline::imaging
