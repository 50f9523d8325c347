// libFuzzer target: the ISO/IEC 19794-2:2005 minutiae record reader on arbitrary bytes. Any input
// must give a record or a BadInput error naming a byte offset, never a crash, a hang or memory
// beyond the input's size. What is read must write back, read again to the same record, and turn
// into a valid markup of an image of the record's size.
#include "app/interop/iso19794.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ridgeline;
    using namespace ridgeline::interop;
    const auto record = readIso19794(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!record) {
        if (record.error().code() != ErrorCode::BadInput || !record.error().message().contains(QLatin1String("byte ")))
            std::abort();
        return 0;
    }
    (void)iso19794Text(*record);
    const auto written = writeIso19794(*record);
    if (!written)
        std::abort(); // everything the reader accepts, the writer can write
    const auto again = readIso19794(*written);
    if (!again)
        std::abort();
    const auto rewritten = writeIso19794(*again);
    if (!rewritten || *rewritten != *written)
        std::abort();
    // The markup's clarity grid is as large as the image: only images up to 4 Mpx, to stay fast.
    for (int view = 0; qint64(record->width) * record->height <= 4'000'000 && view < record->views.size(); ++view) {
        const auto markup =
            markupFromIso19794(*record, view, QString(64, QLatin1Char('0')), QSize(record->width, record->height),
                               QStringLiteral("fuzz"), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        if (!markup)
            std::abort();
    }
    return 0;
}
