#include "app/core/importplan.h"

namespace ridgeline {

qint64 ImportPlan::totalBytes() const
{
    qint64 total = 0;
    for (const ImportBlob &blob : blobs)
        total += blob.bytes.size();
    return total;
}

} // namespace ridgeline
