#include "app/imaging/cvqimage.h"
#include "app/imaging/skeleton.h"
#include "app/imaging/synthesizer.h"
#include "app/imaging/synthrandom.h"

#include <opencv2/imgproc.hpp>

#include <complex>

namespace ridgeline::imaging {

using detail::SynthRng;

namespace {

constexpr int kMasterWidth = 464;
constexpr int kMasterHeight = 560;
constexpr int kOrientationBins = 16;
constexpr double kPeriodLow = 8.0, kPeriodHigh = 11.0;
constexpr double kPi = std::numbers::pi;

struct Singularities
{
    std::vector<std::complex<double>> cores, deltas;
};

Singularities placeSingularities(PatternClass pattern, SynthRng &rng)
{
    const double cx = kMasterWidth / 2.0 + rng.uniform(-25, 25);
    const double cy = kMasterHeight * 0.42 + rng.uniform(-25, 25);
    Singularities s;
    switch (pattern) {
    case PatternClass::Arch:
        break;
    case PatternClass::TentedArch:
        s.cores.push_back({cx, cy});
        s.deltas.push_back({cx + rng.uniform(-8, 8), cy + rng.uniform(50, 75)});
        break;
    case PatternClass::LeftLoop:
    case PatternClass::RightLoop: {
        const double side = pattern == PatternClass::LeftLoop ? -1.0 : 1.0;
        s.cores.push_back({cx - side * rng.uniform(5, 30), cy});
        s.deltas.push_back({cx + side * rng.uniform(90, 140), cy + rng.uniform(110, 160)});
        break;
    }
    case PatternClass::Whorl: {
        const double tilt = rng.uniform(-12, 12);
        s.cores.push_back({cx - tilt, cy - rng.uniform(12, 30)});
        s.cores.push_back({cx + tilt, cy + rng.uniform(12, 30)});
        s.deltas.push_back({cx - rng.uniform(120, 160), cy + rng.uniform(120, 170)});
        s.deltas.push_back({cx + rng.uniform(120, 160), cy + rng.uniform(120, 170)});
        break;
    }
    }
    return s;
}

// Ridge direction in [0, pi), image coordinates (y down). Zero-pole model (Sherlock and Monro) for
// patterns with singularities, a bell-shaped flow for plain arches, plus smooth perturbation so no
// two fingers share the same flow.
cv::Mat orientationModel(PatternClass pattern, SynthRng &rng, Singularities &s)
{
    s = placeSingularities(pattern, rng);
    const double archX = kMasterWidth / 2.0 + rng.uniform(-30, 30), archY = kMasterHeight * rng.uniform(0.4, 0.5);
    const double archH = rng.uniform(0.5, 0.9), archW = rng.uniform(90, 140);
    cv::Mat theta(kMasterHeight, kMasterWidth, CV_32F);
    const cv::Mat wobble = detail::smoothField(theta.size(), rng, 4, 250, 700, 0.12);
    for (int y = 0; y < kMasterHeight; ++y) {
        float *row = theta.ptr<float>(y);
        const float *wob = wobble.ptr<float>(y);
        for (int x = 0; x < kMasterWidth; ++x) {
            double t;
            if (pattern == PatternClass::Arch) {
                const double u = (x - archX) / archW;
                const double decay = 1.0 / (1.0 + std::exp((y - archY) / 60.0));
                t = std::atan(archH * 2.0 * u * std::exp(-u * u) * (0.3 + decay));
            } else {
                const std::complex<double> z(x, y);
                t = 0.0;
                for (const auto &d : s.deltas)
                    t += 0.5 * std::arg(z - d);
                for (const auto &c : s.cores)
                    t -= 0.5 * std::arg(z - c);
            }
            t += wob[x];
            t = std::fmod(t, kPi);
            row[x] = float(t < 0 ? t + kPi : t);
        }
    }
    return theta;
}

cv::Mat gaborKernel(double theta, double period)
{
    const double sigma = period * 0.45;
    const int half = int(std::ceil(sigma * 2.6));
    cv::Mat k(2 * half + 1, 2 * half + 1, CV_32F);
    const double c = std::cos(theta), s = std::sin(theta);
    for (int y = -half; y <= half; ++y)
        for (int x = -half; x <= half; ++x) {
            const double across = -x * s + y * c; // distance across the ridges
            k.at<float>(y + half, x + half) =
                float(std::exp(-(x * x + y * y) / (2 * sigma * sigma)) * std::cos(2 * kPi * across / period));
        }
    k -= cv::mean(k)[0]; // no response to flat areas, so the pattern cannot drift to grey
    k /= cv::norm(k, cv::NORM_L1) * 0.5;
    return k;
}

// Spectra of the Gabor bank on the padded master size; constant, so built once for all fingers.
struct GaborBank
{
    cv::Size padded;
    std::vector<cv::Mat> low, high; // CCS-packed spectra
};

const GaborBank &gaborBank()
{
    static const GaborBank bank = [] {
        GaborBank b;
        b.padded = cv::Size(cv::getOptimalDFTSize(kMasterWidth + 32), cv::getOptimalDFTSize(kMasterHeight + 32));
        auto spectrum = [&](const cv::Mat &kernel) {
            // Kernel centred at the origin with wrap-around, so the product needs no shift.
            cv::Mat k(b.padded, CV_32F, cv::Scalar(0));
            const int h = kernel.rows / 2;
            for (int y = 0; y < kernel.rows; ++y)
                for (int x = 0; x < kernel.cols; ++x)
                    k.at<float>((y - h + b.padded.height) % b.padded.height,
                                (x - h + b.padded.width) % b.padded.width) = kernel.at<float>(y, x);
            cv::Mat f;
            cv::dft(k, f);
            return f;
        };
        for (int i = 0; i < kOrientationBins; ++i) {
            b.low.push_back(spectrum(gaborKernel(i * kPi / kOrientationBins, kPeriodLow)));
            b.high.push_back(spectrum(gaborKernel(i * kPi / kOrientationBins, kPeriodHigh)));
        }
        return b;
    }();
    return bank;
}

// SFinGe-style growth: random seeds are filtered again and again by the Gabor filter of the local
// orientation and period, saturating after each pass, until ridges fill the pad. Filtering is done
// in the frequency domain: one forward transform serves the whole bank.
cv::Mat growRidges(const cv::Mat &theta, const cv::Mat &period, SynthRng &rng)
{
    const GaborBank &bank = gaborBank();
    cv::Mat bins(theta.size(), CV_8U);
    theta.convertTo(bins, CV_8U, kOrientationBins / kPi, 0.5);
    bins.setTo(0, bins == kOrientationBins);
    const cv::Mat weight = (period - kPeriodLow) / (kPeriodHigh - kPeriodLow);
    cv::Mat padded(bank.padded, CV_32F, cv::Scalar(0));
    const cv::Rect area(0, 0, theta.cols, theta.rows);
    cv::Mat img = padded(area);
    const int seeds = rng.integer(250, 350);
    for (int i = 0; i < seeds; ++i)
        cv::circle(img, cv::Point(rng.integer(20, theta.cols - 20), rng.integer(20, theta.rows - 20)), 2,
                   cv::Scalar(rng.uniform() < 0.5 ? -1.0 : 1.0), cv::FILLED);
    std::vector<cv::Mat> masks(kOrientationBins);
    for (int b = 0; b < kOrientationBins; ++b)
        masks[b] = bins == b;
    cv::Mat out(theta.size(), CV_32F), spectrum, product, fLow, fHigh;
    for (int it = 0; it < 10; ++it) {
        cv::dft(padded, spectrum);
        for (int b = 0; b < kOrientationBins; ++b) {
            cv::mulSpectrums(spectrum, bank.low[b], product, 0);
            cv::dft(product, fLow, cv::DFT_INVERSE | cv::DFT_SCALE | cv::DFT_REAL_OUTPUT);
            cv::mulSpectrums(spectrum, bank.high[b], product, 0);
            cv::dft(product, fHigh, cv::DFT_INVERSE | cv::DFT_SCALE | cv::DFT_REAL_OUTPUT);
            cv::Mat lo = fLow(area), hi = fHigh(area);
            hi -= lo;
            hi = hi.mul(weight) + lo;
            hi.copyTo(out, masks[b]);
        }
        // Gain then saturation: grows the seeds early, squares the ridge profile later. The pad
        // outside the master stays zero so the circular transform does not wrap ridges around.
        cv::Mat sat = cv::min(cv::max(out * 4.0, -1.0), 1.0);
        sat.copyTo(img);
    }
    return img.clone();
}

cv::Mat footprintMask(SynthRng &rng)
{
    cv::Mat mask(kMasterHeight, kMasterWidth, CV_8U, cv::Scalar(0));
    const cv::Point centre(kMasterWidth / 2 + rng.integer(-6, 6), kMasterHeight / 2 + 20);
    const cv::Size axes(kMasterWidth / 2 - rng.integer(8, 20), kMasterHeight / 2 - rng.integer(4, 14));
    cv::ellipse(mask, centre, axes, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    // The lower edge of a fingertip impression is the flexion crease: cut it straight.
    mask.rowRange(kMasterHeight - rng.integer(10, 40), kMasterHeight).setTo(0);
    return mask;
}

// Removes ridge islands and valley holes too small to survive any impression, so the truth only
// holds features an examiner could mark.
void removeSpecks(cv::Mat &binary)
{
    for (int pass = 0; pass < 2; ++pass) {
        cv::Mat target = pass == 0 ? binary : (binary == 0) / 255;
        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(target, labels, stats, centroids, 8, CV_32S);
        for (int i = 1; i < n; ++i)
            if (stats.at<int>(i, cv::CC_STAT_AREA) < 60)
                binary.setTo(pass == 0 ? 0 : 1, labels == i);
    }
}

MinutiaList masterMinutiae(cv::Mat binary, const cv::Mat &footprint)
{
    detail::thinInPlace(binary);
    auto raw = detail::removeFalseMinutiae(detail::detectSkeletonMinutiae(binary));
    cv::Mat inner;
    cv::erode(footprint, inner, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(25, 25)));
    MinutiaList out;
    for (const auto &m : raw)
        if (inner.at<uint8_t>(m.y, m.x))
            out.append(Minutia{float(m.x), float(m.y), m.angle, m.type, 1.0f});
    return out;
}

} // namespace

QString patternClassName(PatternClass pattern)
{
    switch (pattern) {
    case PatternClass::Arch:
        return QStringLiteral("arch");
    case PatternClass::TentedArch:
        return QStringLiteral("tented-arch");
    case PatternClass::LeftLoop:
        return QStringLiteral("left-loop");
    case PatternClass::RightLoop:
        return QStringLiteral("right-loop");
    case PatternClass::Whorl:
        return QStringLiteral("whorl");
    }
    return {};
}

MasterPrint synthesizeMaster(quint64 seed, int finger)
{
    SynthRng rng(seed);
    // Roughly the population frequencies: loops most common, arches rare.
    const double r = rng.uniform();
    const PatternClass pattern = r < 0.05   ? PatternClass::Arch
                                 : r < 0.10 ? PatternClass::TentedArch
                                 : r < 0.40 ? PatternClass::LeftLoop
                                 : r < 0.70 ? PatternClass::RightLoop
                                            : PatternClass::Whorl;
    Singularities singular;
    const cv::Mat theta = orientationModel(pattern, rng, singular);
    cv::Mat period = detail::smoothField(theta.size(), rng, 3, 200, 500, 0.9) + rng.uniform(9.0, 10.0);
    period = cv::min(cv::max(period, kPeriodLow), kPeriodHigh);
    const cv::Mat ridge = growRidges(theta, period, rng);
    const cv::Mat footprint = footprintMask(rng);

    MasterPrint master;
    master.finger = finger;
    master.pattern = pattern;
    // The rendered pad and the truth come from the same cleaned binary pattern, so every feature
    // in the truth is visible and nothing visible is missing from it.
    cv::Mat binary = (ridge > 0) / 255;
    removeSpecks(binary);
    cv::Mat profile;
    binary.convertTo(profile, CV_32F, 2.0, -1.0);
    cv::GaussianBlur(profile, profile, cv::Size(0, 0), 1.0);
    cv::Mat grey;
    profile.convertTo(grey, CV_8U, -127.5, 127.5);
    master.ridges = toQImage(grey);
    master.footprint = toQImage(footprint);
    master.minutiae = masterMinutiae(binary, footprint);
    for (const auto &c : singular.cores)
        master.cores.append(QPointF(c.real(), c.imag()));
    for (const auto &d : singular.deltas)
        master.deltas.append(QPointF(d.real(), d.imag()));
    return master;
}

} // namespace ridgeline::imaging

namespace ridgeline::imaging {

quint64 fingerSeed(quint64 seed, int finger)
{
    return detail::mixSeed(seed, quint64(finger) * 2 + 1);
}

} // namespace ridgeline::imaging
