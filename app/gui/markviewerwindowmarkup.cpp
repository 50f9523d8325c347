// MarkViewerWindow: the markup's drafts (issue 6). On opening, the user's draft of the mark's
// markup is resumed, else its newest committed revision is shown; while the markup has unsaved
// changes it is autosaved as the user's draft every few seconds and when the window closes,
// through the session's thread (never on the UI thread), one autosave in flight at a time. A crash
// loses at most the changes since the last autosave. Commit Markup Revision stores the markup as
// the draft and commits it in one call on the session's thread; no autosave starts meanwhile, so
// none can be based on the revision being replaced.
#include "app/gui/markviewerwindow.h"

#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"

#include <QAction>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace ridgeline {

namespace {

// What the window resumes: the document's bytes and the revision it was opened from.
struct StoredMarkup
{
    QByteArray json; // empty: nothing stored yet
    int baseRevision = 0;
    bool fromDraft = false;
    QDateTime when;
    QDateTime exemplarFirstSeen; // the examiner's first sight of an exemplar of the mark (ACE-V)
};

} // namespace

void MarkViewerWindow::setUpMarkupDrafts()
{
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kMarkupAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &MarkViewerWindow::autosaveMarkup);
    connect(this, &MarkViewerWindow::markupStarted, this, &MarkViewerWindow::resumeMarkup);
    connect(m_markup->undoStack(), &QUndoStack::indexChanged, this, [this]() {
        if (m_markupDraftsOn && !m_markup->undoStack()->isClean() && !m_autosave->isActive())
            m_autosave->start();
    });
    connect(m_markup->undoStack(), &QUndoStack::cleanChanged, this, &MarkViewerWindow::updateMarkupActions);
}

void MarkViewerWindow::createMarkupActions()
{
    createSuggestActions();
    createMarkupFileActions();
    m_commitMarkup = new QAction(tr("&Commit Markup Revision"), this);
    m_commitMarkup->setObjectName(QStringLiteral("actionCommitMarkup"));
    const QString tip = tr("Store the markup as its next committed revision (with its SHA-256 in the audit trail); "
                           "until then it is kept as your draft");
    m_commitMarkup->setToolTip(tip);
    m_commitMarkup->setStatusTip(tip);
    connect(m_commitMarkup, &QAction::triggered, this, &MarkViewerWindow::commitMarkup);
    updateMarkupActions();
}

void MarkViewerWindow::updateMarkupActions()
{
    const bool started = !m_markup->markup().imageSha256.isEmpty();
    m_suggest->setEnabled(started && m_document->isLoaded() && !m_suggesting);
    // Something to commit: a stored draft, or changes not yet autosaved.
    m_commitMarkup->setEnabled(m_session && m_markupDraftsOn && !m_committing &&
                               (m_markupHasDraft || !m_markup->undoStack()->isClean()));
    m_exportMarkup->setEnabled(started);
    m_importMarkup->setEnabled(started);
}

void MarkViewerWindow::resumeMarkup()
{
    if (!m_session)
        return;
    const MarkId id = m_mark.id;
    auto stored = m_session->run([id](WorkspaceSession &s) -> Result<StoredMarkup> {
        // Changes made here after the examiner first saw an exemplar are flagged (GYRO orange),
        // whichever window they are made in.
        QDateTime exposure;
        if (auto work = s.markCasework(id); work && work->examiner == s.user().name)
            exposure = work->firstExposureUtc;
        auto draft = s.markupDraft(id);
        if (draft)
            return StoredMarkup{draft->json, draft->baseRevision, true, draft->updatedUtc, exposure};
        if (draft.error().code() != ErrorCode::NotFound)
            return draft.error();
        auto latest = s.markupRevision(id, 0);
        if (latest)
            return StoredMarkup{latest->json, latest->revision, false, latest->savedUtc, exposure};
        if (latest.error().code() != ErrorCode::NotFound && latest.error().code() != ErrorCode::PermissionDenied)
            return latest.error();
        // Nothing stored, or (blind verification) the examiner's markup is closed to this user.
        return StoredMarkup{{}, 0, false, {}, exposure};
    });
    whenFinished(this, stored, [this](const Result<StoredMarkup> &found) {
        if (!found) {
            // A session that keeps no examination documents (Internal) has no drafts to offer.
            if (found.error().code() != ErrorCode::Internal)
                showError(
                    tr("The markup of %1 could not be read: %2").arg(m_mark.exhibitReference, found.error().message()));
            return;
        }
        m_markupDraftsOn = true;
        if (found->exemplarFirstSeen.isValid())
            m_markup->setExemplarFirstSeen(found->exemplarFirstSeen);
        m_markupBase = found->baseRevision;
        m_markupHasDraft = found->fromDraft;
        updateMarkupActions();
        if (!m_markup->undoStack()->isClean()) { // already marked while the lookup ran: keep that work
            m_autosave->start();
            if (!found->json.isEmpty())
                statusBar()->showMessage(tr("The stored markup of %1 was not loaded: this window has newer changes, "
                                            "which are being saved as your draft")
                                             .arg(m_mark.exhibitReference),
                                         15000);
            return;
        }
        if (found->json.isEmpty())
            return;
        auto markup = markupFromJson(found->json);
        Status set = markup ? m_markup->setMarkup(markup.value()) : Status(markup.error());
        if (!set) {
            showError(tr("The stored markup of %1 cannot be used by this version: %2")
                          .arg(m_mark.exhibitReference, set.error().message()));
            return;
        }
        if (found->exemplarFirstSeen.isValid()) // the stored markup may predate the first sight
            m_markup->setExemplarFirstSeen(found->exemplarFirstSeen);
        const QString when = QLocale().toString(found->when.toLocalTime(), QLocale::ShortFormat);
        statusBar()->showMessage(
            found->fromDraft
                ? tr("Resumed your unsaved markup of %1 (%n feature(s)), autosaved %2", nullptr,
                     int(markup->features.size()))
                      .arg(m_mark.exhibitReference, when)
                : tr("Markup revision %1 of %2 (%n feature(s)), committed %3", nullptr, int(markup->features.size()))
                      .arg(m_markupBase)
                      .arg(m_mark.exhibitReference, when),
            15000);
    });
}

void MarkViewerWindow::autosaveMarkup()
{
    if (!m_session || !m_markupDraftsOn || m_markup->undoStack()->isClean())
        return;
    if (m_markupSaving || m_committing) { // the one in flight (or the commit) restarts the timer
        m_markupSaveAgain = true;
        return;
    }
    m_markupSaving = true;
    m_markupSaveAgain = false;
    const int index = m_markup->undoStack()->index();
    whenFinished(this, storeMarkupDraft(), [this, index](const Status &result) {
        m_markupSaving = false;
        if (!result) {
            statusBar()->showMessage(tr("The markup of %1 could not be autosaved: %2")
                                         .arg(m_mark.exhibitReference, result.error().message()),
                                     15000);
        } else {
            m_markupHasDraft = true;
            if (m_markup->undoStack()->index() == index) {
                m_markup->undoStack()->setClean();
                Q_EMIT markupAutosaved();
            }
            updateMarkupActions();
        }
        if (!m_markup->undoStack()->isClean() && (m_markupSaveAgain || !m_autosave->isActive()))
            m_autosave->start();
    });
}

void MarkViewerWindow::flushMarkupDraft()
{
    if (!m_session || !m_markupDraftsOn || m_markup->undoStack()->isClean())
        return;
    // The commit in flight stores these very changes; a draft on the old base would conflict later.
    if (m_committing && m_markup->undoStack()->index() == m_commitUndoIndex)
        return;
    // Closing: the last changes go to the session's thread, which outlives this window.
    storeMarkupDraft();
}

QFuture<Status> MarkViewerWindow::storeMarkupDraft()
{
    // The markup is copied here; it is turned into JSON and stored on the session's thread.
    return m_session->run([id = m_mark.id, base = m_markupBase, markup = m_markup->markup()](WorkspaceSession &s) {
        return s.saveMarkupDraft(id, base, markupToJson(markup));
    });
}

void MarkViewerWindow::commitMarkup()
{
    if (!m_session || !m_markupDraftsOn) {
        const QString message =
            tr("The markup of %1 cannot be committed yet: it is still being read").arg(m_mark.exhibitReference);
        showError(message);
        Q_EMIT markupCommitFailed(message);
        return;
    }
    if (m_committing)
        return;
    m_committing = true;
    updateMarkupActions();
    statusBar()->showMessage(tr("Committing the markup of %1…").arg(m_mark.exhibitReference));
    // The markup as it is now goes in the draft first (unless the last autosave holds it), so what
    // is committed is what the examiner sees.
    std::optional<Markup> unsaved;
    if (!m_markup->undoStack()->isClean())
        unsaved = m_markup->markup();
    const int index = m_markup->undoStack()->index();
    m_commitUndoIndex = index;
    auto committed = m_session->run(
        [id = m_mark.id, base = m_markupBase, unsaved](WorkspaceSession &s) -> Result<ExaminationRevision> {
            if (unsaved)
                if (Status stored = s.saveMarkupDraft(id, base, markupToJson(*unsaved)); !stored)
                    return stored.error();
            return s.commitMarkup(id);
        });
    whenFinished(this, committed,
                 [this, index](const Result<ExaminationRevision> &result) { finishMarkupCommit(result, index); });
}

void MarkViewerWindow::finishMarkupCommit(const Result<ExaminationRevision> &committed, int undoIndex)
{
    m_committing = false;
    if (!committed) {
        const QString message =
            committed.error().code() == ErrorCode::NotFound
                ? tr("The markup of %1 was not committed: there are no changes since the last revision")
                      .arg(m_mark.exhibitReference)
                : tr("The markup of %1 was not committed: %2")
                      .arg(m_mark.exhibitReference, committed.error().message());
        showError(message);
        if (!m_markup->undoStack()->isClean())
            m_autosave->start();
        updateMarkupActions();
        Q_EMIT markupCommitFailed(message);
        return;
    }
    m_markupBase = committed->revision;
    m_markupHasDraft = false;
    if (m_markup->undoStack()->index() == undoIndex)
        m_markup->undoStack()->setClean();
    else // changed while the commit ran: those changes are the new draft
        m_autosave->start();
    updateMarkupActions();
    statusBar()->showMessage(
        tr("Markup revision %1 of %2 committed").arg(committed->revision).arg(m_mark.exhibitReference), 20000);
    Q_EMIT markupCommitted(committed->revision);
}

} // namespace ridgeline
