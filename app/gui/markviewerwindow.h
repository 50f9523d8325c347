#pragma once

#include "app/core/domain.h"
#include "app/core/error.h"
#include "app/core/markwork.h"

#include <QFuture>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTimer;
class QUndoGroup;

namespace ridgeline {

class FeatureListPanel;
class MarkCanvas;
class MarkDocument;
class MarkupDocument;
class MarkupFeatureModel;
class MarkupTool;
class MeasurementPanel;
class RecipePanel;
class SessionController;
struct ExaminationRevision;

// The mark viewer window (issue 5): the canvas, a tool bar with the tools and view controls, a
// side panel with the enhancement recipe, calibration and measurements, and Export calibrated
// copy. Owns its MarkDocument. The original is read through the session and decoded off the UI
// thread; nothing here changes it. UI thread.
//
// Markup (issue 6): owns the MarkupDocument of the opened image (empty, for the original's SHA-256
// and size, authored by the signed-in user), its MarkupTool (K: markup mode) and the Features tab.
// Undo: the viewer's stack (recipe, calibration, measurements) and the markup's stack are kept
// apart in a QUndoGroup, whose active stack follows the tool (markup mode: the markup's), so Save
// Work's unsaved-changes state still means the mark's work only. The markup is autosaved as the
// user's draft (markviewerwindowmarkup.cpp) and committed as a revision with Commit Markup
// Revision. The Markup menu also has Suggest Minutiae (the engine's extractor on the original, off
// the UI thread: markviewerwindowsuggest.cpp) and Export / Import Markup (the ridgeline-markup
// JSON format of docs/formats/markup.md: markviewerwindowmarkupfile.cpp).
class MarkViewerWindow : public QMainWindow
{
    Q_OBJECT
public:
    MarkViewerWindow(const QString &title, int cacheMegabytes, QWidget *parent = nullptr);

    // Opens a window for `mark`, reads its original through the session (audited) and loads it.
    // The window deletes itself on close.
    static MarkViewerWindow *openMark(SessionController *session, const Mark &mark, int cacheMegabytes,
                                      QWidget *parent);

    MarkDocument *document() const { return m_document; }
    MarkupDocument *markupDocument() const { return m_markup; }
    MarkupTool *markupTool() const { return m_markupTool; }
    MarkupFeatureModel *featureModel() const { return m_featureModel; }
    FeatureListPanel *featureListPanel() const { return m_features; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *markupAction() const { return m_markupAction; }
    // The engine's suggestions, listed apart in the Features tab.
    MarkupFeatureModel *suggestionModel() const { return m_suggestionModel; }
    QAction *suggestMinutiaeAction() const { return m_suggest; }
    QAction *showSuggestionsAction() const { return m_showSuggestions; } // MarkCanvas::setShowSuggestions
    QAction *commitMarkupAction() const { return m_commitMarkup; }
    QAction *exportMarkupAction() const { return m_exportMarkup; }
    QAction *importMarkupAction() const { return m_importMarkup; }
    // Runs the engine's extractor on the loaded original on the global pool (busy indicator in the
    // status bar; not cancellable: the extractor has no cancel flag) and makes its minutiae the
    // markup's suggestions, in image pixels: one undo step. minutiaeSuggested() or
    // minutiaeSuggestionFailed() follows.
    void suggestMinutiae();
    // What suggestions are recorded as coming from: "ridgeline-extractor" and its version.
    static QString suggestionEngine();
    static QString suggestionEngineVersion();
    // Stores the markup as it is now as the user's draft and commits the draft as the next
    // revision, both in one call on the session's thread. markupCommitted() or
    // markupCommitFailed() follows (refusals such as ACE-V or permissions are shown).
    void commitMarkup();
    // Writes the markup as ridgeline-markup JSON to `path`, all or nothing (QSaveFile). The error
    // names the file and the reason and is shown in the status bar.
    Status exportMarkupTo(const QString &path);
    // Reads a ridgeline-markup file and makes it the markup of the open image. Refused, naming the
    // file and the reason, with nothing changed, when the file cannot be read, is not valid, or is
    // the markup of another image (SHA-256 or size differ). When the markup already has features
    // or suggestions, asks first (a QMessageBox named "replaceMarkupBox"; Cancelled when
    // declined). Replacing clears the markup's undo history (MarkupDocument::setMarkup), so it is
    // not undoable; the question says so. The result is autosaved as the draft.
    Status importMarkupFrom(const QString &path);
    // Starts the (empty) markup of the loaded image, whose original has this SHA-256 (raw bytes).
    // Done when the original has loaded from the session; markupStarted() follows.
    Status startMarkup(const QByteArray &sha256);
    MarkCanvas *canvas() const { return m_canvas; }
    // The preference preferences/tileCacheMegabytes, applied to this open window.
    void setTileCacheMegabytes(int megabytes);
    RecipePanel *recipePanel() const { return m_recipe; }
    MeasurementPanel *measurementPanel() const { return m_measurements; }
    QLabel *statusLabel() const { return m_status; }
    QAction *toolAction(int tool) const;
    QAction *saveAction() const { return m_save; }
    void showError(const QString &message);
    // Saves the recipe, calibration and measurements with the mark: replays the recipe on the
    // original off the UI thread for its output SHA-256, then saves through the session.
    // saved() or saveFailed() follows.
    void save();

Q_SIGNALS:
    void saved(int revision);
    void saveFailed(const QString &message);
    // The markup of the opened image exists (empty, undo history clean): where a saved draft is
    // put in (MarkupDocument::setMarkup) and changes are watched to be saved as drafts.
    void markupStarted(ridgeline::MarkupDocument *markup);
    // The markup's unsaved changes were stored as the user's draft (markviewerwindowmarkup.cpp).
    void markupAutosaved();
    void minutiaeSuggested(int count);
    void minutiaeSuggestionFailed(const QString &message);
    void markupCommitted(int revision);
    void markupCommitFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolActions();
    void createToolBar();
    void createMenus();
    void createSidePanel();
    void createMarkup();
    void setMarkupMode(bool on);
    void exportCalibratedCopy();
    void documentLoaded();
    void applyDisplayWindow();
    void readFromSession(SessionController *session, const Mark &mark);
    void storePreview();
    void loadSavedWork(const Result<MarkWork> &work);
    void finishSave(const Result<MarkWork> &saved, int undoIndex);
    // markviewerwindowmarkup.cpp: drafts of the markup (resume on opening, autosave, flush on close).
    void setUpMarkupDrafts();
    void resumeMarkup();
    void autosaveMarkup();
    void flushMarkupDraft();
    QFuture<Status> storeMarkupDraft(); // the markup as it is now, as the user's draft
    void finishMarkupCommit(const Result<ExaminationRevision> &committed, int undoIndex);
    void updateMarkupActions();
    void createMarkupActions();
    void createSuggestActions();    // markviewerwindowsuggest.cpp
    void createMarkupFileActions(); // markviewerwindowmarkupfile.cpp
    void exportMarkup();            // the dialogs
    void importMarkup();
    Status markupFileError(const QString &message);

    MarkDocument *m_document;
    SessionController *m_session = nullptr;
    Mark m_mark;
    bool m_saving = false;
    bool m_closeAfterSave = false;
    QAction *m_save = nullptr;
    QByteArray m_sha256;
    bool m_hasStoredPreview = false;
    MarkCanvas *m_canvas;
    RecipePanel *m_recipe = nullptr;
    MeasurementPanel *m_measurements = nullptr;
    QLabel *m_status;
    MarkupDocument *m_markup = nullptr;
    MarkupTool *m_markupTool = nullptr;
    MarkupFeatureModel *m_featureModel = nullptr;
    FeatureListPanel *m_features = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_markupAction = nullptr;
    MarkupFeatureModel *m_suggestionModel = nullptr;
    QAction *m_suggest = nullptr;
    QAction *m_showSuggestions = nullptr;
    QAction *m_commitMarkup = nullptr;
    QAction *m_exportMarkup = nullptr;
    QAction *m_importMarkup = nullptr;
    QProgressBar *m_suggestProgress = nullptr;
    bool m_suggesting = false;
    bool m_committing = false;
    int m_commitUndoIndex = -1;    // the markup's undo index the commit in flight holds
    bool m_markupHasDraft = false; // a stored draft of this markup, not yet committed
    static constexpr int kMarkupAutosaveMs = 3000;
    QTimer *m_autosave = nullptr;
    bool m_markupDraftsOn = false; // after the stored markup was looked up
    bool m_markupSaving = false;
    bool m_markupSaveAgain = false;
    int m_markupBase = 0; // the committed revision the markup was opened from
    QActionGroup *m_tools = nullptr;
    QList<QAction *> m_toolActions;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actualPixels = nullptr;
    QAction *m_lifeSize = nullptr;
    QAction *m_rotateLeft = nullptr;
    QAction *m_rotateRight = nullptr;
    QAction *m_flip = nullptr;
    QAction *m_grid = nullptr;
    QAction *m_overview = nullptr;
    QAction *m_loupe = nullptr;
    QAction *m_enhancement = nullptr;
    QAction *m_export = nullptr;
    QDoubleSpinBox *m_rotation = nullptr;
    QSpinBox *m_windowLow = nullptr;
    QSpinBox *m_windowHigh = nullptr;
    QList<QAction *> m_windowActions; // shown for 16-bit images only
};

} // namespace ridgeline
