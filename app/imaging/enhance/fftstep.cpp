#include "app/imaging/enhance/enhancesteps.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ridgeline::imaging::steps {

namespace {

constexpr double kMinFrequency = 0.02; // cycles/px: slower variations are background shading, not pattern
constexpr double kPeakContrast = 2.5;  // natural log of amplitude over the local spectrum level (~12x)
constexpr double kRingContrast = 1.2;  // log amplitude over the strongest bin 4..8 bins along its ring
constexpr double kMaxPixels = 40e6;    // see fftSuppress
constexpr int kDetectSide = 512;       // peaks are found on a centred window of at most this size

struct Peak
{
    QPointF frequency;
    double strength = 0.0;
};

// Log-amplitude spectrum of a Hann-windowed, centred window (the window stops the image border
// from smearing energy along the axes).
cv::Mat logSpectrum(const cv::Mat &image)
{
    const int w = std::min(image.cols, kDetectSide);
    const int h = std::min(image.rows, kDetectSide);
    // The window is cut before the grey conversion (a per-pixel operation): same pixels, a
    // sixteenth of the work on a 2000 x 2000 colour image.
    cv::Mat f;
    toGrey(image(cv::Rect((image.cols - w) / 2, (image.rows - h) / 2, w, h))).convertTo(f, CV_32F);
    f -= cv::mean(f)[0];
    cv::Mat window;
    cv::createHanningWindow(window, f.size(), CV_32F);
    f = f.mul(window);
    cv::Mat spectrum;
    cv::dft(f, spectrum, cv::DFT_COMPLEX_OUTPUT);
    cv::Mat planes[2];
    cv::split(spectrum, planes);
    cv::Mat magnitude;
    cv::magnitude(planes[0], planes[1], magnitude);
    magnitude += 1e-3f;
    cv::log(magnitude, magnitude);
    return magnitude;
}

double signedFrequency(int bin, int size)
{
    return double(bin <= size / 2 ? bin : bin - size) / size;
}

// A periodic background is a point in the spectrum; ridges make a ring (every orientation at
// about the same frequency). A point stands out from the bins beside it on its own ring.
bool isolatedAlongRing(const cv::Mat &logAmp, int x, int y, double u, double v, float a)
{
    const int w = logAmp.cols;
    const int h = logAmp.rows;
    const double f = std::hypot(u * w, v * h);
    const double tx = -v * h / f;
    const double ty = u * w / f;
    float ring = -1e30f;
    for (const double k : {-8.0, -6.0, -4.0, 4.0, 6.0, 8.0}) {
        const int sx = (int(std::lround(x + k * tx)) % w + w) % w;
        const int sy = (int(std::lround(y + k * ty)) % h + h) % h;
        ring = std::max(ring, logAmp.at<float>(sy, sx));
    }
    return a - ring > kRingContrast;
}

float wrappedAt(const cv::Mat &m, int x, int y)
{
    return m.at<float>((y + m.rows) % m.rows, (x + m.cols) % m.cols);
}

bool isLocalMaximum(const cv::Mat &logAmp, int x, int y)
{
    const float a = logAmp.at<float>(y, x);
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx)
            if ((dx || dy) && wrappedAt(logAmp, x + dx, y + dy) > a)
                return false;
    return true;
}

// Sub-bin position: amplitude-weighted centroid of the 3x3 neighbourhood, in bins.
QPointF centroidOffset(const cv::Mat &logAmp, int x, int y)
{
    double sx = 0.0;
    double sy = 0.0;
    double sw = 0.0;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
            const double weight = std::exp(double(wrappedAt(logAmp, x + dx, y + dy)));
            sx += weight * dx;
            sy += weight * dy;
            sw += weight;
        }
    return QPointF(sx / sw, sy / sw);
}

} // namespace

QList<QPointF> findPeaks(const cv::Mat &input, int maxPeaks)
{
    if (input.cols < 16 || input.rows < 16)
        return {};
    const cv::Mat logAmp = logSpectrum(input);
    const int w = logAmp.cols;
    const int h = logAmp.rows;
    // Local level: mean log amplitude around each bin (wrap-around keeps the spectrum periodic).
    cv::Mat wrapped;
    cv::copyMakeBorder(logAmp, wrapped, 7, 7, 7, 7, cv::BORDER_WRAP);
    cv::Mat level;
    cv::blur(wrapped, level, cv::Size(15, 15));
    level = level(cv::Rect(7, 7, w, h));
    QList<Peak> peaks;
    for (int y = 0; y < h; ++y) {
        const double v = signedFrequency(y, h);
        if (v < 0.0)
            continue; // one of each symmetric pair: the half plane v >= 0
        for (int x = 0; x < w; ++x) {
            const double u = signedFrequency(x, w);
            if ((v == 0.0 && u < 0.0) || std::hypot(u, v) < kMinFrequency)
                continue;
            const float a = logAmp.at<float>(y, x);
            const double contrast = a - level.at<float>(y, x);
            if (contrast < kPeakContrast || !isolatedAlongRing(logAmp, x, y, u, v, a))
                continue;
            if (!isLocalMaximum(logAmp, x, y))
                continue;
            const QPointF offset = centroidOffset(logAmp, x, y);
            const double fu = std::round((u + offset.x() / w) * 1e5) / 1e5; // stored rounded: readable recipes
            const double fv = std::round((v + offset.y() / h) * 1e5) / 1e5;
            peaks.append(Peak{QPointF(fu, fv), contrast});
        }
    }
    std::stable_sort(peaks.begin(), peaks.end(), [](const Peak &a, const Peak &b) { return a.strength > b.strength; });
    QList<QPointF> out;
    for (int i = 0; i < peaks.size() && i < maxPeaks; ++i)
        out.append(peaks[i].frequency);
    return out;
}

namespace {

// Multiplies the spectrum by a Gaussian notch (1 - exp(-d^2 / 2r^2)) around (u, v) and its mirror.
// `spectrum` holds columns 0..width/2 of the full spectrum of a `width`-wide plane (the columns
// the inverse reads, see halfSpectrum); bins of the other columns are skipped, the kept ones get
// exactly the gains, in the same order, that the full spectrum gave them.
void notch(cv::Mat &spectrum, int width, double u, double v, double radius)
{
    const int w = width;
    const int h = spectrum.rows;
    const double rx = std::max(0.5, radius * w);
    const double ry = std::max(0.5, radius * h);
    for (const double sign : {1.0, -1.0}) {
        const double cx = sign * u * w;
        const double cy = sign * v * h;
        const int x0 = int(std::floor(cx - 3 * rx));
        const int x1 = int(std::ceil(cx + 3 * rx));
        const int y0 = int(std::floor(cy - 3 * ry));
        const int y1 = int(std::ceil(cy + 3 * ry));
        for (int y = y0; y <= y1; ++y) {
            auto *row = spectrum.ptr<cv::Vec2f>(((y % h) + h) % h);
            const double dy = (y - cy) / ry;
            for (int x = x0; x <= x1; ++x) {
                const int column = ((x % w) + w) % w;
                if (column >= spectrum.cols)
                    continue;
                const double dx = (x - cx) / rx;
                const float gain = float(1.0 - std::exp(-0.5 * (dx * dx + dy * dy)));
                row[column] *= gain;
            }
        }
    }
}

cv::Mat suppressPlane(const cv::Mat &plane, const QList<QPointF> &peaks, double radius)
{
    // Pad to a size the DFT handles quickly; mirrored padding keeps the border from ringing.
    const int w = cv::getOptimalDFTSize(plane.cols);
    const int h = cv::getOptimalDFTSize(plane.rows);
    cv::Mat f = newImage(plane.size(), CV_32F);
    plane.convertTo(f, CV_32F);
    if (w != plane.cols || h != plane.rows) {
        cv::Mat padded = newImage(cv::Size(w, h), CV_32F);
        cv::copyMakeBorder(f, padded, 0, h - plane.rows, 0, w - plane.cols, cv::BORDER_REFLECT_101);
        f = padded;
    }
    // The forward and inverse transforms are cv::dft's (DFT_COMPLEX_OUTPUT, then DFT_INVERSE |
    // DFT_SCALE | DFT_REAL_OUTPUT), bit for bit, on both cores (paralleldft.cpp).
    cv::Mat spectrum = halfSpectrum(f);
    for (const QPointF &p : peaks)
        notch(spectrum, w, p.x(), p.y(), radius);
    inverseHalfSpectrum(spectrum, f); // f is free again: its memory takes the result
    return fromFloat(f(cv::Rect(0, 0, plane.cols, plane.rows)), plane.depth());
}

} // namespace

Result<cv::Mat> fftSuppress(const cv::Mat &in, const EnhancementStep &step, StepContext &context)
{
    // The spectrum of a whole 100-megapixel scene would need over 1.5 GB: such images are cropped
    // to the mark first.
    if (double(in.total()) > kMaxPixels)
        return stepError(step, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                           "the image is %1 x %2 pixels; periodic-background "
                                                           "suppression works on up to %3 megapixels: crop the "
                                                           "mark first")
                                   .arg(in.cols)
                                   .arg(in.rows)
                                   .arg(kMaxPixels / 1e6, 0, 'f', 0));
    QList<QPointF> peaks = pointsFromVariant(stepParameter(step, QStringLiteral("peaks")));
    const bool autoDetect = stepParameter(step, QStringLiteral("autoDetect")).toBool();
    // Frequencies are stored in cycles per full-resolution pixel; a downscaled preview sees them
    // 1/scale times higher and loses those above Nyquist.
    const double s = context.scale;
    if (peaks.isEmpty() && autoDetect) {
        peaks = findPeaks(in, int(param(step, "maxPeaks")));
        for (QPointF &p : peaks)
            p *= s;
    }
    QList<QPointF> scaled;
    for (const QPointF &p : peaks) {
        const QPointF q = p / s;
        if (std::abs(q.x()) <= 0.5 && std::abs(q.y()) <= 0.5)
            scaled.append(q);
    }
    if (scaled.isEmpty() || in.cols < 2 || in.rows < 2)
        return in.clone();
    if (context.cancelled())
        return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    const double radius = param(step, "notchRadius") / s;
    if (in.channels() == 1)
        return suppressPlane(in, scaled, radius);
    // Colour: each channel on its own, with the same notches, one after another (each channel's
    // transforms use both cores; running the channels side by side measured 10 % slower: three
    // 32 MB working sets at once compete for the caches).
    cv::Mat out = newImage(in.size(), in.type());
    cv::Mat plane;
    for (int c = 0; c < in.channels(); ++c) {
        if (context.cancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        cv::extractChannel(in, plane, c);
        cv::insertChannel(suppressPlane(plane, scaled, radius), out, c);
    }
    return out;
}

} // namespace ridgeline::imaging::steps
