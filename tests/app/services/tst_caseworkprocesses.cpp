// Two workstations on one workspace, as two processes (issue 7, "Sync"): both take the same ACE-V
// step on the same mark with the same version at nearly the same moment, over and over, on fresh
// marks and every kind of step. Exactly one succeeds; the other is refused with ErrorCode::Conflict
// (exit code 9) and a message naming both versions; nothing is recorded twice. When both are the
// same examiner taking the same step with the same input (a double click on two screens), both are
// answered with the one record. A retry of the winning step is answered with success and changes
// nothing. Afterwards the stage history of every mark has each step once and the workspace, its
// audit chain and every sign-off verify.
//
// The workstations are caseworkstep_helper processes: the first step of each mark is raced by two
// processes started for it (exit codes compared); the later ones by two helpers that stay signed in
// (--serve), released with one command each, back to back.
#include "caseworkworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().message()));                                                             \
    } while (false)

constexpr int kMarks = 20;
constexpr int kConflictExit = int(ErrorCode::Conflict);

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[user, pass] : CaseworkWorkspace::users())
        env.insert(QStringLiteral("RIDGELINE_PASSPHRASE_") + user, QString::fromUtf8(pass));
    return env;
}

// One answer of a workstation: "ok VERSION STAGE" or "error CODE MESSAGE".
struct Answer
{
    bool ok = false;
    int code = 0; // the exit code: 0, or the ErrorCode's
    int version = 0;
    QString stage;
    QString message;
    QString raw;
};

Answer parse(const QString &line)
{
    Answer a;
    a.raw = line;
    const QStringList f = line.split(QLatin1Char('\t'));
    if (f.size() >= 3 && f.at(0) == QLatin1String("ok")) {
        a.ok = true;
        a.version = f.at(1).toInt();
        a.stage = f.at(2);
    } else if (f.size() >= 3 && f.at(0) == QLatin1String("error")) {
        a.code = f.at(1).toInt();
        a.message = f.mid(2).join(QLatin1Char('\t'));
    } else {
        a.code = -1;
        a.message = line;
    }
    return a;
}

bool readLine(QProcess &p, QString &line, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine()) {
        if (t.elapsed() > timeoutMs || p.state() == QProcess::NotRunning)
            return false;
        p.waitForReadyRead(100);
    }
    line = QString::fromUtf8(p.readLine()).trimmed();
    return true;
}

// A helper that stays signed in (--serve): one command, one answer.
class Workstation
{
public:
    bool start(const QString &path)
    {
        m_process.setProcessEnvironment(environment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(RIDGELINE_CASEWORK_HELPER), {path, QStringLiteral("--serve")});
        QString ready;
        return m_process.waitForStarted(10000) && readLine(m_process, ready) && ready == QLatin1String("ready");
    }
    void send(const QStringList &fields)
    {
        m_process.write((fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
    }
    Answer receive()
    {
        QString line;
        if (!readLine(m_process, line))
            return parse(QStringLiteral("no answer"));
        return parse(line);
    }
    ~Workstation()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

private:
    QProcess m_process;
};

// What one workstation asks: who, and the step with its arguments (mark and version are added).
struct Ask
{
    QString user;
    QString step;
    QStringList args;
};

} // namespace

class TestCaseworkProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CaseworkWorkspace m_ws;
    std::unique_ptr<CaseworkSessions> m_sessions;
    Workstation m_a, m_b;
    int m_races = 0, m_conflicts = 0, m_doubles = 0, m_retries = 0;

    MarkCasework read(const MarkId &mark)
    {
        auto work = m_sessions->as(QStringLiteral("officer"))->markCasework(mark);
        if (!work)
            qFatal("%s", qPrintable(work.error().message()));
        return *work;
    }

    static QStringList command(const Ask &ask, const MarkId &mark, int version)
    {
        return QStringList{ask.step, mark.toString(), QString::number(version)} + ask.args;
    }

    // The loser's refusal: a conflict naming the version it was based on and the one now stored.
    void checkLoser(const Answer &loser, int based, int now)
    {
        if (loser.code != kConflictExit)
            QFAIL(qPrintable(QStringLiteral("the second workstation got \"%1\", not a conflict").arg(loser.raw)));
        for (int v : {based, now})
            if (!loser.message.contains(QStringLiteral("version %1").arg(v)))
                QFAIL(
                    qPrintable(QStringLiteral("the conflict does not name version %1: %2").arg(v).arg(loser.message)));
    }

    // After a race: the winner's step recorded once (`moves` stage changes, from the stage it was
    // at), and the winner's retry answered with success, nothing more recorded.
    void checkRecordedOnce(const MarkId &mark, const MarkCasework &before, int moves, const Answer &won,
                           Workstation *winner, const QStringList &retry)
    {
        const MarkCasework after = read(mark);
        QCOMPARE(after.version, won.version);
        QCOMPARE(markStateKey(after.mark.state), won.stage);
        QCOMPARE(after.history.size(), before.history.size() + moves);
        QCOMPARE(after.history.at(before.history.size()).from, before.mark.state);
        if (!winner)
            return;
        winner->send(retry);
        const Answer again = winner->receive();
        if (!again.ok)
            QFAIL(qPrintable(QStringLiteral("the winner's retry was refused: ") + again.raw));
        QCOMPARE(again.version, won.version);
        QCOMPARE(read(mark).history.size(), after.history.size());
        ++m_retries;
    }

    // Both workstations take the step at once. Different users or inputs: exactly one wins and the
    // other gets a conflict. The same user with the same input: both get the one record.
    void race(const MarkId &mark, const Ask &a, const Ask &b, int moves = 1)
    {
        const MarkCasework before = read(mark);
        const int v = before.version;
        m_a.send(QStringList{a.user} + command(a, mark, v));
        m_b.send(QStringList{b.user} + command(b, mark, v));
        const Answer first = m_a.receive(), second = m_b.receive();
        ++m_races;
        const bool same = a.user == b.user && a.step == b.step && a.args == b.args;
        if (same) {
            if (!first.ok || !second.ok)
                QFAIL(qPrintable(QStringLiteral("%1 %2 twice: %3 / %4").arg(a.user, a.step, first.raw, second.raw)));
            QCOMPARE(first.version, second.version);
            ++m_doubles;
            checkRecordedOnce(mark, before, moves, first, nullptr, {});
            return;
        }
        if (first.ok == second.ok)
            QFAIL(qPrintable(QStringLiteral("%1 vs %2 (%3): expected exactly one success: %4 / %5")
                                 .arg(a.user, b.user, a.step, first.raw, second.raw)));
        const Answer &won = first.ok ? first : second;
        checkLoser(first.ok ? second : first, v, won.version);
        if (QTest::currentTestFailed())
            return;
        ++m_conflicts;
        const Ask &winner = first.ok ? a : b;
        checkRecordedOnce(mark, before, moves, won, first.ok ? &m_a : &m_b,
                          QStringList{winner.user} + command(winner, mark, v));
    }

    // One workstation alone.
    void take(const MarkId &mark, const Ask &ask)
    {
        m_a.send(QStringList{ask.user} + command(ask, mark, read(mark).version));
        const Answer a = m_a.receive();
        if (!a.ok)
            QFAIL(qPrintable(ask.user + QLatin1Char(' ') + ask.step + QStringLiteral(": ") + a.raw));
    }

    // The first step of a mark raced by two processes started for it, released together; their
    // exit codes are the answer. Returns the user who took the mark.
    QString raceProcesses(const MarkId &mark, const QString &userA, const QString &userB)
    {
        const MarkCasework before = read(mark);
        const QStringList args{m_ws.path, QString(), QStringLiteral("start"), mark.toString(),
                               QString::number(before.version)};
        QProcess pa, pb;
        const auto launch = [&](QProcess &p, const QString &user) {
            QProcessEnvironment env = environment();
            env.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), QString::fromUtf8(CaseworkWorkspace::passOf(user)));
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList a = args;
            a[1] = user;
            p.start(QStringLiteral(RIDGELINE_CASEWORK_HELPER), a);
            p.waitForStarted(10000);
        };
        launch(pa, userA);
        launch(pb, userB);
        QString ra, rb;
        if (!readLine(pa, ra) || !readLine(pb, rb) || ra != QLatin1String("ready") || rb != QLatin1String("ready")) {
            QTest::qFail("a workstation did not sign in", __FILE__, __LINE__);
            return {};
        }
        pa.write("go\n");
        pb.write("go\n");
        QString la, lb;
        readLine(pa, la);
        readLine(pb, lb);
        pa.waitForFinished(30000);
        pb.waitForFinished(30000);
        ++m_races;
        const Answer a = parse(la), b = parse(lb);
        if (pa.exitStatus() != QProcess::NormalExit || pb.exitStatus() != QProcess::NormalExit ||
            (pa.exitCode() == 0) == (pb.exitCode() == 0)) {
            QTest::qFail(qPrintable(QStringLiteral("start-analysis by %1 and %2: exit codes %3 and %4 (%5 / %6)")
                                        .arg(userA, userB)
                                        .arg(pa.exitCode())
                                        .arg(pb.exitCode())
                                        .arg(la, lb)),
                         __FILE__, __LINE__);
            return {};
        }
        const bool aWon = pa.exitCode() == 0;
        const int loserExit = aWon ? pb.exitCode() : pa.exitCode();
        if (loserExit != kConflictExit) {
            QTest::qFail(qPrintable(QStringLiteral("the losing process exited with %1, not %2 (conflict)")
                                        .arg(loserExit)
                                        .arg(kConflictExit)),
                         __FILE__, __LINE__);
            return {};
        }
        const Answer &won = aWon ? a : b;
        checkLoser(aWon ? b : a, before.version, won.version);
        if (QTest::currentTestFailed())
            return {};
        ++m_conflicts;
        checkRecordedOnce(mark, before, 1, won, nullptr, {});
        // The winner's retry, from a process of its own: success, nothing more recorded.
        const QString winner = aWon ? userA : userB;
        QProcess retry;
        launch(retry, winner);
        QString ready, answer;
        readLine(retry, ready);
        retry.write("go\n");
        readLine(retry, answer);
        retry.waitForFinished(30000);
        if (retry.exitCode() != 0) {
            QTest::qFail(
                qPrintable(QStringLiteral("the winner's retry exited with %1: %2").arg(retry.exitCode()).arg(answer)),
                __FILE__, __LINE__);
            return {};
        }
        ++m_retries;
        if (read(mark).history.size() != before.history.size() + 1)
            QTest::qFail("the retry recorded the step again", __FILE__, __LINE__);
        return winner;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = makeCaseworkWorkspace(m_dir.filePath(QStringLiteral("ws.rlw")), m_dir.filePath(QStringLiteral("pkg")),
                                     kMarks);
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        m_sessions = std::make_unique<CaseworkSessions>(m_ws.path);
        QVERIFY(m_sessions->as(QStringLiteral("officer")));
        QVERIFY(m_a.start(m_ws.path));
        QVERIFY(m_b.start(m_ws.path));
    }

    void sameStepOnTwoWorkstations()
    {
        QElapsedTimer timer;
        timer.start();
        const QString exemplar = m_ws.exemplars.first();
        const QString supervisor = QStringLiteral("supervisor"), reviewer = QStringLiteral("reviewer");
        for (int i = 0; i < kMarks; ++i) {
            const MarkId mark = m_ws.marks.at(i);
            // Who takes the mark: two examiners, two processes started for it.
            const QString owner = raceProcesses(mark, QStringLiteral("examiner"), QStringLiteral("third"));
            if (QTest::currentTestFailed())
                return;
            QStringList others{QStringLiteral("examiner"), QStringLiteral("verifier"), QStringLiteral("third")};
            others.removeAll(owner);
            // The examiner on two screens: different analyses, then the same click twice.
            race(mark, {owner, QStringLiteral("commit-analysis"), {QStringLiteral("glass (screen A)")}},
                 {owner, QStringLiteral("commit-analysis"), {QStringLiteral("glass (screen B)")}});
            race(mark, {owner, QStringLiteral("begin-comparison"), {}},
                 {owner, QStringLiteral("begin-comparison"), {}});
            const QStringList identification{QStringLiteral("identification"), exemplar,
                                             QStringLiteral("12 minutiae in agreement")};
            race(mark, {owner, QStringLiteral("conclude"), identification},
                 {owner,
                  QStringLiteral("conclude"),
                  {QStringLiteral("identification"), exemplar, QStringLiteral("11 minutiae in agreement")}});
            if (i % 3 != 2) // handed on for verification, or (below) exempted from it
                race(mark, {owner, QStringLiteral("submit"), {}}, {owner, QStringLiteral("submit"), {}});
            if (QTest::currentTestFailed())
                return;
            // Verification by either of the two other examiners, or an exemption by either supervisor.
            const QStringList inconclusive{QStringLiteral("inconclusive"), QString(),
                                           QStringLiteral("too little clear detail")};
            switch (i % 3) {
            case 0:
                race(mark, {others.at(0), QStringLiteral("verify"), identification},
                     {others.at(1), QStringLiteral("verify"), identification});
                break;
            case 1:
                race(mark, {others.at(0), QStringLiteral("verify"), inconclusive},
                     {others.at(1), QStringLiteral("verify"), inconclusive});
                race(mark,
                     {supervisor, QStringLiteral("resolve"),
                      QStringList{QStringLiteral("both at 10x"), QStringLiteral("identification stands")} +
                          identification},
                     {reviewer, QStringLiteral("resolve"),
                      QStringList{QStringLiteral("ridge by ridge"), QStringLiteral("identification stands")} +
                          identification},
                     2);
                break;
            default:
                race(mark, {supervisor, QStringLiteral("exempt"), {QStringLiteral("policy 4.2")}},
                     {reviewer, QStringLiteral("exempt"), {QStringLiteral("elimination prints only")}});
                break;
            }
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(read(mark).mark.state, MarkState::TechnicalReview);
            if (i % 2 == 1) {
                race(mark, {supervisor, QStringLiteral("return"), {QStringLiteral("name the target group")}},
                     {reviewer, QStringLiteral("return"), {QStringLiteral("basis too thin")}});
                take(mark, {owner, QStringLiteral("conclude"), identification});
                take(mark, {supervisor, QStringLiteral("exempt"), {QStringLiteral("policy 4.2")}});
                if (QTest::currentTestFailed())
                    return;
            }
            race(mark, {supervisor, QStringLiteral("sign-off"), {m_ws.caseId.toString()}},
                 {reviewer, QStringLiteral("sign-off"), {m_ws.caseId.toString()}});
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(read(mark).mark.state, MarkState::SignedOff);
        }
        qInfo("%d races on %d marks (%d won by one workstation with a conflict for the other, %d the same click "
              "twice), %d retries answered with success, %.1f s",
              m_races, kMarks, m_conflicts, m_doubles, m_retries, timer.elapsed() / 1000.0);
    }

    // No step recorded twice, every sign-off in force and signed, the audit chain whole.
    void historyAndWorkspaceVerify()
    {
        for (const MarkId &mark : m_ws.marks) {
            const MarkCasework work = read(mark);
            for (int i = 1; i < work.history.size(); ++i) {
                const MarkStageChange &a = work.history.at(i - 1), &b = work.history.at(i);
                QVERIFY2(a.to == b.from, qPrintable(work.mark.exhibitReference));
                QVERIFY2(!(a.from == b.from && a.to == b.to), qPrintable(work.mark.exhibitReference));
            }
        }
        auto supervisor = m_sessions->as(QStringLiteral("supervisor"));
        QVERIFY(supervisor);
        auto report = supervisor->verify();
        REQUIRE_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->firstBadEvent, 0);
        QCOMPARE(report->signOffsChecked, kMarks);
        auto signOffs = supervisor->signOffs(m_ws.caseId);
        REQUIRE_OK(signOffs);
        QCOMPARE(signOffs->size(), kMarks); // one revision per mark: the loser signed nothing
    }
};

QTEST_GUILESS_MAIN(TestCaseworkProcesses)
#include "tst_caseworkprocesses.moc"
