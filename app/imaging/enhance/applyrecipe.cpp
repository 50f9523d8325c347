#include "app/imaging/cvqimage.h"
#include "app/imaging/enhance/enhancesteps.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <functional>

namespace ridgeline::imaging {

namespace steps {

StepFunction stepFunction(const QString &kind)
{
    static const QHash<QString, StepFunction> table{
        {QStringLiteral("levels"), &levels},     {QStringLiteral("invert"), &invert},
        {QStringLiteral("channel"), &channel},   {QStringLiteral("clahe"), &clahe},
        {QStringLiteral("unsharp"), &unsharp},   {QStringLiteral("gaussian"), &gaussian},
        {QStringLiteral("median"), &median},     {QStringLiteral("background"), &background},
        {QStringLiteral("fft"), &fftSuppress},   {QStringLiteral("rotate"), &rotate},
        {QStringLiteral("crop"), &crop},         {QStringLiteral("perspective"), &perspective},
        {QStringLiteral("resample"), &resample},
    };
    return table.value(kind, nullptr);
}

} // namespace steps

namespace {

Error cancelled()
{
    return Error(ErrorCode::Cancelled,
                 QCoreApplication::translate("ridgeline::imaging::Enhancement", "Enhancement cancelled"));
}

using StepObserver = std::function<void(int index, const cv::Mat &output)>;

// Runs the enabled steps; the recipe must already be validated.
Result<cv::Mat> runSteps(cv::Mat image, const Recipe &recipe, steps::StepContext &context, const StepObserver &observer)
{
    for (int i = 0; i < recipe.steps.size(); ++i) {
        const EnhancementStep &step = recipe.steps[i];
        if (!step.enabled)
            continue;
        if (context.cancelled())
            return cancelled();
        Result<cv::Mat> out = Error(ErrorCode::Internal, QString());
        try {
            out = steps::stepFunction(step.kind)(image, step, context);
        } catch (const cv::Exception &e) {
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                     "Step %1 (%2) failed on this %3 x %4 image: %5")
                             .arg(i + 1)
                             .arg(step.kind)
                             .arg(image.cols)
                             .arg(image.rows)
                             .arg(QString::fromStdString(e.msg).trimmed()));
        }
        if (!out)
            return out.error().code() == ErrorCode::Cancelled
                       ? cancelled()
                       : out.error().withContext(
                             QCoreApplication::translate("ridgeline::imaging::Enhancement", "Step %1").arg(i + 1));
        image = std::move(out.value());
        if (observer)
            observer(i, image);
    }
    if (context.cancelled())
        return cancelled();
    return image;
}

QImage withPpi(QImage image, double ppi)
{
    if (ppi > 0.0) {
        const int dpm = int(std::lround(ppi / 0.0254));
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
    }
    return image;
}

QString formatName(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return QStringLiteral("grey8");
    case QImage::Format_Grayscale16:
        return QStringLiteral("grey16");
    case QImage::Format_RGB888:
        return QStringLiteral("rgb8");
    case QImage::Format_RGBX64:
        return QStringLiteral("rgb16");
    default:
        return QStringLiteral("other");
    }
}

Status checkInput(const QImage &original, const Recipe &recipe)
{
    if (original.isNull())
        return Error(ErrorCode::BadInput, QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                                      "Enhancement: there is no image to enhance"));
    return validateRecipe(recipe);
}

// Pixel lengths larger than this many image pixels around the preview region affect it.
int previewMargin(const Recipe &recipe)
{
    double margin = 8.0;
    for (const EnhancementStep &step : recipe.steps) {
        const StepSpec *spec = findStepSpec(step.kind);
        for (const ParameterSpec &p : spec->parameters)
            if (p.pixels)
                margin = std::max(margin, 3.0 * stepParameter(step, p.name).toDouble());
    }
    return int(std::ceil(std::min(margin, 512.0)));
}

} // namespace

Result<QImage> applyRecipe(const QImage &original, const Recipe &recipe, const ApplyOptions &options,
                           const std::atomic<bool> *cancel)
{
    // The interactive path: no hashing (SHA-256 of every step costs more than most steps).
    if (const Status ok = checkInput(original, recipe); !ok)
        return ok.error();
    steps::StepContext context{1.0, options.sourcePpi, cancel};
    auto result = runSteps(toMatView(original), recipe, context, {});
    if (!result)
        return result.error();
    // The last step's buffer becomes the image: a copy of a 48 MB result into fresh memory costs
    // more than most steps (a view of `original`, with no step enabled, is copied).
    return withPpi(toQImageAdopting(std::move(result.value())), context.ppi);
}

Result<ProcessedImage> processRecipe(const QImage &original, const Recipe &recipe, const ApplyOptions &options,
                                     const std::atomic<bool> *cancel)
{
    if (const Status ok = checkInput(original, recipe); !ok)
        return ok.error();
    ProcessingReport report;
    report.sourcePixelSha256 = imagePixelSha256(original);
    report.sourceSize = original.size();
    report.sourceFormat = formatName(original.format());
    report.sourcePpi = options.sourcePpi;
    report.algorithmVersion = enhancementAlgorithmVersion();
    report.openCvVersion = openCvVersionString();
    report.createdUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int i = 0; i < recipe.steps.size(); ++i)
        report.steps.append(ProcessingReportStep{i + 1, recipe.steps[i], QString(), QSize()});
    steps::StepContext context{1.0, options.sourcePpi, cancel};
    auto result = runSteps(toMatView(original), recipe, context, [&](int index, const cv::Mat &out) {
        report.steps[index].outputSha256 = imagePixelSha256(toQImageExact(out));
        report.steps[index].outputSize = QSize(out.cols, out.rows);
    });
    if (!result)
        return result.error();
    ProcessedImage processed{withPpi(toQImageExact(result.value()), context.ppi), report};
    processed.report.outputSha256 = imagePixelSha256(processed.image);
    processed.report.outputSize = processed.image.size();
    processed.report.outputFormat = formatName(processed.image.format());
    processed.report.outputPpi = context.ppi;
    return processed;
}

Result<QImage> previewRecipe(const QImage &original, QRect region, double scale, const Recipe &recipe,
                             const ApplyOptions &options, const std::atomic<bool> *cancel)
{
    if (const Status ok = checkInput(original, recipe); !ok)
        return ok.error();
    scale = std::clamp(scale, 1e-3, 1.0);
    const bool geometry = recipeChangesGeometry(recipe);
    cv::Mat source = toMatView(original);
    // Without geometry steps only the region (plus what filters reach into) needs processing.
    QRect work(0, 0, original.width(), original.height());
    if (!geometry && !region.isEmpty()) {
        const int m = previewMargin(recipe);
        work = region.adjusted(-m, -m, m, m).intersected(work);
        if (work.isEmpty())
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                     "Preview: the region lies outside the image"));
        source = source(cv::Rect(work.x(), work.y(), work.width(), work.height()));
    }
    if (scale < 1.0) {
        cv::Mat small;
        cv::resize(source, small,
                   cv::Size(std::max(1, int(std::lround(source.cols * scale))),
                            std::max(1, int(std::lround(source.rows * scale)))),
                   0, 0, cv::INTER_AREA);
        source = small;
    } else {
        source = source.clone();
    }
    steps::StepContext context{scale, options.sourcePpi, cancel};
    auto result = runSteps(source, recipe, context, {});
    if (!result)
        return result.error();
    cv::Mat out = result.value();
    if (!region.isEmpty()) {
        const QRectF inWork = geometry ? QRectF(region) : QRectF(region.translated(-work.topLeft()));
        const QRect scaled = QRectF(inWork.topLeft() * scale, inWork.bottomRight() * scale).toAlignedRect();
        const QRect clipped = scaled.intersected(QRect(0, 0, out.cols, out.rows));
        if (clipped.isEmpty())
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::imaging::Enhancement",
                                                     "Preview: the region lies outside the enhanced image"));
        out = out(cv::Rect(clipped.x(), clipped.y(), clipped.width(), clipped.height()));
    }
    return withPpi(toQImageExact(out), context.ppi * scale);
}

QList<QPointF> detectPeriodicPeaks(const QImage &image, int maxPeaks)
{
    if (image.isNull())
        return {};
    try {
        return steps::findPeaks(toMatExact(image), std::clamp(maxPeaks, 1, 64));
    } catch (const cv::Exception &) {
        return {}; // an image too odd to analyse has no peaks to offer
    }
}

QString imagePixelSha256(const QImage &source)
{
    const QImage image = isEvidenceFormat(source.format()) ? source : toQImageExact(toMatExact(source));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray header = QStringLiteral("ridgeline-pixels %1 %2 %3\n")
                                  .arg(image.width())
                                  .arg(image.height())
                                  .arg(formatName(image.format()))
                                  .toLatin1();
    hash.addData(header);
    const qsizetype rowBytes = qsizetype(image.width()) * image.depth() / 8;
    for (int y = 0; y < image.height(); ++y)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ridgeline::imaging
