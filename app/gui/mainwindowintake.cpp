// MainWindow: the wiring of intake (inbox, import), the workspace search and the case view's
// media (thumbnails, documents, person links). Only connections and small glue; the logic is in
// IntakeController, WorkspaceSearchController and CaseMediaController.
#include "app/gui/documentdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/casemediacontroller.h"
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/workspacesearch.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"
#include "widgets/inbox/inboxview.h"
#include "widgets/searchresultsview.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

namespace ridgeline {

void MainWindow::wireIntake()
{
    m_actions->importPackage->setVisible(m_intake->canImport());
    connect(m_lock, &LockController::lockedChanged, m_intake, &IntakeController::setPaused);
    connect(m_intake, &IntakeController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(m_intake, &IntakeController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    connect(m_intake, &IntakeController::casesChanged, m_cases, &CaseBrowserController::refresh);
    connect(m_intake, &IntakeController::packageRefused, this,
            [this](const QString &path, const QString &reason, bool fromInbox) {
                if (fromInbox)
                    return;
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Package not imported"),
                                            tr("%1 was not imported.").arg(QDir::toNativeSeparators(path)),
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("importRefusedMessage"));
                box->setInformativeText(reason);
                box->setAttribute(Qt::WA_DeleteOnClose);
                m_openDialog = box;
                box->open();
            });
    connect(m_inboxView, &InboxView::openCaseRequested, this,
            [this](const TransmissionId &, const QString &reference) { openCaseByReference(reference); });
    connect(m_inboxView, &InboxView::showQuarantineFolderRequested, this, [this]() {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_intake->quarantinePath())))
            statusBar()->showMessage(tr("The quarantine folder could not be opened; it is %1")
                                         .arg(QDir::toNativeSeparators(m_intake->quarantinePath())),
                                     20000);
    });
}

void MainWindow::wireSearch()
{
    connect(m_searchView, &SearchResultsView::searchRequested, m_search, &WorkspaceSearchController::search);
    connect(m_searchView, &SearchResultsView::caseActivated, this, &MainWindow::showCase);
    connect(m_search, &WorkspaceSearchController::searchStarted, m_searchView, &SearchResultsView::showSearching);
    connect(m_search, &WorkspaceSearchController::searchFinished, m_searchView, &SearchResultsView::showFinished);
    connect(m_search, &WorkspaceSearchController::searchFailed, m_searchView, &SearchResultsView::showFailed);
}

void MainWindow::chooseImportPackage()
{
    // One dialog for every kind: a .zip, a folder package chosen by its manifest, or an
    // ANSI/NIST-ITL transaction (filed into the case its Type-2 names).
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import Transmission Package"), QString(),
        tr("Transmissions (*.zip manifest.json *.an2 *.an2k *.eft *.nist);;Transmission packages (*.zip "
           "manifest.json);;ANSI/NIST-ITL transactions (*.an2 *.an2k *.eft *.nist);;All files (*)"));
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    const QString package = info.fileName() == QLatin1String("manifest.json") ? info.absolutePath() : chosen;
    m_views->setCurrentWidget(m_inboxView);
    m_intake->importPackage(package);
}

void MainWindow::openCaseByReference(const QString &reference)
{
    for (const CaseRecord &record : m_cases->caseModel()->cases()) {
        if (record.reference.toString() == reference) {
            showCase(record.id);
            return;
        }
    }
    statusBar()->showMessage(tr("The case %1 is not in the case list; refresh the list (F5)").arg(reference), 15000);
}

void MainWindow::showCase(const CaseId &id)
{
    m_views->setCurrentIndex(0);
    if (!m_browser->selectCase(id)) {
        // A filter may hide it: clear the search and look again.
        m_browser->searchField()->clear();
        if (!m_browser->selectCase(id))
            statusBar()->showMessage(tr("That case is not shown in the case list; check the status filter"), 15000);
    }
}

void MainWindow::wireMedia()
{
    connect(m_cases, &CaseBrowserController::detailsLoaded, this, [this](const CaseDetails &details) {
        m_media->requestThumbnails(details.marks);
        m_media->loadPersonLinks(details.persons);
    });
    connect(m_media, &CaseMediaController::thumbnailReady, m_details, &CaseDetailsPanel::setMarkThumbnail);
    connect(m_media, &CaseMediaController::personLinksLoaded, this, [this](const QList<PersonLinkRow> &rows) {
        m_details->showPersonLinks(rows, m_media->canDecidePersonLinks());
    });
    connect(m_details, &CaseDetailsPanel::personLinkDecisionRequested, m_media, &CaseMediaController::decidePersonLink);
    connect(m_media, &CaseMediaController::personLinkDecided, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_media, &CaseMediaController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(m_details, &CaseDetailsPanel::documentActivated, this, [this](const Document &document) {
        statusBar()->showMessage(tr("Opening “%1”…").arg(document.title), 5000);
        m_media->openDocument(document);
    });
    connect(m_media, &CaseMediaController::documentFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(m_media, &CaseMediaController::documentReady, this, &MainWindow::openDocumentViewer);
}

DocumentDialog *MainWindow::documentDialog() const
{
    return qobject_cast<DocumentDialog *>(m_documentDialog.data());
}

void MainWindow::openDocumentViewer(const Document &document, const QByteArray &bytes)
{
    auto *dialog = new DocumentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    m_documentDialog = dialog;
    dialog->showDocument(bytes, document.title);
    dialog->show();
    statusBar()->clearMessage();
}

} // namespace ridgeline
