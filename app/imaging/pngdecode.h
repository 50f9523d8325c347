#pragma once

// Private to app/imaging: a fast decoder for the PNGs marks usually are (grey or RGB, 8 or 16 bits,
// not interlaced, no transparency).

#include <QByteArray>
#include <QImage>

#include <optional>

namespace ridgeline::imaging {

// The image as the evidence decoder gives it (Format_Grayscale8, Format_Grayscale16, Format_RGB888
// or Format_RGBX64 with X = 65535), the same pixels libpng gives, in about half the time: the image
// data is inflated in one call (libdeflate) and unfiltered straight into the QImage. Returns
// nothing when the file is of another kind (palette, grey or colour with alpha, tRNS, interlaced,
// bit depths below 8) or anything in it is wrong (a CRC, the header, the compressed data, a filter
// type, missing or surplus image data): the caller then decodes through OpenCV, which gives the
// reason. The caller has checked the pixel budget against the same header. Thread-safe.
std::optional<QImage> decodePngFast(const QByteArray &bytes);

} // namespace ridgeline::imaging
