#pragma once

// Shared set-up of the window tests: a MainWindow over an in-memory FakeSession, with its settings
// in a temporary INI file.

#include "app/gui/mainwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace ridgeline::test {

struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings{
        new QSettings(dir.filePath(QStringLiteral("ridgeline.ini")), QSettings::IniFormat)};
    FakeSession *fake = nullptr;

    std::unique_ptr<MainWindow> makeWindow(WorkspacePolicy policy = {})
    {
        auto session = std::make_unique<FakeSession>();
        fake = session.get();
        fake->m_policy = policy;
        SessionInfo info{fake->user(), fake->databasePath(), policy};
        return std::make_unique<MainWindow>(std::make_unique<SessionController>(std::move(session), info), *settings);
    }
};

inline QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace ridgeline::test
