// WorkspaceSession: defaults of the ACE-V casework calls (issue 7) for sessions that keep no
// casework (test fakes). The workspace's own session overrides every one of them
// (localworkspacesessioncasework.cpp).
#include "app/services/workspacesession.h"

#include <QCoreApplication>

namespace ridgeline {
namespace {

Error caseworkUnsupported()
{
    return Error(ErrorCode::Internal, QCoreApplication::translate("ridgeline::WorkspaceSession",
                                                                  "This session keeps no casework records; open the "
                                                                  "workspace itself to examine, verify or sign off."));
}

} // namespace

Result<QList<CaseworkQueueEntry>> WorkspaceSession::caseworkQueue(CaseworkQueue)
{
    return caseworkUnsupported();
}
Status WorkspaceSession::checkSequestration(const CaseId &, const QString &, const QString &, const QString &)
{
    return {};
}
Result<MarkCasework> WorkspaceSession::markCasework(const MarkId &)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::startAnalysis(const MarkId &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::assignExaminer(const MarkId &, const QString &, const QString &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::commitAnalysis(const MarkId &, const AnalysisInput &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::beginComparison(const MarkId &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::recordConclusion(const MarkId &, const ConclusionInput &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::submitForVerification(const MarkId &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::exemptFromVerification(const MarkId &, const QString &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::recordVerification(const MarkId &, const ConclusionInput &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::resolveConflict(const MarkId &, const QString &, const QString &,
                                                       const ConclusionInput &, int)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::returnForRework(const MarkId &, const QString &, int)
{
    return caseworkUnsupported();
}
Result<SignOffRecord> WorkspaceSession::signOffCase(const CaseId &, const QList<MarkId> &, const QHash<QString, int> &,
                                                    const QByteArray &)
{
    return caseworkUnsupported();
}
Result<MarkCasework> WorkspaceSession::closeMark(const MarkId &, int)
{
    return caseworkUnsupported();
}
Result<QList<SignOffRecord>> WorkspaceSession::signOffs(const CaseId &)
{
    return caseworkUnsupported();
}
Result<QByteArray> WorkspaceSession::caseRevisionDocument(const CaseId &, const QList<MarkId> &)
{
    return caseworkUnsupported();
}

Result<DashboardData> WorkspaceSession::dashboardData()
{
    return caseworkUnsupported();
}

} // namespace ridgeline
