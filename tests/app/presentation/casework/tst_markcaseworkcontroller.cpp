// The casework of one mark behind the panel (issue 7), over an in-memory session: the record is
// read and every step run on the session's thread with the version last read; a step another
// session got to first (ErrorCode::Conflict) is reported with the session's message and the record
// is read again; any other refusal is reported and nothing changes; one step at a time.
#include "app/presentation/casework/markcaseworkcontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/presentation/fakesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

namespace {

// A session keeping one mark's casework: each step checks the version like the workspace does.
class CaseworkSession : public test::FakeSession
{
public:
    explicit CaseworkSession(Role role)
        : FakeSession(role)
    {
        record.mark.id = MarkId::create();
        record.mark.caseId = CaseId::create();
        record.mark.exhibitReference = QStringLiteral("JH/1");
        record.caseReference = QStringLiteral("WYP/2026/0410");
        record.version = 1;
    }

    MarkCasework record;
    QAtomicInt reads = 0;
    QAtomicInt onUiThread = 0;
    QList<int> versionsAsked;         // session thread only, read after the answers
    std::optional<Error> nextRefusal; // answered to the next step instead

    void note()
    {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            onUiThread.ref();
    }
    Result<MarkCasework> markCasework(const MarkId &) override
    {
        note();
        reads.ref();
        return record;
    }
    Result<MarkCasework> step(int expectedVersion, MarkState to)
    {
        note();
        versionsAsked << expectedVersion;
        if (nextRefusal) {
            Error e = *nextRefusal;
            nextRefusal.reset();
            return e;
        }
        if (expectedVersion != record.version)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("version %1 is not %2").arg(expectedVersion).arg(record.version));
        MarkStageChange change{record.mark.state, to, user().name, {}, QDateTime::currentDateTimeUtc()};
        record.history.append(change);
        record.mark.state = to;
        record.examiner = user().name;
        ++record.version;
        return record;
    }
    Result<MarkCasework> startAnalysis(const MarkId &, int expectedVersion) override
    {
        return step(expectedVersion, MarkState::Analysis);
    }
    Result<MarkCasework> commitAnalysis(const MarkId &, const AnalysisInput &input, int expectedVersion) override
    {
        Result<MarkCasework> r = step(expectedVersion, MarkState::AnalysisCommitted);
        if (r) {
            AnalysisRecord a;
            a.examiner = user().name;
            a.input = input;
            record.analysis = a;
            r = record;
        }
        return r;
    }
};

struct Fixture
{
    CaseworkSession *session = nullptr;
    std::unique_ptr<SessionController> controller;
    explicit Fixture(Role role = Role::Examiner)
    {
        auto owned = std::make_unique<CaseworkSession>(role);
        session = owned.get();
        SessionInfo info{owned->user(), owned->databasePath(), owned->policy()};
        controller = std::make_unique<SessionController>(std::move(owned), info);
    }
};

} // namespace

class TestMarkCaseworkController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheRecordOffTheUiThread()
    {
        Fixture f;
        MarkCaseworkController casework(f.controller.get(), f.session->record.mark.id);
        QVERIFY(!casework.casework());
        QVERIFY(!casework.offer(CaseworkStep::StartAnalysis).offered);
        QSignalSpy changed(&casework, &MarkCaseworkController::changed);
        casework.reload();
        QVERIFY(casework.isLoading());
        QVERIFY(!casework.offer(CaseworkStep::StartAnalysis).enabled); // not while reading
        QVERIFY(changed.wait(5000));
        QVERIFY(casework.casework());
        QCOMPARE(casework.markLabel(), QStringLiteral("JH/1"));
        QVERIFY(casework.offer(CaseworkStep::StartAnalysis).enabled);
        QCOMPARE(int(f.session->onUiThread), 0);
    }

    void aStepPassesTheVersionReadAndShowsItsOutcome()
    {
        Fixture f;
        MarkCaseworkController casework(f.controller.get(), f.session->record.mark.id);
        QSignalSpy changed(&casework, &MarkCaseworkController::changed);
        QSignalSpy finished(&casework, &MarkCaseworkController::stepFinished);
        casework.reload();
        QVERIFY(changed.wait(5000));
        casework.startAnalysis();
        QVERIFY(casework.isBusy());
        QVERIFY(!casework.offer(CaseworkStep::StartAnalysis).enabled);
        casework.startAnalysis(); // a second click while the first is stored does nothing
        QVERIFY(finished.wait(5000));
        QCOMPARE(f.session->versionsAsked, QList<int>{1});
        QCOMPARE(casework.casework()->mark.state, MarkState::Analysis);
        QCOMPARE(casework.casework()->version, 2);
        QVERIFY(finished.first().at(1).toString().startsWith(QStringLiteral("Analysis of JH/1 started.")));
        QVERIFY(!casework.isBusy());
        QVERIFY(casework.offer(CaseworkStep::CommitAnalysis).enabled);

        AnalysisInput input;
        input.value = ValueDecision::ExclusionOnly;
        input.substrate = QStringLiteral("glass");
        casework.commitAnalysis(input);
        QVERIFY(finished.wait(5000));
        QCOMPARE(f.session->versionsAsked, (QList<int>{1, 2}));
        QCOMPARE(casework.casework()->analysis->input.value, ValueDecision::ExclusionOnly);
        QCOMPARE(casework.casework()->mark.state, MarkState::AnalysisCommitted);
        QCOMPARE(int(f.session->onUiThread), 0);
    }

    // Another session moved the mark on meanwhile: the message says so and the record is read
    // again, so the next attempt is based on what is now stored.
    void aVersionConflictReloadsTheRecord()
    {
        Fixture f;
        MarkCaseworkController casework(f.controller.get(), f.session->record.mark.id);
        QSignalSpy changed(&casework, &MarkCaseworkController::changed);
        QSignalSpy failed(&casework, &MarkCaseworkController::stepFailed);
        casework.reload();
        QVERIFY(changed.wait(5000));
        QCOMPARE(int(f.session->reads), 1);
        f.session->record.version = 7; // changed elsewhere after this panel read it
        f.session->record.examiner = QStringLiteral("gprys");
        casework.startAnalysis();
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("version 1 is not 7")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("read again")));
        QCOMPARE(failed.first().at(2).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(casework.casework()->version, 7, 5000);
        QCOMPARE(int(f.session->reads), 2);
        QCOMPARE(casework.casework()->examiner, QStringLiteral("gprys"));
        // Now someone else's mark: the panel no longer offers the step to this examiner.
        QVERIFY(!casework.offer(CaseworkStep::StartAnalysis).enabled);
    }

    void anOtherRefusalIsShownAndNothingChanges()
    {
        Fixture f;
        MarkCaseworkController casework(f.controller.get(), f.session->record.mark.id);
        QSignalSpy changed(&casework, &MarkCaseworkController::changed);
        QSignalSpy failed(&casework, &MarkCaseworkController::stepFailed);
        casework.reload();
        QVERIFY(changed.wait(5000));
        f.session->nextRefusal = Error(ErrorCode::PermissionDenied, QStringLiteral("the mark is sealed"));
        casework.startAnalysis();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(),
                 QStringLiteral("Start Analysis on JH/1 was not stored: the mark is sealed"));
        QCOMPARE(failed.first().at(2).toBool(), false);
        QCOMPARE(casework.casework()->mark.state, MarkState::Received);
        QCOMPARE(int(f.session->reads), 1); // not read again
        QCOMPARE(changed.size(), 1);
    }

    void aSessionWithoutCaseworkSaysSo()
    {
        auto owned = std::make_unique<test::FakeSession>(Role::Examiner);
        SessionInfo info{owned->user(), owned->databasePath(), owned->policy()};
        SessionController controller(std::move(owned), info);
        MarkCaseworkController casework(&controller, MarkId::create());
        QSignalSpy failed(&casework, &MarkCaseworkController::loadFailed);
        casework.reload();
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("keeps no casework records")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!casework.casework());
    }
};

QTEST_GUILESS_MAIN(TestMarkCaseworkController)
#include "tst_markcaseworkcontroller.moc"
