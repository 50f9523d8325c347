#pragma once

#include "app/core/error.h"
#include "app/imaging/minutia.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace ridgeline::imaging {

// Minutiae of one impression plus the precomputed local structures the matcher compares: a binary
// Minutia Cylinder-Code (Cappelli, Ferrara and Maltoni) per minutia. Built once per exemplar and
// stored as bytes; rebuildable from the minutiae. Immutable after construction, so one template can
// be compared from many threads at once.
class FingerprintTemplate
{
public:
    static constexpr int kCylinderWords = 4; // 8x8 spatial cells x 4 direction bins = 256 bits

    struct Cylinder
    {
        uint64_t bits[kCylinderWords] = {};
        uint64_t valid[kCylinderWords] = {}; // cells inside the cylinder and the print area
        bool usable = false;                 // enough valid cells and neighbours to be compared
    };

    FingerprintTemplate() = default;
    // minutiae in image pixels at `ppi`; the template works in 500-ppi units internally.
    static FingerprintTemplate fromMinutiae(const MinutiaList &minutiae, double ppi = 500.0);

    const MinutiaList &minutiae() const { return m_minutiae; }
    double ppi() const { return m_ppi; }
    bool isEmpty() const { return m_minutiae.isEmpty(); }

    // Positions in 500-ppi units, used by the matcher.
    const std::vector<float> &xs() const { return m_x; }
    const std::vector<float> &ys() const { return m_y; }
    // Direction of each minutia as a unit vector in image axes (x right, y down).
    const std::vector<float> &dirX() const { return m_dx; }
    const std::vector<float> &dirY() const { return m_dy; }
    const std::vector<Cylinder> &cylinders() const { return m_cylinders; }
    // Stable content fingerprint; orders the two sides of a comparison so scores are symmetric.
    uint64_t contentKey() const { return m_key; }

    // Versioned little-endian byte form ("RLT1"), cylinders included so loading needs no rebuild.
    QByteArray toBytes() const;
    // Errors: BadInput for a truncated, foreign or corrupt byte string.
    static Result<FingerprintTemplate> fromBytes(const QByteArray &bytes);

private:
    void buildDerived(bool withCylinders);

    MinutiaList m_minutiae;
    double m_ppi = 500.0;
    std::vector<float> m_x, m_y, m_dx, m_dy;
    std::vector<Cylinder> m_cylinders;
    uint64_t m_key = 0;
};

} // namespace ridgeline::imaging
