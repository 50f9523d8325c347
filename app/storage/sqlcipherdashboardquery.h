#pragma once

// The set-based reads behind the supervisor's dashboard (issue 8): a handful of SELECTs over the
// whole workspace (cases, marks with their casework, stage changes, conclusions, sign-offs), never
// one query per case or mark. Uses the caller's connection; same thread. Permissions and audit are
// the caller's (the session's).

#include "app/core/dashboarddata.h"
#include "app/core/error.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ridgeline::storage {

class SqliteDatabase;

// An audited exemplar search of a mark, as the audit trail recorded it (details text verbatim).
struct MarkSearchEvent
{
    MarkId markId;
    qint64 timeMs = 0;
    QString details; // "compared=..; candidates=..; top=<person id> finger <n> score <s>"
};

// The person and finger of an exemplar impression.
struct ImpressionFinger
{
    QString personId;
    int fingerPosition = 0;
};

class SqlCipherDashboardQuery
{
public:
    explicit SqlCipherDashboardQuery(SqliteDatabase &db);

    // Cases and marks with histories, conclusions and sign-offs; scores and readUtc are left empty.
    Result<DashboardData> read();
    // Every successful exemplar search of a mark, oldest first.
    Result<QList<MarkSearchEvent>> markSearches();
    // The impressions some conclusion names, by impression id.
    Result<QHash<QString, ImpressionFinger>> concludedImpressions();

private:
    SqliteDatabase &m_db;
};

} // namespace ridgeline::storage
