// The supervisor's dashboard figures (issue 8) without a window: a small hand-made workspace
// (three cases, six marks) whose every figure was worked out by hand, the filters, the CSV of a
// chart, and the controller that computes off the UI thread and drops stale results.
#include "app/presentation/dashboard/dashboardcontroller.h"
#include "app/presentation/dashboard/dashboardfigures.h"

#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

namespace {

QDateTime at(int month, int day, int hour = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

DashboardConclusion conclusion(ConclusionStage stage, ConclusionKind kind, const QString &who, const QDateTime &when,
                               const QString &ref = {})
{
    return {stage, kind, who, ref, when};
}

DashboardMark mark(const CaseId &caseId, const QString &exhibit, MarkState state, const QString &examiner)
{
    DashboardMark m;
    m.id = MarkId::create();
    m.caseId = caseId;
    m.exhibitReference = exhibit;
    m.state = state;
    m.examiner = examiner;
    return m;
}

// Read at 31 March 2026 12:00 UTC.
//  C1 West Yorkshire, Burglary: M1 alice signed off (captured 10 Jan, sign-off 15 Jan voided, 20 Jan in
//     force: 10 days), M2 bob at verification since 29 Mar 12:00 (2 days).
//  C2 West Yorkshire, Robbery: M3 alice signed off (no capture time, received 1 Feb, signed 2 Feb 12:00:
//     1.5 days; conflict raised 1 Feb 12:00, resolved 2 Feb), M4 nobody, received since 21 Mar 12:00 (10 days).
//  C3 North Wales, Burglary: M5 carol in analysis since 30 Mar 12:00 (1 day), M6 a scene photo (ignored).
DashboardData sample()
{
    DashboardData d;
    d.readUtc = at(3, 31, 12);
    const DashboardCase c1{CaseId::create(), QStringLiteral("WYP/2026/000001"), QStringLiteral("West Yorkshire Police"),
                           QStringLiteral("Burglary"), at(1, 5)};
    const DashboardCase c2{CaseId::create(), QStringLiteral("WYP/2026/000002"), QStringLiteral("West Yorkshire Police"),
                           QStringLiteral("Robbery"), at(2, 1)};
    const DashboardCase c3{CaseId::create(), QStringLiteral("NWP/2026/000003"), QStringLiteral("North Wales Police"),
                           QStringLiteral("Burglary"), at(2, 10)};
    d.cases = {c1, c2, c3};

    DashboardMark m1 = mark(c1.id, QStringLiteral("A/1"), MarkState::SignedOff, QStringLiteral("alice"));
    m1.capturedUtc = at(1, 10);
    m1.receivedUtc = at(1, 11);
    m1.stateSinceUtc = at(1, 20);
    m1.signOffs = {{1, QStringLiteral("sup"), at(1, 15), false}, {2, QStringLiteral("sup"), at(1, 20), true}};
    m1.conclusions = {
        conclusion(ConclusionStage::Evaluation, ConclusionKind::Identification, QStringLiteral("alice"), at(1, 12)),
        conclusion(ConclusionStage::Verification, ConclusionKind::Identification, QStringLiteral("bob"), at(1, 13))};
    DashboardMark m2 = mark(c1.id, QStringLiteral("A/2"), MarkState::Verification, QStringLiteral("bob"));
    m2.receivedUtc = at(3, 1);
    m2.stateSinceUtc = at(3, 29, 12);
    m2.conclusions = {
        conclusion(ConclusionStage::Evaluation, ConclusionKind::Exclusion, QStringLiteral("bob"), at(3, 28))};
    DashboardMark m3 = mark(c2.id, QStringLiteral("B/1"), MarkState::SignedOff, QStringLiteral("alice"));
    m3.receivedUtc = at(2, 1);
    m3.stateSinceUtc = at(2, 2, 12);
    m3.signOffs = {{1, QStringLiteral("sup"), at(2, 2, 12), true}};
    m3.conclusions = {
        conclusion(ConclusionStage::Evaluation, ConclusionKind::Identification, QStringLiteral("alice"), at(2, 1, 6)),
        conclusion(ConclusionStage::Verification, ConclusionKind::Exclusion, QStringLiteral("carol"), at(2, 1, 12)),
        conclusion(ConclusionStage::Resolution, ConclusionKind::Identification, QStringLiteral("sup"), at(2, 2))};
    m3.history = {{MarkState::Verification, MarkState::Conflict, QStringLiteral("carol"), at(2, 1, 12)}};
    DashboardMark m4 = mark(c2.id, QStringLiteral("B/2"), MarkState::Received, QString());
    m4.receivedUtc = at(3, 21, 12);
    m4.stateSinceUtc = at(3, 21, 12);
    DashboardMark m5 = mark(c3.id, QStringLiteral("C/1"), MarkState::Analysis, QStringLiteral("carol"));
    m5.receivedUtc = at(3, 30);
    m5.stateSinceUtc = at(3, 30, 12);
    DashboardMark m6 = mark(c3.id, QStringLiteral("C/photo"), MarkState::Received, QString());
    m6.kind = MarkKind::ScenePhoto;
    m6.stateSinceUtc = at(1, 1);
    d.marks = {m1, m2, m3, m4, m5, m6};
    d.scores = {{m1.id, QStringLiteral("imp-1"), 42.0, true, at(1, 12)},
                {m2.id, QStringLiteral("imp-2"), 7.5, false, at(3, 28)}};
    return d;
}

DashboardFilter utcFilter()
{
    DashboardFilter f;
    f.zone = QTimeZone::utc();
    return f;
}

const QLocale kC(QLocale::C);

QString state(MarkState s)
{
    return markStateDisplayName(s);
}

} // namespace

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openCasesAreCountedAtTheirLeastAdvancedMark()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        QCOMPARE(f.cases, 3);
        QCOMPARE(f.marks, 5); // the scene photo is not examined
        const DashboardChart *c = f.chart(QStringLiteral("open-cases-by-state"));
        QVERIFY(c);
        QCOMPARE(c->value(c->series[0].name, state(MarkState::Received)), 1.0);     // C2 (M4)
        QCOMPARE(c->value(c->series[0].name, state(MarkState::Analysis)), 1.0);     // C3 (M5)
        QCOMPARE(c->value(c->series[0].name, state(MarkState::Verification)), 1.0); // C1 (M2)
        QCOMPARE(c->value(c->series[0].name, state(MarkState::TechnicalReview)), 0.0);
    }

    void ageIsNowMinusEntryToTheStage()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        const DashboardChart *c = f.chart(QStringLiteral("age-by-state"));
        QVERIFY(c && c->series.size() == 2);
        const QString medianName = c->series[0].name;
        const QString oldestName = c->series[1].name;
        QCOMPARE(c->value(medianName, state(MarkState::Received)), 10.0);
        QCOMPARE(c->value(oldestName, state(MarkState::Received)), 10.0);
        QCOMPARE(c->value(medianName, state(MarkState::Analysis)), 1.0);
        QCOMPARE(c->value(medianName, state(MarkState::Verification)), 2.0);
        QCOMPARE(c->value(medianName, state(MarkState::Conflict)), 0.0);
    }

    void turnaroundRunsFromCaptureToTheFirstSignOffInForce()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        const DashboardChart *dist = f.chart(QStringLiteral("turnaround-distribution"));
        QVERIFY(dist && dist->series.size() == 1);
        // M1: 10 days (the voided sign-off of 15 Jan does not count); M3: 1.5 days from receipt.
        QCOMPARE(dist->series[0].values, (QList<double>{0, 1, 0, 1, 0, 0}));
        const DashboardChart *trend = f.chart(QStringLiteral("turnaround-trend"));
        QVERIFY(trend);
        QCOMPARE(trend->categories, (QStringList{QStringLiteral("Jan 2026"), QStringLiteral("Feb 2026")}));
        QCOMPARE(trend->series[0].values, (QList<double>{10.0, 1.5}));
    }

    void workloadCountsWorkInHandAndConclusionsPerExaminer()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        const DashboardChart *c = f.chart(QStringLiteral("workload-by-examiner"));
        QVERIFY(c && c->series.size() == 3);
        const QString inHand = c->series[0].name, concluded = c->series[1].name, verified = c->series[2].name;
        QCOMPARE(c->value(inHand, QStringLiteral("carol")), 1.0);
        QCOMPARE(c->value(inHand, QStringLiteral("Not taken yet")), 1.0);
        QCOMPARE(c->value(inHand, QStringLiteral("bob")), 0.0); // at verification: no longer with him
        QCOMPARE(c->value(concluded, QStringLiteral("alice")), 2.0);
        QCOMPARE(c->value(concluded, QStringLiteral("bob")), 1.0);
        QCOMPARE(c->value(verified, QStringLiteral("bob")), 1.0);
        QCOMPARE(c->value(verified, QStringLiteral("carol")), 1.0);
    }

    void conclusionsAndConflicts()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        const DashboardChart *c = f.chart(QStringLiteral("conclusions-by-type"));
        QVERIFY(c && c->series.size() == 3);
        const QString id = conclusionDisplayName(ConclusionKind::Identification);
        const QString ex = conclusionDisplayName(ConclusionKind::Exclusion);
        QCOMPARE(c->value(c->series[0].name, id), 2.0);
        QCOMPARE(c->value(c->series[1].name, id), 1.0);
        QCOMPARE(c->value(c->series[2].name, id), 1.0);
        QCOMPARE(c->value(c->series[0].name, ex), 1.0);
        QCOMPARE(c->value(c->series[1].name, ex), 1.0);
        const DashboardChart *k = f.chart(QStringLiteral("conflicts-over-time"));
        QVERIFY(k);
        QCOMPARE(k->categories, QStringList{QStringLiteral("Feb 2026")});
        QCOMPARE(k->series[0].values, QList<double>{1.0});
        QCOMPARE(k->series[1].values, QList<double>{1.0});
    }

    void scoresAreBinnedMatedAndNonMated()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        const DashboardChart *c = f.chart(QStringLiteral("score-distribution"));
        QVERIFY(c && c->series.size() == 2);
        QCOMPARE(c->categories.size(), 10);
        QCOMPARE(c->categories[8], QStringLiteral("40 to 45"));
        QCOMPARE(c->value(c->series[0].name, QStringLiteral("40 to 45")), 1.0); // M1, identified
        QCOMPARE(c->value(c->series[1].name, QStringLiteral("5 to 10")), 1.0);  // M2, excluded
        DashboardData none = sample();
        none.scores.clear();
        const DashboardChart *empty =
            computeDashboard(none, utcFilter(), kC).chart(QStringLiteral("score-distribution"));
        QVERIFY(empty->isEmpty());
        QVERIFY(empty->emptyText.contains(QStringLiteral("No scores with known ground truth yet")));
    }

    void filtersNarrowTheFigures()
    {
        DashboardFilter wales = utcFilter();
        wales.force = QStringLiteral("North Wales Police");
        DashboardFigures f = computeDashboard(sample(), wales, kC);
        QCOMPARE(f.cases, 1);
        QCOMPARE(f.marks, 1);
        QVERIFY(f.chart(QStringLiteral("turnaround-distribution"))->isEmpty());

        DashboardFilter alice = utcFilter();
        alice.examiner = QStringLiteral("alice");
        f = computeDashboard(sample(), alice, kC);
        QCOMPARE(f.cases, 2);
        QVERIFY(f.chart(QStringLiteral("open-cases-by-state"))->isEmpty()); // both of hers are signed off

        DashboardFilter robbery = utcFilter();
        robbery.offence = QStringLiteral("Robbery");
        f = computeDashboard(sample(), robbery, kC);
        QCOMPARE(f.cases, 1);
        QCOMPARE(f.marks, 2);

        // February only: M3's sign-off and its three conclusions; M1 (January) and M2 (March) drop out.
        DashboardFilter february = utcFilter();
        february.from = QDate(2026, 2, 1);
        february.to = QDate(2026, 2, 28);
        f = computeDashboard(sample(), february, kC);
        QCOMPARE(f.chart(QStringLiteral("turnaround-distribution"))->series[0].values,
                 (QList<double>{0, 1, 0, 0, 0, 0}));
        const DashboardChart *c = f.chart(QStringLiteral("conclusions-by-type"));
        const QString id = conclusionDisplayName(ConclusionKind::Identification);
        const QString ex = conclusionDisplayName(ConclusionKind::Exclusion);
        QCOMPARE(c->value(c->series[0].name, id), 1.0);
        QCOMPARE(c->value(c->series[0].name, ex), 0.0);
        QCOMPARE(c->value(c->series[1].name, ex), 1.0);
        QVERIFY(f.chart(QStringLiteral("score-distribution"))->isEmpty());
    }

    void choicesListWhatTheDataHolds()
    {
        const DashboardChoices c = dashboardChoices(sample(), QTimeZone::utc());
        QCOMPARE(c.forces,
                 (QStringList{QStringLiteral("North Wales Police"), QStringLiteral("West Yorkshire Police")}));
        QCOMPARE(c.offences, (QStringList{QStringLiteral("Burglary"), QStringLiteral("Robbery")}));
        QCOMPARE(c.examiners, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(c.firstDay, QDate(2026, 1, 5));
        QCOMPARE(c.lastDay, QDate(2026, 3, 31));
    }

    void csvHasAHeaderAndOneRowPerCategory()
    {
        const DashboardFigures f = computeDashboard(sample(), utcFilter(), kC);
        const QByteArray csv = dashboardCsv(*f.chart(QStringLiteral("turnaround-trend")));
        QCOMPARE(csv, QByteArray("Month of sign-off,Median (days),Mean (days)\r\n"
                                 "Jan 2026,10,10\r\n"
                                 "Feb 2026,1.5,1.5\r\n"));
        DashboardChart quoted;
        quoted.categoryAxis = QStringLiteral("Examiner");
        quoted.categories = {QStringLiteral("Jones, \"Jo\"")};
        quoted.series = {{QStringLiteral("Marks"), {3}}};
        QCOMPARE(dashboardCsv(quoted), QByteArray("Examiner,Marks\r\n\"Jones, \"\"Jo\"\"\",3\r\n"));
    }

    void controllerComputesOffThreadAndDropsStaleResults()
    {
        DashboardController controller(nullptr);
        QSignalSpy figures(&controller, &DashboardController::figuresChanged);
        QSignalSpy busy(&controller, &DashboardController::busyChanged);
        controller.setData(sample());
        QVERIFY(controller.isBusy());
        // Two filter changes before the first result arrives: only the last one is shown.
        DashboardFilter wales = controller.filter();
        wales.force = QStringLiteral("North Wales Police");
        controller.setFilter(wales);
        DashboardFilter robbery = controller.filter();
        robbery.force.clear();
        robbery.offence = QStringLiteral("Robbery");
        controller.setFilter(robbery);
        QVERIFY(figures.wait(5000));
        QTest::qWait(50); // any stale result would arrive now
        QCOMPARE(figures.count(), 1);
        QCOMPARE(controller.figures().cases, 1);
        QCOMPARE(controller.figures().marks, 2);
        QVERIFY(!controller.isBusy());
        QCOMPARE(busy.count(), 2); // busy, then idle
        QCOMPARE(controller.filter().from, controller.choices().firstDay);
    }

    void exportsWriteWholeFilesOrNameTheProblem()
    {
        DashboardController controller(nullptr);
        QSignalSpy figures(&controller, &DashboardController::figuresChanged);
        controller.setData(sample());
        QVERIFY(figures.wait(5000));
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("conclusions.csv"));
        QVERIFY(controller.exportCsv(QStringLiteral("conclusions-by-type"), csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 4); // header + three kinds
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::white);
        const Status failed = DashboardController::exportPng(image, missing);
        QVERIFY(!failed);
        QVERIFY(failed.error().message().contains(missing));
        QVERIFY(!QFile::exists(missing));
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(DashboardController::exportPng(image, png));
        QCOMPARE(QImage(png).size(), QSize(10, 10));
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
