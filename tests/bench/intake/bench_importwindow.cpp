// Benchmark of issue 4, the window's side: "the window stays responsive throughout". Opens the
// real MainWindow (offscreen) as a case officer, imports the bench package through its
// IntakeController, and measures how late a 16 ms timer on the UI thread fires while the package
// is checked and filed, and then while the post-import hooks build thumbnails. A late timer is a
// frame the window could not draw: 95th percentile and maximum are printed for each phase, with
// how often the Inbox's progress moved.
#include "app/core/hugepagemalloc.h"
#include "app/gui/mainwindow.h"
#include "app/presentation/inbox/inboxmodel.h"
#include "app/presentation/inbox/intakecontroller.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/bench/intake/benchpackage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

using namespace ridgeline;

namespace {

constexpr int kFrameMs = 16;

// Lateness of each tick of a 16 ms precise timer, in milliseconds, into the current phase.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kFrameMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0 && m_phase)
                m_phase->append(std::max(0.0, (now - m_last) / 1e6 - kFrameMs));
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void record(QList<double> *phase) { m_phase = phase; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<double> *m_phase = nullptr;
};

QString summary(QList<double> lateness)
{
    if (lateness.isEmpty())
        return QStringLiteral("no ticks");
    std::sort(lateness.begin(), lateness.end());
    const auto at = [&](double q) {
        return lateness.at(std::min<qsizetype>(lateness.size() - 1, q * lateness.size()));
    };
    int over50 = 0;
    for (double l : lateness)
        over50 += l > 50 ? 1 : 0;
    return QStringLiteral("%1 ticks, lateness p50 %2 ms, p95 %3 ms, p99 %4 ms, max %5 ms, %6 ticks over 50 ms")
        .arg(lateness.size())
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(at(0.99), 0, 'f', 1)
        .arg(lateness.last(), 0, 'f', 1)
        .arg(over50);
}

// Times every event the UI thread handles, so a late tick can be told apart: the UI thread busy
// (a slow event, named here) or only waiting for a core on a loaded machine.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = timer.nsecsElapsed() / 1e6;
        if (ms > 20 && slowEvents.size() < 40)
            slowEvents.append(
                QStringLiteral("%1, %2 ms: event %3 to %4 (%5)")
                    .arg(phase)
                    .arg(ms, 0, 'f', 1)
                    .arg(int(event->type()))
                    .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName()));
        return handled;
    }
    QStringList slowEvents;
    QString phase = QStringLiteral("opening");

private:
    int m_depth = 0;
};

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
    TimedApplication app(argc, argv);
    QTextStream out(stdout);
    const int images = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    out << "Generating " << images << " PNG images of 2000x2000 and " << images / 10 << " PDFs...\n";
    out.flush();
    QByteArray devicePublicKey;
    const QString package = bench::writeBenchPackage(dir.filePath(QStringLiteral("package")), images, devicePublicKey);
    const QString workspace = dir.filePath(QStringLiteral("bench.ridgeline"));
    if (package.isEmpty()) {
        out << "cannot write the package\n";
        return 1;
    }
    if (const QString problem = bench::createBenchWorkspace(workspace, devicePublicKey); !problem.isEmpty()) {
        out << problem << "\n";
        return 1;
    }
    auto opened = LocalWorkspaceSession::open(workspace, QStringLiteral("officer"), bench::kOfficerPassphrase,
                                              bench::benchSessionOptions());
    if (!opened) {
        out << "cannot open the workspace: " << opened.error().message() << "\n";
        return 1;
    }
    std::unique_ptr<WorkspaceSession> session = std::move(*opened);
    SessionInfo info{session->user(), session->databasePath(), session->policy()};
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(std::make_unique<SessionController>(std::move(session), info), settings);
    window.resize(1400, 900);
    window.show();
    IntakeController *intake = window.intakeController();

    LatencyProbe probe;
    QList<double> idle, importing, deriving;
    QEventLoop loop;
    probe.record(&idle);
    app.phase = QStringLiteral("idle");
    QTimer::singleShot(2000, &loop, &QEventLoop::quit); // the window settles: lists loaded, first paint
    loop.exec();

    int progressUpdates = 0;
    QObject::connect(intake->model(), &InboxModel::dataChanged, &loop,
                     [&](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                         if (roles.contains(InboxModel::ProgressRole))
                             ++progressUpdates;
                     });
    QStringList messages;
    QObject::connect(intake, &IntakeController::statusMessage, &loop,
                     [&](const QString &message) { messages.append(message); });
    bool ok = false;
    QObject::connect(intake, &IntakeController::packageImported, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(intake, &IntakeController::packageRefused, &loop, [&](const QString &, const QString &reason) {
        out << "refused: " << reason << "\n";
        loop.quit();
    });
    QElapsedTimer timer;
    probe.record(&importing);
    app.phase = QStringLiteral("importing");
    timer.start();
    intake->importPackage(package);
    loop.exec();
    const double imported = timer.nsecsElapsed() / 1e9;
    if (!ok)
        return 1;

    probe.record(&deriving);
    app.phase = QStringLiteral("thumbnails");
    QObject::connect(intake, &IntakeController::derivedDataIdle, &loop, &QEventLoop::quit);
    if (intake->derivedPending() > 0)
        loop.exec();
    const double derived = timer.nsecsElapsed() / 1e9 - imported;
    probe.record(nullptr);

    out << QStringLiteral("package: %1 images + %2 PDFs; load average %3\n")
               .arg(images)
               .arg(images / 10)
               .arg(loadAverage(), 0, 'f', 1);
    out << QStringLiteral("idle window (2 s): %1\n").arg(summary(idle));
    out << QStringLiteral("while importing (%1 s, %2 progress updates): %3\n")
               .arg(imported, 0, 'f', 2)
               .arg(progressUpdates)
               .arg(summary(importing));
    out << QStringLiteral("while building thumbnails after the commit (%1 s): %2\n")
               .arg(derived, 0, 'f', 2)
               .arg(summary(deriving));
    out << QStringLiteral("intake status messages: %1 (last: %2)\n")
               .arg(messages.size())
               .arg(messages.value(messages.size() - 1));
    out << QStringLiteral("UI-thread events over 20 ms: %1\n").arg(app.slowEvents.size());
    for (const QString &line : std::as_const(app.slowEvents))
        out << "  " << line << "\n";
    return 0;
}
