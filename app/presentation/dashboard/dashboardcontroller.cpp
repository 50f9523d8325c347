#include "app/presentation/dashboard/dashboardcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>
#include <QtConcurrent>

namespace ridgeline {

namespace {

Status writeAll(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failed = [&]() {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("ridgeline::Dashboard",
                                                 "Could not write %1: %2. Choose another folder or file name.")
                         .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed();
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace

DashboardController::DashboardController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

QDateTime DashboardController::readUtc() const
{
    return m_data ? m_data->readUtc : QDateTime();
}

void DashboardController::refresh()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_loadGeneration;
    setBusy(true, m_computing);
    whenFinished(this, m_session->run([](WorkspaceSession &s) { return s.dashboardData(); }),
                 [this, generation](const Result<DashboardData> &result) {
                     if (generation != m_loadGeneration)
                         return; // a newer refresh is on its way
                     setBusy(false, m_computing);
                     if (!result) {
                         Q_EMIT loadFailed(result.error().message());
                         return;
                     }
                     setData(*result);
                 });
}

void DashboardController::setData(const DashboardData &data)
{
    const bool first = !m_data;
    const DashboardChoices before = m_choices;
    m_data = std::make_shared<const DashboardData>(data);
    m_choices = dashboardChoices(*m_data, m_filter.zone);
    // The first read shows everything; a later refresh keeps the supervisor's period, moving its
    // end along when it was "up to the last read".
    if (first || m_filter.from.isNull())
        m_filter.from = m_choices.firstDay;
    if (first || m_filter.to.isNull() || m_filter.to == before.lastDay)
        m_filter.to = m_choices.lastDay;
    if (!m_filter.force.isEmpty() && !m_choices.forces.contains(m_filter.force))
        m_filter.force.clear();
    if (!m_filter.offence.isEmpty() && !m_choices.offences.contains(m_filter.offence))
        m_filter.offence.clear();
    if (!m_filter.examiner.isEmpty() && !m_choices.examiners.contains(m_filter.examiner))
        m_filter.examiner.clear();
    Q_EMIT dataLoaded();
    recompute();
}

void DashboardController::setFilter(const DashboardFilter &filter)
{
    if (filter == m_filter && !m_figures.charts.isEmpty())
        return;
    m_filter = filter;
    recompute();
}

void DashboardController::recompute()
{
    if (!m_data)
        return;
    const quint64 generation = ++m_generation;
    setBusy(m_loading, true);
    auto future = QtConcurrent::run(
        [data = m_data, filter = m_filter, locale = QLocale()]() { return computeDashboard(*data, filter, locale); });
    whenFinished(this, future, [this, generation](const DashboardFigures &figures) {
        if (generation != m_generation)
            return; // stale: the filter changed while this was computed
        m_figures = figures;
        setBusy(m_loading, false);
        Q_EMIT figuresChanged();
    });
}

void DashboardController::setBusy(bool loading, bool computing)
{
    const bool was = isBusy();
    m_loading = loading;
    m_computing = computing;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

Status DashboardController::exportCsv(const QString &chartId, const QString &path) const
{
    const DashboardChart *chart = m_figures.chart(chartId);
    if (!chart)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::Dashboard",
                                                 "Could not write %1: the chart %2 has no figures yet. Wait until "
                                                 "the dashboard has finished computing.")
                         .arg(path, chartId));
    return writeAll(path, dashboardCsv(*chart));
}

Status DashboardController::exportPng(const QImage &image, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("ridgeline::Dashboard",
                                                 "Could not write %1: the chart could not be drawn as PNG.")
                         .arg(path));
    return writeAll(path, bytes);
}

} // namespace ridgeline
