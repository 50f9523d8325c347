#pragma once

#include "app/core/error.h"
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
    QByteArray idc; // field .002 as written ("01"); empty when absent
    int width = 0;
    int height = 0;
    // Bits per pixel the record declares: BPX (.012) of Types 13-17, 8 for Types 3 and 4, 1 for
    // Types 5 and 6, from the colour space (10.012 CSP: GRAY 8, RGB/SRGB/YCC/SYCC 24) for Type 10;
    // 0 when the record does not say (Type 7, an unknown colour space).
    int bitsPerPixel = 0;
    An2kCompression compression = An2kCompression::None;
    QByteArray compressionName; // as written ("WSQ20", "1", ...)
    QByteArray data;
};

// Checks what a record declares about its image against the data itself, before anything trusts
// HLL/VLL (hostile input): uncompressed data must be exactly HLL x VLL pixels of bitsPerPixel
// (rows padded to whole bytes), a WSQ frame header must state HLL x VLL. BadInput naming the
// record (its position, type and IDC) and both sizes. Other compressions are not looked into here
// (their decoders check their own headers); a declared size of 0 is refused for every image.
Status checkAn2kImage(const An2kImage &image);

// "record 3 (Type-14, IDC 01)", translated: how messages name an image's record.
QString describeAn2kImage(const An2kImage &image);

// Every record that carries image data: Types 3-7 (binary, compression code in field 8) and the
// tagged image types 10, 13, 14, 15, 16, 17 (HLL .006, VLL .007, CGA .011).
QList<An2kImage> an2kImages(const An2kTransaction &transaction);

} // namespace ridgeline::interop
