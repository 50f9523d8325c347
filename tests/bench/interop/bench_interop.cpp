// Benchmarks for docs/benchmarks.md, "ANSI/NIST-ITL and WSQ (issue 9)": a ten-print card
// transaction read, dumped and its WSQ images decoded, and WSQ decoding alone, in process and as a
// CLI process end to end, next to the NIST NBIS reference figure (dwsq: an 804x752 WSQ in about
// 25 ms, process start included). Exits 77 (skipped) without ../shared/interop.
#include "app/core/hugepagemalloc.h"
#include "app/interop/an2kdump.h"
#include "app/interop/an2kimages.h"
#include "app/interop/an2kreader.h"
#include "app/interop/wsqdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace ridgeline::interop;

namespace {

double cpuNowMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median wall time in milliseconds over runs (after one warm-up run). The shared build machine is
// often busy, so the mean CPU time per run is printed too: it moves far less with the load.
double medianMs(int runs, const std::function<void()> &work, double *cpuMs = nullptr)
{
    work();
    std::vector<double> times;
    const double cpuStart = cpuNowMs();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (cpuMs)
        *cpuMs = (cpuNowMs() - cpuStart) / runs;
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void benchTransaction(const QString &path)
{
    const QByteArray bytes = readAll(path);
    const auto transaction = An2kReader().read(bytes);
    if (!transaction) {
        std::printf("%s: rejected: %s\n", qPrintable(path), qPrintable(transaction.error().message()));
        return;
    }
    std::vector<An2kImage> wsq;
    double megapixels = 0;
    for (const An2kImage &image : an2kImages(*transaction)) {
        if (image.compression == An2kCompression::Wsq) {
            wsq.push_back(image);
            megapixels += double(image.width) * image.height / 1e6;
        }
    }
    double dumpCpu = 0, decodeCpu = 0;
    const double dump = medianMs(
        20, [&] { (void)an2kDump(*An2kReader().read(bytes)); }, &dumpCpu);
    const double decode = medianMs(
        5,
        [&] {
            for (const An2kImage &image : wsq)
                (void)WsqDecoder().decode(image.data);
        },
        &decodeCpu);
    std::printf("%s (%lld bytes, %zu WSQ images, %.2f Mpx)\n", qPrintable(QFileInfo(path).fileName()),
                qlonglong(bytes.size()), wsq.size(), megapixels);
    std::printf("  read + dump:          %8.2f ms per transaction (CPU %.2f ms)\n", dump, dumpCpu);
    std::printf(
        "  decode all WSQ:       %8.2f ms per transaction, %.2f ms per image, %.2f ms per Mpx (CPU %.2f ms per Mpx)\n",
        decode, decode / double(wsq.size()), decode / megapixels, decodeCpu / megapixels);
    std::printf("  whole transaction:    %8.2f ms (read, dump and decode)\n", dump + decode);
}

void benchLargestWsq(const QString &folder)
{
    QString largest;
    qint64 bestPixels = 0;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.wsq")}, QDir::Files)) {
        const auto image = WsqDecoder().decode(readAll(folder + QLatin1Char('/') + name));
        if (image && qint64(image->width) * image->height > bestPixels) {
            bestPixels = qint64(image->width) * image->height;
            largest = name;
        }
    }
    const QByteArray data = readAll(folder + QLatin1Char('/') + largest);
    double cpu = 0;
    const double ms = medianMs(
        30, [&] { (void)WsqDecoder().decode(data); }, &cpu);
    std::printf("largest WSQ %s (%.2f Mpx): %.2f ms in process, %.2f ms per Mpx (CPU %.2f ms per Mpx)\n",
                qPrintable(largest), double(bestPixels) / 1e6, ms, ms / (double(bestPixels) / 1e6),
                cpu / (double(bestPixels) / 1e6));
}

// Like for like with NBIS dwsq: whole processes that each decode one file and write the PGM, run
// back to back from a shell loop (so QProcess's own overhead is not counted), per process.
double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double perProcessMs(const QStringList &cliArgs, int runs, double *cpuMs = nullptr)
{
    const double cpuStart = childrenCpuMs();
    const QString loop =
        QStringLiteral("i=0; while [ $i -lt %1 ]; do \"$0\" \"$@\" > /dev/null || exit 1; i=$((i+1)); done").arg(runs);
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"), loop, QStringLiteral(RIDGELINE_CLI_PATH)} + cliArgs);
    shell.waitForFinished(120000);
    if (cpuMs)
        *cpuMs = (childrenCpuMs() - cpuStart) / runs;
    return shell.exitCode() == 0 ? double(timer.nsecsElapsed()) / 1e6 / runs : -1.0;
}

void benchCliProcess(const QString &wsq)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.pgm"));
    perProcessMs({QStringLiteral("--version")}, 3); // warm the page cache
    double startCpu = 0, decodeCpu = 0;
    const double start = perProcessMs({QStringLiteral("--version")}, 30, &startCpu);
    const double decode = perProcessMs({QStringLiteral("wsq"), QStringLiteral("decode"), wsq, out}, 30, &decodeCpu);
    std::printf("ridgeline-cli wsq decode %s (804x752), whole process: %.1f ms wall, %.1f ms CPU "
                "(process start and exit alone: %.1f ms wall, %.1f ms CPU); NBIS dwsq reference: about 25 ms\n",
                qPrintable(QFileInfo(wsq).fileName()), decode, decodeCpu, start, startCpu);
}

} // namespace

int main(int argc, char *argv[])
{
    // As ridgeline-cli and the workstation start (app/core/hugepagemalloc.h); the figures are of
    // the programs as they run. RIDGELINE_DEFAULT_MALLOC=1 measures glibc's defaults for comparison.
    if (qEnvironmentVariableIntValue("RIDGELINE_DEFAULT_MALLOC") != 1)
        ridgeline::keepImageBuffersInTheHeap();
    QCoreApplication app(argc, argv);
    const QString shared = QStringLiteral(RIDGELINE_SHARED_DIR "/interop");
    if (!QDir(shared).exists()) {
        std::printf("SKIP: %s is absent, nothing to measure\n", qPrintable(shared));
        return 77;
    }
    benchTransaction(shared + QStringLiteral("/an2k/type-4-tpcard.an2"));
    benchTransaction(shared + QStringLiteral("/an2k/type-14-tpcard-nqm.an2"));
    benchLargestWsq(shared + QStringLiteral("/wsq"));
    benchCliProcess(shared + QStringLiteral("/wsq/fp-1.wsq"));
    return 0;
}
