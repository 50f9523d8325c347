#include "app/cli/command.h"

#include "app/imaging/enhance/calibration.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/validationsuite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace ridgeline::cli {

namespace {

using namespace ridgeline::imaging;

// "--name VALUE": `missing` is set when the option is present without its value.
std::optional<QString> optionValue(QStringList &args, const QString &name, bool &missing)
{
    const bool present = args.contains(name);
    auto value = takeOption(args, name);
    if (present && !value)
        missing = true;
    return value;
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 %2: no such file").arg(what, path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("%1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("Writing %1: %2").arg(path, file.errorString()));
    return {};
}

bool parsePoint(const std::optional<QString> &text, QPointF &out)
{
    if (!text)
        return false;
    const QStringList parts = text->split(QLatin1Char(','));
    bool okX = false;
    bool okY = false;
    if (parts.size() == 2)
        out = QPointF(parts[0].trimmed().toDouble(&okX), parts[1].trimmed().toDouble(&okY));
    return okX && okY;
}

bool parsePositive(const std::optional<QString> &text, double &out, double lo, double hi)
{
    if (!text)
        return false;
    bool ok = false;
    out = text->toDouble(&ok);
    return ok && out >= lo && out <= hi;
}

struct ApplyArguments
{
    QString image;
    QString recipe;
    QString out;
    QString report;
    double ppi = 0.0;
    int exportPpi = 0;
    bool json = false;
};

// Returns an empty string when the arguments are complete, else the usage message.
QString parseApply(QStringList args, ApplyArguments &a, bool globalJson)
{
    bool missing = false;
    a.json = takeFlag(args, QStringLiteral("--json")) || globalJson;
    const auto recipe = optionValue(args, QStringLiteral("--recipe"), missing);
    const auto out = optionValue(args, QStringLiteral("--out"), missing);
    const auto ppi = optionValue(args, QStringLiteral("--ppi"), missing);
    const auto exportPpi = optionValue(args, QStringLiteral("--export-ppi"), missing);
    const auto report = optionValue(args, QStringLiteral("--report"), missing);
    if (missing)
        return QStringLiteral("enhance apply: an option lacks its value");
    if (!recipe || !out || args.size() != 1)
        return QStringLiteral("enhance apply needs IMAGE --recipe RECIPE.json --out OUT.png|.tif");
    if (ppi && !parsePositive(ppi, a.ppi, 50.0, 20000.0))
        return QStringLiteral("--ppi needs a resolution between 50 and 20000");
    if (exportPpi) {
        if (*exportPpi != QStringLiteral("1000") && *exportPpi != QStringLiteral("500"))
            return QStringLiteral("--export-ppi must be 1000 or 500");
        a.exportPpi = exportPpi->toInt();
    }
    const QString suffix = QFileInfo(*out).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("tif") && suffix != QStringLiteral("tiff"))
        return QStringLiteral("--out must name a .png, .tif or .tiff file");
    a.image = args.first();
    a.recipe = *recipe;
    a.out = *out;
    a.report = report.value_or(QString());
    return {};
}

int runApply(Context &ctx, const QStringList &arguments)
{
    ApplyArguments a;
    if (const QString problem = parseApply(arguments, a, ctx.options().json); !problem.isEmpty())
        return ctx.usage(problem);
    auto recipeBytes = readFile(a.recipe, QStringLiteral("Recipe"));
    if (!recipeBytes)
        return ctx.fail(recipeBytes.error());
    auto recipe = Recipe::fromJsonBytes(recipeBytes.value());
    if (!recipe)
        return ctx.fail(recipe.error().withContext(a.recipe));
    auto imageBytes = readFile(a.image, QStringLiteral("Image"));
    if (!imageBytes)
        return ctx.fail(imageBytes.error());
    auto decoded = decodeEvidenceImage(imageBytes.value(), a.image);
    if (!decoded)
        return ctx.fail(decoded.error());
    if (!recipe->openCvVersion.isEmpty() && recipe->openCvVersion != openCvVersionString())
        ctx.err() << "ridgeline-cli: note: the recipe was stored with OpenCV " << recipe->openCvVersion << ", this is "
                  << openCvVersionString() << "; check the output hash" << Qt::endl;
    ApplyOptions options;
    options.sourcePpi = a.ppi > 0 ? a.ppi : decoded->ppi;
    auto processed = processRecipe(decoded->image, recipe.value(), options);
    if (!processed)
        return ctx.fail(processed.error().withContext(a.image));
    processed->report.sourceName = QFileInfo(a.image).fileName();
    processed->report.sourceFileSha256 =
        QString::fromLatin1(QCryptographicHash::hash(imageBytes.value(), QCryptographicHash::Sha256).toHex());
    auto report = a.exportPpi ? exportCalibratedCopy(processed.value(), processed->report.outputPpi, a.exportPpi, a.out)
                              : saveProcessedImage(processed.value(), a.out);
    if (!report)
        return ctx.fail(report.error());
    const QByteArray reportJson = QJsonDocument(report->toJson()).toJson();
    if (!a.report.isEmpty())
        if (const Status written = writeFile(a.report, reportJson); !written)
            return ctx.fail(written.error());
    if (a.json)
        ctx.out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        ctx.out() << report->toText() << Qt::flush;
    return 0;
}

void printValidationJson(Context &ctx, const QList<ValidationResult> &results,
                         const QList<ValidationDifference> &differences, const QJsonObject &expected)
{
    QJsonArray diffs;
    for (const ValidationDifference &d : differences)
        diffs.append(QJsonObject{{QStringLiteral("case"), d.caseName},
                                 {QStringLiteral("what"), d.what},
                                 {QStringLiteral("expected"), d.expected},
                                 {QStringLiteral("actual"), d.actual}});
    QJsonObject root = validationJson(results);
    root.insert(QStringLiteral("expectedOpenCvVersion"), expected.value(QStringLiteral("openCvVersion")));
    root.insert(QStringLiteral("differences"), diffs);
    root.insert(QStringLiteral("ok"), differences.isEmpty());
    ctx.out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printValidationText(Context &ctx, const QList<ValidationResult> &results,
                         const QList<ValidationDifference> &differences, const QJsonObject &expected)
{
    for (const ValidationResult &r : results) {
        QStringList problems;
        for (const ValidationDifference &d : differences)
            if (d.caseName == r.name)
                problems.append(d.expected.isEmpty() && d.actual.isEmpty()
                                    ? d.what
                                    : QStringLiteral("%1 differs (expected %2, got %3)")
                                          .arg(d.what, d.expected.left(16), d.actual.left(16)));
        ctx.out() << (problems.isEmpty() ? "ok        " : "MISMATCH  ") << r.name << '\t'
                  << (problems.isEmpty() ? r.outputSha256 : problems.join(QStringLiteral("; "))) << '\n';
    }
    QSet<QString> failing;
    for (const ValidationDifference &d : differences)
        failing.insert(d.caseName);
    ctx.out() << results.size() - failing.size() << " of " << results.size()
              << " recipes reproduce their expected pixels (OpenCV " << openCvVersionString() << ", expected with "
              << expected.value(QStringLiteral("openCvVersion")).toString() << ")" << Qt::endl;
}

int runValidate(Context &ctx, QStringList args)
{
    bool missing = false;
    const bool json = takeFlag(args, QStringLiteral("--json")) || ctx.options().json;
    const auto update = optionValue(args, QStringLiteral("--update"), missing);
    const auto expectedPath = optionValue(args, QStringLiteral("--expected"), missing);
    if (missing || !args.isEmpty())
        return ctx.usage(QStringLiteral("enhance validate takes [--json] [--expected FILE] [--update FILE]"));
    const QList<ValidationResult> results = runValidationSuite();
    if (update) {
        for (const ValidationResult &r : results)
            if (!r.error.isEmpty())
                return ctx.fail(
                    Error(ErrorCode::Internal, QStringLiteral("Validation case %1: %2").arg(r.name, r.error)));
        if (const Status written = writeFile(*update, QJsonDocument(validationJson(results)).toJson()); !written)
            return ctx.fail(written.error());
        ctx.out() << "wrote the expected hashes of " << results.size() << " cases to " << *update << Qt::endl;
        return 0;
    }
    QJsonObject expected = builtInValidationExpectations();
    if (expectedPath) {
        auto bytes = readFile(*expectedPath, QStringLiteral("Expected hashes"));
        if (!bytes)
            return ctx.fail(bytes.error());
        expected = QJsonDocument::fromJson(bytes.value()).object();
        if (expected.value(QStringLiteral("format")).toString() != QStringLiteral("ridgeline-enhance-validation"))
            return ctx.fail(Error(ErrorCode::BadInput,
                                  QStringLiteral("%1: not an enhancement validation file").arg(*expectedPath)));
    }
    const QList<ValidationDifference> differences = compareValidation(results, expected);
    if (json)
        printValidationJson(ctx, results, differences, expected);
    else
        printValidationText(ctx, results, differences, expected);
    return differences.isEmpty() ? 0 : int(ErrorCode::Mismatch);
}

int runEnhance(Context &ctx, QStringList args)
{
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("enhance needs a subcommand: apply, validate or steps"));
    const QString sub = args.takeFirst();
    if (sub == QStringLiteral("apply"))
        return runApply(ctx, args);
    if (sub == QStringLiteral("validate"))
        return runValidate(ctx, args);
    if (sub == QStringLiteral("steps")) {
        for (const StepSpec &s : enhancementSteps()) {
            QStringList params;
            for (const ParameterSpec &p : s.parameters)
                params.append(QStringLiteral("%1=%2").arg(
                    p.name, p.type == ParameterType::PointList ? QStringLiteral("[]") : p.defaultValue.toString()));
            ctx.out() << s.kind << '\t' << params.join(QLatin1Char(' ')) << '\t' << s.description << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    return ctx.usage(QStringLiteral("enhance: unknown subcommand '%1' (apply, validate, steps)").arg(sub));
}

int runCalibrate(Context &ctx, QStringList args)
{
    bool missing = false;
    const bool json = takeFlag(args, QStringLiteral("--json")) || ctx.options().json;
    const bool refine = takeFlag(args, QStringLiteral("--refine"));
    const auto fromText = optionValue(args, QStringLiteral("--from"), missing);
    const auto toText = optionValue(args, QStringLiteral("--to"), missing);
    const auto mmText = optionValue(args, QStringLiteral("--mm"), missing);
    QPointF from;
    QPointF to;
    double mm = 0.0;
    if (missing || args.size() != 1 || !parsePoint(fromText, from) || !parsePoint(toText, to) ||
        !parsePositive(mmText, mm, 1e-3, 1e6))
        return ctx.usage(QStringLiteral("calibrate needs IMAGE --from X1,Y1 --to X2,Y2 --mm D [--refine] [--json]"));
    auto decoded = loadEvidenceImage(args.first());
    if (!decoded)
        return ctx.fail(decoded.error());
    auto calibration = calibrateFromRuler(decoded->image, from, to, mm, refine);
    if (!calibration)
        return ctx.fail(calibration.error().withContext(args.first()));
    if (json) {
        QJsonObject o = calibration->toJson();
        o.insert(QStringLiteral("filePpi"), decoded->ppi);
        o.insert(QStringLiteral("pixels"), distancePixels(calibration->from, calibration->to));
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out() << QString::number(calibration->ppi, 'f', 2) << " ppi" << Qt::endl;
        if (calibration->refined)
            ctx.out() << "refined onto " << calibration->graduations << " graduation intervals: from "
                      << QString::number(calibration->from.x(), 'f', 2) << ','
                      << QString::number(calibration->from.y(), 'f', 2) << " to "
                      << QString::number(calibration->to.x(), 'f', 2) << ','
                      << QString::number(calibration->to.y(), 'f', 2) << Qt::endl;
    }
    return 0;
}

} // namespace

void registerEnhanceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("enhance"),
                  QStringLiteral("enhance apply IMAGE --recipe RECIPE.json --out OUT.png|.tif [--ppi N] "
                                 "[--export-ppi 1000|500] [--report FILE] [--json]\n"
                                 "enhance validate [--json] [--expected FILE] [--update FILE]\n"
                                 "enhance steps"),
                  [](Context &ctx, const QStringList &args) { return runEnhance(ctx, args); }});
    registry.add({QStringLiteral("calibrate"),
                  QStringLiteral("calibrate IMAGE --from X1,Y1 --to X2,Y2 --mm D [--refine] [--json]"),
                  [](Context &ctx, const QStringList &args) { return runCalibrate(ctx, args); }});
}

} // namespace ridgeline::cli
