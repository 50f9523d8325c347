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

// Repeated short texts of a read (user names, state keys) decoded once: each row's bytes are
// compared with the few distinct values seen so far, so a row costs no allocation.
class Interned
{
public:
    const QString &operator()(QByteArrayView bytes)
    {
        for (const auto &[raw, text] : m_seen)
            if (raw == bytes)
                return text;
        m_seen.append({QByteArray(bytes.data(), bytes.size()), QString::fromUtf8(bytes)});
        return m_seen.last().second;
    }

private:
    QList<std::pair<QByteArray, QString>> m_seen;
};

template<class Enum, class FromKey> class InternedEnum
{
public:
    InternedEnum(FromKey fromKey, Enum fallback)
        : m_fromKey(fromKey)
        , m_fallback(fallback)
    {}
    Enum operator()(QByteArrayView bytes)
    {
        for (const auto &[raw, value] : m_seen)
            if (raw == bytes)
                return value;
        const Enum value = m_fromKey(QString::fromUtf8(bytes)).value_or(m_fallback);
        m_seen.append({QByteArray(bytes.data(), bytes.size()), value});
        return value;
    }

private:
    FromKey m_fromKey;
    Enum m_fallback;
    QList<std::pair<QByteArray, Enum>> m_seen;
};

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

    // Mark ids as their UTF-8 bytes: later rows look their mark up without decoding the id.
    QHash<QByteArray, qsizetype> indexOf;
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
                    const QByteArrayView id = q.textView(0);
                    indexOf.insert(QByteArray(id.data(), id.size()), data.marks.size());
                    data.marks.append(m);
                });
    if (!s)
        return s.error();

    auto markOf = [&](QByteArrayView id) -> DashboardMark * {
        const auto found = indexOf.constFind(QByteArray::fromRawData(id.data(), id.size())); // no copy
        return found == indexOf.cend() ? nullptr : &data.marks[*found];
    };
    Interned users;
    auto state = [](QStringView key) { return markStateFromKey(key); };
    InternedEnum<MarkState, decltype(state)> states(state, MarkState::Received);
    s = eachRow(m_db,
                // Append-only: rowid order is each mark's seq order, and reading in it avoids a
                // lookup per row through the (mark_id, seq) index (docs/benchmarks.md).
                "SELECT mark_id, from_state, to_state, user_name, time_ms FROM mark_stage_changes",
                [&](SqliteStatement &q) {
                    if (DashboardMark *m = markOf(q.textView(0)))
                        m->history.append(
                            {states(q.textView(1)), states(q.textView(2)), users(q.textView(3)), utc(q.int64(4))});
                });
    if (!s)
        return s.error();
    s = eachRow(m_db, "SELECT mark_id, stage, conclusion, examiner, exemplar_ref, committed_ms FROM mark_conclusions",
                [&](SqliteStatement &q) {
                    if (DashboardMark *m = markOf(q.textView(0)))
                        m->conclusions.append({conclusionStageFromKey(q.text(1)).value_or(ConclusionStage::Evaluation),
                                               conclusionFromKey(q.text(2)).value_or(ConclusionKind::Inconclusive),
                                               users(q.textView(3)), q.text(4), utc(q.int64(5))});
                });
    if (!s)
        return s.error();
    s = eachRow(m_db,
                "SELECT sm.mark_id, s.revision, s.supervisor, s.signed_ms, s.void_ms IS NULL "
                "FROM case_signoff_marks sm JOIN case_signoffs s ON s.case_id = sm.case_id "
                "AND s.revision = sm.revision ORDER BY s.signed_ms, s.revision",
                [&](SqliteStatement &q) {
                    if (DashboardMark *m = markOf(q.textView(0)))
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
