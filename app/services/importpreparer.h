#pragma once

#include "app/core/error.h"
#include "app/core/importplan.h"
#include "app/imaging/imageinspector.h"
#include "app/interop/transmissionpackage.h"

#include <atomic>
#include <functional>

namespace ridgeline {

struct ImportLimits
{
    PackageLimits package;
    imaging::InspectLimits image;
    int maxPdfPages = 2000;
};

// The slow, side-effect-free half of intake: opens a transmission package, validates its
// manifest, verifies every file's SHA-256, inspects every image (header against the pixel budget
// first) and opens every PDF, and returns the ImportPlan that the intake repository then commits
// in one transaction. Never writes anything, never changes the package. Thread-safe; run it on a
// worker thread. `progress` is called with items done / total; `cancel` is polled between files.
// A single image or PDF filed into a case by hand (ridgeline-cli import FILE --case REF).
struct SingleFileImport
{
    QString path;
    QString caseReference;
    TransmissionItemKind kind = TransmissionItemKind::LatentFinger;
    QString exhibitReference; // default: the file name
    QString operatorName;     // who filed it, recorded as the sender
    double ppi = 0.0;
};

class ImportPreparer
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Streaming intake (decision 0003): filing overlaps checking. Both are called on the thread
    // that called prepare(). `begin` once the manifest, listing and signature file have been read,
    // with the plan still empty of items; `original` for each distinct original as soon as its
    // item has been checked (decoded, opened) while the next items are checked on the pool. It
    // files the bytes and returns the SHA-256 the store computed from them; the preparer compares
    // that with the manifest, so each original is hashed once, by the store that addresses it. The
    // originals in the returned plan keep their hash and media type but not their bytes. On any
    // failure the caller must roll back what was filed.
    struct Sink
    {
        std::function<Status(const ImportPlan &header)> begin;
        std::function<Result<QByteArray>(const ImportBlob &blob)> original;
    };

    explicit ImportPreparer(ImportLimits limits = {});

    Result<ImportPlan> prepare(const QString &packagePath, const Progress &progress = {},
                               const std::atomic_bool *cancel = nullptr, const Sink *sink = nullptr) const;
    // The same checks for one file; importing the same file into the same case twice is
    // recognised as already imported.
    Result<ImportPlan> prepareFile(const SingleFileImport &request, const Sink *sink = nullptr) const;

private:
    using Reader = std::function<Result<QByteArray>(const TransmissionItem &)>;
    // `header`: the plan as planned from the manifest (signature, filed by user set), no items yet.
    Result<ImportPlan> buildPlan(const TransmissionManifest &manifest, ImportPlan header, const Reader &read,
                                 const Progress &progress, const std::atomic_bool *cancel, const Sink *sink) const;

    ImportLimits m_limits;
};

} // namespace ridgeline
