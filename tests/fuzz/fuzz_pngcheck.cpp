// libFuzzer target: intake's PNG check (issue 4) on arbitrary bytes, with a pixel budget of 4 Mpx
// and both of its modes (one-call inflate and the streaming window). Any input must give a verdict,
// never a crash, a hang or memory beyond the declared image, and both modes must agree. The
// evidence decoder's fast PNG path (issue 5) runs on the same bytes when the header is within the
// budget (its caller checks that first): whatever it decodes, the check must accept, at that size.
#include "app/imaging/pngcheck.h"
#include "app/imaging/pngdecode.h"

#include <QtEndian>

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
    if (size >= 24) {
        const qint64 w = qFromBigEndian<quint32>(data + 16);
        const qint64 h = qFromBigEndian<quint32>(data + 20);
        if (w <= limits.maxPixels && h <= limits.maxPixels && w * h <= limits.maxPixels) {
            const std::optional<QImage> image = decodePngFast(bytes);
            if (image && (!whole.ok() || image->width() != whole->width || image->height() != whole->height))
                std::abort();
        }
    }
    return 0;
}
