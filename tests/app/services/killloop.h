#pragma once

// The kill -9 loop shared by tst_crashrecovery (50 iterations) and the benchmark (1,000): start the
// writer helper, SIGKILL it at a random moment, and check that every write it acknowledged is there
// and that the workspace still verifies.

#include "workspacetestsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <csignal>

namespace ridgeline::testing {

struct KillLoopResult
{
    int iterations = 0;
    int acknowledged = 0;
    int killedBeforeFirstAck = 0;
    double seconds = 0;
    QString failure; // empty when every check held
};

inline bool checkWorkspace(const QString &path, const QStringList &acked, bool fullVerify, QString &failure)
{
    auto admin = LocalWorkspaceSession::open(path, QStringLiteral("admin"), "admin-passphrase", fastOptions());
    if (!admin) {
        failure = admin.error().message();
        return false;
    }
    for (const QString &reference : acked) {
        if (!(*admin)->caseStore().caseByReference(*CaseReference::parse(reference))) {
            failure = QStringLiteral("acknowledged case %1 is missing").arg(reference);
            return false;
        }
    }
    if (fullVerify) {
        auto report = (*admin)->verify();
        if (!report || !report->ok()) {
            failure = report ? report->problems.join(QLatin1Char('\n')) : report.error().message();
            return false;
        }
    }
    return true;
}

inline KillLoopResult runKillLoop(const QString &helper, const QString &folder, int iterations, quint32 seed)
{
    KillLoopResult result;
    QElapsedTimer timer;
    timer.start();
    const QString path = QDir(folder).filePath(QStringLiteral("crash.ridgeline"));
    {
        auto admin = LocalWorkspaceSession::create(path, QStringLiteral("admin"), "admin-passphrase", fastOptions());
        if (!admin || !(*admin)->addUser(QStringLiteral("writer"), {}, Role::CaseOfficer, "writer-passphrase")) {
            result.failure = QStringLiteral("could not create the workspace");
            return result;
        }
    }
    QRandomGenerator random(seed);
    QStringList acked;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), QStringLiteral("writer-passphrase"));
    for (int i = 0; i < iterations; ++i) {
        QProcess writer;
        writer.setProcessEnvironment(environment);
        writer.start(helper, {path, QStringLiteral("writer"), QString::number(qint64(i + 1) * 100000)});
        if (!writer.waitForStarted(10000)) {
            result.failure = QStringLiteral("helper did not start: ") + writer.errorString();
            return result;
        }
        // Kill anywhere from during sign-in to well into the write loop.
        const int delayMs = int(random.bounded(250));
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < delayMs && writer.state() == QProcess::Running)
            writer.waitForReadyRead(qMax(1, int(delayMs - wait.elapsed())));
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(10000);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        int acks = 0;
        for (const QByteArray &line : lines) {
            // A line cut short by the kill was never a complete acknowledgement.
            if (line.startsWith("ack ") && line.size() > 4) {
                acked.append(QString::fromUtf8(line.mid(4)));
                ++acks;
            }
        }
        if (writer.exitStatus() != QProcess::CrashExit) {
            result.failure =
                QStringLiteral("helper exited by itself: ") + QString::fromUtf8(writer.readAllStandardError());
            return result;
        }
        result.killedBeforeFirstAck += acks == 0 ? 1 : 0;
        result.acknowledged = int(acked.size());
        ++result.iterations;
        const bool full = (i + 1) % 25 == 0 || i + 1 == iterations;
        if (!checkWorkspace(path, full ? acked : acked.mid(acked.size() - acks), full, result.failure))
            return result;
    }
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

} // namespace ridgeline::testing
