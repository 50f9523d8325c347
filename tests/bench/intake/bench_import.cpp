// Benchmark of issue 4: import 200 PNG images of 2000 x 2000 plus 20 PDFs as one transmission,
// next to this machine's raw limit for the same bytes (read + SHA-256 + write), in the same run.
// Prints images/s and MB/s for both and the ratio (target: import >= 50% of the raw limit). Both
// hash with the same SHA-256 (storage::Sha256, OpenSSL), so the comparison stays fair.
#include "app/core/hugepagemalloc.h"
#include "app/services/importservice.h"
#include "app/services/localworkspacesession.h"
#include "app/storage/sha256.h"
#include "tests/bench/intake/benchpackage.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdlib>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace ridgeline;

namespace {

// The same bytes read, hashed and written to a new file, fsynced at the end: what any intake has to do.
double rawLimitSeconds(const QString &packageDir, const QString &outDir, qint64 &bytes)
{
    QElapsedTimer timer;
    timer.start();
    bytes = 0;
    QFile out(QDir(outDir).filePath(QStringLiteral("raw.bin")));
    out.open(QIODevice::WriteOnly);
    QDirIterator it(packageDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        const QByteArray data = f.readAll();
        const QByteArray sha = storage::Sha256::hash(data);
        out.write(data);
        out.write(sha);
        bytes += data.size();
    }
    out.flush();
    ::fsync(out.handle());
    return timer.nsecsElapsed() / 1e9;
}

// CPU seconds this process has used so far (all threads, user + system): on a shared machine the
// wall time depends on the load, the CPU time much less.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the calling thread alone: in the import, the thread that files into SQLCipher,
// the one part that cannot be spread over cores.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace

int main(int argc, char **argv)
{
    // The same process set-up as the workstation and the CLI (huge pages under malloc); run with
    // RIDGELINE_SMALL_PAGES=1 to measure without it.
    restartWithHugePageMalloc(argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // PDF thumbnails need a QGuiApplication, not a screen
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int images = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    const int pdfs = images / 10;
    QTemporaryDir dir;
    out << "Generating " << images << " PNG images of 2000x2000 and " << pdfs << " PDFs...\n";
    out.flush();
    QByteArray devicePublicKey;
    const QString package = bench::writeBenchPackage(dir.filePath(QStringLiteral("package")), images, devicePublicKey);
    if (package.isEmpty()) {
        out << "cannot write the package\n";
        return 1;
    }

    qint64 bytes = 0;
    const double rawCpuBefore = cpuSeconds();
    const double raw = rawLimitSeconds(package, dir.path(), bytes);
    const double rawCpu = cpuSeconds() - rawCpuBefore;
    const double mb = bytes / 1e6;

    const QString workspace = dir.filePath(QStringLiteral("bench.ridgeline"));
    if (const QString problem = bench::createBenchWorkspace(workspace, devicePublicKey); !problem.isEmpty()) {
        out << problem << "\n";
        return 1;
    }
    auto officerSession = LocalWorkspaceSession::open(workspace, QStringLiteral("officer"), bench::kOfficerPassphrase,
                                                      bench::benchSessionOptions());
    if (!officerSession) {
        out << "cannot open workspace as officer\n";
        return 1;
    }
    // What the window runs: ImportService, checking on the pool while filing streams the checked
    // originals into the open transaction. Timed until the commit has returned (WAL fsynced).
    QElapsedTimer timer;
    timer.start();
    const double importCpuBefore = cpuSeconds();
    const double filingCpuBefore = threadCpuSeconds();
    double firstFiled = -1, lastItemFiled = -1;
    ImportService service(**officerSession);
    const ImportService::Result result = service.importPackage(package, [&](qint64 done, qint64 total) {
        if (done > 0 && firstFiled < 0)
            firstFiled = timer.nsecsElapsed() / 1e9;
        if (done == total)
            lastItemFiled = timer.nsecsElapsed() / 1e9;
    });
    const double imported = timer.nsecsElapsed() / 1e9;
    const double importCpu = cpuSeconds() - importCpuBefore;
    const double filingCpu = threadCpuSeconds() - filingCpuBefore;
    if (!result.outcome) {
        out << "import refused: " << result.error->message() << "\n";
        return 1;
    }
    // The WAL is copied into the main file afterwards, on the checkpointer's own thread.
    if (storage::WalCheckpointer *checkpointer = (*officerSession)->database().checkpointer())
        checkpointer->waitIdle();
    const double checkpointed = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("package: %1 images + %2 PDFs, %3 MB\n").arg(images).arg(pdfs).arg(mb, 0, 'f', 1);
    out << QStringLiteral("raw limit (read + SHA-256 + write + fsync): %1 s, %2 MB/s, %3 images/s\n")
               .arg(raw, 0, 'f', 2)
               .arg(mb / raw, 0, 'f', 1)
               .arg(images / raw, 0, 'f', 1);
    out << QStringLiteral(
               "Ridgeline import (verify, decode, encrypt, one transaction, committed): %1 s, %2 MB/s, %3 images/s\n")
               .arg(imported, 0, 'f', 2)
               .arg(mb / imported, 0, 'f', 1)
               .arg(images / imported, 0, 'f', 1);
    out << QStringLiteral("  first batch checked and filed after %1 s; last item filed after %2 s; commit (index, "
                          "audit, fsync of the WAL) %3 s; background checkpoint done %4 s after the commit returned\n")
               .arg(firstFiled, 0, 'f', 2)
               .arg(lastItemFiled, 0, 'f', 2)
               .arg(imported - lastItemFiled, 0, 'f', 2)
               .arg(checkpointed - imported, 0, 'f', 2);
    out << QStringLiteral("CPU time: raw limit %1 s, import %2 s, of which the filing thread (SQLCipher, one "
                          "thread) %3 s (load average %4 while running)\n")
               .arg(rawCpu, 0, 'f', 2)
               .arg(importCpu, 0, 'f', 2)
               .arg(filingCpu, 0, 'f', 2)
               .arg(loadAverage(), 0, 'f', 1);
    out << QStringLiteral("ratio: %1% of the raw limit (target >= 50%)\n").arg(100.0 * raw / imported, 0, 'f', 1);
    (void)(*officerSession)->logout();
    return 0;
}
