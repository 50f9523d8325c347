#pragma once

// The supervisor's dashboard figures (issue 8), computed from DashboardData with no display: each
// chart is a plain table (categories x series) with its title and axis names translated, so the
// window draws it and exports it as CSV from the same numbers. Pure functions; any thread (the
// controller runs them on a worker thread). How each figure is computed: docs/dashboard.md.

#include "app/core/dashboarddata.h"

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace ridgeline {

// What the supervisor narrows the figures to. Empty strings and null dates: no limit. The period
// applies to events (sign-offs, conclusions, conflicts, searches) by their day in `zone`; the
// figures of "now" (open cases, ages, work in hand) are of every mark the other filters keep.
struct DashboardFilter
{
    QDate from;
    QDate to; // inclusive
    QString force;
    QString offence;
    QString examiner;
    QTimeZone zone = QTimeZone::systemTimeZone();
    friend bool operator==(const DashboardFilter &, const DashboardFilter &) = default;
};

struct DashboardSeries
{
    QString name;
    QList<double> values; // one per category
};

enum class DashboardChartKind
{
    Bars,
    StackedBars,
    Line,
};

struct DashboardChart
{
    QString id; // stable, for object names and file names: "open-cases-by-state"
    DashboardChartKind kind = DashboardChartKind::Bars;
    QString title;
    QString categoryAxis;
    QString valueAxis;
    QStringList categories;
    QList<DashboardSeries> series;
    QString emptyText; // what to show instead when isEmpty()
    bool isEmpty() const;
    // The value of `series` (by name) at `category`; 0 when either is absent.
    double value(const QString &series, const QString &category) const;
};

struct DashboardFigures
{
    QList<DashboardChart> charts; // in display order
    int cases = 0;                // cases the filter keeps
    int marks = 0;                // examinable marks (not scene photos) of those cases
    const DashboardChart *chart(const QString &id) const;
};

// The choices of the filter bar: every force, offence and examiner in the data, sorted, and the
// first and last day with an event (in `zone`).
struct DashboardChoices
{
    QStringList forces;
    QStringList offences;
    QStringList examiners;
    QDate firstDay;
    QDate lastDay;
};

DashboardChoices dashboardChoices(const DashboardData &data, const QTimeZone &zone = QTimeZone::systemTimeZone());
DashboardFigures computeDashboard(const DashboardData &data, const DashboardFilter &filter,
                                  const QLocale &locale = QLocale());

// The chart as CSV (RFC 4180, UTF-8): a header of the category axis and the series names, then one
// row per category. Numbers with '.' as decimal point so spreadsheets in any locale read them.
QByteArray dashboardCsv(const DashboardChart &chart);

} // namespace ridgeline
