#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <atomic>

namespace ridgeline::imaging {

// A non-destructive enhancement: an ordered list of steps applied to the original image. The
// original is never changed; replaying the same recipe on the same original gives bit-identical
// pixels on the same build (see docs/enhancement.md for the reproducibility rule).
//
// Coordinates in parameters (crop rectangle, perspective corners, ...) are pixels of the image
// that enters the step (the output of the previous step). Point lists are stored as
// QVariantList of QVariantList{x, y}, the form JSON gives back; pointsToVariant/pointsFromVariant
// convert.
struct EnhancementStep
{
    QString kind;           // one of enhancementStepKinds()
    QVariantMap parameters; // missing parameters take their default
    bool enabled = true;    // disabled steps are kept in the recipe and skipped

    bool operator==(const EnhancementStep &other) const = default;
};

struct Recipe
{
    QList<EnhancementStep> steps;
    // Recorded when the recipe is stored (toJson fills them with the running versions when
    // empty); a replay compares them with the running versions to warn about a change.
    QString algorithmVersion;
    QString openCvVersion;

    // {"format":"ridgeline-recipe","algorithmVersion":..,"openCvVersion":..,
    //  "steps":[{"kind":..,"enabled":..,"parameters":{..}}]}
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Refuses (ErrorCode::BadInput) unknown step kinds, unknown parameters, wrong types and values
    // out of range, naming the step number, kind and parameter. Never returns a partial recipe.
    static Result<Recipe> fromJson(const QJsonObject &json);
    static Result<Recipe> fromJsonBytes(const QByteArray &bytes);

    bool operator==(const Recipe &other) const = default;
};

// The engine's own version: bumped whenever any step's pixels change for the same input.
QString enhancementAlgorithmVersion();
// cv::getVersionString() of the OpenCV the engine runs on.
QString openCvVersionString();

// --- Registry: what steps exist and what their parameters are (drives the UI and validation) ---

enum class ParameterType
{
    Bool,
    Int,
    Double,
    Choice,    // a string from `choices`
    PointList, // QVariantList of [x, y]; `minimum`/`maximum` give the allowed count
};

struct ParameterSpec
{
    QString name;
    ParameterType type = ParameterType::Double;
    QVariant defaultValue;
    double minimum = 0.0; // Int/Double: value range; PointList: allowed number of points
    double maximum = 0.0;
    QStringList choices;         // Choice only
    bool pixels = false;         // a length in pixels (scaled for downscaled previews)
    const char *label = nullptr; // untranslated, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", ..)
    const char *unit = "";       // "px", "°", "ppi", ... (not translated)
};

struct StepSpec
{
    QString kind;
    const char *label = nullptr;       // QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", ..)
    const char *description = nullptr; // what it does and what it outputs
    QList<ParameterSpec> parameters;
    bool changesGeometry = false; // rotation, crop, perspective, resampling
};

// All steps in UI order. Context for translations: "ridgeline::imaging::Enhancement".
const QList<StepSpec> &enhancementSteps();
QStringList enhancementStepKinds();
const StepSpec *findStepSpec(const QString &kind); // nullptr for an unknown kind
// A step of `kind` with every parameter at its default (empty kind when unknown).
EnhancementStep defaultStep(const QString &kind);
// The value a step will use for `name` (its own, else the default).
QVariant stepParameter(const EnhancementStep &step, const QString &name);

// Checks every step and parameter (kinds, names, types, ranges) without touching pixels.
Status validateRecipe(const Recipe &recipe);
bool recipeChangesGeometry(const Recipe &recipe);

QVariant pointsToVariant(const QList<QPointF> &points);
QList<QPointF> pointsFromVariant(const QVariant &value);

// --- Applying ---

struct ApplyOptions
{
    // Resolution of the original in pixels per inch (calibration); needed by the "resample" step,
    // 0 when unknown. The output's dotsPerMeter carries the resulting ppi.
    double sourcePpi = 0.0;
};

// Applies the enabled steps in order to a copy of `original` (Grayscale8/16, RGB888 or RGBX64;
// other formats are converted first). Each step keeps the depth; channel extraction outputs grey.
// Errors: BadInput (recipe invalid, step impossible on this image, e.g. resample without ppi),
// Cancelled when *cancel becomes true (checked between steps and inside long steps).
// Thread-safe and free of shared state: call it from any worker thread, concurrently.
Result<QImage> applyRecipe(const QImage &original, const Recipe &recipe, const ApplyOptions &options = {},
                           const std::atomic<bool> *cancel = nullptr);

// Live preview for the visible area: `region` (pixels of the recipe's OUTPUT image; for a recipe
// without geometry steps that is the original's coordinates; an empty rect means everything) at
// `scale` (0 < scale <= 1, output pixels per image pixel). Pixel lengths in parameters are scaled
// with the image. Global steps (CLAHE, FFT) see only the cropped area when the recipe has no
// geometry steps, so the preview is close to, not identical with, the full result: the full
// applyRecipe is what is stored and exported.
Result<QImage> previewRecipe(const QImage &original, QRect region, double scale, const Recipe &recipe,
                             const ApplyOptions &options = {}, const std::atomic<bool> *cancel = nullptr);

// Automatic peak finding for the "fft" step: frequencies (cycles per pixel, u along x, v along y,
// each in [-0.5, 0.5], one of each symmetric pair) of strong isolated periodic patterns, strongest
// first. The UI shows them for hand editing and stores the edited list in the step's "peaks".
QList<QPointF> detectPeriodicPeaks(const QImage &image, int maxPeaks = 8);

// --- Reproducibility ---

// SHA-256 (hex) of an image's pixels: width, height, format and the rows without padding. What
// the report and the validation suite compare.
QString imagePixelSha256(const QImage &image);

struct ProcessingReportStep
{
    int index = 0; // 1-based position in the recipe
    EnhancementStep step;
    QString outputSha256; // pixels after this step ("" for a disabled step)
    QSize outputSize;
};

struct ProcessingReport
{
    QString sourceName;
    QString sourceFileSha256;  // of the original's bytes, when known
    QString sourcePixelSha256; // of the decoded original
    QSize sourceSize;
    QString sourceFormat; // "grey8", "grey16", "rgb8", "rgb16"
    double sourcePpi = 0.0;
    QList<ProcessingReportStep> steps;
    QString outputSha256;
    QSize outputSize;
    QString outputFormat;
    double outputPpi = 0.0;
    QString outputFile;       // when exported
    QString outputFileSha256; // when exported
    QString algorithmVersion;
    QString openCvVersion;
    QString createdUtc; // ISO 8601

    QJsonObject toJson() const;
    static Result<ProcessingReport> fromJson(const QJsonObject &json);
    QString toText() const; // human-readable, one line per step
};

struct ProcessedImage
{
    QImage image;
    ProcessingReport report;
};

// applyRecipe plus the report (hashes of the source, every step and the output).
Result<ProcessedImage> processRecipe(const QImage &original, const Recipe &recipe, const ApplyOptions &options = {},
                                     const std::atomic<bool> *cancel = nullptr);

// Writes `processed.image` unchanged as lossless PNG (.png) or TIFF (.tif/.tiff), with the
// resolution (report.outputPpi) in the file when known, and the report as `<path>.report.json`.
// Returns the report completed with the output file and its SHA-256. Errors: BadInput, Io.
Result<ProcessingReport> saveProcessedImage(const ProcessedImage &processed, const QString &path);

// Writes `processed` resampled to `exportPpi` (1000 or 500) as lossless PNG (.png) or TIFF
// (.tif/.tiff) with the resolution in the file, and its report as `<path>.report.json` beside
// it. `processed.report` is completed (resampling, output file hash). Errors: BadInput (no ppi,
// unsupported suffix), Io.
Result<ProcessingReport> exportCalibratedCopy(const ProcessedImage &processed, double processedPpi, int exportPpi,
                                              const QString &path);

} // namespace ridgeline::imaging
