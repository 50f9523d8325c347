// Commit Markup Revision in the mark viewer through a real encrypted workspace (issue 6): the
// markup as shown becomes revision 1 (read back identical, the draft gone), later changes revision
// 2; a user without the right to annotate is refused with the reason shown and nothing committed.
#include "app/core/markupdocument.h"
#include "app/core/markupjson.h"
#include "app/gui/markviewerwindow.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/services/markworktestsupport.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ridgeline;
using namespace ridgeline::testing;

class TestMarkupCommit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MarkWorkspace m_ws;

    static std::unique_ptr<SessionController> signIn(const QString &path, const QString &user,
                                                     const QByteArray &passphrase)
    {
        auto session = openAs(path, user, passphrase);
        if (!session)
            return nullptr;
        SessionInfo info{session->user(), session->databasePath(), session->policy()};
        return std::make_unique<SessionController>(std::move(session), info);
    }

    static QPointer<MarkViewerWindow> openAndWait(SessionController *controller, const Mark &mark)
    {
        QPointer<MarkViewerWindow> window = MarkViewerWindow::openMark(controller, mark, 64, nullptr);
        QSignalSpy started(window.data(), &MarkViewerWindow::markupStarted);
        if (!started.wait(15000))
            qFatal("the markup did not start");
        return window;
    }

    static MarkupFeature minutia(FeatureType type, QPointF at, double direction)
    {
        MarkupFeature f;
        f.type = type;
        f.position = at;
        f.direction = direction;
        return f;
    }

    static void closeWindow(QPointer<MarkViewerWindow> &window)
    {
        window->close();
        QTRY_VERIFY(window.isNull());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ridgeline::MarkupDocument *>();
        m_ws = makeMarkWorkspace(m_dir.filePath(QStringLiteral("commit.ridgeline")));
    }

    void theMarkupIsCommittedAsRevisionOne()
    {
        auto controller = signIn(m_ws.path, QStringLiteral("examiner"), MarkWorkspace::examinerPass);
        QVERIFY(controller);
        QPointer<MarkViewerWindow> window = openAndWait(controller.get(), m_ws.mark);
        MarkupDocument *markup = window->markupDocument();
        QAction *commit = window->commitMarkupAction();
        QVERIFY(!commit->isEnabled()); // nothing to commit

        QVERIFY(markup->addFeature(minutia(FeatureType::MinutiaEnding, QPointF(40.5, 60.5), 30.0)));
        QVERIFY(markup->addFeature(minutia(FeatureType::MinutiaBifurcation, QPointF(120.25, 80.75), 275.5)));
        QVERIFY(markup->setNonePresent(FeatureType::Delta, true));
        QTRY_VERIFY_WITH_TIMEOUT(commit->isEnabled(), 10000); // once the stored markup was looked up
        const Markup shown = markup->markup();

        QSignalSpy committed(window.data(), &MarkViewerWindow::markupCommitted);
        commit->trigger(); // at once, before any autosave: the commit stores what is shown
        QVERIFY(!commit->isEnabled());
        QVERIFY(committed.wait(15000));
        QCOMPARE(committed.first().first().toInt(), 1);
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Markup revision 1 of JS/1 committed"));
        QVERIFY(markup->undoStack()->isClean());
        QVERIFY(!commit->isEnabled()); // nothing new since

        auto stored =
            controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markupRevision(id, 0); }).result();
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message()));
        QCOMPARE(stored->revision, 1);
        QCOMPARE(stored->author, QStringLiteral("examiner"));
        auto read = markupFromJson(stored->json);
        QVERIFY(read);
        QCOMPARE(read.value(), shown);
        auto draft = controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markupDraft(id); }).result();
        QVERIFY(!draft);
        QCOMPARE(draft.error().code(), ErrorCode::NotFound);

        // A later change is revision 2, on top of 1 (no conflict with itself).
        QVERIFY(markup->addFeature(minutia(FeatureType::Core, QPointF(200.5, 150.5), 90.0)));
        QVERIFY(commit->isEnabled());
        commit->trigger();
        QVERIFY(committed.wait(15000));
        QCOMPARE(committed.last().first().toInt(), 2);
        auto second =
            controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markupRevision(id, 0); }).result();
        QVERIFY(second);
        QCOMPARE(second->revision, 2);
        QCOMPARE(second->baseRevision, 1);
        QCOMPARE(markupFromJson(second->json)->features.size(), 3);
        closeWindow(window);
    }

    void aUserWhoMayNotAnnotateIsRefused()
    {
        auto controller = signIn(m_ws.path, QStringLiteral("officer"), MarkWorkspace::officerPass);
        QVERIFY(controller);
        QPointer<MarkViewerWindow> window = openAndWait(controller.get(), m_ws.mark);
        MarkupDocument *markup = window->markupDocument();
        QTRY_COMPARE_WITH_TIMEOUT(markup->features().size(), qsizetype(3), 10000); // revision 2 is shown
        QVERIFY(markup->setNonePresent(FeatureType::Delta, false));
        QVERIFY(markup->addFeature(minutia(FeatureType::Delta, QPointF(300.5, 200.5), 10.0)));
        QTRY_VERIFY_WITH_TIMEOUT(window->commitMarkupAction()->isEnabled(), 10000);
        QSignalSpy failed(window.data(), &MarkViewerWindow::markupCommitFailed);
        window->commitMarkupAction()->trigger();
        QVERIFY(failed.wait(15000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("The markup of JS/1 was not committed")), qPrintable(message));
        QCOMPARE(window->statusBar()->currentMessage(), message);
        auto latest =
            controller->run([id = m_ws.mark.id](WorkspaceSession &s) { return s.markupRevision(id, 0); }).result();
        QVERIFY(latest);
        QCOMPARE(latest->revision, 2);
        closeWindow(window);
    }
};

QTEST_MAIN(TestMarkupCommit)
#include "tst_markupcommit.moc"
