#pragma once

// Private to app/imaging: the complete check of a PNG that intake runs on every incoming image.

#include "app/imaging/imageinspector.h"

#include <utility>
#include <vector>

namespace ridgeline::imaging {

bool isPng(const QByteArray &bytes);

// IHDR's fields.
struct PngHeader
{
    quint32 width = 0;
    quint32 height = 0;
    int bitDepth = 0;
    int colourType = 0;
    bool interlaced = false;
    int samplesPerPixel() const
    {
        switch (colourType) {
        case 2:
            return 3;
        case 4:
            return 2;
        case 6:
            return 4;
        default:
            return 1; // grey, palette index
        }
    }
};

// What the chunk walk found; the image data points into the file's bytes.
struct PngChunks
{
    PngHeader header;
    std::vector<std::pair<const uchar *, quint32>> idat; // the image data, in file order
    bool transparency = false;
    bool allGreyPalette = true;
    double ppi = 0.0;
};

// The chunk sequence up to IEND: every CRC, a valid IHDR first and within the pixel budget, the
// image data in consecutive chunks, no critical chunk Ridgeline cannot read. Refusals name `name`.
Result<PngChunks> walkPngChunks(const QByteArray &bytes, const QString &name, const InspectLimits &limits);
// The compressed image data as one buffer: the single IDAT's bytes in place, or the chunks joined
// into `storage`.
std::pair<const uchar *, size_t> joinedImageData(const PngChunks &chunks, std::vector<uchar> &storage);

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
