// Takes the documentation screenshots of intake in the real window (docs/screenshots/window-*.png):
// the Inbox after a package was imported, the imported case with its mark thumbnails, and its
// statement in the document viewer with a search highlighted. Not a test; run by hand under
// xvfb-run on a demo workspace with a package waiting in its inbox:
//   RIDGELINE_PASSPHRASE=... windowshots --workspace W --user U --case REF --find WORD --out DIR
#include "app/gui/documentdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/casemediacontroller.h"
#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/documents/documentsearchmodel.h"
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/translationloader.h"
#include "app/services/workspacesession.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"
#include "widgets/documentviewer/documentsearchbar.h"
#include "widgets/documentviewer/documentviewer.h"
#include "widgets/inbox/inboxview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTreeWidget>

#include <functional>

using namespace ridgeline;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return true;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path, "PNG");
    QTextStream(stdout) << (ok ? "saved " : "could not save ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFile style(QStringLiteral(":/style/ridgeline.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
    TranslationLoader translations; // English plural forms, as the window program loads them
    translations.apply(Language::English);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("workspace"), QStringLiteral("workspace"), QStringLiteral("PATH")},
                       {QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("NAME")},
                       {QStringLiteral("case"), QStringLiteral("case to show"), QStringLiteral("REF")},
                       {QStringLiteral("find"), QStringLiteral("word to find in its document"), QStringLiteral("W")},
                       {QStringLiteral("out"), QStringLiteral("folder for the PNGs"), QStringLiteral("DIR")}});
    parser.process(app);
    QByteArray passphrase = qgetenv("RIDGELINE_PASSPHRASE");
    qunsetenv("RIDGELINE_PASSPHRASE");
    auto session = WorkspaceSession::open(parser.value(QStringLiteral("workspace")),
                                          parser.value(QStringLiteral("user")), passphrase);
    passphrase.fill('\0');
    if (!session) {
        QTextStream(stderr) << session.error().message() << '\n';
        return 1;
    }
    SessionInfo info{(*session)->user(), (*session)->databasePath(), (*session)->policy()};
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(std::make_unique<SessionController>(std::move(*session), info), settings);
    window.resize(1560, 940);
    window.show();
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);

    // 1. The Inbox once the waiting package was imported.
    IntakeController *intake = window.intakeController();
    waitUntil([&] { return intake->model()->importingCount() == 0 && !intake->isBusy(); }, 120000);
    window.mainActions()->showInbox->trigger();
    // A quarantined row when there is one, so its reason shows in the details.
    QTableView *inbox = window.inboxView()->table();
    int pick = 0;
    for (int row = 0; row < inbox->model()->rowCount(); ++row) {
        if (inbox->model()->index(row, 0).data(InboxModel::StateRole).toInt() == int(InboxState::Quarantined))
            pick = row;
    }
    inbox->selectRow(pick);
    settle(800);
    save(&window, QDir(out).filePath(QStringLiteral("window-inbox.png")));

    // 2. The case with its mark thumbnails.
    window.mainActions()->showCases->trigger();
    const QString reference = parser.value(QStringLiteral("case"));
    CaseId id;
    for (const CaseRecord &record : window.caseController()->caseModel()->cases()) {
        if (record.reference.toString() == reference)
            id = record.id;
    }
    window.caseBrowser()->selectCase(id);
    CaseDetailsPanel *details = window.detailsPanel();
    waitUntil([&] { return details->shownReference() == reference; }, 30000);
    QTreeWidget *marks = details->marksList();
    waitUntil(
        [&] {
            for (int i = 0; i < marks->topLevelItemCount(); ++i) {
                if (window.mediaController()
                        ->thumbnail(marks->topLevelItem(i)->data(0, Qt::UserRole).toByteArray())
                        .isNull())
                    return false;
            }
            return true;
        },
        30000);
    window.statusBar()->clearMessage();
    settle(500);
    save(&window, QDir(out).filePath(QStringLiteral("window-case.png")));

    // 3. Its statement in the viewer with a search.
    details->tabs()->setCurrentIndex(2);
    QTreeWidget *documents = details->documentsList();
    if (documents->topLevelItemCount() > 0) {
        documents->setCurrentItem(documents->topLevelItem(0));
        Q_EMIT documents->itemActivated(documents->topLevelItem(0), 0);
        waitUntil([&] { return window.documentDialog() != nullptr; }, 30000);
        DocumentDialog *dialog = window.documentDialog();
        dialog->resize(1200, 940);
        waitUntil([&] { return dialog->source()->state() == DocumentPageSource::State::Ready; }, 30000);
        settle(800);
        DocumentViewer *viewer = dialog->viewer();
        viewer->showSearch();
        viewer->searchBar()->field()->setText(parser.value(QStringLiteral("find")));
        viewer->searchBar()->findNext();
        waitUntil([&] { return !viewer->searchModel()->isSearching() && viewer->searchModel()->rowCount() > 0; },
                  30000);
        settle(1500);
        save(dialog, QDir(out).filePath(QStringLiteral("window-document.png")));
        dialog->close();
    }
    return 0;
}
