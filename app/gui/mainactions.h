#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QToolBar;

namespace ridgeline {

// The main window's actions with their texts, shortcuts, tips and icons, and the menus and
// toolbar that show them. MainWindow connects them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QObject *parent);

    // Builds File, View, Tools and Help menus and the main toolbar on the window.
    void populate(QMainWindow *window);
    QList<QAction *> all() const;
    // What stays usable while the workstation is locked.
    QList<QAction *> availableWhileLocked() const;

    QAction *lock;
    QAction *logout;
    QAction *quit;
    QAction *refresh;
    QAction *find;
    QAction *findInWorkspace;
    QAction *showCases;
    QAction *showInbox;
    QAction *importPackage;
    QAction *searchExemplars;
    QAction *fullScreen;
    QAction *preferences;
    QAction *about;
    QAction *aboutQt;
    QAction *openInMarkViewer;
    QAction *compareWithExemplar;
    QAction *compareWithMark;
    QAction *caseOverview; // case officers and supervisors (issue 7)
    QAction *reviewQueue;  // supervisors
    QAction *dashboard;    // supervisors (issue 8)
    QAction *reports;      // examiners, case officers, supervisors (issue 8)
    QToolBar *toolBar = nullptr;
};

} // namespace ridgeline
