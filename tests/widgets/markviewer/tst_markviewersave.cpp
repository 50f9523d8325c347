// The mark viewer saves the examiner's work with the mark (issue 5), through a real encrypted
// workspace: open a mark, enhance, calibrate and measure, save with Ctrl+S, reopen and find it
// all again, with the calibration saying how it was obtained.
#include "app/gui/markviewerwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"
#include "tests/app/services/markworktestsupport.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/measurementpanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestMarkViewerSave : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MarkWorkspace m_ws;
    std::unique_ptr<SessionController> m_controller;

    QPointer<MarkViewerWindow> openAndWait()
    {
        QPointer<MarkViewerWindow> window = MarkViewerWindow::openMark(m_controller.get(), m_ws.mark, 64, nullptr);
        QSignalSpy loaded(window->document(), &MarkDocument::loaded);
        if (!loaded.wait(15000))
            qFatal("the mark did not load");
        return window;
    }

    // Answers the next "Unsaved Work" question with `button`.
    static void answerUnsavedQuestion(QMessageBox::StandardButton button, bool *asked)
    {
        QTimer::singleShot(0, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("unsavedWorkBox"))
                return;
            *asked = true;
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = makeMarkWorkspace(m_dir.filePath(QStringLiteral("viewer.ridgeline")));
        auto session = openAs(m_ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        QVERIFY(session);
        SessionInfo info{session->user(), session->databasePath(), session->policy()};
        m_controller = std::make_unique<SessionController>(std::move(session), info);
    }

    void savedWorkIsThereWhenTheMarkIsReopened()
    {
        QPointer<MarkViewerWindow> window = openAndWait();
        MarkDocument *document = window->document();
        QCOMPARE(document->calibration().method, imaging::CalibrationMethod::Manifest);
        QVERIFY(!window->isWindowModified());
        QVERIFY(window->saveAction()->isEnabled());
        QCOMPARE(window->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(!window->saveAction()->toolTip().isEmpty());

        // The examiner's work: a CLAHE step, a typed resolution, a distance.
        imaging::Recipe recipe;
        recipe.steps.append(imaging::defaultStep(QStringLiteral("clahe")));
        QVERIFY(document->setRecipe(recipe, QStringLiteral("Add CLAHE")));
        QVERIFY(document->setManualPpi(1016.0));
        document->addDistance(QPointF(20, 20), QPointF(220, 20));
        QVERIFY(window->isWindowModified());

        QSignalSpy saved(window.data(), &MarkViewerWindow::saved);
        QSignalSpy failed(window.data(), &MarkViewerWindow::saveFailed);
        QTest::keySequence(window.data(), QKeySequence::Save);
        QVERIFY2(saved.wait(15000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(saved.first().first().toInt(), 1);
        QVERIFY(!window->isWindowModified());
        // The recorded hash is the replay of the recipe on the original.
        auto stored = m_controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markWork(id); }).result();
        QVERIFY(stored);
        QCOMPARE(stored->outputSha256, replayHash(m_ws.png, recipe, 1016.0));
        window->close(); // nothing unsaved: no question
        QTRY_VERIFY(window.isNull());

        QPointer<MarkViewerWindow> again = openAndWait();
        QCOMPARE(again->document()->recipe().steps, recipe.steps);
        QCOMPARE(again->document()->calibration().method, imaging::CalibrationMethod::Manual);
        QCOMPARE(again->document()->ppi(), 1016.0);
        QCOMPARE(again->document()->measurements().size(), 1);
        QCOMPARE(again->document()->savedRevision(), 1);
        QVERIFY(!again->isWindowModified());
        const QString how = again->measurementPanel()->calibrationLabel()->text();
        QVERIFY2(how.contains(QStringLiteral("typed by the examiner")) && how.contains(QStringLiteral("saved with")),
                 qPrintable(how));
        QVERIFY(again->document()->measurements().first().millimetres > 0);

        if (const QString shots = qEnvironmentVariable("RIDGELINE_SHOTS_DIR"); !shots.isEmpty()) {
            again->resize(1280, 860);
            QVERIFY(QTest::qWaitForWindowExposed(again.data()));
            again->canvas()->setShowEnhancement(true);
            // The side panel's calibration tab: how the calibration was obtained, and that it was saved.
            again->findChild<QTabWidget *>(QStringLiteral("viewerSideTabs"))->setCurrentIndex(1);
            QTest::qWait(1500); // tiles and the enhancement preview arrive on workers
            QVERIFY(again->grab().save(shots + QStringLiteral("/markviewer-saved.png")));
        }
        again->close();
        QTRY_VERIFY(again.isNull());
    }

    void closingWithUnsavedWorkAsks()
    {
        QPointer<MarkViewerWindow> window = openAndWait();
        QVERIFY(window->document()->setManualPpi(500.0));
        QVERIFY(window->isWindowModified());
        bool asked = false;
        answerUnsavedQuestion(QMessageBox::Cancel, &asked);
        window->close();
        QVERIFY(asked);
        QVERIFY(!window.isNull() && window->isVisible()); // Cancel keeps it open with the work
        asked = false;
        answerUnsavedQuestion(QMessageBox::Discard, &asked);
        window->close();
        QVERIFY(asked);
        QTRY_VERIFY(window.isNull());
        // Discarded: the stored work is still revision 1 at 1016 ppi.
        auto stored = m_controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markWork(id); }).result();
        QVERIFY(stored);
        QCOMPARE(stored->revision, 1);
        QCOMPARE(stored->calibration.ppi, 1016.0);
    }
};

QTEST_MAIN(TestMarkViewerSave)
#include "tst_markviewersave.moc"
