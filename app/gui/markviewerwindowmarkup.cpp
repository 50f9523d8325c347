// MarkViewerWindow: the markup's drafts (issue 6). On opening, the user's draft of the mark's
// markup is resumed, else its newest committed revision is shown; while the markup has unsaved
// changes it is autosaved as the user's draft every few seconds and when the window closes,
// through the session's thread (never on the UI thread), one autosave in flight at a time. A crash
// loses at most the changes since the last autosave.
#include "app/gui/markviewerwindow.h"

#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace ridgeline {

namespace {

// What the window resumes: the document's bytes and the revision it was opened from.
struct StoredMarkup
{
    QByteArray json; // empty: nothing stored yet
    int baseRevision = 0;
    bool fromDraft = false;
    QDateTime when;
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
}

void MarkViewerWindow::resumeMarkup()
{
    if (!m_session)
        return;
    const MarkId id = m_mark.id;
    auto stored = m_session->run([id](WorkspaceSession &s) -> Result<StoredMarkup> {
        auto draft = s.markupDraft(id);
        if (draft)
            return StoredMarkup{draft->json, draft->baseRevision, true, draft->updatedUtc};
        if (draft.error().code() != ErrorCode::NotFound)
            return draft.error();
        auto latest = s.markupRevision(id, 0);
        if (latest)
            return StoredMarkup{latest->json, latest->revision, false, latest->savedUtc};
        if (latest.error().code() != ErrorCode::NotFound)
            return latest.error();
        return StoredMarkup{};
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
        m_markupBase = found->baseRevision;
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
    if (m_markupSaving) { // the one in flight restarts the timer when it is through
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
        } else if (m_markup->undoStack()->index() == index) {
            m_markup->undoStack()->setClean();
            Q_EMIT markupAutosaved();
        }
        if (!m_markup->undoStack()->isClean() && (m_markupSaveAgain || !m_autosave->isActive()))
            m_autosave->start();
    });
}

void MarkViewerWindow::flushMarkupDraft()
{
    if (!m_session || !m_markupDraftsOn || m_markup->undoStack()->isClean())
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

} // namespace ridgeline
