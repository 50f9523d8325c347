#pragma once

// The images of an ANSI/NIST-ITL transaction as the import stores them (an2kimport.cpp; the
// decision is in docs/formats/an2k.md, "Import"). Internal to app/services.

#include "app/core/error.h"
#include "app/core/importplan.h"
#include "app/imaging/imageinspector.h"
#include "app/interop/an2kimages.h"

#include <QByteArray>
#include <QString>

namespace ridgeline {

// One image as it will be stored: the record's own bytes when they are JPEG or PNG (which every
// reader in Ridgeline decodes), else a lossless PNG of the decoded samples (uncompressed 8-bit and
// 1-bit, WSQ, JPEG 2000), with both hashes for the record of the import.
struct An2kStoredImage
{
    QByteArray bytes;
    QString mediaType;
    ImportImageFacts facts;
    QByteArray recordSha;  // raw SHA-256 of the record's image data, as in the file
    QByteArray storedSha;  // raw SHA-256 of `bytes`
    QByteArray samplesSha; // raw SHA-256 of the decoded samples, rows unpadded (PNG extractions only)
    QString how;           // what was done, translated, for the record of the import
};

// Decodes `image` (of the record named `where`) and checks it against its declared HLL x VLL and
// `maxPixels`; `ppi` goes into the PNG's resolution (0: none). BadInput "where: reason" when the
// data does not decode, does not match its declared size or uses a compression not decoded here.
// Thread-safe: the import runs it on the thread pool.
Result<An2kStoredImage> storedImageOf(const interop::An2kImage &image, const QString &where, double ppi,
                                      const imaging::InspectLimits &limits);

} // namespace ridgeline
