#include "app/imaging/enhance/validationsuite.h"

#include "app/imaging/enhance/syntheticimages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ridgeline::imaging {

namespace {

EnhancementStep step(const char *kind, const QVariantMap &parameters = {})
{
    EnhancementStep s = defaultStep(QString::fromLatin1(kind));
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        s.parameters.insert(it.key(), it.value());
    return s;
}

QImage print(bool sixteen, bool colour, double pattern = 0.0)
{
    SyntheticPrintOptions o;
    o.size = QSize(384, 320);
    o.sixteenBit = sixteen;
    o.colour = colour;
    o.patternPeriod = pattern;
    o.seed = 11;
    return syntheticPrint(o);
}

} // namespace

QList<ValidationCase> validationCases()
{
    const QImage grey = print(false, false);
    const QImage patterned = print(false, false, 5.5);
    SyntheticRulerOptions rulerOptions;
    rulerOptions.millimetres = 12;
    rulerOptions.angle = -3.0;
    const QImage ruler = syntheticRuler(rulerOptions).image;
    const QVariant corners = pointsToVariant({QPointF(30, 20), QPointF(350, 40), QPointF(330, 300), QPointF(10, 280)});
    return {
        {QStringLiteral("grey8-tone"), grey, 500.0,
         Recipe{{step("levels", {{"black", 0.1}, {"white", 0.9}, {"gamma", 1.3}}), step("invert"), step("invert"),
                 step("clahe", {{"clipLimit", 3.0}, {"tileSize", 64}})},
                {},
                {}}},
        {QStringLiteral("grey8-filters"), grey, 500.0,
         Recipe{{step("unsharp", {{"sigma", 1.5}, {"amount", 0.8}, {"threshold", 0.02}}),
                 step("gaussian", {{"sigma", 1.2}}), step("median", {{"size", 5}}),
                 step("background", {{"radius", 24.0}}), step("background", {{"radius", 6.0}, {"objects", "light"}})},
                {},
                {}}},
        {QStringLiteral("grey8-fft-auto"), patterned, 500.0, Recipe{{step("fft")}, {}, {}}},
        {QStringLiteral("grey8-fft-hand"), patterned, 500.0,
         Recipe{{step("fft", {{"peaks", pointsToVariant({QPointF(0.156, 0.09), QPointF(-0.09, 0.156)})},
                              {"autoDetect", false},
                              {"notchRadius", 0.02}})},
                {},
                {}}},
        {QStringLiteral("grey16"), print(true, false), 500.0,
         Recipe{{step("levels", {{"gamma", 0.8}}), step("clahe"), step("gaussian", {{"sigma", 0.8}}),
                 step("median", {{"size", 5}}), step("background"), step("unsharp"), step("invert")},
                {},
                {}}},
        {QStringLiteral("rgb8-channels"), print(false, true), 500.0,
         Recipe{{step("clahe"), step("channel", {{"channel", "lab-l"}}), step("unsharp")}, {}, {}}},
        {QStringLiteral("rgb8-hsv"), print(false, true), 500.0,
         Recipe{{step("median"), step("channel", {{"channel", "hue"}})}, {}, {}}},
        {QStringLiteral("rgb16"), print(true, true), 500.0,
         Recipe{
             {step("levels", {{"black", 0.05}}), step("clahe"), step("fft"), step("channel", {{"channel", "value"}})},
             {},
             {}}},
        {QStringLiteral("geometry"), grey, 500.0,
         Recipe{{step("rotate", {{"angle", 17.5}}),
                 step("crop", {{"x", 40}, {"y", 30}, {"width", 380}, {"height", 330}}),
                 step("perspective", {{"corners", corners}}), step("rotate", {{"angle", -90.0}}),
                 step("resample", {{"targetPpi", 1000.0}})},
                {},
                {}}},
        // Colour warps run through Ridgeline's own bicubic kernel (cubicwarp.cpp); these hashes
        // were made with OpenCV's warpAffine and warpPerspective.
        {QStringLiteral("rgb8-geometry"), print(false, true), 500.0,
         Recipe{{step("perspective", {{"corners", corners}}), step("rotate", {{"angle", 12.5}}),
                 step("rotate", {{"angle", -31.0}, {"expand", false}, {"fill", 0.0}})},
                {},
                {}}},
        {QStringLiteral("ruler-export"), ruler, 1000.0,
         Recipe{{step("rotate", {{"angle", 3.0}, {"expand", false}, {"interpolation", "linear"}}),
                 step("resample", {{"targetPpi", 500.0}})},
                {},
                {}}},
    };
}

QList<ValidationResult> runValidationSuite()
{
    QList<ValidationResult> results;
    for (const ValidationCase &c : validationCases()) {
        ValidationResult r;
        r.name = c.name;
        r.inputSha256 = imagePixelSha256(c.input);
        ApplyOptions options;
        options.sourcePpi = c.ppi;
        auto processed = processRecipe(c.input, c.recipe, options);
        if (processed) {
            for (const ProcessingReportStep &s : processed->report.steps)
                r.stepSha256.append(s.outputSha256);
            r.outputSha256 = processed->report.outputSha256;
        } else {
            r.error = processed.error().message();
        }
        results.append(r);
    }
    return results;
}

QJsonObject validationJson(const QList<ValidationResult> &results)
{
    const QList<ValidationCase> cases = validationCases();
    QJsonArray array;
    for (const ValidationResult &r : results) {
        QJsonArray kinds;
        for (const ValidationCase &c : cases)
            if (c.name == r.name)
                for (const EnhancementStep &s : c.recipe.steps)
                    kinds.append(s.kind);
        array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("steps"), kinds},
                                 {QStringLiteral("inputSha256"), r.inputSha256},
                                 {QStringLiteral("stepSha256"), QJsonArray::fromStringList(r.stepSha256)},
                                 {QStringLiteral("outputSha256"), r.outputSha256}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("ridgeline-enhance-validation")},
                       {QStringLiteral("algorithmVersion"), enhancementAlgorithmVersion()},
                       {QStringLiteral("openCvVersion"), openCvVersionString()},
                       {QStringLiteral("cases"), array}};
}

QJsonObject builtInValidationExpectations()
{
    QFile file(QStringLiteral(":/ridgeline/enhance/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<ValidationDifference> compareValidation(const QList<ValidationResult> &results, const QJsonObject &expected)
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : expected.value(QStringLiteral("cases")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QList<ValidationDifference> differences;
    const QList<ValidationCase> cases = validationCases();
    for (int i = 0; i < results.size(); ++i) {
        const ValidationResult &r = results[i];
        if (!r.error.isEmpty()) {
            differences.append({r.name, QStringLiteral("the recipe failed: ") + r.error, QString(), QString()});
            continue;
        }
        if (!byName.contains(r.name)) {
            differences.append({r.name, QStringLiteral("no expected hashes for this case"), QString(), QString()});
            continue;
        }
        const QJsonObject e = byName.value(r.name);
        if (e.value(QStringLiteral("inputSha256")).toString() != r.inputSha256) {
            differences.append({r.name, QStringLiteral("input image"),
                                e.value(QStringLiteral("inputSha256")).toString(), r.inputSha256});
            continue; // every later hash differs too
        }
        const QJsonArray steps = e.value(QStringLiteral("stepSha256")).toArray();
        for (int s = 0; s < r.stepSha256.size(); ++s) {
            const QString want = s < steps.size() ? steps[s].toString() : QString();
            if (want != r.stepSha256[s]) {
                differences.append({r.name,
                                    QStringLiteral("step %1 (%2)").arg(s + 1).arg(cases[i].recipe.steps[s].kind), want,
                                    r.stepSha256[s]});
                break; // the first differing step is the one to look at
            }
        }
        if (e.value(QStringLiteral("outputSha256")).toString() != r.outputSha256)
            differences.append(
                {r.name, QStringLiteral("output"), e.value(QStringLiteral("outputSha256")).toString(), r.outputSha256});
    }
    return differences;
}

} // namespace ridgeline::imaging
