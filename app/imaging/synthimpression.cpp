#include "app/imaging/cvqimage.h"
#include "app/imaging/skeleton.h"
#include "app/imaging/synthesizer.h"
#include "app/imaging/synthrandom.h"

#include <opencv2/imgproc.hpp>

namespace ridgeline::imaging {

using detail::SynthRng;

namespace {

constexpr int kImageSide = 400;
constexpr double kPi = std::numbers::pi;
constexpr double kDotsPerMetre500Ppi = 500.0 / 0.0254;

// Where an impression pixel comes from on the master: rotation and translation of the finger on
// the platen plus a smooth skin displacement field (non-linear distortion). Maps image -> master.
struct ImpressionGeometry
{
    double angle = 0.0; // finger rotation, radians
    cv::Point2d masterCentre, imageCentre, shift;
    cv::Mat dx, dy; // CV_32F displacement (master pixels) at each image pixel

    cv::Point2d imageToMaster(cv::Point2d q, cv::Point2d d) const
    {
        const cv::Point2d v = q - imageCentre - shift;
        const double c = std::cos(-angle), s = std::sin(-angle);
        return masterCentre + cv::Point2d(c * v.x - s * v.y, s * v.x + c * v.y) + d;
    }
    cv::Point2d displacement(cv::Point2d q) const
    {
        const int x = std::clamp(int(std::lround(q.x)), 0, dx.cols - 1);
        const int y = std::clamp(int(std::lround(q.y)), 0, dx.rows - 1);
        return {dx.at<float>(y, x), dy.at<float>(y, x)};
    }
    // Inverse of imageToMaster by fixed-point iteration: the field is smooth, so it converges fast.
    cv::Point2d masterToImage(cv::Point2d p) const
    {
        const double c = std::cos(angle), s = std::sin(angle);
        cv::Point2d q = imageCentre + shift;
        for (int i = 0; i < 8; ++i) {
            const cv::Point2d v = p - displacement(q) - masterCentre;
            q = imageCentre + shift + cv::Point2d(c * v.x - s * v.y, s * v.x + c * v.y);
        }
        return q;
    }
};

ImpressionGeometry makeGeometry(const MasterPrint &master, SynthRng &rng, bool latent)
{
    ImpressionGeometry g;
    g.angle = rng.uniform(-1, 1) * (latent ? 0.6 : 0.3);
    g.masterCentre = {master.ridges.width() / 2.0 + rng.uniform(-30, 30),
                      master.ridges.height() / 2.0 + rng.uniform(-30, 40)};
    g.imageCentre = {kImageSide / 2.0, kImageSide / 2.0};
    g.shift = {rng.uniform(-25, 25), rng.uniform(-25, 25)};
    const double amount = latent ? 9.0 : 6.0;
    g.dx = detail::smoothField(cv::Size(kImageSide, kImageSide), rng, 3, 250, 600, amount);
    g.dy = detail::smoothField(cv::Size(kImageSide, kImageSide), rng, 3, 250, 600, amount);
    return g;
}

// Contact region: an irregular ellipse (plain) or a small irregular blob (latent), soft-edged.
cv::Mat contactMask(SynthRng &rng, bool latent)
{
    const cv::Size size(kImageSide, kImageSide);
    const double ax = latent ? rng.uniform(70, 110) : rng.uniform(150, 200);
    const double ay = latent ? rng.uniform(80, 120) : rng.uniform(170, 230);
    const double cx = kImageSide / 2.0 + rng.uniform(-30, 30), cy = kImageSide / 2.0 + rng.uniform(-30, 30);
    const cv::Mat wobble = detail::smoothField(size, rng, 3, 150, 350, 0.07);
    cv::Mat mask(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        float *row = mask.ptr<float>(y);
        const float *w = wobble.ptr<float>(y);
        for (int x = 0; x < size.width; ++x) {
            const double r = std::hypot((x - cx) / ax, (y - cy) / ay) + w[x];
            row[x] = float(std::clamp((1.0 - r) * 12.0, 0.0, 1.0)); // edge about 15 px wide
        }
    }
    return mask;
}

struct Rendered
{
    cv::Mat image;   // CV_8U
    cv::Mat contact; // CV_32F 0..1, where the skin touched
    cv::Mat inked;   // CV_8U 0/1: where ridges print under this pressure, before noise and smudge
};

Rendered render(const MasterPrint &master, const ImpressionGeometry &g, SynthRng &rng, bool latent)
{
    cv::Mat mapX(kImageSide, kImageSide, CV_32F), mapY(kImageSide, kImageSide, CV_32F);
    for (int y = 0; y < kImageSide; ++y)
        for (int x = 0; x < kImageSide; ++x) {
            const cv::Point2d p = g.imageToMaster({double(x), double(y)}, {g.dx.at<float>(y, x), g.dy.at<float>(y, x)});
            mapX.at<float>(y, x) = float(p.x);
            mapY.at<float>(y, x) = float(p.y);
        }
    cv::Mat ridgesF, footF;
    toMat(master.ridges).convertTo(ridgesF, CV_32F, -1.0 / 127.5, 1.0); // +1 ridge centre, -1 valley
    toMat(master.footprint).convertTo(footF, CV_32F, 1.0 / 255.0);
    cv::Mat ridge, foot;
    cv::remap(ridgesF, ridge, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(-1));
    cv::remap(footF, foot, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    Rendered r;
    r.contact = contactMask(rng, latent).mul(foot);

    // Pressure: a smoothly varying threshold makes ridges wider (heavy) or thinner (light, broken).
    const cv::Mat pressure = detail::smoothField(ridge.size(), rng, 3, 150, 400, 0.25) + rng.uniform(-0.25, 0.2);
    cv::Mat ink = (ridge + pressure) * 2.5;
    r.inked = (ink > 0.5) / 255;
    ink = cv::min(cv::max(ink, 0.0), 1.0);
    // Skin texture and ink dropouts: small pores and dry spots on the ridges.
    cv::Mat speckle(ridge.size(), CV_32F);
    cv::RNG cvRng(rng.next());
    cvRng.fill(speckle, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::GaussianBlur(speckle, speckle, cv::Size(0, 0), 1.2);
    ink = ink.mul(cv::min(cv::max((speckle - 0.40) * 12.0, 0.2), 1.0));
    ink = ink.mul(r.contact);
    // Smudge: one region where the ink was smeared.
    cv::Mat smeared;
    cv::GaussianBlur(ink, smeared, cv::Size(0, 0), latent ? 2.5 : 2.0);
    cv::Mat smudge(ridge.size(), CV_32F, cv::Scalar(0));
    cv::circle(smudge, cv::Point(rng.integer(80, 320), rng.integer(80, 320)), rng.integer(15, 45), cv::Scalar(1),
               cv::FILLED);
    cv::GaussianBlur(smudge, smudge, cv::Size(0, 0), 10);
    ink = ink.mul(1.0 - smudge) + smeared.mul(smudge);

    cv::Mat grey, noise(ridge.size(), CV_32F);
    cvRng.fill(noise, cv::RNG::NORMAL, 0.0, latent ? 10.0 : 8.0);
    if (latent) {
        // Background texture (paper grain or a printed surface), faint print, blur.
        const cv::Mat texture = detail::smoothField(ridge.size(), rng, 6, 12, 60, 25.0);
        const double contrast = rng.uniform(45, 80);
        cv::Mat base = 150.0 + texture - ink * contrast;
        cv::GaussianBlur(base, base, cv::Size(0, 0), rng.uniform(0.9, 1.5));
        grey = base + noise;
    } else {
        cv::Mat base = 235.0 - ink * rng.uniform(170, 210);
        cv::GaussianBlur(base, base, cv::Size(0, 0), 0.7);
        grey = base + noise;
    }
    grey.convertTo(r.image, CV_8U);
    return r;
}

// The impression's own minutiae: its clean inked pattern (before noise), thinned.
std::vector<detail::SkeletonMinutia> inkedMinutiae(const cv::Mat &inked)
{
    cv::Mat skeleton = inked.clone();
    detail::thinInPlace(skeleton);
    return detail::removeFalseMinutiae(detail::detectSkeletonMinutiae(skeleton));
}

// Pressure moves features: a narrow valley closing under a heavy touch slides a bifurcation along
// its ridge, sometimes by more than a ridge period. Each carried master minutia is therefore located
// on this impression's inked pattern (noise-free): the nearest inked minutia within 12 px whose
// direction agrees within 45 degrees takes its place, and the minutia is visible. Without such a
// counterpart the carried position stays in `carried` (the finger has the feature) but the image
// does not show it (outside the ink, merged or erased by pressure), so it is not in the truth.
// Inked minutiae left without a master minutia are features pressure made (two ridges pressed
// together, a thin ridge broken): they are in the image, so they join the truth where the skin
// touched firmly, away from the image edge where the skeleton is cut.
void locateOnInked(const MinutiaList &carried, const QList<int> &index,
                   const std::vector<detail::SkeletonMinutia> &inked, const cv::Mat &firm, SynthImpression &out)
{
    std::vector<char> used(inked.size(), 0);
    for (qsizetype i = 0; i < carried.size(); ++i) {
        const Minutia &m = carried[i];
        int best = -1;
        float bestD = 12.0f * 12.0f;
        for (size_t j = 0; j < inked.size(); ++j) {
            const float dx = float(inked[j].x) - m.x, dy = float(inked[j].y) - m.y;
            float da = std::fabs(inked[j].angle - m.angle);
            da = std::min(da, float(2 * kPi) - da);
            if (!used[j] && dx * dx + dy * dy < bestD && da < float(kPi / 4))
                bestD = dx * dx + dy * dy, best = int(j);
        }
        if (best >= 0) {
            used[size_t(best)] = 1;
            const auto &k = inked[size_t(best)];
            const Minutia located{float(k.x), float(k.y), k.angle, k.type, 1.0f};
            out.carried.append(located);
            out.minutiae.append(located);
            out.masterIndex.append(index[i]);
        } else {
            out.carried.append(m);
        }
        out.carriedIndex.append(index[i]);
    }
    constexpr int kEdge = 10;
    for (size_t j = 0; j < inked.size(); ++j) {
        const auto &k = inked[j];
        if (used[j] || k.x < kEdge || k.y < kEdge || k.x >= firm.cols - kEdge || k.y >= firm.rows - kEdge ||
            !firm.at<uint8_t>(k.y, k.x))
            continue;
        out.minutiae.append(Minutia{float(k.x), float(k.y), k.angle, k.type, 1.0f});
        out.masterIndex.append(-1);
    }
}

} // namespace

SynthImpression synthesizeImpression(const MasterPrint &master, quint64 seed, int impression, bool latent)
{
    SynthRng rng(detail::mixSeed(seed, quint64(impression) * 4 + (latent ? 3 : 2)));
    const ImpressionGeometry g = makeGeometry(master, rng, latent);
    Rendered r = render(master, g, rng, latent);

    // Truth: master minutiae carried through the same geometry, kept where the skin touched firmly,
    // then located on this impression's inked pattern, which also decides what is visible.
    cv::Mat firm;
    cv::erode(r.contact > 0.6, firm, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(21, 21)));
    MinutiaList carried;
    QList<int> carriedIndex;
    for (qsizetype index = 0; index < master.minutiae.size(); ++index) {
        const Minutia &m = master.minutiae[index];
        const cv::Point2d p(m.x, m.y);
        const cv::Point2d ahead = p + 6.0 * cv::Point2d(std::cos(m.angle), -std::sin(m.angle));
        const cv::Point2d q = g.masterToImage(p), qa = g.masterToImage(ahead);
        const int ix = int(std::lround(q.x)), iy = int(std::lround(q.y));
        if (ix < 0 || iy < 0 || ix >= kImageSide || iy >= kImageSide || !firm.at<uint8_t>(iy, ix))
            continue;
        double a = std::atan2(-(qa.y - q.y), qa.x - q.x);
        if (a < 0)
            a += 2 * kPi;
        carried.append(Minutia{float(q.x), float(q.y), float(a), m.type, 1.0f});
        carriedIndex.append(int(index));
    }
    SynthImpression out;
    locateOnInked(carried, carriedIndex, inkedMinutiae(r.inked), firm, out);
    auto singular = [&](const QList<QPointF> &points, QList<QPointF> &into) {
        for (const QPointF &p : points) {
            const cv::Point2d q = g.masterToImage({p.x(), p.y()});
            if (q.x >= 0 && q.y >= 0 && q.x < kImageSide && q.y < kImageSide)
                into.append(QPointF(q.x, q.y));
        }
    };
    singular(master.cores, out.cores);
    singular(master.deltas, out.deltas);
    out.image = toQImage(r.image);
    out.image.setDotsPerMeterX(int(std::lround(kDotsPerMetre500Ppi)));
    out.image.setDotsPerMeterY(int(std::lround(kDotsPerMetre500Ppi)));
    return out;
}

} // namespace ridgeline::imaging
