#include "app/imaging/search.h"

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace ridgeline::imaging {

SearchOutcome searchGallery(const FingerprintTemplate &probe, const QList<GalleryEntry> &gallery,
                            const SearchOptions &options, const std::function<void(qint64, qint64)> &progress,
                            const std::atomic<bool> *cancel)
{
    constexpr qint64 kBatch = 64;
    const qint64 total = gallery.size();
    std::vector<double> scores(size_t(total), -1.0);
    std::atomic<qint64> next{0}, done{0};
    std::atomic<bool> stopped{false};
    // Each worker takes batches from a shared counter; every score lands in its own slot, so the
    // ranking does not depend on scheduling.
    auto work = [&](bool reportProgress) {
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const qint64 begin = next.fetch_add(kBatch);
            if (begin >= total)
                return;
            const qint64 end = std::min(total, begin + kBatch);
            for (qint64 i = begin; i < end; ++i)
                scores[size_t(i)] = compareTemplates(probe, gallery[i].fingerprint).score;
            const qint64 now = done.fetch_add(end - begin) + (end - begin);
            if (reportProgress && progress)
                progress(now, total);
        }
    };
    const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, false);
    work(true);
    for (auto &t : pool)
        t.join();

    SearchOutcome outcome;
    outcome.cancelled = stopped.load();
    outcome.compared = done.load();
    std::vector<int> order;
    for (int i = 0; i < int(total); ++i)
        if (scores[size_t(i)] >= 0 && scores[size_t(i)] >= options.minScore)
            order.push_back(i);
    const size_t keep = std::min(order.size(), size_t(std::max(0, options.maxCandidates)));
    std::partial_sort(order.begin(), order.begin() + long(keep), order.end(), [&](int x, int y) {
        return scores[size_t(x)] != scores[size_t(y)] ? scores[size_t(x)] > scores[size_t(y)] : x < y;
    });
    for (size_t k = 0; k < keep; ++k) {
        const int i = order[k];
        // Pairs are recomputed for the short list only: the bulk pass keeps just the scores.
        MatchResult r = compareTemplates(probe, gallery[i].fingerprint);
        outcome.candidates.append(SearchCandidate{i, gallery[i].id, r.score, r.pairs});
    }
    if (progress)
        progress(outcome.compared, total);
    return outcome;
}

} // namespace ridgeline::imaging
