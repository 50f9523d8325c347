#pragma once

#include "app/core/domain.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace ridgeline {

class CaseOverviewController;
class DocumentDialog;
class SessionController;
class VictimSummaryDialog;

// The case officer's Case Overview (issue 7): the case's exhibits with their ACE-V stage and
// current result, its persons and documents (read in the PDF viewer), the timeline of everything
// that happened to it, its notes and sign-offs. Read-only on markup. Adds case notes, attaches
// documents, and shows the status summary for the victim. A thin view over CaseOverviewController,
// which runs every call on the session's thread. Deletes itself on close. UI thread.
class CaseOverviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    CaseOverviewWindow(SessionController *session, const CaseId &caseId, QWidget *parent = nullptr);

    CaseOverviewController *controller() const { return m_controller; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *exhibitsView() const { return m_exhibits; }
    QTableView *timelineView() const { return m_timeline; }
    QTableView *signOffsView() const { return m_signOffs; }
    QTreeWidget *personsList() const { return m_persons; }
    QTreeWidget *documentsList() const { return m_documents; }
    QTreeWidget *notesList() const { return m_notes; }
    QCheckBox *showReadsBox() const { return m_showReads; }
    QLabel *problemsLabel() const { return m_problems; }
    // The summary dialog and the document window opened last (null when none is open).
    VictimSummaryDialog *victimSummaryDialog() const;
    DocumentDialog *documentDialog() const;

    QAction *refreshAction;
    QAction *addNoteAction;
    QAction *attachDocumentAction;
    QAction *victimSummaryAction;

    // Opens the status summary for the victim of what was loaded last (null while nothing is loaded).
    VictimSummaryDialog *showVictimSummary();
    void askForNote();
    void chooseDocument();

private:
    QWidget *buildHeader();
    QWidget *buildTimelinePage();
    void buildActions();
    void showLoaded();
    void fillPersons();
    void fillDocuments();
    void fillNotes();
    void openSelectedDocument();
    void showDocument(const Document &document, const QByteArray &bytes);
    void showMessage(const QString &message, int timeoutMs = 15000);

    CaseOverviewController *m_controller;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_exhibits = nullptr;
    QTableView *m_timeline = nullptr;
    QTableView *m_signOffs = nullptr;
    QTreeWidget *m_persons = nullptr;
    QTreeWidget *m_documents = nullptr;
    QTreeWidget *m_notes = nullptr;
    QCheckBox *m_showReads = nullptr;
    QLabel *m_timelineCount = nullptr;
    QPointer<VictimSummaryDialog> m_summaryDialog;
    QPointer<DocumentDialog> m_documentDialog;
};

} // namespace ridgeline
