#include "app/services/exemplarsearch.h"

#include "app/imaging/exemplartemplate.h"
#include "app/imaging/search.h"
#include "app/services/workspacesession.h"
#include "app/storage/sha256.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <QHash>
#include <QMutex>

#include <optional>

namespace ridgeline {
namespace {

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QString describe(const ExemplarTemplateEntry &entry)
{
    return QStringLiteral("%1 (%2, %3)")
        .arg(entry.exhibitReference, entry.personName, fingerPositionDisplayName(entry.fingerPosition));
}

struct Built
{
    int index = -1;
    std::optional<imaging::BuiltTemplate> built;
    QString failure;
};

// Decoded templates of the last workspace searched, kept between searches: reading and decoding
// 10,000 templates costs about a second, comparing them less. Keyed by workspace and algorithm;
// an entry is reused only while its impression's template is the one stored at the same time.
struct GalleryCache
{
    QMutex mutex;
    QString key;
    QList<imaging::GalleryEntry> gallery;
    QHash<QString, std::pair<qint64, int>> indexOf; // impression -> (stored ms, index in gallery)
};

GalleryCache &galleryCache()
{
    static GalleryCache cache;
    return cache;
}

} // namespace

ExemplarSearch::ExemplarSearch(WorkspaceSession &session)
    : m_session(session)
{}

Result<TemplateBuildReport> ExemplarSearch::buildTemplates(bool rebuildAll, const Progress &progress,
                                                           const std::atomic<bool> *cancel)
{
    auto entries = m_session.exemplarTemplates(imaging::templateAlgorithm(), false);
    if (!entries)
        return entries.error();
    return buildTemplates(*entries, rebuildAll, progress, cancel);
}

Result<TemplateBuildReport> ExemplarSearch::buildTemplates(const QList<ExemplarTemplateEntry> &entries, bool rebuildAll,
                                                           const Progress &progress, const std::atomic<bool> *cancel)
{
    TemplateBuildReport report;
    report.algorithm = imaging::templateAlgorithm();
    report.impressions = int(entries.size());
    QList<int> todo;
    for (int i = 0; i < entries.size(); ++i) {
        if (rebuildAll || !entries.at(i).hasTemplate)
            todo.append(i);
    }
    report.alreadyCurrent = report.impressions - int(todo.size());
    // The session belongs to this thread: originals are read and templates stored here, while the
    // extraction of a batch runs on all cores.
    const int batchSize = std::max(4, 2 * QThreadPool::globalInstance()->maxThreadCount());
    for (qsizetype start = 0; start < todo.size() && !report.cancelled; start += batchSize) {
        if (progress)
            progress(QCoreApplication::translate("ridgeline::ExemplarSearch", "Building templates"), start,
                     todo.size());
        QList<std::pair<int, QByteArray>> batch;
        for (qsizetype k = start; k < std::min<qsizetype>(start + batchSize, todo.size()); ++k) {
            const ExemplarTemplateEntry &entry = entries.at(todo[k]);
            auto bytes = m_session.readExemplarForTemplate(entry);
            if (!bytes)
                report.failures << QStringLiteral("%1: %2").arg(describe(entry), bytes.error().message());
            else
                batch.append({todo[k], *bytes});
        }
        const QList<Built> results = QtConcurrent::blockingMapped(batch, [&](const std::pair<int, QByteArray> &item) {
            const ExemplarTemplateEntry &entry = entries.at(item.first);
            Built out;
            out.index = item.first;
            auto built = imaging::buildTemplate(item.second, entry.exhibitReference, entry.ppi);
            if (built)
                out.built = *built;
            else
                out.failure = built.error().message();
            return out;
        });
        for (const Built &result : results) {
            const ExemplarTemplateEntry &entry = entries.at(result.index);
            if (!result.built) {
                report.failures << QStringLiteral("%1: %2").arg(describe(entry), result.failure);
                continue;
            }
            if (Status s = m_session.storeExemplarTemplate(entry.impressionId, report.algorithm,
                                                           int(result.built->fingerprint.minutiae().size()),
                                                           result.built->bytes);
                !s)
                return s.error();
            ++report.built;
        }
        report.cancelled = isCancelled(cancel);
    }
    if (progress && !report.cancelled && !todo.isEmpty())
        progress(QCoreApplication::translate("ridgeline::ExemplarSearch", "Building templates"), todo.size(),
                 todo.size());
    if (!todo.isEmpty()) {
        const QString details = QStringLiteral("algorithm=%1; built=%2; failed=%3%4")
                                    .arg(report.algorithm)
                                    .arg(report.built)
                                    .arg(report.failures.size())
                                    .arg(report.cancelled ? QStringLiteral("; cancelled") : QString());
        if (Status s = m_session.recordEvent(QStringLiteral("build-templates"), QStringLiteral("exemplar-templates"),
                                             report.algorithm, AuditOutcome::Success, details);
            !s)
            return s.error();
    }
    return report;
}

Result<ExemplarSearchResult> ExemplarSearch::search(const imaging::FingerprintTemplate &probe,
                                                    const QString &probeLabel, const ExemplarSearchOptions &options,
                                                    const Progress &progress, const std::atomic<bool> *cancel)
{
    return run(probe, probeLabel, {QStringLiteral("probe"), probeLabel}, options, progress, cancel);
}

Result<ExemplarSearchResult> ExemplarSearch::run(const imaging::FingerprintTemplate &probe, const QString &probeLabel,
                                                 const std::pair<QString, QString> &auditObject,
                                                 const ExemplarSearchOptions &options, const Progress &progress,
                                                 const std::atomic<bool> *cancel)
{
    if (Status s = m_session.require(Action::RunSearch, auditObject.first, auditObject.second); !s)
        return s.error();
    auto entries = m_session.exemplarTemplates(imaging::templateAlgorithm(), false);
    if (!entries)
        return entries.error();
    auto built = buildTemplates(*entries, false, progress, cancel);
    if (!built)
        return built.error();
    ExemplarSearchResult result;
    result.probeLabel = probeLabel;
    result.probeMinutiae = probe.minutiae();
    if (built->cancelled || isCancelled(cancel)) {
        result.cancelled = true;
        return result;
    }
    if (built->built > 0) {
        entries = m_session.exemplarTemplates(imaging::templateAlgorithm(), false);
        if (!entries)
            return entries.error();
    }
    auto loaded = loadGallery(*entries);
    if (!loaded)
        return loaded.error();
    const QList<imaging::GalleryEntry> &gallery = loaded->first;
    const QList<int> &entryOf = loaded->second;
    result.exemplarsWithoutTemplate = int(entries->size() - gallery.size());
    result.galleryTemplates = int(gallery.size());
    imaging::SearchOptions searchOptions;
    searchOptions.maxCandidates = options.maxCandidates;
    searchOptions.minScore = options.minScore;
    searchOptions.threads = options.threads;
    const auto outcome = imaging::searchGallery(
        probe, gallery, searchOptions,
        [&](qint64 done, qint64 total) {
            if (progress)
                progress(QCoreApplication::translate("ridgeline::ExemplarSearch", "Comparing"), done, total);
        },
        cancel);
    result.compared = outcome.compared;
    result.cancelled = outcome.cancelled;
    for (const imaging::SearchCandidate &found : outcome.candidates) {
        ExemplarCandidate candidate;
        candidate.rank = int(result.candidates.size()) + 1;
        candidate.exemplar = entries->at(entryOf[found.galleryIndex]);
        candidate.exemplar.templateBytes.clear();
        candidate.score = found.score;
        candidate.interpretation = imaging::interpretScore(found.score);
        candidate.pairs = found.pairs;
        candidate.exemplarMinutiae = gallery[found.galleryIndex].fingerprint.minutiae();
        result.candidates.append(candidate);
    }
    QString details = QStringLiteral("compared=%1; candidates=%2").arg(result.compared).arg(result.candidates.size());
    if (!result.candidates.isEmpty()) {
        const ExemplarCandidate &top = result.candidates.first();
        details += QStringLiteral("; top=%1 finger %2 score %3")
                       .arg(top.exemplar.person.toString())
                       .arg(top.exemplar.fingerPosition)
                       .arg(top.score, 0, 'f', 1);
    }
    if (result.cancelled)
        details += QStringLiteral("; cancelled");
    if (Status s = m_session.recordEvent(QStringLiteral("exemplar-search"), auditObject.first, auditObject.second,
                                         AuditOutcome::Success, details);
        !s)
        return s.error();
    return result;
}

Result<std::pair<QList<imaging::GalleryEntry>, QList<int>>>
ExemplarSearch::loadGallery(const QList<ExemplarTemplateEntry> &entries)
{
    GalleryCache &cache = galleryCache();
    QMutexLocker lock(&cache.mutex);
    const QString key = m_session.databasePath() + QLatin1Char('\n') + imaging::templateAlgorithm();
    if (cache.key != key) {
        cache.gallery.clear();
        cache.indexOf.clear();
        cache.key = key;
    }
    QList<int> entryOf;
    bool current = true;
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries[i].hasTemplate)
            continue;
        const auto cached = cache.indexOf.constFind(entries[i].impressionId);
        current = current && cached != cache.indexOf.cend() && cached->first == entries[i].templateStoredMs &&
                  cached->second == entryOf.size();
        entryOf.append(i);
    }
    if (current && cache.gallery.size() == entryOf.size())
        return std::pair(cache.gallery, entryOf);

    // Something changed: read what is stored, keep what is still current, decode the rest.
    auto withBytes = m_session.exemplarTemplates(imaging::templateAlgorithm(), true);
    if (!withBytes)
        return withBytes.error();
    struct Slot
    {
        int entry;
        std::optional<imaging::FingerprintTemplate> fingerprint;
    };
    QList<Slot> slots;
    for (int i = 0; i < withBytes->size(); ++i) {
        const ExemplarTemplateEntry &e = withBytes->at(i);
        if (!e.hasTemplate)
            continue;
        const auto cached = cache.indexOf.constFind(e.impressionId);
        if (cached != cache.indexOf.cend() && cached->first == e.templateStoredMs)
            slots.append({i, cache.gallery.at(cached->second).fingerprint});
        else
            slots.append({i, std::nullopt});
    }
    QtConcurrent::blockingMap(slots, [&](Slot &slot) {
        if (slot.fingerprint)
            return;
        if (auto decoded = imaging::FingerprintTemplate::fromBytes(withBytes->at(slot.entry).templateBytes))
            slot.fingerprint = std::move(*decoded);
    });
    // Indices refer to `entries`, read a moment earlier; anything another workstation added since
    // is cached but left out of this search.
    QHash<QString, int> indexInEntries;
    for (int i = 0; i < entries.size(); ++i)
        indexInEntries.insert(entries[i].impressionId, i);
    cache.gallery.clear();
    cache.indexOf.clear();
    entryOf.clear();
    QList<imaging::GalleryEntry> gallery;
    for (Slot &slot : slots) {
        if (!slot.fingerprint)
            continue; // a damaged template: counted as without one, rebuilt by `templates build --rebuild`
        const ExemplarTemplateEntry &e = withBytes->at(slot.entry);
        cache.indexOf.insert(e.impressionId, {e.templateStoredMs, int(cache.gallery.size())});
        cache.gallery.append({e.impressionId, std::move(*slot.fingerprint)});
        const int inEntries = indexInEntries.value(e.impressionId, -1);
        if (inEntries >= 0) {
            gallery.append(cache.gallery.last());
            entryOf.append(inEntries);
        }
    }
    if (gallery.size() != cache.gallery.size())
        return std::pair(gallery, entryOf);
    return std::pair(cache.gallery, entryOf);
}

Result<ExemplarSearchResult> ExemplarSearch::searchImage(const QByteArray &encoded, const QString &name, double ppi,
                                                         const ExemplarSearchOptions &options, const Progress &progress,
                                                         const std::atomic<bool> *cancel)
{
    const QString sha = QString::fromLatin1(storage::Sha256::hash(encoded).toHex());
    return searchEncoded(encoded, name, {QStringLiteral("probe"), QStringLiteral("%1 sha256=%2").arg(name, sha)}, ppi,
                         options, progress, cancel);
}

Result<ExemplarSearchResult> ExemplarSearch::searchEncoded(const QByteArray &encoded, const QString &name,
                                                           const std::pair<QString, QString> &auditObject, double ppi,
                                                           const ExemplarSearchOptions &options,
                                                           const Progress &progress, const std::atomic<bool> *cancel)
{
    if (Status s = m_session.require(Action::RunSearch, auditObject.first, auditObject.second); !s)
        return s.error();
    auto probe = imaging::buildTemplate(encoded, name, ppi);
    if (!probe)
        return probe.error();
    if (probe->fingerprint.isEmpty()) {
        ExemplarSearchResult empty;
        empty.probeLabel = name;
        empty.probeEmptyReason =
            probe->emptyReason.isEmpty()
                ? QCoreApplication::translate("ridgeline::ExemplarSearch", "no minutiae were found in the probe")
                : probe->emptyReason;
        return empty;
    }
    return run(probe->fingerprint, name, auditObject, options, progress, cancel);
}

Result<ExemplarSearchResult> ExemplarSearch::searchMark(const Mark &mark, const ExemplarSearchOptions &options,
                                                        const Progress &progress, const std::atomic<bool> *cancel)
{
    if (Status s = m_session.require(Action::RunSearch, QStringLiteral("mark"), mark.id.toString()); !s)
        return s.error();
    if (Status s = m_session.checkSequestration(mark.caseId,
                                                QCoreApplication::translate("ridgeline::Casework", "candidate lists"),
                                                QStringLiteral("mark"), mark.id.toString());
        !s)
        return s.error();
    if (mark.originalSha256.isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::ExemplarSearch", "Mark %1 has no image to search with.")
                         .arg(mark.exhibitReference));
    auto bytes = m_session.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    if (!bytes)
        return bytes.error();
    return searchEncoded(*bytes, mark.exhibitReference, {QStringLiteral("mark"), mark.id.toString()},
                         mark.calibration.ppi, options, progress, cancel);
}

} // namespace ridgeline
