// libFuzzer target: the WSQ decoder on arbitrary bytes, with a pixel budget (256 Kpx) small enough that the
// fuzzer stays fast. Any input must give an image or a BadInput error, never a crash.
#include "app/interop/wsqdecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ridgeline::interop;
    const auto result = WsqDecoder(WsqDecoder::Limits{qint64(256) << 10})
                            .decode(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (result) {
        if (!result->isValid())
            std::abort();
    } else if (result.error().code() != ridgeline::ErrorCode::BadInput) {
        std::abort();
    }
    return 0;
}
