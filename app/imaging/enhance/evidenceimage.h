#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ridgeline::imaging {

// Limits checked against the file header before any pixel is decoded.
struct EvidenceDecodeLimits
{
    qint64 maxPixels = 200LL * 1000 * 1000; // the viewer's budget (100-megapixel scenes fit twice)
};

struct DecodedEvidence
{
    QImage image;     // see decodeEvidenceImage for the formats
    double ppi = 0.0; // from the file's resolution tag, 0 when absent or implausible
};

// Decodes an evidence image at full fidelity, for viewing and enhancement (never for storage: the
// original bytes stay the evidence):
//   8-bit grey            -> QImage::Format_Grayscale8
//   16-bit grey           -> QImage::Format_Grayscale16
//   8-bit colour          -> QImage::Format_RGB888
//   16-bit colour         -> QImage::Format_RGBX64
// Alpha is dropped (composited over nothing: the colour values are kept as they are). Palette
// images are expanded to colour (or grey when the palette is grey); CMYK JPEG/TIFF are converted
// to RGB by the codec; anything else is refused. The pixel budget is checked from the header
// before decoding. Errors are ErrorCode::BadInput naming `name` and the reason. The image carries
// the ppi in its dotsPerMeter too. Thread-safe, no shared state; call it off the UI thread.
Result<DecodedEvidence> decodeEvidenceImage(const QByteArray &bytes, const QString &name,
                                            const EvidenceDecodeLimits &limits = {});

// Reads `path` and decodes it as above (ErrorCode::NotFound when the file does not exist).
Result<DecodedEvidence> loadEvidenceImage(const QString &path, const EvidenceDecodeLimits &limits = {});

// True for the four formats above (what the enhancement engine accepts).
bool isEvidenceFormat(QImage::Format format);

} // namespace ridgeline::imaging
