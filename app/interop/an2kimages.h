#pragma once

#include "app/interop/an2ktransaction.h"

#include <QList>

namespace ridgeline::interop {

enum class An2kCompression
{
    None,     // raw 8-bit pixels
    Wsq,      // FBI WSQ, decoded by WsqDecoder
    Jpeg,     // JPEGB / JPEGL
    Jpeg2000, // JP2 / JP2L
    Png,
    Other,
};

// An image carried by a record, with what the record says about it. Pixel sizes are as declared
// (HLL/VLL); the data is the record's image bytes, still compressed.
struct An2kImage
{
    int recordIndex = 0; // 0-based index in the transaction
    int recordType = 0;
    int width = 0;
    int height = 0;
    An2kCompression compression = An2kCompression::None;
    QByteArray compressionName; // as written ("WSQ20", "1", ...)
    QByteArray data;
};

// Every record that carries image data: Types 3-7 (binary, compression code in field 8) and the
// tagged image types 10, 13, 14, 15, 16, 17 (HLL .006, VLL .007, CGA .011).
QList<An2kImage> an2kImages(const An2kTransaction &transaction);

} // namespace ridgeline::interop
