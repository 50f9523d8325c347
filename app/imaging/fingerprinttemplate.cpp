#include "app/imaging/fingerprinttemplate.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ridgeline::imaging {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr int kSpatial = 8;      // cells per side
constexpr int kDirections = 4;   // direction bins
constexpr float kRadius = 72.0f; // px at 500 ppi
constexpr float kSigmaS = 10.0f; // spatial spread of one neighbour's contribution
constexpr float kSigmaD = 0.6f;  // directional spread (radians)
constexpr float kBitThreshold = 0.3f;
constexpr float kHullMargin = 24.0f;   // px beyond the outermost minutiae still counts as print
constexpr quint32 kMagic = 0x524C5431; // "RLT1"

float wrap(float a)
{
    while (a >= kPi)
        a -= 2 * kPi;
    while (a < -kPi)
        a += 2 * kPi;
    return a;
}

void setBit(uint64_t *words, int bit)
{
    words[bit >> 6] |= uint64_t(1) << (bit & 63);
}

// Print area approximated by the convex hull of the minutiae, widened by a margin: cells outside it
// carry no information (not "no minutia here").
struct Hull
{
    std::vector<std::pair<float, float>> points; // counter-clockwise in a y-up sense is not needed

    bool contains(float x, float y) const
    {
        if (points.size() < 3)
            return true;
        float worst = -1e9f;
        for (size_t i = 0; i < points.size(); ++i) {
            const auto [x0, y0] = points[i];
            const auto [x1, y1] = points[(i + 1) % points.size()];
            const float ex = x1 - x0, ey = y1 - y0, len = std::hypot(ex, ey);
            if (len < 1e-3f)
                continue;
            // Signed distance outside this edge (hull built clockwise in image coordinates).
            worst = std::max(worst, ((x - x0) * ey - (y - y0) * ex) / len);
        }
        return worst <= kHullMargin;
    }
};

Hull convexHull(const std::vector<float> &xs, const std::vector<float> &ys)
{
    std::vector<std::pair<float, float>> p;
    for (size_t i = 0; i < xs.size(); ++i)
        p.emplace_back(xs[i], ys[i]);
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
    if (p.size() < 3)
        return {p};
    auto cross = [](auto o, auto a, auto b) {
        return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first);
    };
    std::vector<std::pair<float, float>> h(2 * p.size());
    size_t k = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0)
            --k;
        h[k++] = p[i];
    }
    for (size_t i = p.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0)
            --k;
        h[k++] = p[i - 1];
    }
    h.resize(k - 1);
    return {h};
}

FingerprintTemplate::Cylinder makeCylinder(size_t centre, const MinutiaList &m, const std::vector<float> &xs,
                                           const std::vector<float> &ys, const Hull &hull)
{
    FingerprintTemplate::Cylinder c;
    const float cx = xs[centre], cy = ys[centre], a = m[qsizetype(centre)].angle;
    // Cell axes follow the minutia direction (y up on screen, so the image y is negated).
    const float ux = std::cos(a), uy = -std::sin(a), vx = -uy, vy = ux;
    const float cell = 2 * kRadius / kSpatial;
    std::vector<size_t> near;
    for (size_t j = 0; j < xs.size(); ++j)
        if (j != centre && std::hypot(xs[j] - cx, ys[j] - cy) <= kRadius + 3 * kSigmaS)
            near.push_back(j);
    int validCells = 0;
    for (int i = 0; i < kSpatial; ++i) {
        for (int j = 0; j < kSpatial; ++j) {
            const float di = (i - (kSpatial - 1) / 2.0f) * cell, dj = (j - (kSpatial - 1) / 2.0f) * cell;
            if (std::hypot(di, dj) > kRadius)
                continue;
            const float px = cx + di * ux + dj * vx, py = cy + di * uy + dj * vy;
            if (!hull.contains(px, py))
                continue;
            ++validCells;
            float sum[kDirections] = {};
            for (size_t n : near) {
                const float d2 = (xs[n] - px) * (xs[n] - px) + (ys[n] - py) * (ys[n] - py);
                if (d2 > 9 * kSigmaS * kSigmaS)
                    continue;
                const float gs = std::exp(-d2 / (2 * kSigmaS * kSigmaS));
                const float dtheta = wrap(m[qsizetype(n)].angle - a);
                for (int k = 0; k < kDirections; ++k) {
                    const float dd = wrap(dtheta - (-kPi + (k + 0.5f) * 2 * kPi / kDirections));
                    sum[k] += gs * std::exp(-dd * dd / (2 * kSigmaD * kSigmaD));
                }
            }
            for (int k = 0; k < kDirections; ++k) {
                const int bit = (i * kSpatial + j) * kDirections + k;
                setBit(c.valid, bit);
                if (sum[k] > kBitThreshold)
                    setBit(c.bits, bit);
            }
        }
    }
    // MCC's validity rules: most of the disc inside the print and a few neighbours to describe.
    c.usable = validCells >= 24 && near.size() >= 2;
    return c;
}

} // namespace

FingerprintTemplate FingerprintTemplate::fromMinutiae(const MinutiaList &minutiae, double ppi)
{
    FingerprintTemplate t;
    t.m_minutiae = minutiae;
    t.m_ppi = ppi > 0 ? ppi : 500.0;
    t.buildDerived(true);
    return t;
}

void FingerprintTemplate::buildDerived(bool withCylinders)
{
    const float scale = float(500.0 / m_ppi);
    m_x.clear(), m_y.clear(), m_dx.clear(), m_dy.clear();
    uint64_t key = 1469598103934665603ull;
    auto mix = [&](uint64_t v) { key = (key ^ v) * 1099511628211ull; };
    for (const Minutia &m : m_minutiae) {
        m_x.push_back(m.x * scale);
        m_y.push_back(m.y * scale);
        m_dx.push_back(std::cos(m.angle));
        m_dy.push_back(-std::sin(m.angle));
        mix(uint64_t(std::lround(m.x * 16))), mix(uint64_t(std::lround(m.y * 16)));
        mix(uint64_t(std::lround(m.angle * 1000))), mix(uint64_t(m.type));
    }
    m_key = key;
    if (!withCylinders)
        return;
    const Hull hull = convexHull(m_x, m_y);
    m_cylinders.clear();
    m_cylinders.reserve(size_t(m_minutiae.size()));
    for (size_t i = 0; i < size_t(m_minutiae.size()); ++i)
        m_cylinders.push_back(makeCylinder(i, m_minutiae, m_x, m_y, hull));
}

QByteArray FingerprintTemplate::toBytes() const
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s << kMagic << m_ppi << quint32(m_minutiae.size());
    for (int i = 0; i < m_minutiae.size(); ++i) {
        const Minutia &m = m_minutiae[i];
        s << m.x << m.y << m.angle << quint8(m.type) << m.quality;
        const Cylinder &c = m_cylinders[size_t(i)];
        for (int w = 0; w < kCylinderWords; ++w)
            s << quint64(c.bits[w]) << quint64(c.valid[w]);
        s << quint8(c.usable);
    }
    return bytes;
}

Result<FingerprintTemplate> FingerprintTemplate::fromBytes(const QByteArray &bytes)
{
    QDataStream s(bytes);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, count = 0;
    FingerprintTemplate t;
    s >> magic >> t.m_ppi >> count;
    const Error bad(ErrorCode::BadInput, QStringLiteral("not a Ridgeline fingerprint template (or a damaged one)"));
    if (s.status() != QDataStream::Ok || magic != kMagic || count > 10000 || !(t.m_ppi > 0 && t.m_ppi < 1e5))
        return bad;
    for (quint32 i = 0; i < count; ++i) {
        Minutia m;
        quint8 type = 0, usable = 0;
        Cylinder c;
        s >> m.x >> m.y >> m.angle >> type >> m.quality;
        for (int w = 0; w < kCylinderWords; ++w) {
            quint64 b = 0, v = 0;
            s >> b >> v;
            c.bits[w] = b, c.valid[w] = v;
        }
        s >> usable;
        if (s.status() != QDataStream::Ok || type > 1 || !std::isfinite(m.x) || !std::isfinite(m.y))
            return bad;
        m.type = MinutiaType(type);
        c.usable = usable != 0;
        t.m_minutiae.append(m);
        t.m_cylinders.push_back(c);
    }
    if (!s.atEnd())
        return bad;
    t.buildDerived(false);
    return t;
}

} // namespace ridgeline::imaging
