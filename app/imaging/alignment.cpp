#include "app/imaging/alignment.h"

#include <QCoreApplication>
#include <QLineF>

#include <opencv2/calib3d.hpp>

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <numeric>
#include <optional>
#include <vector>

namespace ridgeline::imaging {

namespace {

using Model = std::array<double, 6>;
using Complex = std::complex<double>;

constexpr double kSamePointPx = 0.5; // closer points are one point at the image's resolution
constexpr double kMinScale = 0.01;   // exemplar px per mark px; beyond these no real pair of
constexpr double kMaxScale = 100.0;  // images differs, so the pairs are wrong
constexpr double kMinAspect = 0.05;  // an affine squashing the mark more than this has collapsed

Error badInput(const QString &message)
{
    return Error(ErrorCode::BadInput, message);
}

QString px(double value)
{
    return QString::number(value, 'f', 1);
}

QPointF apply(const Model &m, QPointF p)
{
    return {m[0] * p.x() + m[1] * p.y() + m[2], m[3] * p.x() + m[4] * p.y() + m[5]};
}

double determinant(const Model &m)
{
    return m[0] * m[4] - m[1] * m[3];
}

// Singular values of the linear part (largest first).
std::pair<double, double> singularValues(const Model &m)
{
    const double e = (m[0] + m[4]) / 2, f = (m[0] - m[4]) / 2, g = (m[3] + m[1]) / 2, h = (m[3] - m[1]) / 2;
    const double q = std::hypot(e, h), r = std::hypot(f, g);
    return {q + r, std::abs(q - r)};
}

bool isDegenerate(const Model &m)
{
    const auto [high, low] = singularValues(m);
    return !std::isfinite(high) || low < kMinScale || high > kMaxScale || low < kMinAspect * high;
}

QList<double> squaredResiduals(const Model &m, const QList<PointPair> &pairs)
{
    QList<double> out;
    out.reserve(pairs.size());
    for (const PointPair &p : pairs) {
        const QPointF d = apply(m, p.mark) - p.exemplar;
        out.append(d.x() * d.x() + d.y() * d.y());
    }
    return out;
}

// The order statistic a candidate is ranked by: the median, but never one of the minimal subset's
// own (zero) residuals, so at least one pair outside the subset must agree. With 3 pairs and a
// similarity that is the third: the plain median would be 0 for every subset.
double rankingResidual(QList<double> squared, int minimal)
{
    const qsizetype n = squared.size();
    const qsizetype h = std::min(n, std::max<qsizetype>(minimal + 1, (n + minimal + 1) / 2));
    std::nth_element(squared.begin(), squared.begin() + (h - 1), squared.end());
    return squared[h - 1];
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Complex toComplex(QPointF p, bool conjugate)
{
    return {p.x(), conjugate ? -p.y() : p.y()};
}

// w = a z + b (or a conj(z) + b when mirrored) as a 2x3 matrix.
Model similarityModel(Complex a, Complex b, bool mirror)
{
    if (mirror)
        return {a.real(), a.imag(), b.real(), a.imag(), -a.real(), b.imag()};
    return {a.real(), -a.imag(), b.real(), a.imag(), a.real(), b.imag()};
}

// Least-squares similarity over `indices`: the closed-form 2D Procrustes (Umeyama) solution, which
// in complex numbers is the linear least squares of w = a z + b.
std::optional<Model> fitSimilarity(const QList<PointPair> &pairs, const QList<int> &indices, bool mirror)
{
    Complex zMean, wMean;
    for (int i : indices) {
        zMean += toComplex(pairs[i].mark, mirror);
        wMean += toComplex(pairs[i].exemplar, false);
    }
    zMean /= double(indices.size());
    wMean /= double(indices.size());
    Complex cross;
    double spread = 0;
    for (int i : indices) {
        const Complex z = toComplex(pairs[i].mark, mirror) - zMean;
        cross += std::conj(z) * (toComplex(pairs[i].exemplar, false) - wMean);
        spread += std::norm(z);
    }
    if (!(spread > 0))
        return std::nullopt;
    const Complex a = cross / spread;
    return similarityModel(a, wMean - a * zMean, mirror);
}

// Centred second moments of the mark points: (largest, smallest) eigenvalue and the mean.
struct Moments
{
    QPointF mean;
    double sxx = 0, sxy = 0, syy = 0;
    double large() const { return (sxx + syy) / 2 + std::hypot((sxx - syy) / 2, sxy); }
    double small() const { return (sxx + syy) / 2 - std::hypot((sxx - syy) / 2, sxy); }
};

Moments markMoments(const QList<PointPair> &pairs, const QList<int> &indices)
{
    Moments m;
    for (int i : indices)
        m.mean += pairs[i].mark;
    m.mean /= double(indices.size());
    for (int i : indices) {
        const QPointF d = pairs[i].mark - m.mean;
        m.sxx += d.x() * d.x();
        m.sxy += d.x() * d.y();
        m.syy += d.y() * d.y();
    }
    return m;
}

// Points within a pixel or 2% of their extent of one line leave an affine undetermined.
bool onOneLine(const QList<PointPair> &pairs, const QList<int> &indices)
{
    const Moments m = markMoments(pairs, indices);
    const double n = double(indices.size());
    const double across = std::sqrt(std::max(0.0, m.small()) / n), along = std::sqrt(m.large() / n);
    return across < std::max(1.0, 0.02 * along);
}

// Least-squares affine over `indices` (normal equations on centred points, well conditioned once
// the points are off one line, which the caller checks).
std::optional<Model> fitAffine(const QList<PointPair> &pairs, const QList<int> &indices)
{
    const Moments m = markMoments(pairs, indices);
    QPointF wMean;
    for (int i : indices)
        wMean += pairs[i].exemplar;
    wMean /= double(indices.size());
    double bxx = 0, bxy = 0, byx = 0, byy = 0; // sum of (w - wMean)(z - zMean)^T
    for (int i : indices) {
        const QPointF z = pairs[i].mark - m.mean, w = pairs[i].exemplar - wMean;
        bxx += w.x() * z.x();
        bxy += w.x() * z.y();
        byx += w.y() * z.x();
        byy += w.y() * z.y();
    }
    const double det = m.sxx * m.syy - m.sxy * m.sxy;
    if (!(std::abs(det) > 0))
        return std::nullopt;
    const double ixx = m.syy / det, ixy = -m.sxy / det, iyy = m.sxx / det;
    Model out{bxx * ixx + bxy * ixy, bxx * ixy + bxy * iyy, 0, byx * ixx + byy * ixy, byx * ixy + byy * iyy, 0};
    out[2] = wMean.x() - out[0] * m.mean.x() - out[1] * m.mean.y();
    out[5] = wMean.y() - out[3] * m.mean.x() - out[4] * m.mean.y();
    return out;
}

// The best candidate among the models the options allow, and the best mirrored one they refuse.
struct Search
{
    std::optional<Model> best;
    double bestRank = std::numeric_limits<double>::infinity();
    double bestSum = std::numeric_limits<double>::infinity();
    double refusedMirrorRank = std::numeric_limits<double>::infinity();
    std::optional<Model> degenerateSeen; // the last degenerate candidate, for the message

    void offer(const Model &model, const QList<PointPair> &pairs, int minimal, bool allowMirror)
    {
        if (isDegenerate(model)) {
            degenerateSeen = model;
            return;
        }
        const QList<double> squared = squaredResiduals(model, pairs);
        const double rank = rankingResidual(squared, minimal);
        if (!allowMirror && determinant(model) < 0) {
            refusedMirrorRank = std::min(refusedMirrorRank, rank);
            return;
        }
        double sum = 0;
        for (double s : squared)
            sum += s;
        // Ties (exact data: every subset fits) go to the smaller total, then to the earlier subset.
        if (rank < bestRank || (rank == bestRank && sum < bestSum)) {
            best = model;
            bestRank = rank;
            bestSum = sum;
        }
    }
};

void searchExhaustive(const QList<PointPair> &pairs, const AlignmentOptions &options, Search &search)
{
    const int n = int(pairs.size());
    if (options.kind == AlignmentKind::Similarity) {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                for (bool mirror : {false, true})
                    if (const auto model = fitSimilarity(pairs, {i, j}, mirror))
                        search.offer(*model, pairs, 2, options.allowMirror);
        return;
    }
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            for (int k = j + 1; k < n; ++k)
                if (!onOneLine(pairs, {i, j, k}))
                    if (const auto model = fitAffine(pairs, {i, j, k}))
                        search.offer(*model, pairs, 3, options.allowMirror);
}

std::optional<Model> fromCv(const cv::Mat &m)
{
    if (m.empty())
        return std::nullopt;
    return Model{m.at<double>(0, 0), m.at<double>(0, 1), m.at<double>(0, 2),
                 m.at<double>(1, 0), m.at<double>(1, 1), m.at<double>(1, 2)};
}

// Many pairs: OpenCV's LMEDS sampler (seeded, so deterministic) proposes the model; for a mirrored
// similarity it runs again on the mark flipped top to bottom.
void searchSampled(const QList<PointPair> &pairs, const AlignmentOptions &options, Search &search)
{
    std::vector<cv::Point2d> from, flipped, to;
    for (const PointPair &p : pairs) {
        from.emplace_back(p.mark.x(), p.mark.y());
        flipped.emplace_back(p.mark.x(), -p.mark.y());
        to.emplace_back(p.exemplar.x(), p.exemplar.y());
    }
    if (options.kind == AlignmentKind::Affine) {
        if (const auto model = fromCv(cv::estimateAffine2D(from, to, cv::noArray(), cv::LMEDS)))
            search.offer(*model, pairs, 3, options.allowMirror);
        return;
    }
    if (const auto model = fromCv(cv::estimateAffinePartial2D(from, to, cv::noArray(), cv::LMEDS)))
        search.offer(*model, pairs, 2, options.allowMirror);
    if (auto model = fromCv(cv::estimateAffinePartial2D(flipped, to, cv::noArray(), cv::LMEDS))) {
        (*model)[1] = -(*model)[1];
        (*model)[4] = -(*model)[4];
        search.offer(*model, pairs, 2, options.allowMirror);
    }
}

std::optional<Error> checkInput(const QList<PointPair> &pairs, const AlignmentOptions &options)
{
    const bool affine = options.kind == AlignmentKind::Affine;
    const int minimal = affine ? 3 : 2;
    if (pairs.size() < minimal)
        return badInput(affine ? QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                             "An affine alignment needs at least 3 pairs of "
                                                             "corresponding points; %1 given. Add more pairs.")
                                     .arg(pairs.size())
                               : QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                             "A similarity alignment needs at least 2 pairs of "
                                                             "corresponding points; %1 given. Add more pairs.")
                                     .arg(pairs.size()));
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const PointPair &p = pairs[i];
        if (!std::isfinite(p.mark.x()) || !std::isfinite(p.mark.y()) || !std::isfinite(p.exemplar.x()) ||
            !std::isfinite(p.exemplar.y()))
            return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                        "Pair %1 has a coordinate that is not a number. Place its "
                                                        "points again.")
                                .arg(i + 1));
        for (qsizetype j = 0; j < i; ++j) {
            const double onMark = QLineF(p.mark, pairs[j].mark).length();
            const double onExemplar = QLineF(p.exemplar, pairs[j].exemplar).length();
            if (onMark < kSamePointPx)
                return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                            "Pairs %1 and %2 use the same point on the mark (%3 px "
                                                            "apart). Remove one of them.")
                                    .arg(j + 1)
                                    .arg(i + 1)
                                    .arg(px(onMark)));
            if (onExemplar < kSamePointPx)
                return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                            "Pairs %1 and %2 use the same point on the exemplar (%3 "
                                                            "px apart). Remove one of them.")
                                    .arg(j + 1)
                                    .arg(i + 1)
                                    .arg(px(onExemplar)));
        }
    }
    QList<int> all(pairs.size());
    std::iota(all.begin(), all.end(), 0);
    if (affine && onOneLine(pairs, all))
        return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                    "The points on the mark lie on one line, so an affine "
                                                    "alignment is undetermined. Add a pair away from that line or "
                                                    "use a similarity alignment."));
    return std::nullopt;
}

Error noConsistentModel()
{
    return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                "No consistent alignment fits these pairs. Check that each pair "
                                                "joins the same feature on the mark and on the exemplar."));
}

Error degenerate(const Model &m)
{
    const auto [high, low] = singularValues(m);
    return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                "The pairs give a degenerate alignment (scale %1 to %2). Check "
                                                "that each pair joins the same feature on the mark and on the "
                                                "exemplar.")
                        .arg(low, 0, 'g', 3)
                        .arg(high, 0, 'g', 3));
}

// Refits on the inliers until the inlier set no longer changes. `inliers` comes back as the set
// the returned model was fitted on.
Model refine(Model model, const QList<PointPair> &pairs, const AlignmentOptions &options, double threshold,
             QList<bool> &inliers)
{
    const int minimal = options.kind == AlignmentKind::Affine ? 3 : 2;
    const bool mirror = determinant(model) < 0;
    QList<bool> fittedOn = inliers;
    for (int round = 0; round < 10; ++round) {
        QList<int> used;
        for (qsizetype i = 0; i < pairs.size(); ++i)
            if (inliers[i])
                used.append(int(i));
        if (used.size() < minimal || (options.kind == AlignmentKind::Affine && onOneLine(pairs, used)))
            break;
        const auto fitted =
            options.kind == AlignmentKind::Affine ? fitAffine(pairs, used) : fitSimilarity(pairs, used, mirror);
        if (!fitted || isDegenerate(*fitted) || (determinant(*fitted) < 0) != mirror)
            break;
        model = *fitted;
        fittedOn = inliers;
        const QList<double> squared = squaredResiduals(model, pairs);
        QList<bool> next(pairs.size());
        for (qsizetype i = 0; i < pairs.size(); ++i)
            next[i] = std::sqrt(squared[i]) <= threshold;
        if (next == inliers || next.count(true) < minimal)
            break;
        inliers = next;
    }
    inliers = fittedOn;
    return model;
}

double rotationOf(const Model &m)
{
    // The angle of the nearest rotation (polar decomposition), after undoing the flip if mirrored.
    const double theta =
        determinant(m) < 0 ? std::atan2(m[3] + m[1], m[0] - m[4]) : std::atan2(m[3] - m[1], m[0] + m[4]);
    double degrees = -theta * 180.0 / M_PI; // y points down: counter-clockwise on screen is negative
    if (degrees <= -180.0)
        degrees += 360.0;
    return degrees + 0.0; // no -0
}

} // namespace

QTransform Alignment::transform() const
{
    return QTransform(matrix[0], matrix[3], matrix[1], matrix[4], matrix[2], matrix[5]);
}

QPointF Alignment::map(QPointF markPoint) const
{
    return apply(matrix, markPoint);
}

Result<Alignment> estimateAlignment(const QList<PointPair> &pairs, const AlignmentOptions &options)
{
    if (auto error = checkInput(pairs, options))
        return *error;
    const int minimal = options.kind == AlignmentKind::Affine ? 3 : 2;
    Search search;
    if (pairs.size() <= std::max(options.exhaustiveLimit, minimal + 1))
        searchExhaustive(pairs, options, search);
    else
        searchSampled(pairs, options, search);

    const double floor = std::max(0.0, options.inlierFloorPx);
    const bool mirrorFitsBetter = search.refusedMirrorRank * 4 < search.bestRank;
    if (!search.best || (mirrorFitsBetter && std::sqrt(search.bestRank) > floor)) {
        if (std::isfinite(search.refusedMirrorRank))
            return badInput(QCoreApplication::translate("ridgeline::imaging::Alignment",
                                                        "The pairs fit the mark mirrored (error %1 px mirrored, "
                                                        "%2 px as it is). Allow mirroring if the mark is reversed, "
                                                        "or check the pairs.")
                                .arg(px(std::sqrt(search.refusedMirrorRank)))
                                .arg(search.best ? px(std::sqrt(search.bestRank)) : QStringLiteral("-")));
        return search.degenerateSeen ? degenerate(*search.degenerateSeen) : noConsistentModel();
    }

    // Rousseeuw's robust spread from the median squared residual, with his small-sample factor.
    const QList<double> squared = squaredResiduals(*search.best, pairs);
    const qsizetype n = pairs.size();
    const double sigma = n > minimal ? 1.4826 * (1.0 + 5.0 / double(n - minimal)) * std::sqrt(median(squared)) : 0;
    const double threshold = std::max(floor, options.inlierSigmas * sigma);
    QList<bool> inliers(n);
    for (qsizetype i = 0; i < n; ++i)
        inliers[i] = std::sqrt(squared[i]) <= threshold;
    const Model model = refine(*search.best, pairs, options, threshold, inliers);
    if (isDegenerate(model))
        return degenerate(model);

    Alignment out;
    out.kind = options.kind;
    out.matrix = model;
    out.mirrored = determinant(model) < 0;
    out.scale = std::sqrt(std::abs(determinant(model)));
    out.rotationDegrees = rotationOf(model);
    out.inlierThreshold = threshold;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double r = QLineF(apply(model, pairs[i].mark), pairs[i].exemplar).length();
        out.residuals.append(r);
        out.inliers.append(inliers[i]);
        if (inliers[i]) {
            ++out.inlierCount;
            sum += r * r;
        }
    }
    out.rmsResidual = out.inlierCount > 0 ? std::sqrt(sum / out.inlierCount) : 0.0;
    return out;
}

} // namespace ridgeline::imaging
