// The supervisor's dashboard over 10,000 cases (issue 8; target: refresh under 200 ms). A real
// encrypted workspace is filled with 10,000 cases of two marks each, their ACE-V stage changes,
// conclusions and sign-offs, 2,000 audited exemplar searches of identified marks and 200,000 other
// audit events (the searches are found among them). Measured, median of 7 runs each: the workspace
// read (WorkspaceSession::dashboardData, including its audit event), the figure computation
// (computeDashboard) and both together; beside the reference in the same run: the case list query
// the main window runs on opening (CaseRepository::cases) and a plain SELECT count(*) per table.
// Rows are written with plain SQL (the casework steps would take hours); the audit filler is not a
// valid chain, so this workspace must not be verified.
#include "app/presentation/dashboard/dashboardfigures.h"
#include "app/services/localworkspacesession.h"
#include "app/storage/sqlcipherdashboardquery.h"
#include "app/storage/sqlitedatabase.h"
#include "tests/app/services/workspacetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace ridgeline;
using namespace ridgeline::storage;

namespace {

constexpr int kCases = 10000;
constexpr qint64 kDay = 86400000;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool runReset(SqliteStatement &statement)
{
    const Status s = statement.run();
    statement.reset();
    if (!s)
        std::printf("insert failed: %s\n", qPrintable(s.error().message()));
    return bool(s);
}

bool fill(SqliteDatabase &db)
{
    SqliteTransaction transaction(db);
    QRandomGenerator rng(8);
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const QStringList forces{QStringLiteral("West Yorkshire Police"), QStringLiteral("North Wales Police"),
                             QStringLiteral("Dyfed-Powys Police"), QStringLiteral("Gwent Police")};
    const QStringList offences{QStringLiteral("Burglary dwelling"), QStringLiteral("Robbery"),
                               QStringLiteral("Theft from vehicle"), QStringLiteral("Criminal damage")};
    const QStringList examiners{QStringLiteral("aroberts"), QStringLiteral("bjones"), QStringLiteral("cdavies"),
                                QStringLiteral("dwilliams"), QStringLiteral("eevans")};
    SqliteStatement addCase(db, "INSERT INTO cases VALUES (?, 'WYP', 2024, ?, ?, ?, 'DC 1', 'open', '', ?, ?, 1)");
    SqliteStatement addMark(db, "INSERT INTO marks (id, case_id, exhibit_ref, kind, state, device_id, scene_examiner, "
                                "captured_ms, place, ppi, calibration_source, received_ms, revision) VALUES "
                                "(?, ?, ?, 'latent-finger', ?, '', '', ?, '', 500, 0, ?, 7)");
    SqliteStatement addWork(db, "INSERT INTO mark_casework VALUES (?, ?, '', '', '', ?)");
    SqliteStatement addChange(db, "INSERT INTO mark_stage_changes VALUES (?, ?, ?, ?, ?, '', ?, ?)");
    SqliteStatement addConclusion(db, "INSERT INTO mark_conclusions VALUES (?, ?, ?, ?, 'identification', 'basis', "
                                      "'imp', 0, ?, zeroblob(32))");
    SqliteStatement addSignOff(db, "INSERT INTO case_signoffs (case_id, revision, document, sha256, supervisor, "
                                   "public_key, signature, signed_ms) VALUES (?, 1, x'00', zeroblob(32), 'msup', "
                                   "zeroblob(32), zeroblob(64), ?)");
    SqliteStatement addSigned(db, "INSERT INTO case_signoff_marks VALUES (?, 1, ?)");
    const QStringList path{QStringLiteral("received"),           QStringLiteral("analysis"),
                           QStringLiteral("analysis-committed"), QStringLiteral("comparison"),
                           QStringLiteral("evaluation"),         QStringLiteral("verification"),
                           QStringLiteral("technical-review"),   QStringLiteral("signed-off")};
    for (int i = 0; i < kCases; ++i) {
        const QString caseId = uuid();
        const qint64 created = start + qint64(i) * (2 * kDay * 365 / kCases);
        addCase.bind(1, caseId).bind(2, qint64(i + 1)).bind(3, forces[i % 4]).bind(4, offences[(i / 4) % 4]);
        addCase.bind(5, created).bind(6, created);
        if (!runReset(addCase))
            return false;
        const int reached = rng.bounded(1, int(path.size())); // index in path of the current stage
        const bool signedOff = path[reached] == QStringLiteral("signed-off");
        qint64 signedMs = 0;
        for (int k = 0; k < 2; ++k) {
            const QString markId = uuid();
            const QString examiner = examiners[rng.bounded(int(examiners.size()))];
            qint64 t = created + rng.bounded(1, 48) * 3600000;
            addMark.bind(1, markId).bind(2, caseId).bind(3, QStringLiteral("X/%1").arg(k)).bind(4, path[reached]);
            addMark.bind(5, created).bind(6, t);
            if (!runReset(addMark))
                return false;
            for (int s = 1; s <= reached; ++s) {
                t += rng.bounded(1, 72) * 3600000;
                addChange.bind(1, markId).bind(2, s).bind(3, path[s - 1]).bind(4, path[s]).bind(5, examiner);
                addChange.bind(6, t).bind(7, s + 1);
                if (!runReset(addChange))
                    return false;
                if (path[s] == QStringLiteral("verification") || path[s] == QStringLiteral("technical-review")) {
                    const bool eval = path[s] == QStringLiteral("verification");
                    addConclusion.bind(1, markId).bind(2, s).bind(3, eval ? QStringLiteral("evaluation")
                                                                          : QStringLiteral("verification"));
                    addConclusion.bind(4, examiner).bind(5, t);
                    if (!runReset(addConclusion))
                        return false;
                }
            }
            signedMs = std::max(signedMs, t);
            addWork.bind(1, markId).bind(2, examiner).bind(3, t);
            if (!runReset(addWork))
                return false;
            if (signedOff) {
                if (k == 0) {
                    addSignOff.bind(1, caseId).bind(2, t);
                    if (!runReset(addSignOff))
                        return false;
                }
                addSigned.bind(1, caseId).bind(2, markId);
                if (!runReset(addSigned))
                    return false;
            }
        }
    }
    SqliteStatement addEvent(db, "INSERT INTO audit_events (time_ms, user, workstation, action, object_type, "
                                 "object_id, outcome, details, prev_hash, hash) VALUES (?, 'bench', 'bench', ?, "
                                 "'mark', ?, 'success', ?, zeroblob(32), zeroblob(32))");
    for (int i = 0; i < 202000; ++i) {
        const bool search = i % 101 == 0;
        addEvent.bind(1, start + i)
            .bind(2, search ? QStringLiteral("exemplar-search") : QStringLiteral("read-evidence"))
            .bind(3, uuid());
        addEvent.bind(4, search
                             ? QStringLiteral("compared=10000; candidates=20; top=%1 finger 2 score 41.5").arg(uuid())
                             : QStringLiteral("sha256=00"));
        if (!runReset(addEvent))
            return false;
    }
    return bool(transaction.commit());
}

double medianMs(int runs, const std::function<void()> &fn)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rlw"));
    {
        auto admin =
            LocalWorkspaceSession::create(path, QStringLiteral("admin"), "bench admin pass", testing::fastOptions());
        if (!admin || !(*admin)->addUser(QStringLiteral("msup"), QStringLiteral("M Sup"), Role::Supervisor,
                                         "bench supervisor pass"))
            return 1;
        QElapsedTimer filling;
        filling.start();
        if (!fill((*admin)->database().sql()))
            return 2;
        std::printf("filled %d cases in %.1f s\n", kCases, double(filling.elapsed()) / 1000.0);
        (void)(*admin)->logout();
    }
    auto session =
        LocalWorkspaceSession::open(path, QStringLiteral("msup"), "bench supervisor pass", testing::fastOptions());
    if (!session)
        return 3;
    LocalWorkspaceSession &s = **session;
    constexpr int kRuns = 7;
    Result<DashboardData> data = Error(ErrorCode::Internal, QString());
    const double read = medianMs(kRuns, [&]() { data = s.dashboardData(); });
    if (!data) {
        std::printf("dashboardData failed: %s\n", qPrintable(data.error().message()));
        return 4;
    }
    DashboardFigures figures;
    const double compute = medianMs(kRuns, [&]() { figures = computeDashboard(*data, DashboardFilter()); });
    DashboardFilter wyp;
    wyp.force = QStringLiteral("West Yorkshire Police");
    const double filtered = medianMs(kRuns, [&]() { figures = computeDashboard(*data, wyp); });
    const double together = medianMs(kRuns, [&]() {
        auto fresh = s.dashboardData();
        if (fresh)
            figures = computeDashboard(*fresh, DashboardFilter());
    });
    SqlCipherDashboardQuery query(s.database().sql());
    const double rows = medianMs(kRuns, [&]() { (void)query.read(); });
    const double searches = medianMs(kRuns, [&]() { (void)query.markSearches(); });
    const double impressions = medianMs(kRuns, [&]() { (void)query.concludedImpressions(); });
    const double audit = medianMs(kRuns, [&]() {
        (void)s.recordEvent(QStringLiteral("bench"), QStringLiteral("workspace"), QStringLiteral("dashboard"));
    });
    const double caseList = medianMs(kRuns, [&]() { (void)s.cases().cases(); });
    const double counts = medianMs(kRuns, [&]() {
        for (const char *sql :
             {"SELECT count(*) FROM cases", "SELECT count(*) FROM marks", "SELECT count(*) FROM mark_stage_changes",
              "SELECT count(*) FROM mark_conclusions", "SELECT count(*) FROM audit_events"})
            (void)s.database().sql().queryInt(sql);
    });
    std::printf("workspace: %lld cases, %lld marks, %lld stage changes, %lld conclusions, %lld scores with ground "
                "truth\n",
                qint64(data->cases.size()), qint64(data->marks.size()),
                qint64(std::accumulate(data->marks.cbegin(), data->marks.cend(), qint64(0),
                                       [](qint64 n, const DashboardMark &m) { return n + m.history.size(); })),
                qint64(std::accumulate(data->marks.cbegin(), data->marks.cend(), qint64(0),
                                       [](qint64 n, const DashboardMark &m) { return n + m.conclusions.size(); })),
                qint64(data->scores.size()));
    std::printf("dashboard read (dashboardData, median of %d):   %8.1f ms\n", kRuns, read);
    std::printf("  of which cases, marks, history, conclusions: %8.1f ms\n", rows);
    std::printf("  of which searches in the audit trail:        %8.1f ms\n", searches);
    std::printf("  of which concluded impressions:              %8.1f ms\n", impressions);
    std::printf("  of which the audit event of the read:        %8.1f ms\n", audit);
    std::printf("figures (computeDashboard, all):               %8.1f ms\n", compute);
    std::printf("figures (computeDashboard, one force):         %8.1f ms\n", filtered);
    std::printf("refresh (read + figures):                      %8.1f ms  (target < 200 ms)\n", together);
    std::printf("reference: case list query (cases()):          %8.1f ms\n", caseList);
    std::printf("reference: SELECT count(*) over 5 tables:      %8.1f ms\n", counts);
    return together < 200.0 ? 0 : 5;
}
