#pragma once

// Runs the real ridgeline-cli (RIDGELINE_CLI_PATH, set by the test's CMake target) on a workspace as
// a user would: the passphrase in RIDGELINE_PASSPHRASE, never on the command line, and no terminal
// on standard input. For the CLI tests that drive commands end to end.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ridgeline::testing {

struct CliRun
{
    int code = -1; // the exit code; -1 when the process crashed
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QString &database, const QString &user, const QByteArray &passphrase,
                     const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RIDGELINE_PASSPHRASE"), QString::fromLatin1(passphrase));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(RIDGELINE_CLI_PATH),
                  QStringList{QStringLiteral("--db"), database, QStringLiteral("--user"), user} + arguments);
    if (!process.waitForFinished(300000))
        qFatal("ridgeline-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ridgeline::testing
