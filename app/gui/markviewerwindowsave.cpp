// MarkViewerWindow: loading and saving the work stored with the mark (issue 5). The replay that
// yields the output hash runs on the global pool, the save on the session's thread; the UI
// thread only starts them and shows the outcome.
#include "app/gui/markviewerwindow.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ridgeline {

void MarkViewerWindow::loadSavedWork(const Result<MarkWork> &work)
{
    if (!work) {
        if (work.error().code() != ErrorCode::NotFound) // NotFound: nothing saved yet, the usual case
            showError(
                tr("The saved work on %1 could not be read: %2").arg(m_mark.exhibitReference, work.error().message()));
        return;
    }
    if (Status s = m_document->setSavedWork(work.value()); !s) {
        showError(tr("The saved work on %1 cannot be used by this version: %2")
                      .arg(m_mark.exhibitReference, s.error().message()));
        return;
    }
    statusBar()->showMessage(tr("Saved work revision %1 by %2, %3; calibration: %4")
                                 .arg(work->revision)
                                 .arg(work->savedBy,
                                      QLocale().toString(work->savedUtc.toLocalTime(), QLocale::ShortFormat),
                                      m_document->calibrationDescription()),
                             20000);
}

void MarkViewerWindow::save()
{
    if (!m_session || !m_document->isLoaded()) {
        showError(tr("%1 cannot be saved yet: its original is still being read").arg(m_mark.exhibitReference));
        Q_EMIT saveFailed(tr("not loaded"));
        return;
    }
    if (m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    statusBar()->showMessage(
        tr("Replaying the recipe on the original of %1 to record its output…").arg(m_mark.exhibitReference));
    const int undoIndex = m_document->undoStack()->index();
    const MarkWork work = m_document->work(m_mark.id);
    whenFinished(this, m_document->replayOutputSha256(), [this, base = work, undoIndex](const Result<QString> &hash) {
        if (!hash) {
            finishSave(hash.error(), undoIndex);
            return;
        }
        MarkWork recorded = base;
        recorded.outputSha256 = hash.value();
        auto saved = m_session->run([recorded](WorkspaceSession &s) { return s.saveMarkWork(recorded); });
        whenFinished(this, saved, [this, undoIndex](const Result<MarkWork> &result) { finishSave(result, undoIndex); });
    });
}

void MarkViewerWindow::finishSave(const Result<MarkWork> &saved, int undoIndex)
{
    m_saving = false;
    m_save->setEnabled(true);
    if (!saved) {
        m_closeAfterSave = false;
        const QString message =
            saved.error().code() == ErrorCode::Conflict
                ? tr("The work on %1 was not saved: someone saved it from another workstation meanwhile. Close "
                     "and reopen the mark to see their work. (%2)")
                      .arg(m_mark.exhibitReference, saved.error().message())
                : tr("The work on %1 was not saved: %2").arg(m_mark.exhibitReference, saved.error().message());
        showError(message);
        Q_EMIT saveFailed(message);
        return;
    }
    m_document->markSaved(saved.value(), undoIndex);
    statusBar()->showMessage(tr("Saved the work on %1 as revision %2 (output SHA-256 %3)")
                                 .arg(m_mark.exhibitReference)
                                 .arg(saved->revision)
                                 .arg(saved->outputSha256),
                             20000);
    Q_EMIT this->saved(saved->revision);
    if (m_closeAfterSave)
        close();
}

void MarkViewerWindow::closeEvent(QCloseEvent *event)
{
    flushMarkupDraft(); // the markup is kept as a draft whatever happens to the other work
    if (m_saving) {     // closes once the save is through
        m_closeAfterSave = true;
        event->ignore();
        return;
    }
    if (!m_session || !m_document->isModified()) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved Work"),
                    tr("The work on %1 (recipe, calibration, measurements) has changes that are not saved with the "
                       "mark.")
                        .arg(m_mark.exhibitReference),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedWorkBox"));
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        m_closeAfterSave = true;
        save();
        event->ignore();
        return;
    case QMessageBox::Discard:
        event->accept();
        return;
    default:
        event->ignore();
        return;
    }
}

} // namespace ridgeline
