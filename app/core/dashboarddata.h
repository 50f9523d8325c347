#pragma once

// The records the supervisor's dashboard (issue 8) computes its figures from, as plain data read
// in one go from the workspace (WorkspaceSession::dashboardData): every case, every mark with its
// stage history, conclusions and sign-offs, and the exemplar search scores whose ground truth an
// examiner's conclusion established. No figures here: app/presentation/dashboard computes them.
// No thread affinity; times are UTC.

#include "app/core/casework.h"
#include "app/core/domain.h"
#include "app/core/ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ridgeline {

struct DashboardCase
{
    CaseId id;
    QString reference; // "WYP/2026/000123"
    QString force;
    QString offence;
    QDateTime createdUtc;
};

struct DashboardStageChange
{
    MarkState from = MarkState::Received;
    MarkState to = MarkState::Received;
    QString user;
    QDateTime whenUtc;
};

struct DashboardConclusion
{
    ConclusionStage stage = ConclusionStage::Evaluation;
    ConclusionKind kind = ConclusionKind::Inconclusive;
    QString examiner;
    QString exemplarRef; // the exemplar impression it is against (empty for inconclusive)
    QDateTime whenUtc;
};

struct DashboardSignOff
{
    int revision = 0;
    QString supervisor;
    QDateTime signedUtc;
    bool inForce = true; // false: voided by a later change
};

struct DashboardMark
{
    MarkId id;
    CaseId caseId;
    QString exhibitReference;
    MarkKind kind = MarkKind::LatentFinger;
    MarkState state = MarkState::Received;
    QString examiner;                       // user name of the examiner who took it or was assigned it (empty: nobody)
    QDateTime capturedUtc;                  // provenance: when the scene examiner captured it (null: not recorded)
    QDateTime receivedUtc;                  // when it arrived in the workspace
    QDateTime stateSinceUtc;                // when it entered its current stage
    QList<DashboardStageChange> history;    // oldest first
    QList<DashboardConclusion> conclusions; // oldest first
    QList<DashboardSignOff> signOffs;       // every sign-off that covered it, oldest first
};

// A matcher score of a mark against an exemplar finger, from an exemplar search the program ran and
// audited, labelled by an examiner's conclusion against that finger: identification = mated,
// exclusion = non-mated. Scores without such a conclusion are not here.
struct DashboardScore
{
    MarkId markId;
    QString exemplarRef; // the impression of the conclusion
    double score = 0.0;
    bool mated = false;
    QDateTime searchedUtc;
};

struct DashboardData
{
    QList<DashboardCase> cases;
    QList<DashboardMark> marks;
    QList<DashboardScore> scores;
    QDateTime readUtc; // when the workspace was read: "now" for ages
};

} // namespace ridgeline
