// libFuzzer target: the ANSI/NIST-ITL reader, the dump and the declared-size check of every image
// on arbitrary bytes. Any input must give a transaction or a BadInput error, never a crash, a hang
// or an unbounded allocation; an image's check is ok or BadInput.
#include "app/interop/an2kdump.h"
#include "app/interop/an2kimages.h"
#include "app/interop/an2kreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ridgeline::interop;
    const auto result = An2kReader(An2kReader::Limits{qsizetype(64) << 20, 1'000'000})
                            .read(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (result) {
        (void)an2kDump(*result);
        for (const An2kImage &image : an2kImages(*result)) {
            const auto checked = checkAn2kImage(image);
            if (!checked && checked.error().code() != ridgeline::ErrorCode::BadInput)
                std::abort();
        }
    } else if (result.error().code() != ridgeline::ErrorCode::BadInput || result.error().message().isEmpty()) {
        std::abort(); // every rejection must be a BadInput with a reason
    }
    return 0;
}
