#pragma once

#include "app/core/domain.h"
#include "app/core/intakerecords.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace ridgeline {

class CaseBrowser;
class CaseBrowserController;
class CaseDetailsPanel;
class CaseMediaController;
class CaseworkDialog;
class DocumentDialog;
class ExemplarSearchController;
class ExemplarSearchDialog;
class InboxView;
class IntakeController;
class SearchResultsView;
class WorkspaceSearchController;
class LockController;
class LockScreen;
class MainActions;
class SessionController;
class WorklistController;
class WorklistView;

// The workstation window for one signed-in session. It composes the case browser, the details
// panel and the lock screen and wires them to their controllers; the logic lives in those
// controllers (app/presentation). Owns the session: destroying the window logs out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<SessionController> session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionController *session() const { return m_session.get(); }
    CaseBrowserController *caseController() const { return m_cases; }
    LockController *lockController() const { return m_lock; }
    CaseBrowser *caseBrowser() const { return m_browser; }
    CaseDetailsPanel *detailsPanel() const { return m_details; }
    MainActions *mainActions() const { return m_actions; }
    IntakeController *intakeController() const { return m_intake; }
    InboxView *inboxView() const { return m_inboxView; }
    WorkspaceSearchController *searchController() const { return m_search; }
    SearchResultsView *searchView() const { return m_searchView; }
    CaseMediaController *mediaController() const { return m_media; }
    ExemplarSearchController *exemplarSearchController() const { return m_exemplarSearch; }
    ExemplarSearchDialog *exemplarSearchDialog() const;
    // The document window opened last (null when none is open).
    DocumentDialog *documentDialog() const;
    QTabWidget *views() const { return m_views; }
    // The examiner's worklist (null for roles that examine nothing) and a mark's casework panel,
    // opened or brought forward (mainwindowcasework.cpp).
    WorklistController *worklistController() const { return m_worklist; }
    WorklistView *worklistView() const { return m_worklistView; }
    CaseworkDialog *openCasework(const MarkId &mark);

    void saveLayout();

Q_SIGNALS:
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildContent();
    void buildStatusBar();
    void wireCases();
    void wireActions();
    void wireLock();
    void wireIntake();
    void wireSearch();
    void wireMedia();
    // The exemplar search of the selected mark (mainwindowexemplars.cpp).
    void wireExemplarSearch();
    std::optional<Mark> selectedMark() const;
    void updateExemplarSearchAction();
    void searchExemplarsForSelectedMark();
    void openDocumentViewer(const Document &document, const QByteArray &bytes);
    void openMarkViewer(const Mark &mark);
    // The comparison of the selected mark with an exemplar (mainwindowcomparison.cpp).
    void wireComparison();
    void compareSelectedMark();
    void openComparison(const Mark &mark, const ExemplarImpressionRecord &exemplar);
    void compareSelectedMarkWithMark();
    // Brings forward the open comparison of mark with rightRef, or closes the mark's other windows
    // (viewer, comparisons with something else) so one markup per mark is edited; true when found.
    bool raiseOrCloseComparisons(const Mark &mark, const QString &rightRef);
    void watchComparison(QMainWindow *window, const Mark &mark, const QString &rightRef);
    // The case officer's case overview and the supervisor's review queue (mainwindowoversight.cpp).
    void wireOversight();
    void openCaseOverview();
    void openReviewQueue();
    void openDashboard(); // the supervisor's dashboard (issue 8)
    void openReports();   // reports of the selected case (issue 8)
    void closeWhenLocked(QWidget *window);
    void wireCasework();
    void chooseImportPackage();
    void openCaseByReference(const QString &reference);
    void showCase(const CaseId &id);
    void restoreLayout();
    void applyIdlePreference();
    void openPreferences();
    void openAbout();
    void setLockedView(bool locked);

    std::unique_ptr<SessionController> m_session;
    QSettings &m_settings;
    CaseBrowserController *m_cases;
    LockController *m_lock;
    IntakeController *m_intake;
    WorkspaceSearchController *m_search;
    CaseMediaController *m_media;
    MainActions *m_actions;
    QTabWidget *m_views = nullptr;
    InboxView *m_inboxView = nullptr;
    SearchResultsView *m_searchView = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    CaseBrowser *m_browser = nullptr;
    CaseDetailsPanel *m_details = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QPointer<QDialog> m_openDialog; // closed when the workstation locks
    QPointer<QDialog> m_documentDialog;
    ExemplarSearchController *m_exemplarSearch = nullptr;
    QPointer<ExemplarSearchDialog> m_exemplarDialog;
    QList<Mark> m_shownMarks; // of the case shown, in the Marks tab's order
    WorklistController *m_worklist = nullptr;
    WorklistView *m_worklistView = nullptr;
    QAction *m_markCasework = nullptr;
};

} // namespace ridgeline
