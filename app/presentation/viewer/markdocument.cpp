#include "app/presentation/viewer/markdocument.h"

#include "app/imaging/enhance/evidenceimage.h"
#include "app/presentation/futurewatch.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QtConcurrent>

namespace ridgeline {

namespace {

// The whole state before and after one intent; undoing restores the snapshot (value snapshots,
// never pointers, so undo cannot dangle).
class StateCommand : public QUndoCommand
{
public:
    StateCommand(MarkDocument *document, MarkDocumentState before, MarkDocumentState after, const QString &text,
                 int mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}
    void undo() override { m_document->restoreState(m_before); }
    void redo() override { m_document->restoreState(m_after); }
    int id() const override { return m_mergeKey == 0 ? -1 : 0x524c; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const StateCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    MarkDocument *m_document;
    MarkDocumentState m_before;
    MarkDocumentState m_after;
    int m_mergeKey;
};

// Lengths follow the calibration; angles do not depend on it.
void rescale(QList<Measurement> &measurements, double ppi)
{
    for (Measurement &m : measurements)
        if (m.kind != Measurement::Kind::Angle)
            m.millimetres = imaging::distanceMillimetres(m.points.first(), m.points.last(), ppi);
}

} // namespace

QString Measurement::text() const
{
    const QLocale locale;
    const auto mm = [&] { return locale.toString(millimetres, 'f', 2); };
    const auto px = [&] { return locale.toString(pixels, 'f', 1); };
    switch (kind) {
    case Kind::Distance:
        return millimetres > 0 ? QCoreApplication::translate("ridgeline::MarkDocument", "%1 mm (%2 px)").arg(mm(), px())
                               : QCoreApplication::translate("ridgeline::MarkDocument", "%1 px").arg(px());
    case Kind::Angle:
        return QCoreApplication::translate("ridgeline::MarkDocument", "%1°").arg(locale.toString(degrees, 'f', 1));
    case Kind::RidgeCount:
        return millimetres > 0 ? QCoreApplication::translate("ridgeline::MarkDocument", "%1 ridges over %2 mm")
                                     .arg(locale.toString(ridges), mm())
                               : QCoreApplication::translate("ridgeline::MarkDocument", "%1 ridges over %2 px")
                                     .arg(locale.toString(ridges), px());
    }
    return {};
}

Result<LoadedMark> loadMark(const QByteArray &bytes, const QString &name, const std::atomic<bool> *cancel)
{
    auto decoded = imaging::decodeEvidenceImage(bytes, name);
    if (!decoded)
        return decoded.error();
    auto pyramid = imaging::TilePyramid::build(decoded->image, cancel);
    if (!pyramid)
        return pyramid.error().withContext(name);
    LoadedMark loaded;
    loaded.image = decoded->image;
    loaded.filePpi = decoded->ppi;
    loaded.pyramid = std::make_shared<const imaging::TilePyramid>(std::move(pyramid.value()));
    if (loaded.pyramid->isSixteenBit())
        loaded.window = imaging::sampleRange(loaded.pyramid->level(loaded.pyramid->levelCount() - 1));
    return loaded;
}

MarkDocument::MarkDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

MarkDocument::~MarkDocument()
{
    if (m_cancelLoad)
        m_cancelLoad->store(true);
}

void MarkDocument::load(const QByteArray &bytes, const QString &name, double manifestPpi)
{
    if (m_cancelLoad)
        m_cancelLoad->store(true);
    m_cancelLoad = std::make_shared<std::atomic<bool>>(false);
    m_loading = true;
    m_name = name;
    auto future =
        QtConcurrent::run([bytes, name, cancel = m_cancelLoad] { return loadMark(bytes, name, cancel.get()); });
    whenFinished(this, future, [this, name, manifestPpi, cancel = m_cancelLoad](const Result<LoadedMark> &result) {
        if (cancel->load())
            return;
        m_loading = false;
        if (!result) {
            Q_EMIT loadFailed(result.error().message());
            return;
        }
        setLoaded(result.value(), name, manifestPpi);
    });
}

void MarkDocument::setLoaded(LoadedMark mark, const QString &name, double manifestPpi)
{
    if (!mark.pyramid) {
        auto pyramid = imaging::TilePyramid::build(mark.image);
        if (!pyramid) {
            Q_EMIT loadFailed(pyramid.error().message());
            return;
        }
        mark.pyramid = std::make_shared<const imaging::TilePyramid>(std::move(pyramid.value()));
        if (mark.pyramid->isSixteenBit())
            mark.window = imaging::sampleRange(mark.image);
    }
    m_loading = false;
    m_name = name;
    m_image = mark.image;
    m_imageSize = mark.image.size();
    m_pyramid = mark.pyramid;
    m_window = mark.window;
    m_undo.clear();
    m_state = MarkDocumentState();
    applyInitialCalibration(mark.filePpi, manifestPpi);
    if (m_pendingWork)
        m_state = *std::exchange(m_pendingWork, std::nullopt);
    Q_EMIT loaded();
    Q_EMIT calibrationChanged();
    Q_EMIT recipeChanged();
    Q_EMIT measurementsChanged();
}

void MarkDocument::showStoredPreview(const QByteArray &png)
{
    auto future = QtConcurrent::run([png]() -> std::shared_ptr<const imaging::TilePyramid> {
        QImage preview;
        if (!preview.loadFromData(png, "PNG"))
            return nullptr;
        const QStringList size = preview.text(QStringLiteral("ridgeline-image-size")).split(QLatin1Char('x'));
        if (size.size() != 2)
            return nullptr;
        auto pyramid = imaging::TilePyramid::buildPreview(preview, QSize(size[0].toInt(), size[1].toInt()));
        return pyramid ? std::make_shared<const imaging::TilePyramid>(std::move(pyramid.value())) : nullptr;
    });
    whenFinished(this, future, [this](const std::shared_ptr<const imaging::TilePyramid> &pyramid) {
        // A damaged or stale preview is only a lost shortcut: the original follows anyway.
        if (!pyramid || isLoaded())
            return;
        m_pyramid = pyramid;
        m_imageSize = pyramid->imageSize();
        if (pyramid->isSixteenBit())
            m_window = imaging::sampleRange(pyramid->level(pyramid->levelCount() - 1));
        Q_EMIT previewLoaded();
    });
}

QByteArray encodeMarkPreview(const imaging::TilePyramid &pyramid)
{
    QByteArray png;
    const int level = pyramid.levelFittingIn(MarkDocument::kPreviewSide);
    if (pyramid.isNull() || pyramid.isPreview() || level == 0)
        return png;
    QImage image = pyramid.level(level);
    const QSize size = pyramid.imageSize();
    image.setText(QStringLiteral("ridgeline-image-size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QFuture<QByteArray> MarkDocument::encodePreview() const
{
    return QtConcurrent::run([pyramid = m_pyramid]() { return pyramid ? encodeMarkPreview(*pyramid) : QByteArray(); });
}

void MarkDocument::applyInitialCalibration(double filePpi, double manifestPpi)
{
    // The manifest is the examiner-facing record of the capture; the file tag comes second.
    if (manifestPpi > 0) {
        m_state.calibration.method = imaging::CalibrationMethod::Manifest;
        m_state.calibration.ppi = manifestPpi;
    } else if (filePpi > 0) {
        m_state.calibration.method = imaging::CalibrationMethod::File;
        m_state.calibration.ppi = filePpi;
    }
}

QString MarkDocument::calibrationDescription() const
{
    const QString how = calibrationMethodDescription();
    // Says when the calibration on screen is the one stored with the mark, and whose it is.
    const MarkCalibrationRecord &stored = m_savedWork.calibration;
    if (m_savedRevision > 0 && isCalibrated() && stored.ppi == ppi() &&
        stored.method == imaging::calibrationMethodName(m_state.calibration.method))
        return QCoreApplication::translate("ridgeline::MarkDocument", "%1; saved with the mark by %2 (revision %3)")
            .arg(how, m_savedWork.savedBy)
            .arg(m_savedRevision);
    return how;
}

QString MarkDocument::calibrationMethodDescription() const
{
    const imaging::Calibration &c = m_state.calibration;
    if (!c.isValid())
        return QCoreApplication::translate("ridgeline::MarkDocument", "Uncalibrated: measurements are in pixels only");
    const QLocale locale;
    const QString ppi =
        QCoreApplication::translate("ridgeline::MarkDocument", "%1 ppi").arg(locale.toString(c.ppi, 'f', 1));
    switch (c.method) {
    case imaging::CalibrationMethod::TwoPoints:
        return c.refined ? QCoreApplication::translate(
                               "ridgeline::MarkDocument",
                               "%1, from two points %2 mm apart on the scale, refined on %3 graduations")
                               .arg(ppi, locale.toString(c.millimetres, 'f', 2), locale.toString(c.graduations))
                         : QCoreApplication::translate("ridgeline::MarkDocument",
                                                       "%1, from two points %2 mm apart on the scale")
                               .arg(ppi, locale.toString(c.millimetres, 'f', 2));
    case imaging::CalibrationMethod::File:
        return QCoreApplication::translate("ridgeline::MarkDocument",
                                           "%1, from the resolution stored in the image file")
            .arg(ppi);
    case imaging::CalibrationMethod::Manifest:
        return QCoreApplication::translate("ridgeline::MarkDocument", "%1, from the transmission manifest").arg(ppi);
    case imaging::CalibrationMethod::Manual:
        return QCoreApplication::translate("ridgeline::MarkDocument", "%1, typed by the examiner").arg(ppi);
    case imaging::CalibrationMethod::None:
        break;
    }
    return ppi;
}

Status MarkDocument::calibrateFromPoints(QPointF from, QPointF to, double millimetres, bool refineOnRuler)
{
    auto calibration = imaging::calibrateFromRuler(m_image, from, to, millimetres, refineOnRuler);
    if (!calibration && refineOnRuler) // no regular graduations: the clicks are taken as they are
        calibration = imaging::calibrateFromRuler(m_image, from, to, millimetres, false);
    if (!calibration)
        return calibration.error();
    MarkDocumentState after = m_state;
    after.calibration = calibration.value();
    rescale(after.measurements, after.calibration.ppi);
    push(after, QCoreApplication::translate("ridgeline::MarkDocument", "Calibrate from scale"));
    return {};
}

Status MarkDocument::setManualPpi(double ppi)
{
    if (ppi <= 0)
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::MarkDocument",
                                                 "A resolution of %1 ppi is not possible: type a positive value")
                         .arg(ppi));
    MarkDocumentState after = m_state;
    after.calibration = imaging::Calibration();
    after.calibration.method = imaging::CalibrationMethod::Manual;
    after.calibration.ppi = ppi;
    rescale(after.measurements, ppi);
    push(after, QCoreApplication::translate("ridgeline::MarkDocument", "Set resolution"));
    return {};
}

Status MarkDocument::setRecipe(const imaging::Recipe &recipe, const QString &description, int mergeKey)
{
    if (Status valid = imaging::validateRecipe(recipe); !valid)
        return valid;
    if (recipe == m_state.recipe)
        return {};
    MarkDocumentState after = m_state;
    after.recipe = recipe;
    push(after, description, mergeKey);
    return {};
}

int MarkDocument::addDistance(QPointF from, QPointF to)
{
    MarkDocumentState after = m_state;
    const int id = after.nextMeasurementId++;
    after.measurements.append(measure(Measurement{id, Measurement::Kind::Distance, {from, to}}));
    push(after, QCoreApplication::translate("ridgeline::MarkDocument", "Measure distance"));
    return id;
}

int MarkDocument::addAngle(QPointF a, QPointF vertex, QPointF b)
{
    MarkDocumentState after = m_state;
    const int id = after.nextMeasurementId++;
    Measurement m{id, Measurement::Kind::Angle, {a, vertex, b}};
    m.degrees = imaging::angleAtDegrees(vertex, a, b);
    after.measurements.append(m);
    push(after, QCoreApplication::translate("ridgeline::MarkDocument", "Measure angle"));
    return id;
}

Result<int> MarkDocument::addRidgeCount(QPointF from, QPointF to)
{
    auto count = imaging::countRidges(m_image, from, to);
    if (!count)
        return count.error();
    MarkDocumentState after = m_state;
    const int id = after.nextMeasurementId++;
    Measurement m = measure(Measurement{id, Measurement::Kind::RidgeCount, {from, to}});
    m.ridges = count->count;
    after.measurements.append(m);
    push(after, QCoreApplication::translate("ridgeline::MarkDocument", "Count ridges"));
    return id;
}

void MarkDocument::removeMeasurement(int id)
{
    MarkDocumentState after = m_state;
    const auto removed = after.measurements.removeIf([id](const Measurement &m) { return m.id == id; });
    if (removed > 0)
        push(after, QCoreApplication::translate("ridgeline::MarkDocument", "Remove measurement"));
}

QFuture<Result<imaging::ProcessingReport>> MarkDocument::exportCalibratedCopy(const QString &path, int exportPpi) const
{
    return QtConcurrent::run([image = m_image, recipe = m_state.recipe, ppi = ppi(), name = m_name, path,
                              exportPpi]() -> Result<imaging::ProcessingReport> {
        imaging::ApplyOptions options;
        options.sourcePpi = ppi;
        auto processed = imaging::processRecipe(image, recipe, options);
        if (!processed)
            return processed.error();
        processed->report.sourceName = name;
        const double outputPpi = processed->report.outputPpi > 0 ? processed->report.outputPpi : ppi;
        return imaging::exportCalibratedCopy(processed.value(), outputPpi, exportPpi, path);
    });
}

void MarkDocument::restoreState(const MarkDocumentState &state)
{
    const bool calibration =
        state.calibration.ppi != m_state.calibration.ppi || state.calibration.method != m_state.calibration.method;
    const bool recipe = !(state.recipe == m_state.recipe);
    const bool measurements = !(state.measurements == m_state.measurements);
    m_state = state;
    if (calibration)
        Q_EMIT calibrationChanged();
    if (recipe)
        Q_EMIT recipeChanged();
    if (measurements || calibration)
        Q_EMIT measurementsChanged();
}

void MarkDocument::push(const MarkDocumentState &after, const QString &text, int mergeKey)
{
    m_undo.push(new StateCommand(this, m_state, after, text, mergeKey));
}

Measurement MarkDocument::measure(Measurement measurement) const
{
    measurement.pixels = imaging::distancePixels(measurement.points.first(), measurement.points.last());
    measurement.millimetres =
        imaging::distanceMillimetres(measurement.points.first(), measurement.points.last(), ppi());
    return measurement;
}

} // namespace ridgeline
