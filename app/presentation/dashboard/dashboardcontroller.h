#pragma once

// The supervisor's dashboard (issue 8), display-free: reads DashboardData on the session's thread
// (refresh), keeps the filter and recomputes the figures on a worker thread whenever the data or
// the filter change. Only the newest computation is shown: a result that finishes after a newer
// request is dropped. Lives on the UI thread and never computes there.

#include "app/core/error.h"
#include "app/presentation/dashboard/dashboardfigures.h"

#include <QObject>

#include <memory>

namespace ridgeline {

class SessionController;

class DashboardController : public QObject
{
    Q_OBJECT
public:
    // session may be null (tests give the data with setData).
    explicit DashboardController(SessionController *session, QObject *parent = nullptr);

    const DashboardFigures &figures() const { return m_figures; }
    const DashboardChoices &choices() const { return m_choices; }
    const DashboardFilter &filter() const { return m_filter; }
    bool hasData() const { return m_data != nullptr; }
    QDateTime readUtc() const;
    // Reading the workspace or computing figures.
    bool isBusy() const { return m_loading || m_computing; }

    // Writes a chart's data as CSV (dashboardCsv), or an image as PNG, all or nothing (QSaveFile):
    // the file is either complete or untouched. The error names the file and the reason.
    Status exportCsv(const QString &chartId, const QString &path) const;
    static Status exportPng(const QImage &image, const QString &path);

public Q_SLOTS:
    void refresh();
    void setFilter(const ridgeline::DashboardFilter &filter);
    // Replaces the data (as refresh would) and recomputes. The first data sets the period to all of
    // its days; later data keeps the period chosen.
    void setData(const ridgeline::DashboardData &data);

Q_SIGNALS:
    void dataLoaded(); // choices() changed and the filter's period reset
    void loadFailed(const QString &message);
    void figuresChanged();
    void busyChanged(bool busy);

private:
    void recompute();
    void setBusy(bool loading, bool computing);

    SessionController *m_session;
    std::shared_ptr<const DashboardData> m_data;
    DashboardChoices m_choices;
    DashboardFilter m_filter;
    DashboardFigures m_figures;
    quint64 m_generation = 0;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    bool m_computing = false;
};

} // namespace ridgeline
