#pragma once

#include "app/core/casework.h"
#include "app/presentation/casework/caseworksteps.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QLabel;
class QPushButton;
class QStatusBar;
class QTabWidget;
class QTreeWidget;

namespace ridgeline {

class ConclusionFields;
class MarkCaseworkController;
class SessionController;

// The casework panel of one mark (issue 7): its ACE-V stage, examiner and verifier, the committed
// analysis, the conclusions and any resolution, what the session withheld (blind verification),
// the markup changes flagged since the analysis snapshot (orange), and the stage history; with the
// examiner's steps the stage offers, enabled for the signed-in user by the same state machine the
// session uses (the session decides). Every call runs on the session's thread
// (MarkCaseworkController). Not modal; deletes itself on close. UI thread.
class CaseworkDialog : public QDialog
{
    Q_OBJECT
public:
    CaseworkDialog(SessionController *session, const MarkId &mark, QWidget *parent = nullptr);

    MarkCaseworkController *controller() const { return m_controller; }
    const MarkId &markId() const;
    QPushButton *stepButton(CaseworkStep step) const { return m_buttons.value(step); }
    QLabel *stageLabel() const { return m_stage; }
    QTreeWidget *historyList() const { return m_history; }
    QTreeWidget *conclusionsList() const { return m_conclusions; }
    QTreeWidget *changesList() const { return m_changes; }
    QStatusBar *statusBar() const { return m_statusBar; }

Q_SIGNALS:
    // A step was stored (the worklist and the case are read again) or refused; for the main window's status bar.
    void stepFinished(const QString &message);
    void stepFailed(const QString &message);
    // The user asked to see the mark in the mark viewer (to mark up its features).
    void markViewerRequested(const ridgeline::Mark &mark);

protected:
    bool event(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildAnalysisPage();
    QWidget *buildConclusionsPage();
    QWidget *buildChangesPage();
    QWidget *buildHistoryPage();
    QWidget *buildButtons();
    void showCasework();
    void fillHeader(const MarkCasework &casework);
    void fillAnalysis(const MarkCasework &casework);
    void fillConclusions(const MarkCasework &casework);
    void fillChanges(const MarkCasework &casework);
    void fillHistory(const MarkCasework &casework);
    void updateButtons();
    void showFailure(const QString &message, bool conflict);

    // The steps (caseworkdialogsteps.cpp).
    void takeStep(CaseworkStep step);
    void commitAnalysis();
    void beginComparison();
    void recordConclusion(bool verification);
    void submitForVerification();
    void resolveConflict();
    void offerExemplars(ConclusionFields *fields);
    QString verificationNote() const;

    MarkCaseworkController *m_controller;
    QHash<CaseworkStep, QPushButton *> m_buttons;
    QPushButton *m_reload = nullptr;
    QPushButton *m_viewer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_caseLine = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_stageSince = nullptr;
    QLabel *m_examiner = nullptr;
    QLabel *m_verifier = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_withheld = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_analysisEmpty = nullptr;
    QWidget *m_analysisForm = nullptr;
    QHash<QString, QLabel *> m_analysisFields;
    QTreeWidget *m_conclusions = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_changesNote = nullptr;
    QTreeWidget *m_changes = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_historyTitle = nullptr;
    bool m_shownOnce = false; // the first record chooses the tab shown
    QStatusBar *m_statusBar = nullptr;
    // What was entered in a form whose step was refused, to offer it again.
    std::optional<AnalysisInput> m_analysisDraft;
    std::optional<ConclusionInput> m_conclusionDraft;
};

} // namespace ridgeline
