#include "app/imaging/enhance/calibration.h"

#include "app/imaging/enhance/profile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ridgeline::imaging {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kRulerStep = 0.25; // px between ruler profile samples

Error bad(const QString &reason)
{
    return Error(ErrorCode::BadInput, reason);
}

struct LineFit
{
    double offset = 0.0; // position of graduation 0, px along the line
    double spacing = 0.0;
    double residual = 0.0;
    int used = 0;
};

// Least squares position = offset + spacing * index, then once more without the outliers.
LineFit fitGraduations(const std::vector<double> &pos, const std::vector<int> &index, double spacingGuess)
{
    std::vector<bool> keep(pos.size(), true);
    LineFit fit;
    for (int pass = 0; pass < 3; ++pass) {
        double n = 0, sk = 0, sp = 0, skk = 0, skp = 0;
        for (size_t i = 0; i < pos.size(); ++i)
            if (keep[i]) {
                n += 1;
                sk += index[i];
                sp += pos[i];
                skk += double(index[i]) * index[i];
                skp += index[i] * pos[i];
            }
        const double denom = n * skk - sk * sk;
        if (n < 3 || denom == 0.0)
            return {};
        fit.spacing = (n * skp - sk * sp) / denom;
        fit.offset = (sp - fit.spacing * sk) / n;
        double ss = 0.0;
        fit.used = 0;
        for (size_t i = 0; i < pos.size(); ++i) {
            const double r = pos[i] - (fit.offset + fit.spacing * index[i]);
            if (pass < 2) // drop outliers, then the stragglers
                keep[i] = std::abs(r) < (pass == 0 ? 0.3 : 0.12) * spacingGuess;
            if (keep[i]) {
                ss += r * r;
                ++fit.used;
            }
        }
        fit.residual = std::sqrt(ss / std::max(1, fit.used));
    }
    return fit;
}

// Sub-pixel graduation positions (in samples) from a profile where graduations are maxima. Maxima
// much weaker than the typical graduation (noise beyond the scale's ends) are dropped.
std::vector<double> findGraduations(const std::vector<double> &signal, double period)
{
    std::vector<double> found;
    std::vector<double> prominence;
    const int n = int(signal.size());
    const int half = std::max(1, int(period * 0.3));
    for (int i = half; i < n - half; ++i) {
        bool isMax = true;
        double lo = signal[size_t(i)];
        for (int k = -half; k <= half && isMax; ++k) {
            if (signal[size_t(i + k)] > signal[size_t(i)] || (k < 0 && signal[size_t(i + k)] == signal[size_t(i)]))
                isMax = false;
            lo = std::min(lo, signal[size_t(i + k)]);
        }
        if (!isMax || signal[size_t(i)] <= 0.0)
            continue;
        // Centroid of the darkness above the window's floor.
        double s = 0.0;
        double w = 0.0;
        for (int k = -half; k <= half; ++k) {
            const double v = signal[size_t(i + k)] - lo;
            s += v * (i + k);
            w += v;
        }
        if (w > 0) {
            found.push_back(s / w);
            prominence.push_back(signal[size_t(i)] - lo);
        }
    }
    if (found.empty())
        return found;
    std::vector<double> sorted = prominence;
    std::sort(sorted.begin(), sorted.end());
    const double typical = sorted[size_t(0.9 * double(sorted.size() - 1))];
    std::vector<double> strong;
    for (size_t i = 0; i < found.size(); ++i)
        if (prominence[i] >= 0.35 * typical)
            strong.push_back(found[i]);
    return strong;
}

} // namespace

QString calibrationMethodName(CalibrationMethod method)
{
    switch (method) {
    case CalibrationMethod::TwoPoints:
        return QStringLiteral("two-points");
    case CalibrationMethod::File:
        return QStringLiteral("file");
    case CalibrationMethod::Manifest:
        return QStringLiteral("manifest");
    case CalibrationMethod::Manual:
        return QStringLiteral("manual");
    case CalibrationMethod::None:
        break;
    }
    return QStringLiteral("none");
}

CalibrationMethod calibrationMethodFromName(const QString &name)
{
    for (const auto m : {CalibrationMethod::TwoPoints, CalibrationMethod::File, CalibrationMethod::Manifest,
                         CalibrationMethod::Manual})
        if (calibrationMethodName(m) == name)
            return m;
    return CalibrationMethod::None;
}

QJsonObject Calibration::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), calibrationMethodName(method)}, {QStringLiteral("ppi"), ppi}};
    if (method == CalibrationMethod::TwoPoints) {
        o.insert(QStringLiteral("from"), QJsonArray{from.x(), from.y()});
        o.insert(QStringLiteral("to"), QJsonArray{to.x(), to.y()});
        o.insert(QStringLiteral("millimetres"), millimetres);
        o.insert(QStringLiteral("refined"), refined);
        o.insert(QStringLiteral("graduations"), graduations);
    }
    return o;
}

Result<Calibration> Calibration::fromJson(const QJsonObject &json)
{
    Calibration c;
    const QString name = json.value(QStringLiteral("method")).toString();
    c.method = calibrationMethodFromName(name);
    if (c.method == CalibrationMethod::None && name != QStringLiteral("none"))
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration", "Calibration: unknown method '%1'")
                       .arg(name));
    c.ppi = json.value(QStringLiteral("ppi")).toDouble();
    if (c.ppi < 0 || !std::isfinite(c.ppi))
        return bad(
            QCoreApplication::translate("ridgeline::imaging::Calibration", "Calibration: the ppi must be positive"));
    const QJsonArray f = json.value(QStringLiteral("from")).toArray();
    const QJsonArray t = json.value(QStringLiteral("to")).toArray();
    if (f.size() == 2 && t.size() == 2) {
        c.from = QPointF(f[0].toDouble(), f[1].toDouble());
        c.to = QPointF(t[0].toDouble(), t[1].toDouble());
    }
    c.millimetres = json.value(QStringLiteral("millimetres")).toDouble();
    c.refined = json.value(QStringLiteral("refined")).toBool();
    c.graduations = json.value(QStringLiteral("graduations")).toInt();
    return c;
}

Result<double> ppiFromTwoPoints(QPointF from, QPointF to, double millimetres)
{
    const double px = distancePixels(from, to);
    if (!(millimetres > 0.0) || !std::isfinite(millimetres))
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Calibration: the distance must be a positive number of millimetres"));
    if (px < 1.0)
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Calibration: the two points are less than a pixel apart"));
    return px / millimetres * kMmPerInch;
}

Result<RefinedRuler> refineOnRuler(const QImage &image, QPointF from, QPointF to, const RulerRefineOptions &options)
{
    const double length = distancePixels(from, to);
    if (image.isNull() || length < 4 * options.minTickSpacing)
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Ruler refinement: the line is too short to find graduations along it"));
    const double margin = options.searchMargin * length;
    std::vector<double> p = profile::sampleLine(profile::greyPlane(image), from, to, -margin, length + margin,
                                                kRulerStep, options.bandHalfWidth);
    if (options.darkTicks)
        for (double &v : p)
            v = -v;
    p = profile::gaussianSmooth(p, 0.5 / kRulerStep);
    const double period = profile::dominantPeriod(profile::detrend(p, int(length / kRulerStep / 4) | 1),
                                                  options.minTickSpacing / kRulerStep);
    if (period <= 0.0)
        return bad(QCoreApplication::translate(
            "ridgeline::imaging::Calibration",
            "Ruler refinement: no regular graduations along the line; place both points on the "
            "scale's marks, or calibrate without refinement"));
    const std::vector<double> signal = profile::detrend(p, int(std::lround(period)) | 1);
    const std::vector<double> ticks = findGraduations(signal, period);
    std::vector<double> pos;
    std::vector<int> index;
    for (size_t i = 0; i < ticks.size(); ++i) {
        pos.push_back(ticks[i] * kRulerStep - margin);
        index.push_back(i == 0 ? 0 : index.back() + int(std::lround((ticks[i] - ticks[i - 1]) / period)));
    }
    const LineFit fit = fitGraduations(pos, index, period * kRulerStep);
    if (fit.used < 3 || fit.spacing < options.minTickSpacing)
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Ruler refinement: fewer than three graduations found along the line"));
    RefinedRuler r;
    const int kFrom = int(std::lround((0.0 - fit.offset) / fit.spacing));
    const int kTo = int(std::lround((length - fit.offset) / fit.spacing));
    const QPointF dir = (to - from) / length;
    r.from = from + dir * (fit.offset + fit.spacing * kFrom);
    r.to = from + dir * (fit.offset + fit.spacing * kTo);
    r.tickSpacing = fit.spacing;
    r.intervals = kTo - kFrom;
    r.ticksFound = fit.used;
    r.residual = fit.residual;
    if (r.intervals < 1)
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Ruler refinement: both points snap to the same graduation"));
    return r;
}

Result<Calibration> calibrateFromRuler(const QImage &image, QPointF from, QPointF to, double millimetres, bool refine,
                                       const RulerRefineOptions &options)
{
    Calibration c;
    c.method = CalibrationMethod::TwoPoints;
    c.from = from;
    c.to = to;
    c.millimetres = millimetres;
    double px = distancePixels(from, to);
    if (refine) {
        auto refined = refineOnRuler(image, from, to, options);
        if (!refined)
            return refined.error();
        c.from = refined->from;
        c.to = refined->to;
        c.refined = true;
        c.graduations = refined->intervals;
        px = refined->intervals * refined->tickSpacing; // the fitted spacing is more precise than two ticks
    }
    if (!(millimetres > 0.0))
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Calibration: the distance must be a positive number of millimetres"));
    if (px < 1.0)
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Calibration: the two points are less than a pixel apart"));
    c.ppi = px / millimetres * kMmPerInch;
    return c;
}

double distancePixels(QPointF a, QPointF b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

double distanceMillimetres(QPointF a, QPointF b, double ppi)
{
    return ppi > 0.0 ? distancePixels(a, b) / ppi * kMmPerInch : 0.0;
}

double lineAngleDegrees(QPointF a, QPointF b)
{
    // Screen y points down, so counter-clockwise on screen is -y.
    return std::atan2(-(b.y() - a.y()), b.x() - a.x()) * 180.0 / M_PI;
}

double angleAtDegrees(QPointF vertex, QPointF a, QPointF b)
{
    const QPointF u = a - vertex;
    const QPointF v = b - vertex;
    const double cross = u.x() * v.y() - u.y() * v.x();
    const double dot = u.x() * v.x() + u.y() * v.y();
    return std::abs(std::atan2(cross, dot)) * 180.0 / M_PI;
}

Result<RidgeCount> countRidges(const QImage &image, QPointF a, QPointF b, const RidgeCountOptions &options)
{
    const double length = distancePixels(a, b);
    if (image.isNull() || length < 2.0)
        return bad(QCoreApplication::translate("ridgeline::imaging::Calibration",
                                               "Ridge count: the line must be at least 2 pixels long"));
    std::vector<double> p =
        profile::sampleLine(profile::greyPlane(image), a, b, 0.0, length, 1.0, options.bandHalfWidth);
    if (options.darkRidges)
        for (double &v : p)
            v = -v;
    p = profile::gaussianSmooth(p, options.smoothing);
    // Remove shading with a moving average one ridge period wide (it cancels the ridges exactly).
    const double period = profile::dominantPeriod(p, 3.0);
    const std::vector<double> d = profile::detrend(p, period > 0 ? (int(std::lround(period)) | 1) : 15);
    double ss = 0.0;
    for (double v : d)
        ss += v * v;
    const double sd = std::sqrt(ss / d.size());
    RidgeCount result;
    result.profile = QVector<double>(p.begin(), p.end());
    if (sd <= 1e-9)
        return result; // a flat line crosses nothing
    const double hi = options.hysteresis * sd;
    enum class State
    {
        Unknown,
        Ridge,
        Furrow
    } state = State::Unknown;
    int ridgeStart = -1;
    const QPointF dir = (b - a) / length;
    for (int i = 0; i < int(d.size()); ++i) {
        if (d[size_t(i)] > hi && state != State::Ridge) {
            // Entering a ridge; one that starts before any furrow is the ridge the start point sits on.
            ridgeStart = state == State::Furrow ? i : -1;
            state = State::Ridge;
        } else if (d[size_t(i)] < -hi && state != State::Furrow) {
            if (state == State::Ridge && ridgeStart >= 0) {
                ++result.count;
                result.crossings.append(a + dir * ((ridgeStart + i - 1) / 2.0));
            }
            state = State::Furrow;
        }
    }
    return result; // a ridge still open at the end is the one the end point sits on
}

} // namespace ridgeline::imaging
