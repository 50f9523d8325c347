// The intake controller without a window: who may import, one package at a time, nothing imported
// while the workstation is locked, the queue dropped on cancel, and the work on the session thread.
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestIntakeController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<SessionController> makeSession(Role role, test::FakeSession **fake)
    {
        auto session = std::make_unique<test::FakeSession>(role);
        session->path = m_dir.filePath(QStringLiteral("fake.ridgeline"));
        *fake = session.get();
        SessionInfo info{session->user(), session->path, {}};
        return std::make_unique<SessionController>(std::move(session), info);
    }

private Q_SLOTS:
    void aSupervisorDoesNotWatchTheInbox()
    {
        test::FakeSession *fake = nullptr;
        auto session = makeSession(Role::Supervisor, &fake);
        IntakeController intake(session.get());
        QSignalSpy loaded(&intake, &IntakeController::transmissionsLoaded);
        intake.start();
        QVERIFY(!intake.canImport());
        QVERIFY(!intake.isWatching());
        QVERIFY(!QFileInfo::exists(intake.inboxPath()));
        QVERIFY(loaded.wait(5000)); // the list is still shown
    }

    void aCaseOfficerWatchesTheWorkspaceInbox()
    {
        test::FakeSession *fake = nullptr;
        auto session = makeSession(Role::CaseOfficer, &fake);
        Transmission t;
        t.id = TransmissionId::create();
        t.caseReference = QStringLiteral("WYP/2026/004117");
        t.status = TransmissionStatus::Imported;
        fake->transmissionRecords = {t};
        IntakeController intake(session.get());
        QSignalSpy loaded(&intake, &IntakeController::transmissionsLoaded);
        intake.start();
        QVERIFY(intake.isWatching());
        QCOMPARE(intake.inboxPath(), m_dir.filePath(QStringLiteral("fake.ridgeline.inbox")));
        QVERIFY(QFileInfo(intake.quarantinePath()).isDir());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(intake.model()->rowCount(), 1);
        QCOMPARE(fake->repository.callsOnMainThread.loadAcquire(), 0);
    }

    void nothingIsImportedWhileLockedAndCancelDropsTheQueue()
    {
        test::FakeSession *fake = nullptr;
        auto session = makeSession(Role::CaseOfficer, &fake);
        IntakeController intake(session.get());
        intake.setPaused(true);
        intake.importPackage(m_dir.filePath(QStringLiteral("a.zip")));
        intake.importPackage(m_dir.filePath(QStringLiteral("b.zip")));
        QVERIFY(!intake.isBusy());
        QCOMPARE(intake.queuedCount(), 2);
        QCOMPARE(intake.model()->importingCount(), 2); // shown as waiting, not as importing
        for (int row : {0, 1})
            QCOMPARE(intake.model()->index(row, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Queued"));
        // Thumbnails are the first post-import hook; the mark viewer adds its tile pyramids after it.
        QCOMPARE(intake.postImportHooks().size(), 1);
        QCOMPARE(intake.postImportHooks().first()->name(), QStringLiteral("thumbnails"));
        intake.cancelAll();
        QCOMPARE(intake.queuedCount(), 0);
        QCOMPARE(intake.model()->importingCount(), 0);
    }

    void aPickedPackageThatFailsIsReportedAndLeftAlone()
    {
        test::FakeSession *fake = nullptr;
        auto session = makeSession(Role::CaseOfficer, &fake);
        IntakeController intake(session.get());
        QSignalSpy refused(&intake, &IntakeController::packageRefused);
        QSignalSpy busy(&intake, &IntakeController::busyChanged);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-package.zip"));
        intake.importPackage(missing);
        QVERIFY(intake.isBusy());
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().at(0).toString(), missing);
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        QCOMPARE(refused.first().at(2).toBool(), false);
        QVERIFY(!intake.isBusy());
        QCOMPARE(intake.model()->importingCount(), 0);
        QCOMPARE(busy.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIntakeController)
#include "tst_intakecontroller.moc"
