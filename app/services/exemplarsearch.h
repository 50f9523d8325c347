#pragma once

// The local exemplar search (issue 3, decision 0004): a mark or probe image against every exemplar
// impression of the workspace, with ranked candidates (person, finger, score, paired minutiae) and
// what each score means statistically. Templates are derived data: built once per impression,
// stored with it, rebuilt when the extractor changes. Runs on a worker thread and uses the session
// from that thread only; the comparisons themselves run on all cores.

#include "app/core/domain.h"
#include "app/core/error.h"
#include "app/core/intakerecords.h"
#include "app/imaging/fingerprinttemplate.h"
#include "app/imaging/matcher.h"
#include "app/imaging/scorecalibration.h"
#include "app/imaging/search.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <utility>

namespace ridgeline {

class WorkspaceSession;

struct TemplateBuildReport
{
    QString algorithm;
    int impressions = 0;    // exemplar impressions in the workspace
    int alreadyCurrent = 0; // had a template of the current algorithm
    int built = 0;
    QStringList failures; // "exhibit (finger): reason" for impressions whose original would not yield one
    bool cancelled = false;
};

struct ExemplarCandidate
{
    int rank = 0; // 1 = best
    ExemplarTemplateEntry exemplar;
    double score = 0.0;
    imaging::ScoreInterpretation interpretation; // tool-derived, not an examiner's conclusion
    QList<imaging::MinutiaPair> pairs;           // indexA: probe minutia, indexB: exemplar minutia
    imaging::MinutiaList exemplarMinutiae;       // in the exemplar image's pixels
};

struct ExemplarSearchResult
{
    QString probeLabel;
    imaging::MinutiaList probeMinutiae; // in the probe image's pixels
    QString probeEmptyReason;           // set when the probe gave no minutiae to search with
    QList<ExemplarCandidate> candidates;
    int galleryTemplates = 0;         // exemplar templates searched
    int exemplarsWithoutTemplate = 0; // impressions left out (no template could be built)
    qint64 compared = 0;
    bool cancelled = false; // candidates are from the part searched before cancel
};

struct ExemplarSearchOptions
{
    int maxCandidates = 20;
    double minScore = 0.0;
    int threads = 0; // 0: all cores
};

class ExemplarSearch
{
public:
    // stage: a short phrase for the progress display ("Building templates", "Comparing").
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    explicit ExemplarSearch(WorkspaceSession &session);

    // Builds and stores the template of every exemplar impression that has none made by the current
    // algorithm (all of them when rebuildAll). Extraction runs on all cores; audited once.
    Result<TemplateBuildReport> buildTemplates(bool rebuildAll = false, const Progress &progress = {},
                                               const std::atomic<bool> *cancel = nullptr);

    // Searches a probe template (built templates first when some are missing). Audited.
    Result<ExemplarSearchResult> search(const imaging::FingerprintTemplate &probe, const QString &probeLabel,
                                        const ExemplarSearchOptions &options = {}, const Progress &progress = {},
                                        const std::atomic<bool> *cancel = nullptr);
    // Extracts the probe from an encoded image (ppi <= 0: the file's, else 500) and searches it.
    Result<ExemplarSearchResult> searchImage(const QByteArray &encoded, const QString &name, double ppi,
                                             const ExemplarSearchOptions &options = {}, const Progress &progress = {},
                                             const std::atomic<bool> *cancel = nullptr);
    // Reads the mark's original (an audited read of evidence) and searches it at the mark's ppi.
    Result<ExemplarSearchResult> searchMark(const Mark &mark, const ExemplarSearchOptions &options = {},
                                            const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // The same for the given entries only (as exemplarTemplates listed them).
    Result<TemplateBuildReport> buildTemplates(const QList<ExemplarTemplateEntry> &entries, bool rebuildAll,
                                               const Progress &progress, const std::atomic<bool> *cancel);

private:
    // auditObject: (object type, object id) the search is recorded against.
    Result<ExemplarSearchResult> run(const imaging::FingerprintTemplate &probe, const QString &probeLabel,
                                     const std::pair<QString, QString> &auditObject,
                                     const ExemplarSearchOptions &options, const Progress &progress,
                                     const std::atomic<bool> *cancel);
    Result<ExemplarSearchResult> searchEncoded(const QByteArray &encoded, const QString &name,
                                               const std::pair<QString, QString> &auditObject, double ppi,
                                               const ExemplarSearchOptions &options, const Progress &progress,
                                               const std::atomic<bool> *cancel);

    // The decoded gallery (templates of every impression that has one) and, for each, the index of
    // its entry in `entries`; cached between searches of the same workspace.
    Result<std::pair<QList<imaging::GalleryEntry>, QList<int>>>
    loadGallery(const QList<ExemplarTemplateEntry> &entries);

    WorkspaceSession &m_session;
};

} // namespace ridgeline
