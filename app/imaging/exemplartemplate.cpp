#include "app/imaging/exemplartemplate.h"

#include "app/imaging/extractor.h"
#include "app/imaging/imageloader.h"

namespace ridgeline::imaging {

QString templateAlgorithm()
{
    // extractor generation / template byte format
    return QStringLiteral("ridgeline-extract-2/RLT1");
}

Result<BuiltTemplate> buildTemplate(const QImage &image, const QString &name, double ppi)
{
    auto grey = validateGreyImage(image, name);
    if (!grey)
        return grey.error();
    ExtractionOptions options;
    options.ppi = ppi > 0.0 ? ppi : 500.0;
    auto extracted = extractMinutiae(*grey, options);
    if (!extracted)
        return extracted.error().withContext(name);
    BuiltTemplate built;
    built.ppi = extracted->ppi;
    built.emptyReason = extracted->emptyReason;
    built.fingerprint = FingerprintTemplate::fromMinutiae(extracted->minutiae, extracted->ppi);
    built.bytes = built.fingerprint.toBytes();
    return built;
}

Result<BuiltTemplate> buildTemplate(const QByteArray &encoded, const QString &name, double ppi)
{
    auto loaded = decodeGreyImage(encoded, name);
    if (!loaded)
        return loaded.error();
    return buildTemplate(loaded->image, name, ppi > 0.0 ? ppi : loaded->ppi);
}

} // namespace ridgeline::imaging
