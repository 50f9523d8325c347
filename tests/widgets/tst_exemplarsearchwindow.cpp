// The exemplar search as an examiner uses it in the window: select a case and a mark, choose
// Tools > Search Exemplars for Mark (Ctrl+Shift+E), watch the progress, read the ranked candidates.
// A real encrypted workspace filled through intake; the window offscreen.
#include "app/gui/exemplarsearchdialog.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/exemplarsearchcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/importservice.h"
#include "tests/app/services/searchtestpackage.h"
#include "tests/app/services/workspacetestsupport.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"
#include "widgets/exemplarsearchpanel.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ridgeline;

class TestExemplarSearchWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_passphrase = QByteArrayLiteral("exemplar window passphrase");

    std::unique_ptr<MainWindow> openWindow(const QString &user, QSettings &settings)
    {
        auto opened = LocalWorkspaceSession::open(m_path, user, m_passphrase, testing::fastOptions());
        if (!opened)
            return nullptr;
        SessionInfo info{(*opened)->user(), m_path, (*opened)->policy()};
        auto controller = std::make_unique<SessionController>(std::move(*opened), info);
        return std::make_unique<MainWindow>(std::move(controller), settings);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("exemplars.ridgeline"));
        auto admin =
            LocalWorkspaceSession::create(m_path, QStringLiteral("admin"), m_passphrase, testing::fastOptions());
        QVERIFY(admin);
        QVERIFY((*admin)->addUser(QStringLiteral("aokafor"), QStringLiteral("Adaeze Okafor"), Role::Examiner,
                                  m_passphrase));
        QVERIFY((*admin)->addUser(QStringLiteral("dhartley"), QStringLiteral("David Hartley"), Role::CaseOfficer,
                                  m_passphrase));
        WorkspacePolicy policy = (*admin)->policy();
        policy.acceptUnsignedPackages = true;
        QVERIFY((*admin)->setPolicy(policy));
        QVERIFY((*admin)->logout());
        auto officer =
            LocalWorkspaceSession::open(m_path, QStringLiteral("dhartley"), m_passphrase, testing::fastOptions());
        QVERIFY(officer);
        auto folder = testing::searchTestPackage().writeFolder(m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY(folder);
        const ImportService::Result imported = ImportService(**officer).importPackage(*folder);
        QVERIFY2(!imported.refused(), qPrintable(imported.error ? imported.error->message() : QString()));
        QVERIFY((*officer)->logout());
    }

    void examinerSearchesTheSelectedMark()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        auto window = openWindow(QStringLiteral("aokafor"), settings);
        QVERIFY(window);
        window->show();
        QAction *action = window->mainActions()->searchExemplars;
        QVERIFY(action->isVisible());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QTRY_VERIFY_WITH_TIMEOUT(!window->detailsPanel()->shownReference().isEmpty(), 15000);
        QTreeWidget *marks = window->detailsPanel()->marksList();
        QTRY_COMPARE_WITH_TIMEOUT(marks->topLevelItemCount(), 1, 10000);
        QVERIFY(!action->isEnabled()); // nothing selected yet
        marks->setCurrentItem(marks->topLevelItem(0));
        QVERIFY(action->isEnabled());
        QVERIFY(marks->actions().contains(action)); // also on the mark's context menu

        action->trigger();
        ExemplarSearchDialog *dialog = window->exemplarSearchDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(window->exemplarSearchController()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!window->exemplarSearchController()->isRunning(), 60000);
        ExemplarSearchPanel *panel = dialog->panel();
        QVERIFY2(panel->statusText().contains(QStringLiteral("6 exemplar impressions searched")),
                 qPrintable(panel->statusText()));
        QVERIFY(!panel->cancelButton()->isVisible());
        QTableView *table = panel->table();
        QVERIFY(table->model()->rowCount() >= 1);
        // Best first: Brook's right middle finger, from which the mark was taken.
        QCOMPARE(table->model()->index(0, ExemplarCandidateModel::RankColumn).data().toInt(), 1);
        QCOMPARE(table->model()->index(0, ExemplarCandidateModel::PersonColumn).data().toString(),
                 QStringLiteral("BROOK, Samuel"));
        QCOMPARE(table->model()->index(0, ExemplarCandidateModel::FingerColumn).data().toString(),
                 fingerPositionDisplayName(3));
        QVERIFY(table->model()->index(0, ExemplarCandidateModel::PairsColumn).data().toInt() >= 8);
        QVERIFY(table->model()
                    ->index(0, ExemplarCandidateModel::CasesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("WYP/2026/000777")));
        QVERIFY(table->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("tool-derived")));
        if (!qEnvironmentVariableIsEmpty("RIDGELINE_SCREENSHOT_DIR")) {
            dialog->grab().save(qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR") +
                                QStringLiteral("/exemplar-search.png"));
        }
        dialog->close();
    }

    void caseOfficersDoNotSeeTheSearch()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("ui-officer.ini")), QSettings::IniFormat);
        auto window = openWindow(QStringLiteral("dhartley"), settings);
        QVERIFY(window);
        QVERIFY(!window->mainActions()->searchExemplars->isVisible());
    }
};

QTEST_MAIN(TestExemplarSearchWindow)
#include "tst_exemplarsearchwindow.moc"
