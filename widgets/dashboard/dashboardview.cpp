#include "widgets/dashboard/dashboardview.h"

#include "app/presentation/dashboard/dashboardcontroller.h"
#include "widgets/dashboard/dashboardchartpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

QComboBox *makeCombo(QWidget *parent, const char *name, const QString &tip)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setToolTip(tip);
    combo->setStatusTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(12);
    return combo;
}

QDateEdit *makeDate(QWidget *parent, const char *name, const QString &tip)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setToolTip(tip);
    edit->setStatusTip(tip);
    return edit;
}

void setChoices(QComboBox *combo, const QString &all, const QStringList &choices, const QString &current)
{
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &choice : choices)
        combo->addItem(choice, choice);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

DashboardView::DashboardView(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    connect(m_controller, &DashboardController::dataLoaded, this, &DashboardView::fillChoices);
    connect(m_controller, &DashboardController::figuresChanged, this, &DashboardView::showFigures);
    connect(m_controller, &DashboardController::busyChanged, this, &DashboardView::showBusy);
    connect(m_controller, &DashboardController::loadFailed, this,
            [this](const QString &message) { showNotice(message, true); });
    showBusy(m_controller->isBusy());
    if (m_controller->hasData()) {
        fillChoices();
        showFigures();
    }
}

QWidget *DashboardView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardFilters"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    m_from = makeDate(bar, "dashboardFrom", tr("Count sign-offs, conclusions, conflicts and searches from this day"));
    m_to = makeDate(bar, "dashboardTo", tr("Count sign-offs, conclusions, conflicts and searches up to this day"));
    m_force = makeCombo(bar, "dashboardForce", tr("Show only the cases of one force"));
    m_offence = makeCombo(bar, "dashboardOffence", tr("Show only the cases of one offence"));
    m_examiner = makeCombo(bar, "dashboardExaminer", tr("Show only the marks one examiner took"));
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("F&orce:"), m_force);
    labelled(tr("O&ffence:"), m_offence);
    labelled(tr("E&xaminer:"), m_examiner);
    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Read the workspace again (F5)"));
    refresh->setStatusTip(tr("Read every case and mark from the workspace again and recompute the charts"));
    m_refresh->setDefaultAction(refresh);
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    addAction(refresh);
    connect(refresh, &QAction::triggered, m_controller, &DashboardController::refresh);
    row->addWidget(m_refresh);
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing the figures…"));
    m_busy->setAccessibleName(tr("Computing the figures"));
    row->addWidget(m_busy);
    row->addStretch(1);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    row->addWidget(m_summary);

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardView::applyFilter);
    for (QComboBox *combo : {m_force, m_offence, m_examiner})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardView::applyFilter);
    return bar;
}

DashboardChartPanel *DashboardView::panel(const QString &chartId) const
{
    for (DashboardChartPanel *p : m_panels)
        if (p->chartId() == chartId)
            return p;
    return nullptr;
}

void DashboardView::fillChoices()
{
    m_filling = true;
    const DashboardChoices &choices = m_controller->choices();
    const DashboardFilter &filter = m_controller->filter();
    setChoices(m_force, tr("All forces"), choices.forces, filter.force);
    setChoices(m_offence, tr("All offences"), choices.offences, filter.offence);
    setChoices(m_examiner, tr("All examiners"), choices.examiners, filter.examiner);
    m_from->setDateRange(choices.firstDay, choices.lastDay);
    m_to->setDateRange(choices.firstDay, choices.lastDay);
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    m_filling = false;
}

void DashboardView::applyFilter()
{
    if (m_filling || !m_controller->hasData())
        return;
    DashboardFilter filter = m_controller->filter();
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.force = m_force->currentData().toString();
    filter.offence = m_offence->currentData().toString();
    filter.examiner = m_examiner->currentData().toString();
    m_controller->setFilter(filter);
}

void DashboardView::showFigures()
{
    const DashboardFigures &figures = m_controller->figures();
    for (const DashboardChart &chart : figures.charts) {
        DashboardChartPanel *p = panel(chart.id);
        if (!p) {
            p = new DashboardChartPanel(m_controller, chart.id, m_grid->parentWidget());
            connect(p, &DashboardChartPanel::exported, this, &DashboardView::showNotice);
            const int index = int(m_panels.size());
            m_grid->addWidget(p, index / 2, index % 2);
            m_panels.append(p);
        }
        p->setChart(chart);
    }
    const QLocale locale;
    m_summary->setText(tr("Cases: %1 · Marks: %2 · Read %3")
                           .arg(locale.toString(figures.cases), locale.toString(figures.marks),
                                locale.toString(m_controller->readUtc().toLocalTime(), QLocale::ShortFormat)));
}

void DashboardView::showBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refresh->setEnabled(!busy || m_controller->hasData());
}

void DashboardView::showNotice(const QString &message, bool problem)
{
    m_notice->setText(message);
    m_notice->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_notice->setVisible(!message.isEmpty());
}

} // namespace ridgeline
