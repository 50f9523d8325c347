#pragma once

#include "app/core/error.h"
#include "app/core/importplan.h"
#include "app/services/an2kimport.h"
#include "app/services/importpreparer.h"
#include "app/services/postimport.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace ridgeline {

class WorkspaceSession;

// One transmission from arrival to filing: prepare (read, verify, inspect) outside any
// transaction, then commit the plan in one transaction through the session. A refused package is
// recorded as quarantined (with its reason, audited) and the caller moves or copies its bytes into
// quarantine; nothing of it is filed. Runs on a worker thread; uses the session from that thread.
class ImportService
{
public:
    struct Result
    {
        QString path;
        std::optional<ImportOutcome> outcome; // set when filed or already imported
        std::optional<Error> error;           // set when refused
        // What the import filed, for the post-import hooks (empty when already imported).
        QList<ImportedOriginal> originals;
        bool refused() const { return error.has_value(); }
    };

    explicit ImportService(WorkspaceSession &session, ImportLimits limits = {});

    Result importPackage(const QString &path, const ImportPreparer::Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr);
    Result importFile(const SingleFileImport &request);
    // An ANSI/NIST-ITL transaction (docs/formats/an2k.md, "Import"). importPackage routes files
    // named .an2, .an2k, .eft or .nist here, with the case taken from the transaction.
    Result importAn2k(const An2kImportRequest &request);

    // What can be said of a refused package for its quarantine record: sender, device, case
    // reference and package id when its manifest can still be read; otherwise just the reason.
    static Transmission describeRefused(const QString &path, const QString &reason);

private:
    Result streamed(const std::function<ridgeline::Result<ImportPlan>(const ImportPreparer::Sink &)> &prepare,
                    const QString &path);
    Result file(const QString &path, ridgeline::Result<ImportPlan> plan);
    Status mayImport(const QString &path); // checks the role and audits a refusal
    // BadInput when the plan's case already has a mark with one of its exhibit references that
    // came from another transmission.
    Status exhibitsAreFree(const ImportPlan &plan);

    WorkspaceSession &m_session;
    ImportPreparer m_preparer;
    ImportLimits m_limits;
};

} // namespace ridgeline
