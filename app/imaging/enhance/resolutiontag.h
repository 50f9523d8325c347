#pragma once
// Private to app/imaging/enhance: the resolution an image file declares, read from its header.

#include <QByteArray>

namespace ridgeline::imaging {

// Pixels per inch from PNG pHYs, JPEG JFIF/EXIF-less density, TIFF X/YResolution or BMP header;
// 0 when absent, unitless or implausible (outside 50..20000).
double readResolutionTag(const QByteArray &bytes);

} // namespace ridgeline::imaging
