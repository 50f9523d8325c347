#include "app/imaging/enhance/recipe.h"

#include <QCoreApplication>

namespace ridgeline::imaging {

namespace {

ParameterSpec number(const char *name, ParameterType type, double def, double lo, double hi, const char *label,
                     const char *unit = "", bool pixels = false)
{
    ParameterSpec p;
    p.name = QString::fromLatin1(name);
    p.type = type;
    p.defaultValue = type == ParameterType::Int ? QVariant(int(def)) : QVariant(def);
    p.minimum = lo;
    p.maximum = hi;
    p.label = label;
    p.unit = unit;
    p.pixels = pixels;
    return p;
}

ParameterSpec choice(const char *name, const char *def, QStringList choices, const char *label)
{
    ParameterSpec p;
    p.name = QString::fromLatin1(name);
    p.type = ParameterType::Choice;
    p.defaultValue = QString::fromLatin1(def);
    p.choices = std::move(choices);
    p.label = label;
    return p;
}

ParameterSpec flag(const char *name, bool def, const char *label)
{
    ParameterSpec p;
    p.name = QString::fromLatin1(name);
    p.type = ParameterType::Bool;
    p.defaultValue = def;
    p.label = label;
    return p;
}

ParameterSpec points(const char *name, int lo, int hi, const char *label)
{
    ParameterSpec p;
    p.name = QString::fromLatin1(name);
    p.type = ParameterType::PointList;
    p.defaultValue = QVariantList();
    p.minimum = lo;
    p.maximum = hi;
    p.label = label;
    return p;
}

StepSpec step(const char *kind, const char *label, const char *description, QList<ParameterSpec> parameters,
              bool geometry = false)
{
    return StepSpec{QString::fromLatin1(kind), label, description, std::move(parameters), geometry};
}

QList<StepSpec> buildRegistry()
{
    using T = ParameterType;
    const QStringList channels{QStringLiteral("red"),   QStringLiteral("green"),      QStringLiteral("blue"),
                               QStringLiteral("hue"),   QStringLiteral("saturation"), QStringLiteral("value"),
                               QStringLiteral("lab-l"), QStringLiteral("lab-a"),      QStringLiteral("lab-b")};
    return {
        step("levels", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Levels and gamma"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Maps black..white (fractions of full scale) to the full range with a gamma "
                               "curve (above 1 brightens mid-tones). Same format out."),
             {number("black", T::Double, 0.0, 0.0, 1.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Black point")),
              number("white", T::Double, 1.0, 0.0, 1.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "White point")),
              number("gamma", T::Double, 1.0, 0.1, 10.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Gamma"))}),
        step("invert", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Invert"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Swaps dark and light. Same format out."), {}),
        step("channel", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Channel extraction"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "One channel of RGB, HSV or CIE Lab as a grey image of the same depth (a grey "
                               "input counts as R = G = B)."),
             {choice("channel", "green", channels, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Channel"))}),
        step("clahe", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Local contrast (CLAHE)"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Contrast-limited adaptive histogram equalisation on tiles of the given size; "
                               "colour images on their lightness. Same format out."),
             {number("clipLimit", T::Double, 2.0, 1.0, 40.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Clip limit")),
              number("tileSize", T::Int, 128, 8, 4096,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Tile size"), "px", true)}),
        step(
            "unsharp", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Unsharp mask"),
            QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                              "Adds amount x (image - Gaussian blur); differences below the threshold "
                              "(fraction of full scale) are left alone. Same format out."),
            {number("sigma", T::Double, 2.0, 0.3, 50.0,
                    QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Radius (sigma)"), "px", true),
             number("amount", T::Double, 1.0, 0.0, 5.0, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Amount")),
             number("threshold", T::Double, 0.0, 0.0, 1.0,
                    QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Threshold"))}),
        step("gaussian", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Gaussian noise reduction"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Gaussian blur. Same format out."),
             {number("sigma", T::Double, 1.0, 0.3, 50.0, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Sigma"),
                     "px", true)}),
        step("median", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Median noise reduction"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Median of a square window (odd size; 16-bit images: 3 or 5). Same format out."),
             {number("size", T::Int, 3, 3, 15, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Window size"),
                     "px", true)}),
        step("background", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Background subtraction"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Estimates the background by morphological closing (dark objects) or opening "
                               "(light objects) with a disc of the given radius and removes it. Same format out."),
             {number("radius", T::Double, 20.0, 2.0, 500.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Radius"), "px", true),
              choice("objects", "dark", {QStringLiteral("dark"), QStringLiteral("light")},
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Ridges are"))}),
        step(
            "fft", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Periodic background suppression (FFT)"),
            QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                              "Notches out the listed spectral peaks (cycles per pixel; found automatically "
                              "when the list is empty and automatic detection is on). Same format out."),
            {points("peaks", 0, 64, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Peaks")),
             number("notchRadius", T::Double, 0.01, 0.002, 0.1,
                    QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Notch radius"), "cycles/px"),
             flag("autoDetect", true, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Find peaks automatically")),
             number("maxPeaks", T::Int, 8, 1, 32,
                    QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Peaks to find"))}),
        step("rotate", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Rotation"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Rotates counter-clockwise by any angle (multiples of 90 degrees are exact); "
                               "'expand' grows the canvas to keep every pixel. Same format out."),
             {number("angle", T::Double, 0.0, -360.0, 360.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Angle"), "°"),
              flag("expand", true, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Keep the whole image")),
              number("fill", T::Double, 1.0, 0.0, 1.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Fill (0 black, 1 white)")),
              choice("interpolation", "cubic", {QStringLiteral("linear"), QStringLiteral("cubic")},
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Interpolation"))},
             true),
        step("crop", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Crop"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Keeps the rectangle (width or height 0: to the edge), clipped to the image. "
                               "Same format out."),
             {number("x", T::Int, 0, 0, 1e6, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Left"), "px", true),
              number("y", T::Int, 0, 0, 1e6, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Top"), "px", true),
              number("width", T::Int, 0, 0, 1e6, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Width"), "px",
                     true),
              number("height", T::Int, 0, 0, 1e6, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Height"), "px",
                     true)},
             true),
        step("perspective", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Perspective correction"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Maps four corners (top-left, top-right, bottom-right, bottom-left, image "
                               "pixels) onto an upright rectangle (size 0: from the corners). Same format out."),
             {points("corners", 0, 4, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Corners")),
              number("width", T::Int, 0, 0, 65536, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Width"), "px",
                     true),
              number("height", T::Int, 0, 0, 65536, QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Height"),
                     "px", true)},
             true),
        step("resample", QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Resample to ppi"),
             QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement",
                               "Scales the calibrated image to the target resolution (area averaging when "
                               "shrinking, cubic when enlarging, unless chosen). Same format out."),
             {number("targetPpi", T::Double, 1000.0, 50.0, 5000.0,
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Target resolution"), "ppi"),
              choice("interpolation", "auto",
                     {QStringLiteral("auto"), QStringLiteral("area"), QStringLiteral("linear"), QStringLiteral("cubic"),
                      QStringLiteral("lanczos")},
                     QT_TRANSLATE_NOOP("ridgeline::imaging::Enhancement", "Interpolation"))},
             true),
    };
}

} // namespace

const QList<StepSpec> &enhancementSteps()
{
    static const QList<StepSpec> registry = buildRegistry();
    return registry;
}

QStringList enhancementStepKinds()
{
    QStringList kinds;
    for (const StepSpec &s : enhancementSteps())
        kinds.append(s.kind);
    return kinds;
}

const StepSpec *findStepSpec(const QString &kind)
{
    for (const StepSpec &s : enhancementSteps())
        if (s.kind == kind)
            return &s;
    return nullptr;
}

EnhancementStep defaultStep(const QString &kind)
{
    const StepSpec *spec = findStepSpec(kind);
    if (!spec)
        return {};
    EnhancementStep step{kind, {}, true};
    for (const ParameterSpec &p : spec->parameters)
        step.parameters.insert(p.name, p.defaultValue);
    return step;
}

QVariant stepParameter(const EnhancementStep &step, const QString &name)
{
    const auto it = step.parameters.constFind(name);
    if (it != step.parameters.cend())
        return it.value();
    if (const StepSpec *spec = findStepSpec(step.kind))
        for (const ParameterSpec &p : spec->parameters)
            if (p.name == name)
                return p.defaultValue;
    return {};
}

} // namespace ridgeline::imaging
