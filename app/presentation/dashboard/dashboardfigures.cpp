#include "app/presentation/dashboard/dashboardfigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace ridgeline {

namespace {

constexpr double kMsPerDay = 86400000.0;

// The stages a mark waits in before sign-off, in ACE-V order.
constexpr std::array kOpenStates{MarkState::Received,   MarkState::Analysis,   MarkState::AnalysisCommitted,
                                 MarkState::Comparison, MarkState::Evaluation, MarkState::Verification,
                                 MarkState::Conflict,   MarkState::Resolution, MarkState::TechnicalReview};

bool isOpen(MarkState state)
{
    return state != MarkState::SignedOff && state != MarkState::Closed;
}

// With the examiner: assigned or taken, not yet handed on for verification.
bool isWithExaminer(MarkState state)
{
    return state == MarkState::Received || state == MarkState::Analysis || state == MarkState::AnalysisCommitted ||
           state == MarkState::Comparison || state == MarkState::Evaluation;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return 0.0;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

// Everything a computation needs besides the data: the filter applied to cases and marks.
struct Scope
{
    const DashboardData &data;
    const DashboardFilter &filter;
    const QLocale &locale;
    QSet<CaseId> cases;
    QList<const DashboardMark *> marks;

    QDate dayOf(const QDateTime &t) const { return t.toTimeZone(filter.zone).date(); }
    bool inPeriod(const QDateTime &t) const
    {
        if (!t.isValid())
            return false;
        const QDate day = dayOf(t);
        return (filter.from.isNull() || day >= filter.from) && (filter.to.isNull() || day <= filter.to);
    }
    QString monthLabel(const QDate &month) const { return locale.toString(month, QStringLiteral("MMM yyyy")); }
};

Scope makeScope(const DashboardData &data, const DashboardFilter &filter, const QLocale &locale)
{
    Scope scope{data, filter, locale, {}, {}};
    for (const DashboardCase &c : data.cases)
        if ((filter.force.isEmpty() || c.force == filter.force) &&
            (filter.offence.isEmpty() || c.offence == filter.offence))
            scope.cases.insert(c.id);
    QSet<CaseId> withMarks;
    for (const DashboardMark &m : data.marks) {
        if (m.kind == MarkKind::ScenePhoto || !scope.cases.contains(m.caseId))
            continue;
        if (!filter.examiner.isEmpty() && m.examiner != filter.examiner)
            continue;
        scope.marks.append(&m);
        withMarks.insert(m.caseId);
    }
    if (!filter.examiner.isEmpty())
        scope.cases = withMarks;
    return scope;
}

QStringList stateNames()
{
    QStringList names;
    for (MarkState state : kOpenStates)
        names.append(markStateDisplayName(state));
    return names;
}

DashboardChart openCasesByState(const Scope &scope)
{
    DashboardChart chart{QStringLiteral("open-cases-by-state"),
                         DashboardChartKind::Bars,
                         QCoreApplication::translate("ridgeline::Dashboard", "Open cases by ACE-V stage"),
                         QCoreApplication::translate("ridgeline::Dashboard", "Stage of the case's least advanced mark"),
                         QCoreApplication::translate("ridgeline::Dashboard", "Cases"),
                         stateNames(),
                         {},
                         QCoreApplication::translate("ridgeline::Dashboard", "No open cases.")};
    QHash<CaseId, MarkState> stageOf;
    for (const DashboardMark *m : scope.marks) {
        if (!isOpen(m->state))
            continue;
        const auto found = stageOf.find(m->caseId);
        if (found == stageOf.end())
            stageOf.insert(m->caseId, m->state);
        else if (int(m->state) < int(*found))
            *found = m->state;
    }
    DashboardSeries cases{QCoreApplication::translate("ridgeline::Dashboard", "Open cases"),
                          QList<double>(kOpenStates.size(), 0.0)};
    for (MarkState state : std::as_const(stageOf))
        cases.values[std::find(kOpenStates.begin(), kOpenStates.end(), state) - kOpenStates.begin()] += 1.0;
    if (!stageOf.isEmpty())
        chart.series.append(cases);
    return chart;
}

DashboardChart ageByState(const Scope &scope)
{
    DashboardChart chart{QStringLiteral("age-by-state"),
                         DashboardChartKind::Bars,
                         QCoreApplication::translate("ridgeline::Dashboard", "Age of marks waiting, by stage"),
                         QCoreApplication::translate("ridgeline::Dashboard", "Stage"),
                         QCoreApplication::translate("ridgeline::Dashboard", "Days in the stage"),
                         stateNames(),
                         {},
                         QCoreApplication::translate("ridgeline::Dashboard", "No marks are waiting.")};
    QList<QList<double>> ages(kOpenStates.size());
    for (const DashboardMark *m : scope.marks) {
        if (!isOpen(m->state) || !m->stateSinceUtc.isValid())
            continue;
        const auto index = std::find(kOpenStates.begin(), kOpenStates.end(), m->state) - kOpenStates.begin();
        ages[index].append(double(m->stateSinceUtc.msecsTo(scope.data.readUtc)) / kMsPerDay);
    }
    DashboardSeries medians{QCoreApplication::translate("ridgeline::Dashboard", "Median (days)"), {}};
    DashboardSeries oldest{QCoreApplication::translate("ridgeline::Dashboard", "Oldest (days)"), {}};
    DashboardSeries waiting{QCoreApplication::translate("ridgeline::Dashboard", "Marks waiting"), {}};
    for (const QList<double> &list : ages) {
        medians.values.append(median(list));
        oldest.values.append(list.isEmpty() ? 0.0 : *std::max_element(list.begin(), list.end()));
        waiting.values.append(double(list.size()));
    }
    chart.series = {medians, oldest};
    if (std::all_of(waiting.values.begin(), waiting.values.end(), [](double v) { return v == 0.0; }))
        chart.series.clear();
    return chart;
}

// Capture (or, when the provenance has no capture time, receipt) to the first sign-off in force,
// for the marks signed off in the period: (sign-off time, days).
QList<std::pair<QDateTime, double>> turnarounds(const Scope &scope)
{
    QList<std::pair<QDateTime, double>> out;
    for (const DashboardMark *m : scope.marks) {
        const QDateTime start = m->capturedUtc.isValid() ? m->capturedUtc : m->receivedUtc;
        const auto signOff =
            std::find_if(m->signOffs.begin(), m->signOffs.end(), [](const DashboardSignOff &s) { return s.inForce; });
        if (!start.isValid() || signOff == m->signOffs.end() || !scope.inPeriod(signOff->signedUtc))
            continue;
        out.append({signOff->signedUtc, double(start.msecsTo(signOff->signedUtc)) / kMsPerDay});
    }
    return out;
}

DashboardChart turnaroundDistribution(const Scope &scope)
{
    DashboardChart chart{
        QStringLiteral("turnaround-distribution"),
        DashboardChartKind::Bars,
        QCoreApplication::translate("ridgeline::Dashboard", "Turnaround from capture to sign-off"),
        QCoreApplication::translate("ridgeline::Dashboard", "Days from capture to sign-off"),
        QCoreApplication::translate("ridgeline::Dashboard", "Marks signed off"),
        {QCoreApplication::translate("ridgeline::Dashboard", "Under 1 day"),
         QCoreApplication::translate("ridgeline::Dashboard", "1 to 2 days"),
         QCoreApplication::translate("ridgeline::Dashboard", "2 to 7 days"),
         QCoreApplication::translate("ridgeline::Dashboard", "1 to 2 weeks"),
         QCoreApplication::translate("ridgeline::Dashboard", "2 to 4 weeks"),
         QCoreApplication::translate("ridgeline::Dashboard", "4 weeks or more")},
        {},
        QCoreApplication::translate("ridgeline::Dashboard", "No marks were signed off in this period.")};
    constexpr std::array kUpperDays{1.0, 2.0, 7.0, 14.0, 28.0};
    DashboardSeries marks{QCoreApplication::translate("ridgeline::Dashboard", "Marks"),
                          QList<double>(chart.categories.size(), 0.0)};
    const auto list = turnarounds(scope);
    for (const auto &[when, days] : list) {
        const auto bin = std::upper_bound(kUpperDays.begin(), kUpperDays.end(), days) - kUpperDays.begin();
        marks.values[bin] += 1.0;
    }
    if (!list.isEmpty())
        chart.series.append(marks);
    return chart;
}

DashboardChart turnaroundTrend(const Scope &scope)
{
    DashboardChart chart{
        QStringLiteral("turnaround-trend"),
        DashboardChartKind::Line,
        QCoreApplication::translate("ridgeline::Dashboard", "Turnaround by month of sign-off"),
        QCoreApplication::translate("ridgeline::Dashboard", "Month of sign-off"),
        QCoreApplication::translate("ridgeline::Dashboard", "Days from capture to sign-off"),
        {},
        {},
        QCoreApplication::translate("ridgeline::Dashboard", "No marks were signed off in this period.")};
    QMap<QDate, QList<double>> byMonth;
    for (const auto &[when, days] : turnarounds(scope))
        byMonth[firstOfMonth(scope.dayOf(when))].append(days);
    DashboardSeries medians{QCoreApplication::translate("ridgeline::Dashboard", "Median (days)"), {}};
    DashboardSeries means{QCoreApplication::translate("ridgeline::Dashboard", "Mean (days)"), {}};
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        chart.categories.append(scope.monthLabel(it.key()));
        medians.values.append(median(it.value()));
        means.values.append(mean(it.value()));
    }
    if (!byMonth.isEmpty())
        chart.series = {medians, means};
    return chart;
}

DashboardChart workload(const Scope &scope)
{
    DashboardChart chart{QStringLiteral("workload-by-examiner"),
                         DashboardChartKind::Bars,
                         QCoreApplication::translate("ridgeline::Dashboard", "Workload per examiner"),
                         QCoreApplication::translate("ridgeline::Dashboard", "Examiner"),
                         QCoreApplication::translate("ridgeline::Dashboard", "Marks"),
                         {},
                         {},
                         QCoreApplication::translate("ridgeline::Dashboard",
                                                     "No examiner has marks in hand or concluded any in this period.")};
    const QString nobody = QCoreApplication::translate("ridgeline::Dashboard", "Not taken yet");
    QMap<QString, std::array<double, 3>> counts; // in hand, concluded, verified
    for (const DashboardMark *m : scope.marks) {
        if (isWithExaminer(m->state))
            counts[m->examiner.isEmpty() ? nobody : m->examiner][0] += 1.0;
        for (const DashboardConclusion &c : m->conclusions) {
            if (!scope.inPeriod(c.whenUtc))
                continue;
            if (c.stage == ConclusionStage::Evaluation)
                counts[c.examiner][1] += 1.0;
            else if (c.stage == ConclusionStage::Verification)
                counts[c.examiner][2] += 1.0;
        }
    }
    DashboardSeries inHand{QCoreApplication::translate("ridgeline::Dashboard", "In hand now"), {}};
    DashboardSeries concluded{QCoreApplication::translate("ridgeline::Dashboard", "Concluded in period"), {}};
    DashboardSeries verified{QCoreApplication::translate("ridgeline::Dashboard", "Verified in period"), {}};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        chart.categories.append(it.key());
        inHand.values.append(it.value()[0]);
        concluded.values.append(it.value()[1]);
        verified.values.append(it.value()[2]);
    }
    if (!counts.isEmpty())
        chart.series = {inHand, concluded, verified};
    return chart;
}

DashboardChart conclusionsByType(const Scope &scope)
{
    constexpr std::array kKinds{ConclusionKind::Identification, ConclusionKind::Exclusion,
                                ConclusionKind::Inconclusive};
    DashboardChart chart{
        QStringLiteral("conclusions-by-type"),
        DashboardChartKind::Bars,
        QCoreApplication::translate("ridgeline::Dashboard", "Conclusions by type"),
        QCoreApplication::translate("ridgeline::Dashboard", "Conclusion"),
        QCoreApplication::translate("ridgeline::Dashboard", "Conclusions recorded"),
        {},
        {},
        QCoreApplication::translate("ridgeline::Dashboard", "No conclusions were recorded in this period.")};
    for (ConclusionKind kind : kKinds)
        chart.categories.append(conclusionDisplayName(kind));
    DashboardSeries evaluation{QCoreApplication::translate("ridgeline::Dashboard", "Examiner's evaluation"),
                               QList<double>(kKinds.size(), 0.0)};
    DashboardSeries verification{QCoreApplication::translate("ridgeline::Dashboard", "Verification"),
                                 QList<double>(kKinds.size(), 0.0)};
    DashboardSeries resolution{QCoreApplication::translate("ridgeline::Dashboard", "Resolution of a conflict"),
                               QList<double>(kKinds.size(), 0.0)};
    int total = 0;
    for (const DashboardMark *m : scope.marks)
        for (const DashboardConclusion &c : m->conclusions) {
            if (!scope.inPeriod(c.whenUtc))
                continue;
            const auto index = std::find(kKinds.begin(), kKinds.end(), c.kind) - kKinds.begin();
            DashboardSeries &series = c.stage == ConclusionStage::Evaluation     ? evaluation
                                      : c.stage == ConclusionStage::Verification ? verification
                                                                                 : resolution;
            series.values[index] += 1.0;
            ++total;
        }
    if (total > 0)
        chart.series = {evaluation, verification, resolution};
    return chart;
}

DashboardChart conflictsOverTime(const Scope &scope)
{
    DashboardChart chart{
        QStringLiteral("conflicts-over-time"),
        DashboardChartKind::Bars,
        QCoreApplication::translate("ridgeline::Dashboard", "Conflicts over time"),
        QCoreApplication::translate("ridgeline::Dashboard", "Month"),
        QCoreApplication::translate("ridgeline::Dashboard", "Marks"),
        {},
        {},
        QCoreApplication::translate("ridgeline::Dashboard", "No conflicts were raised or resolved in this period.")};
    QMap<QDate, std::array<double, 2>> byMonth; // raised, resolved
    for (const DashboardMark *m : scope.marks) {
        for (const DashboardStageChange &change : m->history)
            if (change.to == MarkState::Conflict && scope.inPeriod(change.whenUtc))
                byMonth[firstOfMonth(scope.dayOf(change.whenUtc))][0] += 1.0;
        for (const DashboardConclusion &c : m->conclusions)
            if (c.stage == ConclusionStage::Resolution && scope.inPeriod(c.whenUtc))
                byMonth[firstOfMonth(scope.dayOf(c.whenUtc))][1] += 1.0;
    }
    if (byMonth.isEmpty())
        return chart;
    DashboardSeries raised{QCoreApplication::translate("ridgeline::Dashboard", "Conflicts raised"), {}};
    DashboardSeries resolved{QCoreApplication::translate("ridgeline::Dashboard", "Conflicts resolved"), {}};
    // Every month from the first to the last, so a quiet month shows as a gap of zero.
    for (QDate month = byMonth.firstKey(); month <= byMonth.lastKey(); month = month.addMonths(1)) {
        const auto counts = byMonth.value(month, {0.0, 0.0});
        chart.categories.append(scope.monthLabel(month));
        raised.values.append(counts[0]);
        resolved.values.append(counts[1]);
    }
    chart.series = {raised, resolved};
    return chart;
}

DashboardChart scoreDistribution(const Scope &scope)
{
    DashboardChart chart{
        QStringLiteral("score-distribution"),
        DashboardChartKind::Bars,
        QCoreApplication::translate("ridgeline::Dashboard", "Matcher scores: mated and non-mated"),
        QCoreApplication::translate("ridgeline::Dashboard", "Exemplar search score"),
        QCoreApplication::translate("ridgeline::Dashboard", "Searches"),
        {},
        {},
        QCoreApplication::translate("ridgeline::Dashboard",
                                    "No scores with known ground truth yet: a score counts once an examiner's "
                                    "identification or exclusion names the finger an exemplar search of the mark "
                                    "ranked first.")};
    QSet<MarkId> kept;
    for (const DashboardMark *m : scope.marks)
        kept.insert(m->id);
    QList<const DashboardScore *> scores;
    double top = 0.0;
    for (const DashboardScore &s : scope.data.scores)
        if (kept.contains(s.markId) && scope.inPeriod(s.searchedUtc)) {
            scores.append(&s);
            top = std::max(top, s.score);
        }
    if (scores.isEmpty())
        return chart;
    constexpr int kBins = 10;
    // Bins of a round width (a multiple of 5) that cover the highest score.
    const double width = std::max(5.0, std::ceil(top / kBins / 5.0) * 5.0);
    DashboardSeries mated{QCoreApplication::translate("ridgeline::Dashboard", "Mated (identified)"),
                          QList<double>(kBins, 0.0)};
    DashboardSeries nonMated{QCoreApplication::translate("ridgeline::Dashboard", "Non-mated (excluded)"),
                             QList<double>(kBins, 0.0)};
    for (int i = 0; i < kBins; ++i)
        chart.categories.append(
            QCoreApplication::translate("ridgeline::Dashboard", "%1 to %2")
                .arg(scope.locale.toString(i * width, 'g', 6), scope.locale.toString((i + 1) * width, 'g', 6)));
    for (const DashboardScore *s : scores) {
        const int bin = std::min(kBins - 1, int(s->score / width));
        (s->mated ? mated : nonMated).values[std::max(0, bin)] += 1.0;
    }
    chart.series = {mated, nonMated};
    return chart;
}

QByteArray csvField(const QString &text)
{
    QString field = text;
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return field.toUtf8();
}

} // namespace

bool DashboardChart::isEmpty() const
{
    return series.isEmpty() || categories.isEmpty();
}

double DashboardChart::value(const QString &seriesName, const QString &category) const
{
    const qsizetype index = categories.indexOf(category);
    for (const DashboardSeries &s : series)
        if (s.name == seriesName && index >= 0 && index < s.values.size())
            return s.values[index];
    return 0.0;
}

const DashboardChart *DashboardFigures::chart(const QString &id) const
{
    for (const DashboardChart &c : charts)
        if (c.id == id)
            return &c;
    return nullptr;
}

DashboardChoices dashboardChoices(const DashboardData &data, const QTimeZone &zone)
{
    DashboardChoices choices;
    QSet<QString> forces, offences, examiners;
    QDate first;
    const auto note = [&](const QDateTime &t) {
        if (!t.isValid())
            return;
        const QDate day = t.toTimeZone(zone).date();
        if (first.isNull() || day < first)
            first = day;
    };
    for (const DashboardCase &c : data.cases) {
        forces.insert(c.force);
        offences.insert(c.offence);
        note(c.createdUtc);
    }
    for (const DashboardMark &m : data.marks) {
        if (!m.examiner.isEmpty())
            examiners.insert(m.examiner);
        note(m.capturedUtc);
        note(m.receivedUtc);
    }
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.begin(), set.end());
        list.removeAll(QString());
        list.sort(Qt::CaseInsensitive);
        return list;
    };
    choices.forces = sorted(forces);
    choices.offences = sorted(offences);
    choices.examiners = sorted(examiners);
    choices.firstDay = first;
    choices.lastDay = (data.readUtc.isValid() ? data.readUtc : QDateTime::currentDateTimeUtc()).toTimeZone(zone).date();
    if (choices.firstDay.isNull() || choices.firstDay > choices.lastDay)
        choices.firstDay = choices.lastDay;
    return choices;
}

DashboardFigures computeDashboard(const DashboardData &data, const DashboardFilter &filter, const QLocale &locale)
{
    const Scope scope = makeScope(data, filter, locale);
    DashboardFigures figures;
    figures.cases = int(scope.cases.size());
    figures.marks = int(scope.marks.size());
    figures.charts = {openCasesByState(scope),  ageByState(scope),       turnaroundDistribution(scope),
                      turnaroundTrend(scope),   workload(scope),         conclusionsByType(scope),
                      conflictsOverTime(scope), scoreDistribution(scope)};
    return figures;
}

QByteArray dashboardCsv(const DashboardChart &chart)
{
    QByteArray out = csvField(chart.categoryAxis);
    for (const DashboardSeries &s : chart.series)
        out += ',' + csvField(s.name);
    out += "\r\n";
    for (qsizetype row = 0; row < chart.categories.size(); ++row) {
        out += csvField(chart.categories[row]);
        for (const DashboardSeries &s : chart.series)
            out += ',' + QByteArray::number(row < s.values.size() ? s.values[row] : 0.0, 'g', 12);
        out += "\r\n";
    }
    return out;
}

} // namespace ridgeline
