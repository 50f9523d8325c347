// The supervisor's dashboard (issue 8) as a supervisor uses it, offscreen: the charts appear with
// their titles and axes, a filter changes what they show, a chart with nothing to show says so,
// and each chart's Export writes a PNG of the chart and a CSV of its figures.
#include "app/presentation/dashboard/dashboardcontroller.h"
#include "widgets/dashboard/dashboardchartpanel.h"
#include "widgets/dashboard/dashboardview.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using namespace ridgeline;

namespace {

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(9, 0), Qt::UTC);
}

// Two forces; West Yorkshire has two signed-off marks (3 and 12 days) and one in analysis,
// North Wales one mark in technical review.
DashboardData sample()
{
    DashboardData d;
    d.readUtc = at(3, 31);
    const CaseId wyp = CaseId::create(), nwp = CaseId::create();
    d.cases = {{wyp, QStringLiteral("WYP/2026/000001"), QStringLiteral("West Yorkshire Police"),
                QStringLiteral("Burglary"), at(1, 2)},
               {nwp, QStringLiteral("NWP/2026/000002"), QStringLiteral("North Wales Police"), QStringLiteral("Robbery"),
                at(1, 3)}};
    const auto mark = [&](const CaseId &c, MarkState state, const QString &examiner, int capturedDay, int signedDay) {
        DashboardMark m;
        m.id = MarkId::create();
        m.caseId = c;
        m.state = state;
        m.examiner = examiner;
        m.capturedUtc = at(1, capturedDay);
        m.receivedUtc = at(1, capturedDay);
        m.stateSinceUtc = at(3, 20);
        if (signedDay > 0)
            m.signOffs = {{1, QStringLiteral("sup"), at(1, signedDay), true}};
        m.conclusions = {{ConclusionStage::Evaluation, ConclusionKind::Identification, examiner, {}, at(1, 5)}};
        return m;
    };
    d.marks = {mark(wyp, MarkState::SignedOff, QStringLiteral("alice"), 4, 7),
               mark(wyp, MarkState::SignedOff, QStringLiteral("alice"), 4, 16),
               mark(wyp, MarkState::Analysis, QStringLiteral("bob"), 10, 0),
               mark(nwp, MarkState::TechnicalReview, QStringLiteral("carol"), 10, 0)};
    return d;
}

QBarSet *firstSet(DashboardChartPanel *panel)
{
    const auto series = panel->chart()->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().first() : nullptr;
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DashboardView> m_view;
    DashboardController *m_controller = nullptr;

private Q_SLOTS:
    void init()
    {
        m_controller = new DashboardController(nullptr);
        m_view = std::make_unique<DashboardView>(m_controller);
        m_controller->setParent(m_view.get());
        m_view->resize(1200, 900);
        m_view->show();
        QSignalSpy figures(m_controller, &DashboardController::figuresChanged);
        m_controller->setData(sample());
        QVERIFY(m_view->busyIndicator()->isVisible()); // while the figures are computed
        QVERIFY(figures.wait(5000));
        QVERIFY(!m_view->busyIndicator()->isVisible());
    }
    void cleanup() { m_view.reset(); }

    void showsEveryChartWithTitlesAndAxes()
    {
        QCOMPARE(m_view->panels().size(), 8);
        DashboardChartPanel *turnaround = m_view->panel(QStringLiteral("turnaround-distribution"));
        QVERIFY(turnaround);
        QVERIFY(!turnaround->showsEmptyText());
        QCOMPARE(turnaround->chart()->title(), QStringLiteral("Turnaround from capture to sign-off"));
        const auto axes = turnaround->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.first()->titleText(), QStringLiteral("Marks signed off"));
        QBarSet *set = firstSet(turnaround);
        QVERIFY(set);
        QCOMPARE(set->at(2), 1.0);                  // 3 days: "2 to 7 days"
        QCOMPARE(set->at(3), 1.0);                  // 12 days: "1 to 2 weeks"
        QCOMPARE(m_view->forceCombo()->count(), 3); // all, and the two forces
        QVERIFY(m_view->summaryLabel()->text().startsWith(QStringLiteral("Cases: 2 · Marks: 4")));
        // No scores in this workspace: the chart says why instead of drawing nothing.
        QVERIFY(m_view->panel(QStringLiteral("score-distribution"))->showsEmptyText());
    }

    void aFilterChangesTheCharts()
    {
        QSignalSpy figures(m_controller, &DashboardController::figuresChanged);
        m_view->forceCombo()->setCurrentIndex(m_view->forceCombo()->findText(QStringLiteral("North Wales Police")));
        QVERIFY(figures.wait(5000));
        QVERIFY(m_view->summaryLabel()->text().startsWith(QStringLiteral("Cases: 1 · Marks: 1")));
        QVERIFY(m_view->panel(QStringLiteral("turnaround-distribution"))->showsEmptyText());
        QBarSet *open = firstSet(m_view->panel(QStringLiteral("open-cases-by-state")));
        QVERIFY(open);
        QCOMPARE(open->at(8), 1.0); // technical review

        m_view->forceCombo()->setCurrentIndex(0);
        m_view->examinerCombo()->setCurrentIndex(m_view->examinerCombo()->findText(QStringLiteral("alice")));
        QVERIFY(figures.wait(5000));
        QVERIFY(!m_view->panel(QStringLiteral("turnaround-distribution"))->showsEmptyText());
        QVERIFY(m_view->panel(QStringLiteral("open-cases-by-state"))->showsEmptyText());
        // The period: from 10 January drops the sign-off of the 7th.
        m_view->examinerCombo()->setCurrentIndex(0);
        m_view->fromEdit()->setDate(QDate(2026, 1, 10));
        QVERIFY(figures.wait(5000));
        QCOMPARE(firstSet(m_view->panel(QStringLiteral("turnaround-distribution")))->sum(), 1.0);
    }

    void exportWritesThePngAndTheCsv()
    {
        QTemporaryDir dir;
        DashboardChartPanel *workload = m_view->panel(QStringLiteral("workload-by-examiner"));
        QVERIFY(workload);
        QVERIFY(workload->exportButton()->menu());
        QCOMPARE(workload->exportButton()->menu()->actions().size(), 2);
        const QString png = dir.filePath(QStringLiteral("workload.png"));
        QVERIFY(workload->exportPngTo(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        // The chart was drawn, not a blank grab: its bars are in colours other than the background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 4);
        const QString csvPath = dir.filePath(QStringLiteral("workload.csv"));
        QVERIFY(workload->exportCsvTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QCOMPARE(rows.value(0).trimmed(), QByteArray("Examiner,In hand now,Concluded in period,Verified in period"));
        QCOMPARE(rows.value(1).trimmed(), QByteArray("alice,0,2,0"));
        QCOMPARE(rows.value(2).trimmed(), QByteArray("bob,1,1,0"));
        QCOMPARE(rows.value(3).trimmed(), QByteArray("carol,0,1,0"));

        // A folder that does not exist: nothing written, and the notice names the file.
        const QString bad = dir.filePath(QStringLiteral("missing/workload.csv"));
        QVERIFY(!workload->exportCsvTo(bad));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(m_view->noticeLabel()->isVisible());
        QVERIFY(m_view->noticeLabel()->text().contains(bad));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
