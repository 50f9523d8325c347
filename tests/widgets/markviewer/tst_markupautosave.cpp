// The markup is autosaved as the examiner's draft through a real encrypted workspace (issue 6):
// features placed in the viewer are in the workspace within seconds, and closing and reopening
// the mark (as after a restart) brings them back exactly, with nothing asked.
#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/gui/markviewerwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "app/presentation/viewer/markdocument.h"
#include "tests/app/services/markworktestsupport.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestMarkupAutosave : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MarkWorkspace m_ws;
    std::unique_ptr<SessionController> m_controller;

    QPointer<MarkViewerWindow> openAndWait()
    {
        QPointer<MarkViewerWindow> window = MarkViewerWindow::openMark(m_controller.get(), m_ws.mark, 64, nullptr);
        QSignalSpy started(window.data(), &MarkViewerWindow::markupStarted);
        if (!started.wait(15000))
            qFatal("the markup did not start");
        return window;
    }

    Result<ExaminationDraft> storedDraft()
    {
        return m_controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markupDraft(id); }).result();
    }

    static MarkupFeature minutia(FeatureType type, QPointF at, double direction)
    {
        MarkupFeature f;
        f.type = type;
        f.position = at;
        f.direction = direction;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ridgeline::MarkupDocument *>();
        m_ws = makeMarkWorkspace(m_dir.filePath(QStringLiteral("markup.ridgeline")));
        auto session = openAs(m_ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        QVERIFY(session);
        SessionInfo info{session->user(), session->databasePath(), session->policy()};
        m_controller = std::make_unique<SessionController>(std::move(session), info);
    }

    void featuresAreAutosavedAndResumed()
    {
        QVERIFY(!storedDraft()); // nothing yet
        QPointer<MarkViewerWindow> window = openAndWait();
        MarkupDocument *markup = window->markupDocument();
        QTRY_VERIFY(markup->markup().features.isEmpty());

        QSignalSpy autosaved(window.data(), &MarkViewerWindow::markupAutosaved);
        QVERIFY(markup->addFeature(minutia(FeatureType::MinutiaEnding, QPointF(40.5, 60.5), 30.0)));
        QVERIFY(markup->addFeature(minutia(FeatureType::MinutiaBifurcation, QPointF(120.25, 80.75), 275.5)));
        QVERIFY(!markup->undoStack()->isClean());
        QVERIFY(autosaved.wait(10000)); // within the 3 s period, plus the session's turn
        QVERIFY(markup->undoStack()->isClean());

        auto draft = storedDraft();
        QVERIFY(draft);
        auto stored = markupFromJson(draft->json);
        QVERIFY(stored);
        QCOMPARE(stored->features, markup->markup().features);
        QCOMPARE(stored->features.size(), 2);
        QCOMPARE(stored->features.at(0).author, QStringLiteral("examiner"));

        // A third feature, then the window closes before the timer: the close stores it.
        QVERIFY(markup->addFeature(minutia(FeatureType::Core, QPointF(200.5, 150.5), 90.0)));
        const Markup left = markup->markup();
        window->close();
        QTRY_VERIFY(window.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(storedDraft() && markupFromJson(storedDraft()->json)->features.size() == 3, 10000);

        // Reopened (a restart opens the same way): everything as it was left, with an empty history.
        QPointer<MarkViewerWindow> again = openAndWait();
        QTRY_COMPARE_WITH_TIMEOUT(again->markupDocument()->markup().features.size(), qsizetype(3), 10000);
        QCOMPARE(again->markupDocument()->markup(), left);
        QVERIFY(again->markupDocument()->undoStack()->isClean());
        QCOMPARE(again->markupDocument()->undoStack()->count(), 0);
        again->close();
        QTRY_VERIFY(again.isNull());
    }

    // Committed markup is what a new draft starts from.
    void aCommittedRevisionIsShownWhenThereIsNoDraft()
    {
        auto committed =
            m_controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.commitMarkup(id); }).result();
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message()));
        QVERIFY(!storedDraft());
        QPointer<MarkViewerWindow> window = openAndWait();
        QTRY_COMPARE_WITH_TIMEOUT(window->markupDocument()->markup().features.size(), qsizetype(3), 10000);
        QVERIFY(!storedDraft()); // only opening it makes no draft
        window->close();
        QTRY_VERIFY(window.isNull());
        QVERIFY(!storedDraft());
    }
};

QTEST_MAIN(TestMarkupAutosave)
#include "tst_markupautosave.moc"
