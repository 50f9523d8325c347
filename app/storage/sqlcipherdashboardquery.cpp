#include "app/storage/sqlcipherdashboardquery.h"

#include "app/core/casereference.h"
#include "app/storage/sqlitedatabase.h"

#include <QDateTime>

namespace ridgeline::storage {

namespace {

QDateTime utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Runs `sql` and calls onRow(statement) for each row; the first error ends it.
template<class Fn> Status eachRow(SqliteDatabase &db, const char *sql, Fn onRow)
{
    SqliteStatement q(db, sql);
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        onRow(q);
    }
}

} // namespace

SqlCipherDashboardQuery::SqlCipherDashboardQuery(SqliteDatabase &db)
    : m_db(db)
{}

Result<DashboardData> SqlCipherDashboardQuery::read()
{
    DashboardData data;
    Status s = eachRow(m_db, "SELECT id, force_code, year, number, force, offence, created_ms FROM cases",
                       [&](SqliteStatement &q) {
                           DashboardCase c;
                           c.id = CaseId::fromString(q.text(0));
                           c.reference = CaseReference(q.text(1), int(q.int64(2)), q.int64(3)).toString();
                           c.force = q.text(4);
                           c.offence = q.text(5);
                           c.createdUtc = utc(q.int64(6));
                           data.cases.append(c);
                       });
    if (!s)
        return s.error();

    QHash<QString, qsizetype> indexOf;
    s = eachRow(m_db,
                "SELECT m.id, m.case_id, m.exhibit_ref, m.kind, m.state, COALESCE(NULLIF(c.examiner, ''), u.name, ''), "
                "COALESCE(m.captured_ms, 0), COALESCE(m.received_ms, 0), COALESCE(c.state_since_ms, m.received_ms, 0) "
                "FROM marks m LEFT JOIN mark_casework c ON c.mark_id = m.id "
                "LEFT JOIN users u ON u.id = m.assigned_examiner",
                [&](SqliteStatement &q) {
                    DashboardMark m;
                    m.id = MarkId::fromString(q.text(0));
                    m.caseId = CaseId::fromString(q.text(1));
                    m.exhibitReference = q.text(2);
                    m.kind = markKindFromKey(q.text(3)).value_or(MarkKind::LatentFinger);
                    m.state = markStateFromKey(q.text(4)).value_or(MarkState::Received);
                    m.examiner = q.text(5);
                    m.capturedUtc = utc(q.int64(6));
                    m.receivedUtc = utc(q.int64(7));
                    m.stateSinceUtc = utc(q.int64(8));
                    indexOf.insert(q.text(0), data.marks.size());
                    data.marks.append(m);
                });
    if (!s)
        return s.error();

    auto markOf = [&](const QString &id) -> DashboardMark * {
        const auto found = indexOf.constFind(id);
        return found == indexOf.cend() ? nullptr : &data.marks[*found];
    };
    s = eachRow(m_db,
                // Append-only: rowid order is each mark's seq order, and reading in it avoids a
                // lookup per row through the (mark_id, seq) index (docs/benchmarks.md).
                "SELECT mark_id, from_state, to_state, user_name, time_ms FROM mark_stage_changes",
                [&](SqliteStatement &q) {
                    if (DashboardMark *m = markOf(q.text(0)))
                        m->history.append({markStateFromKey(q.text(1)).value_or(MarkState::Received),
                                           markStateFromKey(q.text(2)).value_or(MarkState::Received), q.text(3),
                                           utc(q.int64(4))});
                });
    if (!s)
        return s.error();
    s = eachRow(m_db, "SELECT mark_id, stage, conclusion, examiner, exemplar_ref, committed_ms FROM mark_conclusions",
                [&](SqliteStatement &q) {
                    if (DashboardMark *m = markOf(q.text(0)))
                        m->conclusions.append({conclusionStageFromKey(q.text(1)).value_or(ConclusionStage::Evaluation),
                                               conclusionFromKey(q.text(2)).value_or(ConclusionKind::Inconclusive),
                                               q.text(3), q.text(4), utc(q.int64(5))});
                });
    if (!s)
        return s.error();
    s = eachRow(m_db,
                "SELECT sm.mark_id, s.revision, s.supervisor, s.signed_ms, s.void_ms IS NULL "
                "FROM case_signoff_marks sm JOIN case_signoffs s ON s.case_id = sm.case_id "
                "AND s.revision = sm.revision ORDER BY s.signed_ms, s.revision",
                [&](SqliteStatement &q) {
                    if (DashboardMark *m = markOf(q.text(0)))
                        m->signOffs.append({int(q.int64(1)), q.text(2), utc(q.int64(3)), q.int64(4) != 0});
                });
    if (!s)
        return s.error();
    return data;
}

Result<QList<MarkSearchEvent>> SqlCipherDashboardQuery::markSearches()
{
    QList<MarkSearchEvent> out;
    const Status s = eachRow(m_db,
                             "SELECT object_id, time_ms, details FROM audit_events WHERE action = 'exemplar-search' "
                             "AND object_type = 'mark' AND outcome = 'success' ORDER BY seq",
                             [&](SqliteStatement &q) {
                                 out.append({MarkId::fromString(q.text(0)), q.int64(1), q.text(2)});
                             });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<QString, ImpressionFinger>> SqlCipherDashboardQuery::concludedImpressions()
{
    QHash<QString, ImpressionFinger> out;
    const Status s = eachRow(m_db,
                             "SELECT id, person_id, finger_position FROM exemplar_impressions WHERE id IN "
                             "(SELECT exemplar_ref FROM mark_conclusions WHERE exemplar_ref <> '')",
                             [&](SqliteStatement &q) {
                                 out.insert(q.text(0), {q.text(1), int(q.int64(2))});
                             });
    if (!s)
        return s.error();
    return out;
}

} // namespace ridgeline::storage
