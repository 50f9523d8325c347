// MarkViewerWindow: minutiae suggested by the engine (issue 6). The engine's extractor runs on the
// loaded original on the global pool; its minutiae become the markup's suggestion layer (one undo
// step), which the examiner reviews in the Features tab. The extractor has no cancel flag, so a
// run is not cancellable; closing the window drops its result.
#include "app/gui/markviewerwindow.h"

#include "app/core/markupdocument.h"
#include "app/imaging/exemplartemplate.h"
#include "app/imaging/extractor.h"
#include "app/imaging/imageloader.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/viewer/markdocument.h"
#include "widgets/markviewer/markcanvas.h"

#include <QAction>
#include <QProgressBar>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ridgeline {

namespace {

struct FoundMinutiae
{
    QList<MarkupFeature> suggestions;
    QString emptyReason; // the engine's, when it found none
};

Confidence confidenceOf(const imaging::Minutia &m)
{
    if (m.quality >= 0.7f)
        return Confidence::High;
    return m.quality >= 0.4f ? Confidence::Medium : Confidence::Low;
}

// The extractor's minutiae as suggestions in the markup's coordinates (markup.h): the extractor
// gives pixel indices (pixel i's centre is i), the markup pixel edges (its centre is i + 0.5).
// Both measure angles counter-clockwise on screen from pointing right, an ending into its ridge
// and a bifurcation into the fork, so the angle only changes unit.
FoundMinutiae toSuggestions(const imaging::ExtractionResult &extracted)
{
    FoundMinutiae found;
    found.emptyReason = extracted.emptyReason;
    for (const imaging::Minutia &m : extracted.minutiae) {
        MarkupFeature f;
        f.type = m.type == imaging::MinutiaType::Ending ? FeatureType::MinutiaEnding : FeatureType::MinutiaBifurcation;
        f.position = QPointF(std::clamp(m.x + 0.5, 0.0, double(extracted.width)),
                             std::clamp(m.y + 0.5, 0.0, double(extracted.height)));
        const double degrees = imaging::angleDegrees(m);
        f.direction = degrees < 360.0 ? degrees : 0.0; // a rounding can land on 360
        f.confidence = confidenceOf(m);
        found.suggestions.append(f);
    }
    return found;
}

Result<FoundMinutiae> findMinutiae(const QImage &image, double ppi, const QString &name)
{
    auto grey = imaging::validateGreyImage(image, name);
    if (!grey)
        return grey.error();
    imaging::ExtractionOptions options;
    options.ppi = ppi;
    auto extracted = imaging::extractMinutiae(grey.value(), options);
    if (!extracted)
        return extracted.error().withContext(name);
    return toSuggestions(extracted.value());
}

} // namespace

QString MarkViewerWindow::suggestionEngine()
{
    return QStringLiteral("ridgeline-extractor");
}

QString MarkViewerWindow::suggestionEngineVersion()
{
    // The extractor's generation (the part of the template algorithm that names it) and the release.
    return QStringLiteral("%1 (Ridgeline %2)")
        .arg(imaging::templateAlgorithm().section(QLatin1Char('/'), 0, 0), QStringLiteral(RIDGELINE_VERSION));
}

void MarkViewerWindow::createSuggestActions()
{
    m_suggest = new QAction(tr("Suggest &Minutiae"), this);
    m_suggest->setObjectName(QStringLiteral("actionSuggestMinutiae"));
    const QString tip = tr("Let the engine find ridge endings and bifurcations in the original; they are listed as "
                           "suggestions in the Features tab to accept or reject");
    m_suggest->setToolTip(tip);
    m_suggest->setStatusTip(tip);
    m_suggest->setEnabled(false);
    connect(m_suggest, &QAction::triggered, this, &MarkViewerWindow::suggestMinutiae);
    m_showSuggestions = new QAction(tr("Show S&uggestions"), this);
    m_showSuggestions->setObjectName(QStringLiteral("actionShowSuggestions"));
    const QString showTip = tr("Draw the engine's suggestions on the image (hollow, with a question mark); "
                               "hidden, they cannot be picked on the image");
    m_showSuggestions->setToolTip(showTip);
    m_showSuggestions->setStatusTip(showTip);
    m_showSuggestions->setCheckable(true);
    m_showSuggestions->setChecked(m_canvas->showsSuggestions());
    connect(m_showSuggestions, &QAction::toggled, m_canvas, &MarkCanvas::setShowSuggestions);
    connect(this, &MarkViewerWindow::markupStarted, this, &MarkViewerWindow::updateMarkupActions);
    m_suggestProgress = new QProgressBar(this);
    m_suggestProgress->setObjectName(QStringLiteral("suggestProgress"));
    m_suggestProgress->setRange(0, 0); // the extractor reports no progress: busy
    m_suggestProgress->setMaximumWidth(120);
    m_suggestProgress->setAccessibleName(tr("Finding minutiae"));
    m_suggestProgress->setVisible(false);
    statusBar()->addWidget(m_suggestProgress);
}

void MarkViewerWindow::suggestMinutiae()
{
    if (m_suggesting)
        return;
    if (!m_document->isLoaded() || m_markup->markup().imageSha256.isEmpty()) {
        const QString message = tr("Minutiae cannot be suggested for %1 yet: its original is still being read")
                                    .arg(m_mark.exhibitReference);
        showError(message);
        Q_EMIT minutiaeSuggestionFailed(message);
        return;
    }
    m_suggesting = true;
    updateMarkupActions();
    m_suggestProgress->setVisible(true);
    const QString name = m_document->name();
    statusBar()->showMessage(tr("Finding minutiae in %1…").arg(name));
    // At the calibrated resolution, else the extractor's 500 ppi.
    const double ppi = m_document->isCalibrated() ? std::clamp(m_document->ppi(), 100.0, 5000.0) : 500.0;
    auto found = QtConcurrent::run([image = m_document->image(), ppi, name] { return findMinutiae(image, ppi, name); });
    whenFinished(this, found, [this, name](const Result<FoundMinutiae> &result) {
        m_suggesting = false;
        m_suggestProgress->setVisible(false);
        updateMarkupActions();
        const Status set =
            result ? m_markup->setSuggestions(result->suggestions, suggestionEngine(), suggestionEngineVersion())
                   : Status(result.error());
        if (!set) {
            const QString message = tr("No minutiae were suggested for %1: %2").arg(name, set.error().message());
            showError(message);
            Q_EMIT minutiaeSuggestionFailed(message);
            return;
        }
        const int count = int(result->suggestions.size());
        if (count > 0)
            m_showSuggestions->setChecked(true); // what was asked for is shown
        statusBar()->showMessage(
            count == 0 ? tr("The engine found no minutiae in %1: %2").arg(name, result->emptyReason)
                       : tr("%n minutia(e) suggested in %1: accept or reject them in the Features tab", nullptr, count)
                             .arg(name),
            20000);
        Q_EMIT minutiaeSuggested(count);
    });
}

} // namespace ridgeline
