// ComparisonWindow: the alignment (from the examiner's pairs or the matcher's) and the matcher's
// candidate pairs, found off the UI thread.
#include "app/gui/comparisonwindow.h"

#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/imaging/alignment.h"
#include "app/imaging/extractor.h"
#include "app/imaging/fingerprinttemplate.h"
#include "app/imaging/matcher.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/viewer/correspondencetool.h"
#include "app/presentation/viewer/markdocument.h"
#include "widgets/comparison/comparisonview.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace ridgeline {

namespace {

struct ToolPairsFound
{
    QList<ToolPair> pairs;
    QString note; // why there are none
};

// Extraction of both images and one match: seconds on large images, so on the global pool, and
// the cancel flag is looked at between the steps.
Result<ToolPairsFound> matchImages(const QImage &mark, double markPpi, const QImage &exemplar, double exemplarPpi,
                                   const std::shared_ptr<std::atomic<bool>> &cancel)
{
    const auto extract = [](const QImage &image, double ppi) {
        imaging::ExtractionOptions options;
        options.ppi = ppi > 0 ? ppi : 500.0;
        return imaging::extractMinutiae(image, options);
    };
    Result<imaging::ExtractionResult> a = extract(mark, markPpi);
    if (!a)
        return a.error();
    if (cancel->load())
        return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    Result<imaging::ExtractionResult> b = extract(exemplar, exemplarPpi);
    if (!b)
        return b.error();
    if (cancel->load())
        return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    ToolPairsFound found;
    if (a->minutiae.isEmpty() || b->minutiae.isEmpty()) {
        found.note = !a->emptyReason.isEmpty() ? a->emptyReason : b->emptyReason;
        return found;
    }
    const imaging::MatchResult match =
        imaging::compareTemplates(imaging::FingerprintTemplate::fromMinutiae(a->minutiae, a->ppi),
                                  imaging::FingerprintTemplate::fromMinutiae(b->minutiae, b->ppi));
    for (const imaging::MinutiaPair &p : match.pairs) {
        const imaging::Minutia &m = a->minutiae.at(p.indexA);
        const imaging::Minutia &e = b->minutiae.at(p.indexB);
        // Minutiae are at pixel centres in their own convention (integer = centre); the view's
        // continuous coordinates put a pixel's centre at +0.5.
        found.pairs.append({QPointF(m.x + 0.5, m.y + 0.5), QPointF(e.x + 0.5, e.y + 0.5), p.similarity});
    }
    return found;
}

} // namespace

Status ComparisonWindow::align(AlignmentKind kind)
{
    if (!m_comparison)
        return Error(ErrorCode::BadInput, tr("The images are not open yet."));
    QList<imaging::PointPair> points;
    QList<int> numbers;
    for (const Correspondence &pair : m_comparison->pairs()) {
        const std::optional<MarkupFeature> a = m_markMarkup->feature(pair.left);
        const std::optional<MarkupFeature> b = m_exemplarMarkup->feature(pair.right);
        if (a && b) {
            points.append({a->position, b->position});
            numbers.append(pair.number);
        }
    }
    imaging::AlignmentOptions options;
    options.kind = kind == AlignmentKind::Affine ? imaging::AlignmentKind::Affine : imaging::AlignmentKind::Similarity;
    Result<imaging::Alignment> fitted = imaging::estimateAlignment(points, options);
    if (!fitted)
        return Error(ErrorCode::BadInput, tr("No alignment from the pairs: %1").arg(fitted.error().message()));
    QList<int> used;
    QStringList outliers;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (fitted->inliers.value(i))
            used.append(numbers[i]);
        else
            outliers
                << tr("pair %1 (%2 px)").arg(numbers[i]).arg(QLocale().toString(fitted->residuals.value(i), 'f', 1));
    }
    if (Status s = m_comparison->setAlignment(kind, fitted->matrix, used); !s)
        return s;
    m_alignmentText->setToolTip(
        outliers.isEmpty() ? QString() : tr("Left out as not fitting: %1").arg(outliers.join(QStringLiteral(", "))));
    refreshAlignment();
    return {};
}

Status ComparisonWindow::alignFromToolPairs(AlignmentKind kind)
{
    if (!m_comparison || !m_view)
        return Error(ErrorCode::BadInput, tr("The images are not open yet."));
    QList<imaging::PointPair> points;
    for (const ToolPair &pair : m_view->toolPairs())
        points.append({pair.mark, pair.exemplar});
    imaging::AlignmentOptions options;
    options.kind = kind == AlignmentKind::Affine ? imaging::AlignmentKind::Affine : imaging::AlignmentKind::Similarity;
    Result<imaging::Alignment> fitted = imaging::estimateAlignment(points, options);
    if (!fitted)
        return Error(ErrorCode::BadInput,
                     tr("No alignment from the matcher's pairs: %1").arg(fitted.error().message()));
    return m_comparison->setAlignment(kind, fitted->matrix, {});
}

void ComparisonWindow::refreshAlignment()
{
    if (!m_comparison)
        return;
    const std::optional<Alignment> &alignment = m_comparison->alignment();
    if (!alignment) {
        m_alignmentText->setText(tr("Not aligned."));
        refreshActions();
        return;
    }
    const std::array<double, 6> &m = alignment->matrix;
    const double det = m[0] * m[4] - m[1] * m[3];
    const double scale = std::sqrt(std::abs(det));
    // Counter-clockwise as seen on screen (y down), as the alignment module reports it.
    // (A mirrored map flips top to bottom first, which leaves the first column to the turn.)
    const double turn = -std::atan2(m[3], m[0]) * 180.0 / M_PI;
    // Residuals of the pairs it was computed from, for the examiner to judge.
    double sum = 0;
    int n = 0;
    for (int number : alignment->pairs) {
        const std::optional<Correspondence> pair = m_comparison->pair(number);
        const std::optional<MarkupFeature> a = pair ? m_markMarkup->feature(pair->left) : std::nullopt;
        const std::optional<MarkupFeature> b = pair ? m_exemplarMarkup->feature(pair->right) : std::nullopt;
        if (a && b) {
            const QPointF d = alignment->map(a->position) - b->position;
            sum += d.x() * d.x() + d.y() * d.y();
            ++n;
        }
    }
    const QLocale locale;
    QString from = alignment->pairs.isEmpty() ? tr("from the matcher's pairs (tool-made)")
                                              : tr("from %n pair(s)", nullptr, int(alignment->pairs.size()));
    QString text =
        tr("%1, %2: scale %3, turned %4°%5")
            .arg(alignment->kind == AlignmentKind::Affine ? tr("Affine") : tr("Similarity"), from,
                 locale.toString(scale, 'f', 3), locale.toString(turn, 'f', 1), det < 0 ? tr(", mirrored") : QString());
    if (n > 0)
        text += tr("; RMS residual %1 px").arg(locale.toString(std::sqrt(sum / n), 'f', 1));
    const int left = int(m_comparison->pairs().size()) - int(alignment->pairs.size());
    if (!alignment->pairs.isEmpty() && left > 0)
        text += tr("; %n pair(s) not used", nullptr, left);
    m_alignmentText->setText(text);
    refreshActions();
}

void ComparisonWindow::findToolPairs()
{
    if (!m_view || m_findingToolPairs || !m_markDocument->isLoaded() || !m_exemplarDocument->isLoaded())
        return;
    m_findingToolPairs = true;
    m_toolCancel = std::make_shared<std::atomic<bool>>(false);
    showMessage(tr("The matcher is looking for corresponding minutiae…"), 0);
    refreshActions();
    auto job = QtConcurrent::run(matchImages, m_markDocument->image(), m_markDocument->ppi(),
                                 m_exemplarDocument->image(), m_exemplarDocument->ppi(), m_toolCancel);
    whenFinished(this, job, [this](const Result<ToolPairsFound> &found) {
        m_findingToolPairs = false;
        if (!found) {
            showMessage(found.error().code() == ErrorCode::Cancelled
                            ? tr("The matcher was stopped.")
                            : tr("The matcher failed: %1").arg(found.error().message()));
            refreshActions();
            return;
        }
        m_view->setToolPairs(found->pairs);
        showMessage(found->pairs.isEmpty()
                        ? tr("The matcher found no corresponding minutiae. %1").arg(found->note)
                        : tr("The matcher proposes %n pair(s) (orange, tool-made; not your correspondences).", nullptr,
                             int(found->pairs.size())));
        refreshActions();
        Q_EMIT toolPairsFound(int(found->pairs.size()));
    });
}

void ComparisonWindow::cancelToolPairs()
{
    if (m_toolCancel)
        m_toolCancel->store(true);
}

} // namespace ridgeline
