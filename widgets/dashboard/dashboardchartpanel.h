#pragma once

// One chart of the supervisor's dashboard: a QtCharts view of a DashboardChart (bars or lines over
// its categories, axis titles, a tooltip with the exact value), or its "no figures" text, and an
// Export menu (PNG of the chart as shown, CSV of its data). UI thread.

#include "app/core/error.h"
#include "app/presentation/dashboard/dashboardfigures.h"

#include <QFrame>

class QLabel;
class QStackedWidget;
class QToolButton;
class QChartView;
class QChart;

namespace ridgeline {

class DashboardController;

class DashboardChartPanel : public QFrame
{
    Q_OBJECT
public:
    DashboardChartPanel(DashboardController *controller, const QString &chartId, QWidget *parent = nullptr);

    QString chartId() const { return m_chartId; }
    void setChart(const DashboardChart &chart);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QToolButton *exportButton() const { return m_export; }
    bool showsEmptyText() const;

    // The exports the menu offers after asking for a file name; the result names the file.
    Status exportPngTo(const QString &path);
    Status exportCsvTo(const QString &path);

Q_SIGNALS:
    // message: what was written, or what failed and why (translated).
    void exported(const QString &message, bool problem);

private:
    void chooseAndExport(bool png);
    QString fileStem() const;

    DashboardController *m_controller;
    QString m_chartId;
    QString m_title;
    QLabel *m_heading = nullptr;
    QToolButton *m_export = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ridgeline
