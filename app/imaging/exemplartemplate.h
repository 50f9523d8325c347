#pragma once

// Templates of exemplar impressions for the local search. Built from an original's bytes when the
// impression enters the workspace, stored with it as derived data (rebuildable) and tagged with
// the algorithm that made them, so that a change of extractor or template format is noticed and
// the stored templates are rebuilt rather than compared with templates of another kind.

#include "app/core/error.h"
#include "app/imaging/fingerprinttemplate.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ridgeline::imaging {

// Names the extractor and template format. Changes whenever either changes the bytes a template
// of the same image would have.
QString templateAlgorithm();

struct BuiltTemplate
{
    FingerprintTemplate fingerprint;
    QByteArray bytes;    // fingerprint.toBytes()
    double ppi = 500.0;  // the resolution the image was processed at
    QString emptyReason; // set when the image holds no usable ridge area (the template is empty)
};

// Decodes `encoded` (an original read from the workspace), extracts its minutiae and builds the
// template. ppi <= 0: the file's own resolution, else 500. Errors: BadInput naming `name` and the
// reason (not an image, truncated, too small, over the pixel budget). Thread-safe.
Result<BuiltTemplate> buildTemplate(const QByteArray &encoded, const QString &name, double ppi);
// The same for an image already decoded (a probe chosen in the window).
Result<BuiltTemplate> buildTemplate(const QImage &image, const QString &name, double ppi);

} // namespace ridgeline::imaging
