#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace ridgeline {

class CaseBrowser;
class CaseBrowserController;
class CaseDetailsPanel;
class LockController;
class LockScreen;
class MainActions;
class SessionController;

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
    void restoreLayout();
    void applyIdlePreference();
    void openPreferences();
    void openAbout();
    void setLockedView(bool locked);

    std::unique_ptr<SessionController> m_session;
    QSettings &m_settings;
    CaseBrowserController *m_cases;
    LockController *m_lock;
    MainActions *m_actions;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    CaseBrowser *m_browser = nullptr;
    CaseDetailsPanel *m_details = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QPointer<QDialog> m_openDialog; // closed when the workstation locks
};

} // namespace ridgeline
