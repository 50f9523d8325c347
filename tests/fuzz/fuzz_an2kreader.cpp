// libFuzzer target: the ANSI/NIST-ITL reader and the dump on arbitrary bytes. Any input must give a
// transaction or a BadInput error, never a crash, a hang or an unbounded allocation.
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
        (void)an2kImages(*result);
    } else if (result.error().code() != ridgeline::ErrorCode::BadInput || result.error().message().isEmpty()) {
        std::abort(); // every rejection must be a BadInput with a reason
    }
    return 0;
}
