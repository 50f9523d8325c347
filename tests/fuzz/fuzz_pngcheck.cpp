// libFuzzer target: intake's PNG check (issue 4) on arbitrary bytes, with a pixel budget of 4 Mpx
// and both of its modes (one-call inflate and the streaming window, chosen by the first byte's low
// bit so the fuzzer explores both). Any input must give a verdict, never a crash, a hang or memory
// beyond the declared image, and both modes must agree.
#include "app/imaging/pngcheck.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ridgeline;
    using namespace ridgeline::imaging;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const InspectLimits limits{4LL * 1000 * 1000, 1};
    const auto whole = checkPng(bytes, QStringLiteral("fuzz"), limits);
    const auto streamed = checkPng(bytes, QStringLiteral("fuzz"), limits, 0);
    if (whole.ok() != streamed.ok())
        std::abort();
    if (!whole.ok() && whole.error().code() != ErrorCode::BadInput)
        std::abort();
    if (whole.ok() &&
        (whole->width <= 0 || whole->height <= 0 || whole->width * qint64(whole->height) > limits.maxPixels))
        std::abort();
    return 0;
}
