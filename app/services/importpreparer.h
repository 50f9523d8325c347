#pragma once

#include "app/core/error.h"
#include "app/core/importplan.h"
#include "app/imaging/imageinspector.h"
#include "app/interop/transmissionpackage.h"

#include <atomic>
#include <functional>

namespace ridgeline {

struct ImportLimits {
    PackageLimits package;
    imaging::InspectLimits image;
    int maxPdfPages = 2000;
};

// The slow, side-effect-free half of intake: opens a transmission package, validates its
// manifest, verifies every file's SHA-256, inspects every image (header against the pixel budget
// first) and opens every PDF, and returns the ImportPlan that the intake repository then commits
// in one transaction. Never writes anything, never changes the package. Thread-safe; run it on a
// worker thread. `progress` is called with items done / total; `cancel` is polled between files.
class ImportPreparer
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ImportPreparer(ImportLimits limits = {});

    Result<ImportPlan> prepare(const QString &packagePath, const Progress &progress = {},
                               const std::atomic_bool *cancel = nullptr) const;

private:
    ImportLimits m_limits;
};

} // namespace ridgeline
