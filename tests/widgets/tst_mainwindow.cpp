#include "app/gui/mainactions.h"
#include "app/gui/markviewerwindow.h"
#include "app/gui/preferencesdialog.h"
#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/lockcontroller.h"
#include "app/presentation/preferences.h"
#include "app/presentation/translationloader.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "tests/testsupport/pngbytes.h"
#include "tests/widgets/guitest.h"
#include "widgets/casebrowser.h"
#include "widgets/casedetailspanel.h"
#include "widgets/lockscreen.h"
#include "widgets/markviewer/markcanvas.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace ridgeline;
using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT
    // English plural forms ("1 case", "4 cases") come from ridgeline_en.qm.
    TranslationLoader m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_english.apply(Language::English)); }
    void menusAndShortcutsAreThere()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        QCOMPARE(test::menuTitles(window.get()), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                                              QStringLiteral("&Tools"), QStringLiteral("&Help")}));
        MainActions *actions = window->mainActions();
        QCOMPARE(actions->lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(actions->quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(actions->refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(actions->find->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QStringList seen;
        for (QAction *action : actions->all()) {
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
            QVERIFY(!action->objectName().isEmpty());
            // No two actions share a shortcut.
            if (!action->shortcut().isEmpty()) {
                QVERIFY(!seen.contains(action->shortcut().toString()));
                seen << action->shortcut().toString();
            }
        }
    }

    void showsTheCasesAndTheSelectedCasesDetails()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTableView *table = window->caseBrowser()->table();
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("statusCases"))->text(), QStringLiteral("4 cases"));
        QVERIFY(
            window->findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("Supervisor")));
        QVERIFY(
            window->findChild<QLabel *>(QStringLiteral("statusWorkspace"))->text().contains(QStringLiteral("fake")));
        // The first row is selected for you and its details come in from the worker thread.
        QTRY_VERIFY(!window->detailsPanel()->shownReference().isEmpty());
        table->selectRow(1);
        const QString wanted = table->model()->index(1, 0).data().toString();
        QTRY_COMPARE(window->detailsPanel()->shownReference(), wanted);
        QCOMPARE(f.fake->repository.callsOnMainThread.loadRelaxed(), 0);

        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QTRY_COMPARE(QApplication::focusWidget(), window->caseBrowser()->searchField());
        QTest::keyClicks(window->caseBrowser()->searchField(), QStringLiteral("robbery"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void lockingCoversTheContentUntilTheRightPassphrase()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("mainStack"));
        window->mainActions()->lock->trigger();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("lockScreen"));
        QVERIFY(!window->caseBrowser()->isVisible());
        QVERIFY(!window->mainActions()->refresh->isEnabled());
        QVERIFY(window->mainActions()->quit->isEnabled());
        QTRY_COMPARE(window->lockController()->state(), LockController::State::Locked);
        QVERIFY(f.fake->locked);

        auto *field = window->findChild<QLineEdit *>(QStringLiteral("unlockPassphrase"));
        QTest::keyClicks(field, QStringLiteral("wrong"));
        QTest::keyClick(field, Qt::Key_Return);
        auto *error = window->findChild<QLabel *>(QStringLiteral("unlockError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(field->text().isEmpty());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("lockScreen"));

        QTest::keyClicks(field, QString::fromUtf8(test::FakeSession::kPassphrase));
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("contentPage"));
        QVERIFY(!f.fake->locked);
        QVERIFY(window->mainActions()->refresh->isEnabled());
    }

    void idleTimeLocksTheWindow()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        window->show();
        auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("mainStack"));
        QSignalSpy locked(window->lockController(), &LockController::lockedChanged);
        window->lockController()->setIdleTimeout(100ms);
        QVERIFY(locked.wait(5000));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("lockScreen"));
        QTRY_VERIFY(f.fake->locked);
    }

    void preferencesRoundTripAndShortenTheIdleLock()
    {
        test::WindowFixture f;
        WorkspacePolicy policy;
        policy.idleLockAfter = 600s;
        auto window = f.makeWindow(policy);
        window->show();
        window->mainActions()->preferences->trigger();
        auto *dialog = window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *idle = dialog->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"));
        language->setCurrentIndex(language->findData(int(Language::Welsh)));
        idle->setValue(2);
        auto *memory = dialog->findChild<QSpinBox *>(QStringLiteral("tileCacheSpin"));
        memory->setValue(1024);
        dialog->accept();
        const Preferences saved = PreferencesStore(*f.settings).preferences();
        QCOMPARE(saved.language, Language::Welsh);
        QCOMPARE(saved.idleLockMinutes, 2);
        QCOMPARE(saved.tileCacheMegabytes, 1024);
        QCOMPARE(window->lockController()->idleMonitor()->idleTimeout(), 120000ms);

        PreferencesDialog again(saved, policy.idleLockAfter);
        QCOMPARE(again.preferences(), saved);
    }

    void viewerMemoryPreferenceIsSavedAndUsedByViewers()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        window->show();
        const QByteArray png = testing::ridgePng(300, 200);
        const QByteArray sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256);
        f.fake->originals.insert(sha, png);
        Mark mark;
        mark.id = MarkId::create();
        mark.exhibitReference = QStringLiteral("JS/1");
        mark.originalSha256 = sha;
        const auto openViewer = [&]() -> MarkViewerWindow * {
            const QList<MarkViewerWindow *> before = window->findChildren<MarkViewerWindow *>();
            Q_EMIT window->detailsPanel()->markActivated(mark);
            for (MarkViewerWindow *viewer : window->findChildren<MarkViewerWindow *>()) {
                if (!before.contains(viewer)) {
                    // Let the read and decode finish, so no work is left running when the test ends.
                    QSignalSpy loaded(viewer->document(), &MarkDocument::loaded);
                    return loaded.wait(10000) ? viewer : nullptr;
                }
            }
            return nullptr;
        };
        constexpr qint64 MiB = 1024 * 1024;
        MarkViewerWindow *first = openViewer();
        QVERIFY(first);
        QCOMPARE(first->canvas()->cacheBudget(), Preferences{}.tileCacheMegabytes * MiB);

        window->mainActions()->preferences->trigger();
        auto *dialog = window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
        QVERIFY(dialog);
        auto *memory = dialog->findChild<QSpinBox *>(QStringLiteral("tileCacheSpin"));
        QVERIFY(memory);
        QCOMPARE(memory->value(), Preferences{}.tileCacheMegabytes);
        QCOMPARE(memory->minimum(), PreferencesStore::kMinTileCacheMegabytes);
        QCOMPARE(memory->maximum(), PreferencesStore::kMaxTileCacheMegabytes);
        QVERIFY(!memory->toolTip().isEmpty());
        QVERIFY(!memory->whatsThis().isEmpty());
        memory->setValue(128);
        const QPointer<PreferencesDialog> closed(dialog);
        dialog->accept();
        QCOMPARE(PreferencesStore(*f.settings).preferences().tileCacheMegabytes, 128);
        // The open viewer gets the new budget at once, and one opened afterwards starts with it.
        QCOMPARE(first->canvas()->cacheBudget(), 128 * MiB);
        QVERIFY(first->canvas()->scheduler()->cache().bytes() <= 128 * MiB);
        MarkViewerWindow *second = openViewer();
        QVERIFY(second);
        QCOMPARE(second->canvas()->cacheBudget(), 128 * MiB);

        // Saving the dialog again for another reason keeps the examiner's value.
        QTRY_VERIFY(closed.isNull());
        window->mainActions()->preferences->trigger();
        dialog = window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("tileCacheSpin"))->value(), 128);
        dialog->accept();
        QCOMPARE(PreferencesStore(*f.settings).preferences().tileCacheMegabytes, 128);
    }

    void layoutIsRestoredAndNoSecretIsStored()
    {
        test::WindowFixture f;
        QList<int> sizes;
        {
            auto window = f.makeWindow();
            window->resize(1200, 800);
            window->show();
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({300, 880});
            sizes = splitter->sizes();
            window->close();
        }
        auto window = f.makeWindow();
        window->show();
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(window->size(), QSize(1200, 800));
        f.settings->sync();
        QFile ini(f.settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(test::FakeSession::kPassphrase));
    }

    void destroyingTheWindowLogsOut()
    {
        test::WindowFixture f;
        auto window = f.makeWindow();
        const std::shared_ptr<bool> loggedOut = f.fake->loggedOutFlag;
        QSignalSpy logout(window.get(), &MainWindow::logoutRequested);
        window->mainActions()->logout->trigger();
        QCOMPARE(logout.count(), 1);
        QVERIFY(!*loggedOut);
        window.reset();
        QVERIFY(*loggedOut);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
