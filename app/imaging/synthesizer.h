#pragma once

#include "app/core/error.h"
#include "app/imaging/minutia.h"

#include <QImage>
#include <QPointF>
#include <QString>

#include <functional>

namespace ridgeline::imaging {

enum class PatternClass
{
    Arch,
    TentedArch,
    LeftLoop,
    RightLoop,
    Whorl
};
QString patternClassName(PatternClass pattern);

// A synthetic finger: the ridge pattern of the whole pad, from which impressions are taken.
// Coordinates are master pixels at 500 ppi.
struct MasterPrint
{
    int finger = 0;
    PatternClass pattern = PatternClass::Arch;
    QImage ridges;                // Grayscale8: 0 at ridge centres, 255 at valley centres
    QImage footprint;             // Grayscale8: 255 inside the finger pad, 0 outside
    MinutiaList minutiae;         // true minutiae of the pad (from the clean skeleton)
    QList<QPointF> cores, deltas; // singular points of the orientation model, master pixels
};

// One rendered image with its ground truth in that image's pixel coordinates.
// carried: the master minutiae carried through the impression's geometry and kept where the skin
// touched firmly, each located on the impression's clean inked pattern (before noise, smudge and
// blur) where pressure moved it; carriedIndex[i] is the index in MasterPrint::minutiae.
// minutiae: what the image really shows, decided from that same clean inked pattern only: the
// carried minutiae that have a counterpart on it (visible), plus the minutiae pressure created on
// it that the master does not have (masterIndex -1). This is the truth written to truth.json.
struct SynthImpression
{
    QImage image; // Grayscale8, 500 ppi (dots per metre set)
    MinutiaList minutiae;
    QList<int> masterIndex; // index in MasterPrint::minutiae of minutiae[i], -1 if pressure-made
    MinutiaList carried;
    QList<int> carriedIndex;
    QList<QPointF> cores, deltas; // singular points inside the image, image pixels
};

// Deterministic functions of their seeds; thread-safe (no shared state).
MasterPrint synthesizeMaster(quint64 seed, int finger);
// latent: a small, faint, blurred partial mark on a textured background instead of a plain inked
// impression.
SynthImpression synthesizeImpression(const MasterPrint &master, quint64 seed, int impression, bool latent);

struct SynthSetOptions
{
    int fingers = 1;
    int impressions = 1;
    quint64 seed = 1;
    bool latent = false;
};

// Writes f<finger>_<impression>.png files and truth.json into outDir (created if missing), using all
// cores. progress(done, total) is called from the calling thread. Identical output for identical
// options, whatever the scheduling.
Status writeSynthSet(const QString &outDir, const SynthSetOptions &options,
                     const std::function<void(int, int)> &progress = {});

// Seed of finger `finger` for set seed `seed` (also used by benchmarks to regenerate masters).
quint64 fingerSeed(quint64 seed, int finger);

} // namespace ridgeline::imaging
