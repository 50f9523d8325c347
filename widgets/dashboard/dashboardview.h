#pragma once

// The supervisor's dashboard (issue 8): a filter bar (period, force, offence, examiner), a grid of
// charts (DashboardChartPanel, one per figure of DashboardFigures) and a busy indicator while the
// controller reads the workspace or computes. Every change of a filter asks the controller for new
// figures; they are computed off the UI thread and the newest replaces the charts. UI thread.

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QToolButton;

namespace ridgeline {

class DashboardChartPanel;
class DashboardController;
struct DashboardFilter;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    // The controller is not owned (give it this view as parent to tie their lifetimes).
    explicit DashboardView(DashboardController *controller, QWidget *parent = nullptr);

    DashboardController *controller() const { return m_controller; }
    QList<DashboardChartPanel *> panels() const { return m_panels; }
    DashboardChartPanel *panel(const QString &chartId) const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *forceCombo() const { return m_force; }
    QComboBox *offenceCombo() const { return m_offence; }
    QComboBox *examinerCombo() const { return m_examiner; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *noticeLabel() const { return m_notice; }

private:
    QWidget *buildFilterBar();
    void fillChoices();
    void applyFilter();
    void showFigures();
    void showBusy(bool busy);
    void showNotice(const QString &message, bool problem);

    DashboardController *m_controller;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_force = nullptr;
    QComboBox *m_offence = nullptr;
    QComboBox *m_examiner = nullptr;
    QToolButton *m_refresh = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<DashboardChartPanel *> m_panels;
    bool m_filling = false;
};

} // namespace ridgeline
