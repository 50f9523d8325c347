#include "app/services/importservice.h"

#include "app/interop/transmissionpackage.h"
#include "app/services/workspacesession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace ridgeline {
namespace {

QList<ImportedOriginal> importedOriginals(const ImportPlan &plan)
{
    QHash<QByteArray, QString> mediaTypes;
    for (const ImportBlob &blob : plan.blobs)
        mediaTypes.insert(blob.sha256, blob.mediaType);
    QList<ImportedOriginal> originals;
    for (const ImportMark &m : plan.marks)
        originals.append({m.mark.originalSha256, QStringLiteral("mark"), m.mark.id.toString(),
                          mediaTypes.value(m.mark.originalSha256)});
    for (const ImportImpression &i : plan.impressions)
        originals.append({i.impression.originalSha256, QStringLiteral("exemplar"), i.impression.id.toString(),
                          mediaTypes.value(i.impression.originalSha256)});
    for (const ImportDocument &d : plan.documents)
        originals.append(
            {d.document.sha256, QStringLiteral("document"), d.document.id.toString(), d.document.mediaType});
    return originals;
}

} // namespace

ImportService::ImportService(WorkspaceSession &session, ImportLimits limits)
    : m_session(session)
    , m_preparer(limits)
    , m_limits(limits)
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
    if (isAn2kFileName(path) && QFileInfo(path).isFile())
        return importAn2k({path, QString(), m_session.user().name});
    if (Status allowed = mayImport(path); !allowed)
        return {path, std::nullopt, allowed.error()};
    return streamed([&](const ImportPreparer::Sink &sink) { return m_preparer.prepare(path, progress, cancel, &sink); },
                    path);
}

ImportService::Result ImportService::importFile(const SingleFileImport &request)
{
    if (Status allowed = mayImport(request.path); !allowed)
        return {request.path, std::nullopt, allowed.error()};
    return streamed([&](const ImportPreparer::Sink &sink) { return m_preparer.prepareFile(request, &sink); },
                    request.path);
}

ImportService::Result ImportService::importAn2k(const An2kImportRequest &request)
{
    if (Status allowed = mayImport(request.path); !allowed)
        return {request.path, std::nullopt, allowed.error()};
    An2kImportLimits limits;
    limits.maxFileBytes = m_limits.package.maxFileBytes;
    limits.image = m_limits.image;
    auto plan = prepareAn2kFile(request, limits);
    if (plan) {
        if (Status free = exhibitsAreFree(*plan); !free)
            plan = free.error();
    }
    return file(request.path, std::move(plan));
}

Status ImportService::exhibitsAreFree(const ImportPlan &plan)
{
    // A transaction names its latents' exhibits (2.011 CIX, or after the file and record). Filed
    // into a case that already holds one of those references, two different marks would answer to
    // the same label; the same transaction again is left to commitImport ("already imported").
    auto existing = m_session.cases().caseByReference(plan.caseRecord.reference);
    if (!existing)
        return existing.error().code() == ErrorCode::NotFound ? Status() : Status(existing.error());
    auto marks = m_session.cases().marksOfCase(existing->id);
    if (!marks)
        return marks.error();
    for (const ImportMark &incoming : plan.marks) {
        for (const Mark &held : std::as_const(*marks)) {
            if (held.exhibitReference == incoming.mark.exhibitReference &&
                held.provenance.transmission != plan.transmission.id)
                return Error(
                    ErrorCode::BadInput,
                    QCoreApplication::translate("ridgeline::ImportService",
                                                "Case %1 already has an exhibit %2 (%3); the transaction "
                                                "was not imported. Import it into another case, or "
                                                "give the latent another exhibit reference in field 2.011.")
                        .arg(plan.caseRecord.reference.toString(), held.exhibitReference,
                             held.provenance.place.isEmpty() ? markKindDisplayName(held.kind) : held.provenance.place));
        }
    }
    return {};
}

ImportService::Result
ImportService::streamed(const std::function<ridgeline::Result<ImportPlan>(const ImportPreparer::Sink &)> &prepare,
                        const QString &path)
{
    // Filing overlaps checking: originals go into the open import transaction as soon as they are
    // checked. A failed check rolls all of it back before the package is quarantined.
    bool begun = false;
    const ImportPreparer::Sink sink{[&](const ImportPlan &header) {
                                        Status s = m_session.beginImport(header);
                                        begun = bool(s);
                                        return s;
                                    },
                                    [&](const ImportBlob &blob) { return m_session.stageOriginal(blob); }};
    auto plan = prepare(sink);
    if (!plan && begun)
        m_session.abortImport();
    return file(path, std::move(plan));
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
            if (!outcome->alreadyImported)
                result.originals = importedOriginals(*plan);
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
