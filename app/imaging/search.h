#pragma once

#include "app/imaging/matcher.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace ridgeline::imaging {

// One exemplar impression in the searchable gallery. `id` is opaque to the imaging layer (the
// services layer puts person, finger position and impression there).
struct GalleryEntry
{
    QString id;
    FingerprintTemplate fingerprint;
};

struct SearchCandidate
{
    int galleryIndex = -1;
    QString id;
    double score = 0.0;
    QList<MinutiaPair> pairs; // indexA: probe minutia, indexB: gallery minutia
};

struct SearchOptions
{
    int maxCandidates = 20;
    double minScore = 0.0; // candidates below are dropped
    int threads = 0;       // 0: all cores
};

struct SearchOutcome
{
    QList<SearchCandidate> candidates; // best first; ties broken by gallery order
    qint64 compared = 0;
    bool cancelled = false; // true when *cancel was set before the end: candidates are partial
};

// Compares the probe against every gallery entry on a pool of threads. progress(done, total) is
// called from the calling thread, which takes part in the work; cancel (optional) is polled
// between small batches. The gallery must not change during the call.
SearchOutcome searchGallery(const FingerprintTemplate &probe, const QList<GalleryEntry> &gallery,
                            const SearchOptions &options = {}, const std::function<void(qint64, qint64)> &progress = {},
                            const std::atomic<bool> *cancel = nullptr);

} // namespace ridgeline::imaging
