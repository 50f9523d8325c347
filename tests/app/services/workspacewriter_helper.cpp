// Test helper for tst_crashrecovery and the kill -9 benchmark: signs in and writes cases (each
// with its audit event, in one transaction) in an endless loop, printing "ack REF" on stdout only
// after the transaction committed. It is killed with SIGKILL at random moments. It uses the test
// KDF limits through SessionOptions; no shipped program does.
#include "app/services/localworkspacesession.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace ridgeline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        fprintf(stderr, "usage: workspacewriter_helper DB USER FIRST-NUMBER (passphrase in RIDGELINE_PASSPHRASE)\n");
        return 2;
    }
    SessionOptions options;
    options.kdf = storage::KdfLimits::minimumForTests();
    options.checkpointInterval = 7; // checkpoints happen often, so kills land inside them too
    auto session = LocalWorkspaceSession::open(args.at(1), args.at(2), qgetenv("RIDGELINE_PASSPHRASE"), options);
    if (!session) {
        fprintf(stderr, "%s\n", qPrintable(session.error().message()));
        return session.error().exitCode();
    }
    for (qint64 number = args.at(3).toLongLong();; ++number) {
        CaseRecord c;
        c.reference = CaseReference(QStringLiteral("TST"), 2026, number);
        c.force = QStringLiteral("Test Force");
        c.offence = QStringLiteral("Burglary dwelling");
        c.officerInCase = QStringLiteral("DC 1");
        c.summary = QStringLiteral("crash-safety write %1").arg(number);
        auto saved = (*session)->cases().saveCase(c);
        if (!saved) {
            fprintf(stderr, "%s\n", qPrintable(saved.error().message()));
            return saved.error().exitCode();
        }
        const QByteArray line = "ack " + c.reference.toString().toUtf8() + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 8;
    }
}
