// Intake in the real window over a real encrypted workspace: a package delivered into the inbox
// folder becomes a case in the case list, a damaged one ends in quarantine with its reason, the
// workspace search finds words of the imported statement, and the statement opens in the viewer.

#include "app/gui/documentdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/casemediacontroller.h"
#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/inbox/inboxfilterproxymodel.h"
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/workspacesearch.h"
#include "app/services/demopackages.h"
#include "app/services/inboxwatcher.h"
#include "tests/app/services/workspacetestsupport.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"
#include "widgets/documentviewer/documentviewer.h"
#include "widgets/inbox/inboxdetailpane.h"
#include "widgets/inbox/inboxview.h"
#include "widgets/searchresultsview.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ridgeline;

namespace {

// Finds the Inbox row of a state; -1 when there is none.
int rowInState(InboxModel *model, InboxState state)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(InboxModel::StateRole).toInt() == int(state))
            return row;
    }
    return -1;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestIntakeWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_inbox;
    const QByteArray m_passphrase = QByteArrayLiteral("intake window passphrase 7");
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString kCase; // the reference of the demo package's case

    std::unique_ptr<MainWindow> openWindow(const QString &user)
    {
        auto opened = LocalWorkspaceSession::open(m_path, user, m_passphrase, testing::fastOptions());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return nullptr;
        }
        std::unique_ptr<WorkspaceSession> session = std::move(*opened);
        SessionInfo info{session->user(), session->databasePath(), session->policy()};
        auto controller = std::make_unique<SessionController>(std::move(session), info);
        return std::make_unique<MainWindow>(std::move(controller), *m_settings);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("intake.ridgeline"));
        m_inbox = InboxWatcher::inboxPathFor(m_path);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        auto created =
            LocalWorkspaceSession::create(m_path, QStringLiteral("ada"), m_passphrase, testing::fastOptions());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        WorkspacePolicy policy = (*created)->policy();
        policy.acceptUnsignedPackages = true; // the demo devices are not registered
        QVERIFY((*created)->setPolicy(policy));
        for (const RegisteredDevice &device : demoDevices(DemoPackageOptions().seed))
            QVERIFY((*created)->registerDevice(device));
        auto officer = (*created)->addUser(QStringLiteral("cora"), QStringLiteral("Cora Officer"), Role::CaseOfficer,
                                           m_passphrase);
        QVERIFY2(officer, officer ? "" : qPrintable(officer.error().message()));
        QVERIFY((*created)->logout());

        // One good package, and a copy of it with one byte of its statement changed.
        DemoPackageOptions options;
        options.cases = 1;
        options.tenprints = false;
        auto good = writeDemoPackages(m_inbox, options);
        QVERIFY2(good, good ? "" : qPrintable(good.error().message()));
        // "01-WYP-2026-004117" delivers case WYP/2026/004117.
        kCase = QFileInfo(good->first()).fileName().mid(3).replace(QLatin1Char('-'), QLatin1Char('/'));
        const QString staging = m_dir.filePath(QStringLiteral("staging"));
        options.sign = false; // refused for its hash alone
        auto other = writeDemoPackages(staging, options);
        QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
        testing::flipByte(QDir(other->first()).filePath(QStringLiteral("documents/statement.pdf")), 200);
        QVERIFY(QDir().rename(other->first(), QDir(m_inbox).filePath(QStringLiteral("bad-package"))));
    }

    void aDeliveredPackageBecomesACase()
    {
        m_window = openWindow(QStringLiteral("cora"));
        QVERIFY(m_window);
        m_window->show();
        IntakeController *intake = m_window->intakeController();
        QVERIFY(intake->isWatching());
        QCOMPARE(intake->inboxPath(), QDir(m_inbox).absolutePath());

        QTableView *cases = m_window->caseBrowser()->table();
        QTRY_COMPARE_WITH_TIMEOUT(cases->model()->rowCount(), 1, 60000);
        QCOMPARE(cases->model()->index(0, 0).data().toString(), kCase);
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(intake->model(), InboxState::Imported) >= 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(entriesOf(QDir(m_inbox).filePath(QStringLiteral(".imported"))).size(), 1, 30000);
        QVERIFY(!entriesOf(m_inbox).contains(QStringLiteral("01-WYP-2026-004117")));

        // The Inbox is one keystroke away.
        m_window->mainActions()->showInbox->trigger();
        QCOMPARE(m_window->views()->currentWidget(), static_cast<QWidget *>(m_window->inboxView()));
        QCOMPARE(m_window->mainActions()->showInbox->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

        // "Open case" on the imported row shows its case in the case list.
        InboxView *view = m_window->inboxView();
        const int row = rowInState(intake->model(), InboxState::Imported);
        view->table()->selectRow(view->proxy()->mapFromSource(intake->model()->index(row, 0)).row());
        m_window->caseBrowser()->table()->clearSelection();
        QVERIFY(view->openCaseAction()->isEnabled());
        view->openCaseAction()->trigger();
        QCOMPARE(m_window->views()->currentIndex(), 0);
        QCOMPARE(m_window->caseBrowser()->table()->currentIndex().siblingAtColumn(0).data().toString(), kCase);
    }

    void aDamagedPackageIsQuarantinedWithItsReason()
    {
        IntakeController *intake = m_window->intakeController();
        QTRY_VERIFY_WITH_TIMEOUT(rowInState(intake->model(), InboxState::Quarantined) >= 0, 60000);
        const int row = rowInState(intake->model(), InboxState::Quarantined);
        const QString reason =
            intake->model()->index(row, int(InboxModel::Column::Reason)).data(Qt::DisplayRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("SHA-256")), qPrintable(reason));
        QTRY_VERIFY_WITH_TIMEOUT(!entriesOf(m_inbox).contains(QStringLiteral("bad-package")), 30000);
        const QStringList quarantined = entriesOf(QDir(m_inbox).filePath(QStringLiteral(".quarantine")));
        QVERIFY2(quarantined.filter(QStringLiteral("bad-package")).size() == 2, qPrintable(quarantined.join(u',')));
        QVERIFY(quarantined.filter(QStringLiteral(".reason.txt")).size() == 1);
        // Still one case: nothing of the refused package was filed.
        QTRY_COMPARE_WITH_TIMEOUT(intake->isBusy(), false, 30000);
        QCOMPARE(m_window->caseController()->caseCount(), 1);

        // The detail pane shows the reason in full when the row is selected.
        InboxView *view = m_window->inboxView();
        m_window->mainActions()->showInbox->trigger();
        const int proxyRow = view->proxy()->mapFromSource(intake->model()->index(row, 0)).row();
        view->table()->selectRow(proxyRow);
        QTRY_VERIFY(view->detailPane()->reasonLabel()->text().contains(QStringLiteral("SHA-256")));
    }

    void theWorkspaceSearchFindsTheStatement()
    {
        m_window->mainActions()->findInWorkspace->trigger();
        SearchResultsView *search = m_window->searchView();
        QCOMPARE(m_window->views()->currentWidget(), static_cast<QWidget *>(search));
        QSignalSpy finished(m_window->searchController(), &WorkspaceSearchController::searchFinished);
        search->searchField()->setText(QStringLiteral("jewellery"));
        QTest::keyClick(search->searchField(), Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        SearchHitModel *hits = m_window->searchController()->model();
        QVERIFY(hits->rowCount() >= 1);
        QCOMPARE(hits->index(0, 0).data(SearchHitModel::CaseReferenceRole).toString(), kCase);
        QVERIFY(hits->index(0, 0)
                    .data(SearchHitModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>jewellery</b>"), Qt::CaseInsensitive));

        // Activating the hit shows its case.
        m_window->caseBrowser()->table()->clearSelection();
        Q_EMIT search->list()->activated(hits->index(0, 0));
        QCOMPARE(m_window->views()->currentIndex(), 0);
        QCOMPARE(m_window->caseBrowser()->currentCase().toString(),
                 hits->index(0, 0).data(SearchHitModel::CaseIdRole).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsPanel()->shownReference(), kCase, 20000);
    }

    void theCaseShowsMarkThumbnailsAndPersons()
    {
        CaseDetailsPanel *details = m_window->detailsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(details->shownReference(), kCase, 20000);
        QTreeWidget *marks = details->marksList();
        QCOMPARE(marks->topLevelItemCount(), 3);
        // Every mark gets a thumbnail decoded from its original (read through the session).
        for (int i = 0; i < marks->topLevelItemCount(); ++i) {
            const QByteArray sha = marks->topLevelItem(i)->data(0, Qt::UserRole).toByteArray();
            QCOMPARE(sha.size(), 32);
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->mediaController()->thumbnail(sha).isNull(), 20000);
            const QImage thumb = m_window->mediaController()->thumbnail(sha);
            QVERIFY(thumb.deviceIndependentSize().width() <= CaseMediaController::kThumbnailSize + 0.5);
            QVERIFY(thumb.deviceIndependentSize().height() <= CaseMediaController::kThumbnailSize + 0.5);
        }
        QTreeWidget *persons = details->personsList();
        QCOMPARE(persons->topLevelItemCount(), 2);
        QStringList roles;
        for (int i = 0; i < persons->topLevelItemCount(); ++i)
            roles << persons->topLevelItem(i)->text(1);
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("Suspect"), QStringLiteral("Victim")}));
        QCOMPARE(persons->topLevelItem(0)->text(2), QStringLiteral("None")); // no tenprints in this package
    }

    void theStatementOpensInTheViewer()
    {
        CaseDetailsPanel *details = m_window->detailsPanel();
        QTreeWidget *documents = details->documentsList();
        QCOMPARE(documents->topLevelItemCount(), 1);
        const int pages = documents->topLevelItem(0)->text(2).toInt();
        QVERIFY(pages >= 1);
        Q_EMIT documents->itemActivated(documents->topLevelItem(0), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentDialog() != nullptr, 20000);
        DocumentPageSource *source = m_window->documentDialog()->source();
        QTRY_COMPARE_WITH_TIMEOUT(source->state(), DocumentPageSource::State::Ready, 20000);
        QCOMPARE(source->pageCount(), pages);
        QVERIFY(m_window->documentDialog()->viewer()->pageIndicator()->text().contains(QString::number(pages)));
        m_window->documentDialog()->close();
    }

    void aPickedPackageIsImportedInPlaceAndNeverMoved()
    {
        // A damaged package the user picked with File > Import Package: refused with its reason
        // shown, and left exactly where it was.
        const QString staging = m_dir.filePath(QStringLiteral("picked"));
        DemoPackageOptions options;
        options.cases = 1;
        options.tenprints = false;
        options.sign = false;
        auto written = writeDemoPackages(staging, options);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
        const QString package = written->first();
        testing::flipByte(QDir(package).filePath(QStringLiteral("documents/statement.pdf")), 300);
        const QStringList before = entriesOf(QDir(m_inbox).filePath(QStringLiteral(".quarantine")));
        QSignalSpy refused(m_window->intakeController(), &IntakeController::packageRefused);
        m_window->intakeController()->importPackage(package);
        QVERIFY(refused.wait(30000));
        QCOMPARE(refused.first().at(2).toBool(), false);
        QVERIFY(refused.first().at(1).toString().contains(QStringLiteral("SHA-256")));
        QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("importRefusedMessage"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("SHA-256")));
        box->close();
        QVERIFY(QFileInfo::exists(QDir(package).filePath(QStringLiteral("manifest.json"))));
        QCOMPARE(entriesOf(QDir(m_inbox).filePath(QStringLiteral(".quarantine"))), before);
        QVERIFY(m_window->mainActions()->importPackage->isVisible());
        QCOMPARE(m_window->mainActions()->importPackage->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestIntakeWindow)
#include "tst_intakewindow.moc"
