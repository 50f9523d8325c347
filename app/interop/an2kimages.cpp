#include "app/interop/an2kimages.h"

namespace ridgeline::interop {

namespace {

An2kCompression fromBinaryCode(const QByteArray &code)
{
    // Binary records: 0 uncompressed, 1 WSQ; other values are agency-assigned.
    return code == "0" ? An2kCompression::None : code == "1" ? An2kCompression::Wsq : An2kCompression::Other;
}

An2kCompression fromName(const QByteArray &name)
{
    const QByteArray n = name.toUpper();
    if (n == "NONE")
        return An2kCompression::None;
    if (n.startsWith("WSQ"))
        return An2kCompression::Wsq;
    if (n.startsWith("JPEG"))
        return An2kCompression::Jpeg;
    if (n.startsWith("JP2"))
        return An2kCompression::Jpeg2000;
    if (n == "PNG")
        return An2kCompression::Png;
    return An2kCompression::Other;
}

} // namespace

QList<An2kImage> an2kImages(const An2kTransaction &transaction)
{
    QList<An2kImage> images;
    for (qsizetype i = 0; i < transaction.records.size(); ++i) {
        const An2kRecord &record = transaction.records[i];
        const bool binaryImage = record.type >= 3 && record.type <= 7;
        const bool taggedImage = record.type == 10 || (record.type >= 13 && record.type <= 17);
        const QByteArray data = record.imageData();
        if ((!binaryImage && !taggedImage) || data.isEmpty())
            continue;
        const auto value = [&](int field) {
            const An2kField *f = record.field(field);
            return f ? f->item() : QByteArray();
        };
        An2kImage image;
        image.recordIndex = int(i);
        image.recordType = record.type;
        image.width = value(6).toInt();
        image.height = value(7).toInt();
        image.compressionName = binaryImage ? value(8) : value(11);
        image.compression = binaryImage ? fromBinaryCode(image.compressionName) : fromName(image.compressionName);
        image.data = data;
        images.append(std::move(image));
    }
    return images;
}

} // namespace ridgeline::interop
