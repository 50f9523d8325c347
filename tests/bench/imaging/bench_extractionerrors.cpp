// Where the minutiae extractor goes wrong on synthetic prints (plain, or latent with --latent): misses and false
// minutiae broken down by distance to the nearest core or delta, by the extractor's own quality value, by distance to
// the edge of the region of interest and by probable cause. Extraction only (no matching), so it is quick enough to run
// after every change of the extractor.
//   bench_extractionerrors [--fingers 30] [--impressions 8] [--seed 2026] [--latent] [--dump DIR]
#include "app/imaging/extractor.h"
#include "app/imaging/synthesizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>
#include <string>
#include <vector>

using namespace ridgeline::imaging;

namespace {

constexpr double kPi = std::numbers::pi;

double angleDiff(double a, double b)
{
    double d = std::fmod(std::fabs(a - b), 2 * kPi);
    return std::min(d, 2 * kPi - d);
}

// Counters by named category: total and errors.
struct Tally
{
    std::map<std::string, std::array<int, 2>> rows; // name -> {count, errors}
    void add(const std::string &name, bool error)
    {
        auto &r = rows[name];
        ++r[0];
        r[1] += error;
    }
    void merge(const Tally &o)
    {
        for (const auto &[k, v] : o.rows) {
            rows[k][0] += v[0];
            rows[k][1] += v[1];
        }
    }
};

struct Analysis
{
    Tally truth;     // true minutiae: errors are misses
    Tally extracted; // extracted minutiae: errors are false minutiae
    Tally causes;    // counts only
    int truthCount = 0, extractedCount = 0, found = 0;
    void merge(const Analysis &o)
    {
        truth.merge(o.truth);
        extracted.merge(o.extracted);
        causes.merge(o.causes);
        truthCount += o.truthCount;
        extractedCount += o.extractedCount;
        found += o.found;
    }
};

std::string singularBin(const SynthImpression &imp, float x, float y)
{
    double d = 1e9;
    for (const auto *list : {&imp.cores, &imp.deltas})
        for (const QPointF &p : *list)
            d = std::min(d, std::hypot(p.x() - x, p.y() - y));
    if (d < 25)
        return "singular <25 px";
    if (d < 50)
        return "singular 25-50 px";
    if (d < 80)
        return "singular 50-80 px";
    return "singular >=80 px or none";
}

std::string qualityBin(const ExtractionResult &r, float x, float y)
{
    const int bx = std::clamp(int(x) / r.blockSize, 0, r.quality.width() - 1);
    const int by = std::clamp(int(y) / r.blockSize, 0, r.quality.height() - 1);
    const int q = r.quality.pixelColor(bx, by).red();
    return q < 128 ? "block quality <0.5" : q < 192 ? "block quality 0.5-0.75" : "block quality >=0.75";
}

// Chamfer (3-4) distance to the nearest pixel outside the region of interest; the image edge counts.
struct EdgeDistance
{
    int width = 0, height = 0;
    std::vector<float> d;
    explicit EdgeDistance(const QImage &roi)
        : width(roi.width())
        , height(roi.height())
        , d(size_t(width) * height)
    {
        for (int y = 0; y < height; ++y) {
            const uchar *row = roi.constScanLine(y);
            for (int x = 0; x < width; ++x)
                d[size_t(y) * width + x] = row[x] ? 1e6f : 0.0f;
        }
        auto at = [&](int x, int y) {
            return x < 0 || y < 0 || x >= width || y >= height ? 0.0f : d[size_t(y) * width + x];
        };
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                float &v = d[size_t(y) * width + x];
                v = std::min({v, at(x - 1, y) + 3, at(x, y - 1) + 3, at(x - 1, y - 1) + 4, at(x + 1, y - 1) + 4});
            }
        for (int y = height - 1; y >= 0; --y)
            for (int x = width - 1; x >= 0; --x) {
                float &v = d[size_t(y) * width + x];
                v = std::min({v, at(x + 1, y) + 3, at(x, y + 1) + 3, at(x + 1, y + 1) + 4, at(x - 1, y + 1) + 4});
            }
    }
    float at(float x, float y) const
    {
        const int ix = std::clamp(int(std::lround(x)), 0, width - 1),
                  iy = std::clamp(int(std::lround(y)), 0, height - 1);
        return d[size_t(iy) * width + ix] / 3.0f;
    }
};

std::string edgeBin(const EdgeDistance &edgeDistance, float x, float y)
{
    const float d = edgeDistance.at(x, y);
    return d < 24 ? "ROI edge <24 px" : d < 48 ? "ROI edge 24-48 px" : "ROI edge >=48 px";
}

Analysis analyse(const SynthImpression &imp, const ExtractionResult &r)
{
    Analysis a;
    const MinutiaList &truth = imp.minutiae, &ext = r.minutiae;
    // Same rule as the accuracy benchmark: greedy in truth order, within 10 px and 20 degrees.
    std::vector<int> matchOfTruth(size_t(truth.size()), -1), matchOfExt(size_t(ext.size()), -1);
    for (qsizetype i = 0; i < truth.size(); ++i)
        for (qsizetype j = 0; j < ext.size(); ++j)
            if (matchOfExt[size_t(j)] < 0 && std::hypot(ext[j].x - truth[i].x, ext[j].y - truth[i].y) <= 10.0 &&
                angleDiff(ext[j].angle, truth[i].angle) <= 20.0 * kPi / 180.0) {
                matchOfExt[size_t(j)] = int(i), matchOfTruth[size_t(i)] = int(j);
                ++a.found;
                break;
            }
    a.truthCount = int(truth.size());
    a.extractedCount = int(ext.size());
    const EdgeDistance edge(r.regionOfInterest);

    for (qsizetype i = 0; i < truth.size(); ++i) {
        const Minutia &t = truth[i];
        const bool miss = matchOfTruth[size_t(i)] < 0;
        a.truth.add(t.type == MinutiaType::Ending ? "type ending" : "type bifurcation", miss);
        a.truth.add(imp.masterIndex[i] < 0 ? "origin pressure-made" : "origin master", miss);
        a.truth.add(singularBin(imp, t.x, t.y), miss);
        a.truth.add(qualityBin(r, t.x, t.y), miss);
        a.truth.add(edgeBin(edge, t.x, t.y), miss);
        if (!miss)
            continue;
        // Cause of a miss: what the extractor has near it.
        double bestD = 1e9;
        int best = -1;
        for (qsizetype j = 0; j < ext.size(); ++j) {
            const double d = std::hypot(ext[j].x - t.x, ext[j].y - t.y);
            if (d < bestD)
                bestD = d, best = int(j);
        }
        if (best < 0 || bestD > 10.0) {
            // A displaced twin: same type and direction, 10-25 px away; where along the ridge?
            std::string twin = "no twin";
            for (qsizetype j = 0; j < ext.size(); ++j) {
                const double dx = ext[j].x - t.x, dy = ext[j].y - t.y, d = std::hypot(dx, dy);
                if (d <= 25 && ext[j].type == t.type && angleDiff(ext[j].angle, t.angle) <= 30 * kPi / 180) {
                    const double along = dx * std::cos(t.angle) - dy * std::sin(t.angle);
                    twin = along > 0 ? "twin 10-25 px ahead (direction side)" : "twin 10-25 px behind";
                    break;
                }
            }
            a.causes.add(std::string("miss: nothing within 10 px, ") +
                             (t.type == MinutiaType::Ending ? "ending, " : "bifurcation, ") + twin,
                         true);
            a.causes.add(std::string("miss: nothing within 10 px, edge ") + edgeBin(edge, t.x, t.y), true);
        } else {
            const Minutia &e = ext[best];
            const double da = angleDiff(e.angle, t.angle) * 180 / kPi;
            const std::string kind = e.type == t.type ? "same type" : "other type";
            if (matchOfExt[size_t(best)] >= 0 && da <= 20)
                a.causes.add("miss: nearest extracted taken by another true minutia", true);
            else if (da > 150)
                a.causes.add("miss: nearest within 10 px points the opposite way, " + kind, true);
            else if (da > 20)
                a.causes.add("miss: nearest within 10 px, direction off 20-150 deg, " + kind, true);
            else
                a.causes.add("miss: other", true);
        }
    }
    for (qsizetype j = 0; j < ext.size(); ++j) {
        const Minutia &e = ext[j];
        const bool falseOne = matchOfExt[size_t(j)] < 0;
        a.extracted.add(e.type == MinutiaType::Ending ? "type ending" : "type bifurcation", falseOne);
        a.extracted.add(singularBin(imp, e.x, e.y), falseOne);
        a.extracted.add(qualityBin(r, e.x, e.y), falseOne);
        a.extracted.add(edgeBin(edge, e.x, e.y), falseOne);
        a.extracted.add(e.quality < 0.5   ? "minutia quality <0.5"
                        : e.quality < 0.8 ? "minutia quality 0.5-0.8"
                                          : "minutia quality >=0.8",
                        falseOne);
        if (!falseOne)
            continue;
        double nearTruth = 1e9;
        for (const Minutia &t : truth)
            nearTruth = std::min(nearTruth, double(std::hypot(e.x - t.x, e.y - t.y)));
        // Another false minutia close by: a pair made by one flaw.
        double nearFalse = 1e9;
        int partner = -1;
        for (qsizetype k = 0; k < ext.size(); ++k)
            if (k != j && matchOfExt[size_t(k)] < 0) {
                const double d = std::hypot(ext[k].x - e.x, ext[k].y - e.y);
                if (d < nearFalse)
                    nearFalse = d, partner = int(k);
            }
        const bool isEnding = e.type == MinutiaType::Ending;
        std::string cause;
        if (nearTruth <= 10)
            cause = "false: a true minutia within 10 px (direction or pairing)";
        else if (partner >= 0 && nearFalse <= 20) {
            const bool otherEnding = ext[partner].type == MinutiaType::Ending;
            cause = isEnding && otherEnding     ? "false pair <=20 px: ending + ending (break / short ridge)"
                    : !isEnding && !otherEnding ? "false pair <=20 px: bifurcation x2 (bridge / lake)"
                                                : "false pair <=20 px: ending + bifurcation (spur)";
        } else
            cause = std::string("false: isolated, ") + (isEnding ? "ending" : "bifurcation");
        a.causes.add(cause + ", edge " + edgeBin(edge, e.x, e.y), true);
    }
    return a;
}

// Overlay for looking at errors: truth found (green), truth missed (blue), extracted false (red);
// a tick shows each direction. Scaled up 2x.
void dumpOverlay(const QString &path, const SynthImpression &imp, const ExtractionResult &r)
{
    QImage canvas = imp.image.convertToFormat(QImage::Format_RGB32).scaled(imp.image.size() * 2);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::Antialiasing);
    auto draw = [&](const Minutia &m, QColor c, bool square) {
        p.setPen(QPen(c, 2));
        const QPointF at(m.x * 2 + 1, m.y * 2 + 1);
        if (square)
            p.drawRect(QRectF(at - QPointF(5, 5), QSizeF(10, 10)));
        else
            p.drawEllipse(at, 6, 6);
        p.drawLine(at, at + QPointF(std::cos(m.angle) * 14, -std::sin(m.angle) * 14));
    };
    std::vector<char> used(size_t(r.minutiae.size()), 0);
    for (const Minutia &t : imp.minutiae) {
        bool hit = false;
        for (qsizetype j = 0; j < r.minutiae.size() && !hit; ++j)
            if (!used[size_t(j)] && std::hypot(r.minutiae[j].x - t.x, r.minutiae[j].y - t.y) <= 10.0 &&
                angleDiff(r.minutiae[j].angle, t.angle) <= 20.0 * kPi / 180.0)
                used[size_t(j)] = 1, hit = true;
        draw(t, hit ? QColor(0, 170, 0) : QColor(0, 80, 255), t.type == MinutiaType::Bifurcation);
    }
    for (qsizetype j = 0; j < r.minutiae.size(); ++j)
        if (!used[size_t(j)])
            draw(r.minutiae[j], QColor(230, 0, 0), r.minutiae[j].type == MinutiaType::Bifurcation);
    p.setPen(QPen(QColor(255, 0, 255), 2));
    for (const auto *list : {&imp.cores, &imp.deltas})
        for (const QPointF &c : *list)
            p.drawEllipse(c * 2, 25, 25);
    p.end();
    canvas.save(path);
}

void printTally(const char *title, const Tally &t, const char *errorName)
{
    std::printf("%s\n", title);
    for (const auto &[k, v] : t.rows)
        std::printf("  %-58s %6d  %s %6d (%5.1f%%)\n", k.c_str(), v[0], errorName, v[1],
                    v[0] ? 100.0 * v[1] / v[0] : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int fingers = option(QStringLiteral("--fingers"), QStringLiteral("30")).toInt();
    const int impressions = option(QStringLiteral("--impressions"), QStringLiteral("8")).toInt();
    const quint64 seed = option(QStringLiteral("--seed"), QStringLiteral("2026")).toULongLong();
    QElapsedTimer timer;
    timer.start();
    const QString dump = option(QStringLiteral("--dump"), QString());
    const bool latent = args.contains(QStringLiteral("--latent"));
    QList<int> ids;
    for (int f = 1; f <= fingers; ++f)
        ids.append(f);
    const std::function<Analysis(int)> run = [&](int finger) {
        const MasterPrint master = synthesizeMaster(fingerSeed(seed, finger), finger);
        Analysis a;
        for (int i = 1; i <= impressions; ++i) {
            const SynthImpression imp = synthesizeImpression(master, fingerSeed(seed, finger), i, latent);
            const auto r = extractMinutiae(imp.image);
            if (r)
                a.merge(analyse(imp, *r));
            if (r && !dump.isEmpty() && finger <= 4 && i <= 2)
                dumpOverlay(QDir(dump).filePath(QStringLiteral("f%1_%2.png").arg(finger).arg(i)), imp, *r);
        }
        return a;
    };
    Analysis all;
    for (const Analysis &a : QtConcurrent::blockingMapped(ids, run))
        all.merge(a);
    std::printf("%s, %d fingers x %d: recall %.1f%%, precision %.1f%% (%d true, %d extracted, %d found)\n",
                latent ? "latent" : "plain", fingers, impressions, 100.0 * all.found / std::max(1, all.truthCount),
                100.0 * all.found / std::max(1, all.extractedCount), all.truthCount, all.extractedCount, all.found);
    printTally("true minutiae", all.truth, "missed");
    printTally("extracted minutiae", all.extracted, "false");
    std::printf("causes\n");
    for (const auto &[k, v] : all.causes.rows)
        std::printf("  %-90s %6d\n", k.c_str(), v[0]);
    std::printf("total %.0f s\n", timer.nsecsElapsed() / 1e9);
    return 0;
}
