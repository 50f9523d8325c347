#include "widgets/dashboard/dashboardchartpanel.h"

#include "app/presentation/dashboard/dashboardcontroller.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ridgeline {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QString tipText(const DashboardChart &chart, const QString &series, int index, double value)
{
    const QString category = index >= 0 && index < chart.categories.size() ? chart.categories[index] : QString();
    return QCoreApplication::translate("ridgeline::DashboardChartPanel", "%1, %2: %3 (%4)")
        .arg(category, series, number(value), chart.valueAxis);
}

QAbstractSeries *barSeries(const DashboardChart &chart, QWidget *tipOwner)
{
    QAbstractBarSeries *bars = chart.kind == DashboardChartKind::StackedBars
                                   ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                   : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (const DashboardSeries &s : chart.series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            set->append(v);
        bars->append(set);
    }
    QObject::connect(bars, &QAbstractBarSeries::hovered, tipOwner, [chart, tipOwner](bool on, int index, QBarSet *set) {
        if (on)
            QToolTip::showText(QCursor::pos(), tipText(chart, set->label(), index, set->at(index)), tipOwner);
        else
            QToolTip::hideText();
    });
    return bars;
}

QList<QAbstractSeries *> lineSeries(const DashboardChart &chart, QWidget *tipOwner)
{
    QList<QAbstractSeries *> out;
    for (const DashboardSeries &s : chart.series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < s.values.size(); ++i)
            line->append(double(i), s.values[i]);
        QObject::connect(line, &QLineSeries::hovered, tipOwner, [chart, s, tipOwner](const QPointF &p, bool on) {
            const int index = int(std::lround(p.x()));
            if (on && index >= 0 && index < s.values.size())
                QToolTip::showText(QCursor::pos(), tipText(chart, s.name, index, s.values[index]), tipOwner);
            else
                QToolTip::hideText();
        });
        out.append(line);
    }
    return out;
}

} // namespace

DashboardChartPanel::DashboardChartPanel(DashboardController *controller, const QString &chartId, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_chartId(chartId)
{
    setObjectName(QStringLiteral("chartPanel-") + chartId);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("chartHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    header->addWidget(m_heading, 1);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("E&xport"));
    m_export->setToolTip(tr("Export this chart as a PNG image or its figures as CSV"));
    m_export->setStatusTip(tr("Save this chart as an image or its figures as a CSV file for a spreadsheet"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_export);
    QAction *png = menu->addAction(tr("Export Chart as &PNG…"));
    png->setObjectName(QStringLiteral("exportPng"));
    png->setStatusTip(tr("Save the chart as it is shown, as a PNG image"));
    QAction *csv = menu->addAction(tr("Export Figures as &CSV…"));
    csv->setObjectName(QStringLiteral("exportCsv"));
    csv->setStatusTip(tr("Save the figures behind the chart as a CSV file"));
    connect(png, &QAction::triggered, this, [this]() { chooseAndExport(true); });
    connect(csv, &QAction::triggered, this, [this]() { chooseAndExport(false); });
    m_export->setMenu(menu);
    header->addWidget(m_export);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_view = new QChartView(new QChart, m_stack);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_stack->setFixedHeight(340); // a chart and an empty one line up in the grid
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
}

QChart *DashboardChartPanel::chart() const
{
    return m_view->chart();
}

bool DashboardChartPanel::showsEmptyText() const
{
    return m_stack->currentWidget() == m_empty;
}

void DashboardChartPanel::setChart(const DashboardChart &data)
{
    m_title = data.title;
    m_view->setToolTip(tr("%1. Point at a bar or point for its exact value.").arg(data.title));
    m_view->setAccessibleName(data.title);
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(data.title);
    QChart *old = m_view->chart();
    // The chart carries its title (so an exported PNG does); the heading names an empty chart.
    m_heading->setText(data.isEmpty() ? data.title : QString());
    if (data.isEmpty()) {
        m_empty->setText(data.emptyText);
        m_view->setChart(chart);
        delete old;
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    categories->setTitleText(data.categoryAxis);
    auto *values = new QValueAxis;
    values->setTitleText(data.valueAxis);
    values->setMin(0.0);
    double top = 0.0;
    for (const DashboardSeries &s : data.series)
        for (double v : s.values)
            top = std::max(top, v);
    values->setMax(top > 0.0 ? top * 1.1 : 1.0);
    values->applyNiceNumbers();
    values->setLabelFormat(top >= 5.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (data.categories.size() > 5)
        categories->setLabelsAngle(-35); // long stage names stay readable in a half-width chart
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = data.kind == DashboardChartKind::Line
                                                ? lineSeries(data, m_view)
                                                : QList<QAbstractSeries *>{barSeries(data, m_view)};
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(categories);
        s->attachAxis(values);
    }
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
}

QString DashboardChartPanel::fileStem() const
{
    return QStringLiteral("ridgeline-") + m_chartId + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
}

void DashboardChartPanel::chooseAndExport(bool png)
{
    const QString suggested =
        QDir::home().filePath(fileStem() + (png ? QStringLiteral(".png") : QStringLiteral(".csv")));
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export %1 as PNG").arg(m_title) : tr("Export the figures of %1 as CSV").arg(m_title), suggested,
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The outcome is shown through exported(): saved, or what failed and why.
    (void)(png ? exportPngTo(path) : exportCsvTo(path));
}

Status DashboardChartPanel::exportPngTo(const QString &path)
{
    const QImage image = (showsEmptyText() ? grab() : m_view->grab()).toImage();
    const Status s = DashboardController::exportPng(image, path);
    Q_EMIT exported(s ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : s.error().message(), !s);
    return s;
}

Status DashboardChartPanel::exportCsvTo(const QString &path)
{
    const Status s = m_controller->exportCsv(m_chartId, path);
    Q_EMIT exported(s ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : s.error().message(), !s);
    return s;
}

} // namespace ridgeline
