// LocalWorkspaceSession: the records behind the supervisor's dashboard (issue 8), read with a few
// set-based queries (storage::SqlCipherDashboardQuery), and the matcher scores with known ground
// truth. The program keeps no table of search scores: each audited exemplar search of a mark
// records its top candidate (person, finger, score) in the audit trail. That score is labelled
// when an examiner's conclusion on the mark is against that person's finger: identification =
// mated, exclusion = non-mated; a resolution decides between conclusions that disagree, and
// without one a disagreeing pair labels nothing.
#include "app/services/localworkspacesession.h"
#include "app/storage/sqlcipherdashboardquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ridgeline {

namespace {

struct SearchTop
{
    QString personId;
    int finger = 0;
    double score = 0.0;
};

std::optional<SearchTop> parseTop(const QString &details)
{
    static const QRegularExpression pattern(QStringLiteral("top=(\\S+) finger (\\d+) score (-?[0-9]+(?:\\.[0-9]+)?)"));
    const QRegularExpressionMatch match = pattern.match(details);
    if (!match.hasMatch())
        return std::nullopt;
    return SearchTop{match.captured(1), match.captured(2).toInt(), match.captured(3).toDouble()};
}

// The conclusion that stands on the mark against the finger (person, finger), if one does.
const DashboardConclusion *standingConclusion(const DashboardMark &mark, const SearchTop &top,
                                              const QHash<QString, storage::ImpressionFinger> &impressions)
{
    const DashboardConclusion *resolution = nullptr;
    const DashboardConclusion *other = nullptr;
    bool disagree = false;
    for (const DashboardConclusion &c : mark.conclusions) {
        if (c.kind == ConclusionKind::Inconclusive)
            continue;
        const auto found = impressions.constFind(c.exemplarRef);
        if (found == impressions.cend() || found->personId != top.personId || found->fingerPosition != top.finger)
            continue;
        if (c.stage == ConclusionStage::Resolution) {
            resolution = &c;
        } else {
            disagree = disagree || (other && other->kind != c.kind);
            other = &c;
        }
    }
    if (resolution)
        return resolution;
    return disagree ? nullptr : other;
}

} // namespace

Result<DashboardData> LocalWorkspaceSession::dashboardData()
{
    if (Status s = require(Action::ViewDashboard, QStringLiteral("workspace"), QStringLiteral("dashboard")); !s)
        return s.error();
    storage::SqlCipherDashboardQuery query(m_db->sql());
    auto data = query.read();
    if (!data)
        return data.error();
    auto searches = query.markSearches();
    if (!searches)
        return searches.error();
    auto impressions = query.concludedImpressions();
    if (!impressions)
        return impressions.error();
    QHash<MarkId, qsizetype> indexOf;
    for (qsizetype i = 0; i < data->marks.size(); ++i)
        indexOf.insert(data->marks[i].id, i);
    for (const storage::MarkSearchEvent &event : *searches) {
        const auto mark = indexOf.constFind(event.markId);
        const std::optional<SearchTop> top = parseTop(event.details);
        if (mark == indexOf.cend() || !top)
            continue;
        if (const DashboardConclusion *c = standingConclusion(data->marks[*mark], *top, *impressions))
            data->scores.append({event.markId, c->exemplarRef, top->score, c->kind == ConclusionKind::Identification,
                                 QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC)});
    }
    data->readUtc = QDateTime::currentDateTimeUtc();
    // Like a search, a read across every case is on the record (one event per refresh).
    if (Status s = recordEvent(QStringLiteral("view-dashboard"), QStringLiteral("workspace"),
                               QStringLiteral("dashboard"), AuditOutcome::Success,
                               QStringLiteral("cases=%1; marks=%2; scores=%3")
                                   .arg(data->cases.size())
                                   .arg(data->marks.size())
                                   .arg(data->scores.size()));
        !s)
        return s.error();
    return data;
}

} // namespace ridgeline
