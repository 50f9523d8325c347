#include "app/presentation/casebrowsercontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

class TestCaseBrowserController : public QObject
{
    Q_OBJECT
private:
    test::FakeSession *m_fake = nullptr;

    std::unique_ptr<SessionController> makeSession(Role role = Role::Supervisor)
    {
        auto fake = std::make_unique<test::FakeSession>(role);
        m_fake = fake.get();
        return std::make_unique<SessionController>(std::move(fake), SessionInfo{m_fake->user(), {}, {}});
    }

private Q_SLOTS:
    void loadsTheCaseListOffTheUiThread()
    {
        auto session = makeSession();
        CaseBrowserController controller(session.get());
        QSignalSpy loaded(&controller, &CaseBrowserController::casesLoaded);
        controller.refresh();
        QVERIFY(controller.isLoading());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).toInt(), 4);
        QCOMPARE(controller.caseModel()->rowCount(), 4);
        QCOMPARE(controller.filterModel()->rowCount(), 4);
        QVERIFY(!controller.isLoading());
        QCOMPARE(m_fake->repository.callsOnMainThread.loadRelaxed(), 0);
    }

    void loadsTheSelectedCasesDetails()
    {
        auto session = makeSession();
        CaseBrowserController controller(session.get());
        const CaseRecord wanted = m_fake->repository.records.at(2);
        QSignalSpy details(&controller, &CaseBrowserController::detailsLoaded);
        controller.selectCase(wanted.id);
        QVERIFY(details.wait(5000));
        const auto shown = details.at(0).at(0).value<CaseDetails>();
        QCOMPARE(shown.record.reference, wanted.reference);
        QCOMPARE(shown.marks.size(), 1);
        QCOMPARE(shown.persons.size(), 1);
    }

    void aLaterSelectionWins()
    {
        auto session = makeSession();
        CaseBrowserController controller(session.get());
        QSignalSpy details(&controller, &CaseBrowserController::detailsLoaded);
        QSignalSpy cleared(&controller, &CaseBrowserController::detailsCleared);
        controller.selectCase(m_fake->repository.records.at(0).id);
        controller.selectCase(m_fake->repository.records.at(1).id);
        QVERIFY(details.wait(5000));
        QTest::qWait(50); // let any stale reply arrive; it must be dropped
        QCOMPARE(details.count(), 1);
        QCOMPARE(details.at(0).at(0).value<CaseDetails>().record.id, m_fake->repository.records.at(1).id);
        controller.selectCase(CaseId());
        QCOMPARE(cleared.count(), 1);
    }

    void aMissingCaseIsReported()
    {
        auto session = makeSession();
        CaseBrowserController controller(session.get());
        QSignalSpy failed(&controller, &CaseBrowserController::detailsFailed);
        controller.selectCase(CaseId::create());
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("no case")));
    }
};

QTEST_GUILESS_MAIN(TestCaseBrowserController)
#include "tst_casebrowsercontroller.moc"
