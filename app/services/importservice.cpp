#include "app/services/importservice.h"

#include "app/interop/transmissionpackage.h"
#include "app/services/workspacesession.h"

#include <QFileInfo>

namespace ridgeline {

ImportService::ImportService(WorkspaceSession &session, ImportLimits limits)
    : m_session(session)
    , m_preparer(limits)
{}

Transmission ImportService::describeRefused(const QString &path, const QString &reason)
{
    Transmission t;
    t.receivedUtc = QDateTime::currentDateTimeUtc();
    t.status = TransmissionStatus::Quarantined;
    t.reason = reason;
    if (auto package = TransmissionPackage::open(path)) {
        if (auto bytes = package->manifestBytes()) {
            if (auto m = TransmissionManifest::parse(*bytes)) {
                t.senderForce = m->senderForce;
                t.deviceId = m->deviceId;
                t.sceneExaminer = m->sceneExaminer;
                t.caseReference = m->caseReference;
                t.capturedUtc = m->sceneTimeUtc;
            }
        }
    }
    // A refused package never takes its sender's id: a corrected resend must still be accepted.
    t.id = TransmissionId::create();
    if (t.senderForce.isEmpty())
        t.senderForce = QStringLiteral("?");
    return t;
}

ImportService::Result ImportService::importPackage(const QString &path, const ImportPreparer::Progress &progress,
                                                   const std::atomic_bool *cancel)
{
    if (Status allowed = mayImport(path); !allowed)
        return {path, std::nullopt, allowed.error()};
    return file(path, m_preparer.prepare(path, progress, cancel));
}

ImportService::Result ImportService::importFile(const SingleFileImport &request)
{
    if (Status allowed = mayImport(request.path); !allowed)
        return {request.path, std::nullopt, allowed.error()};
    return file(request.path, m_preparer.prepareFile(request));
}

Status ImportService::mayImport(const QString &path)
{
    return m_session.require(Action::ImportTransmission, QStringLiteral("transmission"), QFileInfo(path).fileName());
}

ImportService::Result ImportService::file(const QString &path, ridgeline::Result<ImportPlan> plan)
{
    Result result;
    result.path = path;
    if (plan) {
        auto outcome = m_session.commitImport(*plan);
        if (outcome) {
            result.outcome = *outcome;
            return result;
        }
        result.error = outcome.error();
    } else {
        result.error = plan.error();
    }
    // Cancellation and failures of our own (disk full, database busy) leave the package waiting
    // for another attempt; only a package that is itself bad is quarantined.
    if (result.error->code() == ErrorCode::BadInput) {
        const Transmission refused = describeRefused(path, result.error->message());
        if (Status recorded = m_session.recordQuarantine(refused, QFileInfo(path).fileName()); !recorded)
            result.error = recorded.error().withContext(result.error->message());
    }
    return result;
}

} // namespace ridgeline
