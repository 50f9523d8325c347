#pragma once

#include "app/core/domain.h"
#include "app/core/error.h"
#include "app/core/intakerecords.h"
#include "app/core/markupcomparison.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QUndoGroup;
class QUndoStack;

namespace ridgeline {

class ComparisonView;
class CorrespondenceTool;
class MarkDocument;
class MarkupComparisonDocument;
class MarkupDocument;
class MarkupTool;
class SessionController;
struct ComparisonBundle;

// The comparison window (issue 6): a mark beside one exemplar impression (ComparisonView), the
// correspondences, annotations and alignment, the overlay, and the matcher's candidate pairs. Owns
// both MarkDocuments, both markups, the comparison and ONE undo stack they share (so Undo takes
// back the last step whichever pane it was in, and placing + linking is one step), in a
// QUndoGroup. The originals are read through the session (audited) and decoded off the UI thread.
//
// Stored work (comparisonwindowsession.cpp): the mark's markup is the mark's own (the same draft
// and revisions as the mark viewer: one markup per mark); the exemplar's markup and the comparison
// are stored together as a "ridgeline-comparison-bundle" (with a copy of the mark's markup, so a
// committed comparison stands on its own) in the user's comparison draft of (mark, impression).
// Autosaved 3 s after a change and on closing; Commit Comparison Revision commits both.
class ComparisonWindow : public QMainWindow
{
    Q_OBJECT
public:
    ComparisonWindow(const QString &title, int cacheMegabytes, QWidget *parent = nullptr);
    ~ComparisonWindow() override;

    // Opens a window comparing `mark` with `exemplar`; reads both originals and the stored work
    // through the session. The window deletes itself on close.
    static ComparisonWindow *openComparison(SessionController *session, const Mark &mark,
                                            const ExemplarImpressionRecord &exemplar, int cacheMegabytes,
                                            QWidget *parent);

    // The same with another mark on the right (a footwear test impression filed as a mark, or a
    // second scene mark): stored under "mark:<id>".
    static ComparisonWindow *openComparisonWithMark(SessionController *session, const Mark &mark, const Mark &other,
                                                    int cacheMegabytes, QWidget *parent);

    MarkDocument *document(ComparisonSide side) const;
    // Once both images are in (started() was emitted); nullptr before.
    ComparisonView *view() const { return m_view; }
    CorrespondenceTool *tool() const { return m_tool; }
    MarkupComparisonDocument *comparison() const { return m_comparison; }
    MarkupDocument *markup(ComparisonSide side) const;
    MarkupTool *markupTool(ComparisonSide side) const;
    QUndoStack *undoStack() const { return m_undo; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QTreeWidget *pairList() const { return m_pairs; }
    QLabel *alignmentLabel() const { return m_alignmentText; }
    QLabel *statusLabel() const { return m_status; }
    QAction *action(const QString &objectName) const;

    // Starts the comparison of the loaded images (both documents loaded): empty markups of the two
    // originals (SHA-256 hex), or the stored ones. Done by the session path; tests and benchmarks
    // call it after MarkDocument::setLoaded. started() follows.
    Status start(const QString &markSha256, const QString &exemplarSha256, const ExemplarReference &exemplar,
                 const QString &userName);
    Status start(const ComparisonBundle &stored, const QString &userName);

    // Computes the alignment from the pairs (3+ affine, 2+ similarity), robust to a wrong pair,
    // and records it (one undo step). BadInput with the reason when it cannot.
    Status align(AlignmentKind kind);
    // The same from the matcher's candidate pairs (findToolPairs first); recorded with no pair
    // numbers, which the format reads as "from the matcher's pairs".
    Status alignFromToolPairs(AlignmentKind kind);
    // Extracts both images' minutiae and matches them off the UI thread; toolPairsFound() follows.
    void findToolPairs();
    void cancelToolPairs();

    // The bundle as it is now (what the draft stores).
    ComparisonBundle bundle() const;

Q_SIGNALS:
    void started();
    void toolPairsFound(int count);
    void autosaved();
    void committed(int revision);
    void failed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBars();
    void createSidePanel();
    void buildView();
    void refreshPairs();
    void refreshAlignment();
    void refreshActions();
    void setInteraction(int mode);
    void setOverlayShown(bool shown);
    void showMessage(const QString &message, int ms = 8000);
    void exportBundle();
    // comparisonwindowsession.cpp
    void readFromSession(SessionController *session, const Mark &mark, const ExemplarImpressionRecord &exemplar);
    void bothLoaded();
    Status startWith(Markup mark, Markup exemplar, std::optional<MarkupComparison> comparison,
                     const ExemplarReference &reference, const QString &userName);
    void resumeStored();
    void scheduleAutosave();
    void autosave();
    void commit();
    void flushOnClose();

    SessionController *m_session = nullptr;
    Mark m_mark;
    ExemplarImpressionRecord m_exemplar;
    ExemplarReference m_reference;                          // recorded in the comparison
    QString m_rightRef;                                     // the drafts' key: impression id, or "mark:<id>"
    QString m_rightObjectType = QStringLiteral("exemplar"); // how its original is read (audited)
    QString m_rightObjectId;                                // empty: the impression's id
    MarkDocument *m_markDocument;
    MarkDocument *m_exemplarDocument;
    qint64 m_cacheBytes;
    MarkupDocument *m_markMarkup = nullptr;
    MarkupDocument *m_exemplarMarkup = nullptr;
    MarkupTool *m_markTool = nullptr;
    MarkupTool *m_exemplarTool = nullptr;
    MarkupComparisonDocument *m_comparison = nullptr;
    CorrespondenceTool *m_tool = nullptr;
    ComparisonView *m_view = nullptr;
    QUndoStack *m_undo;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_central;
    QLabel *m_loading;
    QLabel *m_status;
    QTreeWidget *m_pairs = nullptr;
    QTreeWidget *m_annotations = nullptr;
    QLabel *m_alignmentText = nullptr;
    QLabel *m_exemplarText = nullptr;
    QComboBox *m_typeBox = nullptr;
    QComboBox *m_alignKind = nullptr;
    QComboBox *m_overlayMode = nullptr;
    QSlider *m_blend = nullptr;
    QActionGroup *m_modes = nullptr;
    QList<QAction *> m_actions;
    // The matcher's candidate pairs, and the job finding them.
    std::shared_ptr<std::atomic<bool>> m_toolCancel;
    bool m_findingToolPairs = false;
    // Stored work.
    QByteArray m_storedMarkJson; // what the lookup found, until both images are in
    QByteArray m_storedBundleJson;
    bool m_storedKnown = false; // the lookup has answered
    int m_markBaseRevision = 0;
    int m_comparisonBaseRevision = 0;
    QTimer *m_autosave = nullptr;
    bool m_storing = false;
    bool m_storeAgain = false;
    bool m_committing = false;
    bool m_draftsOn = false;
    bool m_closing = false;
    bool m_loadedMark = false;
    bool m_loadedExemplar = false;
    QString m_userName;
};

} // namespace ridgeline
