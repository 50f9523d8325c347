#pragma once

// Private to app/imaging: the complete check of a PNG that intake runs on every incoming image.

#include "app/imaging/imageinspector.h"

namespace ridgeline::imaging {

bool isPng(const QByteArray &bytes);

// Proves that a PNG decodes, without building its image: the chunk sequence is complete up to
// IEND and every chunk's CRC is right, the header is a valid PNG header within the pixel budget,
// and the image data inflates (Adler-32 checked) to exactly the bytes the header declares, with a
// valid filter type on every row (Adam7 passes included). What a decoder does beyond that
// (unfiltering, expanding to pixels) cannot fail, so the verdict is a full decode's at a fraction
// of its cost and memory. Image data up to `wholeBufferLimit` bytes is inflated in one call
// (libdeflate); larger images stream through zlib in a fixed 256 KiB window, so a 100-megapixel
// file costs no more memory than a small one. Thread-safe. Errors are ErrorCode::BadInput naming
// `name` and the reason.
Result<ImageInfo> checkPng(const QByteArray &bytes, const QString &name, const InspectLimits &limits,
                           qint64 wholeBufferLimit = 64LL << 20);

} // namespace ridgeline::imaging
