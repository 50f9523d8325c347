#include "app/imaging/cvqimage.h"
#include "app/imaging/enhance/enhancesteps.h"
#include "app/imaging/enhance/recipe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ridgeline::imaging {

namespace {

QJsonArray sizeJson(QSize s)
{
    return QJsonArray{s.width(), s.height()};
}

QSize sizeFromJson(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 2 ? QSize(a[0].toInt(), a[1].toInt()) : QSize();
}

QString sizeText(QSize s)
{
    return QStringLiteral("%1 x %2").arg(s.width()).arg(s.height());
}

QString parametersText(const QVariantMap &parameters)
{
    QStringList parts;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const QJsonValue v = QJsonValue::fromVariant(it.value());
        const QString text = v.isArray() || v.isObject()
                                 ? QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                                               : QJsonDocument(v.toObject()))
                                                         .toJson(QJsonDocument::Compact))
                                 : it.value().toString();
        parts.append(it.key() + QLatin1Char('=') + text);
    }
    return parts.join(QStringLiteral(", "));
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// PNG through Qt (writes pHYs, 16-bit included); TIFF through OpenCV (writes X/YResolution in inches).
Status writeImage(const QImage &image, int ppi, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("png")) {
        QImageWriter writer(path, "png");
        writer.setCompression(9);
        if (!writer.write(image))
            return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::imaging::Enhancement", "Writing %1: %2")
                                            .arg(path, writer.errorString()));
        return {};
    }
    cv::Mat mat = toMatExact(image);
    if (mat.channels() == 3)
        cv::cvtColor(mat, mat, cv::COLOR_RGB2BGR);
    std::vector<int> params{cv::IMWRITE_TIFF_COMPRESSION, 5 /* LZW */};
    if (ppi > 0)
        params.insert(params.end(),
                      {cv::IMWRITE_TIFF_RESUNIT, 2, cv::IMWRITE_TIFF_XDPI, ppi, cv::IMWRITE_TIFF_YDPI, ppi});
    try {
        if (cv::imwrite(QFile::encodeName(path).toStdString(), mat, params))
            return {};
    } catch (const cv::Exception &) {
    }
    return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                            "Writing %1: the TIFF could not be written")
                                    .arg(path));
}

} // namespace

QJsonObject ProcessingReport::toJson() const
{
    QJsonArray stepArray;
    for (const ProcessingReportStep &s : steps)
        stepArray.append(QJsonObject{{QStringLiteral("index"), s.index},
                                     {QStringLiteral("kind"), s.step.kind},
                                     {QStringLiteral("enabled"), s.step.enabled},
                                     {QStringLiteral("parameters"), steps::parametersJson(s.step)},
                                     {QStringLiteral("outputSha256"), s.outputSha256},
                                     {QStringLiteral("outputSize"), sizeJson(s.outputSize)}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("ridgeline-processing-report")},
                       {QStringLiteral("algorithmVersion"), algorithmVersion},
                       {QStringLiteral("openCvVersion"), openCvVersion},
                       {QStringLiteral("created"), createdUtc},
                       {QStringLiteral("source"), QJsonObject{{QStringLiteral("name"), sourceName},
                                                              {QStringLiteral("fileSha256"), sourceFileSha256},
                                                              {QStringLiteral("pixelSha256"), sourcePixelSha256},
                                                              {QStringLiteral("size"), sizeJson(sourceSize)},
                                                              {QStringLiteral("format"), sourceFormat},
                                                              {QStringLiteral("ppi"), sourcePpi}}},
                       {QStringLiteral("steps"), stepArray},
                       {QStringLiteral("output"), QJsonObject{{QStringLiteral("pixelSha256"), outputSha256},
                                                              {QStringLiteral("size"), sizeJson(outputSize)},
                                                              {QStringLiteral("format"), outputFormat},
                                                              {QStringLiteral("ppi"), outputPpi},
                                                              {QStringLiteral("file"), outputFile},
                                                              {QStringLiteral("fileSha256"), outputFileSha256}}}};
}

Result<ProcessingReport> ProcessingReport::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("ridgeline-processing-report"))
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                                      "Not a Ridgeline processing report"));
    ProcessingReport r;
    r.algorithmVersion = json.value(QStringLiteral("algorithmVersion")).toString();
    r.openCvVersion = json.value(QStringLiteral("openCvVersion")).toString();
    r.createdUtc = json.value(QStringLiteral("created")).toString();
    const QJsonObject src = json.value(QStringLiteral("source")).toObject();
    r.sourceName = src.value(QStringLiteral("name")).toString();
    r.sourceFileSha256 = src.value(QStringLiteral("fileSha256")).toString();
    r.sourcePixelSha256 = src.value(QStringLiteral("pixelSha256")).toString();
    r.sourceSize = sizeFromJson(src.value(QStringLiteral("size")));
    r.sourceFormat = src.value(QStringLiteral("format")).toString();
    r.sourcePpi = src.value(QStringLiteral("ppi")).toDouble();
    for (const QJsonValue &v : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        r.steps.append(ProcessingReportStep{
            o.value(QStringLiteral("index")).toInt(),
            EnhancementStep{o.value(QStringLiteral("kind")).toString(),
                            o.value(QStringLiteral("parameters")).toObject().toVariantMap(),
                            o.value(QStringLiteral("enabled")).toBool(true)},
            o.value(QStringLiteral("outputSha256")).toString(), sizeFromJson(o.value(QStringLiteral("outputSize")))});
    }
    const QJsonObject out = json.value(QStringLiteral("output")).toObject();
    r.outputSha256 = out.value(QStringLiteral("pixelSha256")).toString();
    r.outputSize = sizeFromJson(out.value(QStringLiteral("size")));
    r.outputFormat = out.value(QStringLiteral("format")).toString();
    r.outputPpi = out.value(QStringLiteral("ppi")).toDouble();
    r.outputFile = out.value(QStringLiteral("file")).toString();
    r.outputFileSha256 = out.value(QStringLiteral("fileSha256")).toString();
    return r;
}

QString ProcessingReport::toText() const
{
    QStringList lines;
    lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "Processing report (%1, OpenCV %2), %3")
                 .arg(algorithmVersion, openCvVersion, createdUtc);
    lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "Source: %1, %2 %3, %4 ppi")
                 .arg(sourceName.isEmpty() ? QCoreApplication::translate("ridgeline::imaging::Enhancement", "(unnamed)")
                                           : sourceName,
                      sizeText(sourceSize), sourceFormat,
                      sourcePpi > 0 ? QString::number(sourcePpi, 'f', 2)
                                    : QCoreApplication::translate("ridgeline::imaging::Enhancement", "unknown"));
    if (!sourceFileSha256.isEmpty())
        lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "  file SHA-256:   %1")
                     .arg(sourceFileSha256);
    lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "  pixels SHA-256: %1")
                 .arg(sourcePixelSha256);
    for (const ProcessingReportStep &s : steps)
        lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "Step %1: %2%3 (%4) -> %5 %6")
                     .arg(s.index)
                     .arg(s.step.kind,
                          s.step.enabled
                              ? QString()
                              : QCoreApplication::translate("ridgeline::imaging::Enhancement", " [disabled]"),
                          parametersText(s.step.parameters),
                          s.step.enabled ? sizeText(s.outputSize) : QStringLiteral("-"), s.outputSha256);
    lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "Output: %1 %2, %3 ppi")
                 .arg(sizeText(outputSize), outputFormat,
                      outputPpi > 0 ? QString::number(outputPpi, 'f', 2)
                                    : QCoreApplication::translate("ridgeline::imaging::Enhancement", "unknown"));
    lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "  pixels SHA-256: %1").arg(outputSha256);
    if (!outputFile.isEmpty())
        lines << QCoreApplication::translate("ridgeline::imaging::Enhancement", "  file %1 SHA-256: %2")
                     .arg(outputFile, outputFileSha256);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

Status checkSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("tif") && suffix != QStringLiteral("tiff"))
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                 "Saving %1: the name must end in .png, .tif or .tiff")
                         .arg(path));
    return {};
}

} // namespace

Result<ProcessingReport> saveProcessedImage(const ProcessedImage &processed, const QString &path)
{
    if (const Status ok = checkSuffix(path); !ok)
        return ok.error();
    const double ppi = processed.report.outputPpi;
    QImage image = processed.image;
    if (ppi > 0) {
        const int dpm = int(std::lround(ppi / 0.0254));
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
    }
    if (const Status written = writeImage(image, int(std::lround(ppi)), path); !written)
        return written.error();
    ProcessingReport report = processed.report;
    report.outputFile = QFileInfo(path).fileName();
    report.outputFileSha256 = fileSha256(path);
    QSaveFile json(path + QStringLiteral(".report.json"));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(report.toJson()).toJson()) < 0 || !json.commit())
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::imaging::Enhancement", "Writing %1: %2")
                                        .arg(json.fileName(), json.errorString()));
    return report;
}

Result<ProcessingReport> exportCalibratedCopy(const ProcessedImage &processed, double processedPpi, int exportPpi,
                                              const QString &path)
{
    if (const Status ok = checkSuffix(path); !ok)
        return ok.error();
    if (exportPpi != 1000 && exportPpi != 500)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                 "Export %1: the resolution must be 1000 or 500 ppi, not %2")
                         .arg(path)
                         .arg(exportPpi));
    if (processedPpi <= 0)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                 "Export %1: the image is not calibrated; calibrate it first")
                         .arg(path));
    EnhancementStep step = defaultStep(QStringLiteral("resample"));
    step.parameters.insert(QStringLiteral("targetPpi"), double(exportPpi));
    steps::StepContext context{1.0, processedPpi, nullptr};
    auto resampled = steps::resample(toMatExact(processed.image), step, context);
    if (!resampled)
        return resampled.error();
    ProcessedImage exported{toQImageExact(resampled.value()), processed.report};
    ProcessingReport &report = exported.report;
    report.steps.append(ProcessingReportStep{int(report.steps.size()) + 1, step, imagePixelSha256(exported.image),
                                             exported.image.size()});
    report.outputSha256 = imagePixelSha256(exported.image);
    report.outputSize = exported.image.size();
    report.outputPpi = exportPpi;
    return saveProcessedImage(exported, path);
}

} // namespace ridgeline::imaging
