// MarkDocument: the work stored with a mark (issue 5). The document state converts to the plain
// MarkWork the session stores and back; the output hash comes from replaying the recipe on the
// original, off the UI thread.
#include "app/presentation/viewer/markdocument.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace ridgeline {

namespace {

QString kindName(Measurement::Kind kind)
{
    switch (kind) {
    case Measurement::Kind::Distance:
        return QStringLiteral("distance");
    case Measurement::Kind::Angle:
        return QStringLiteral("angle");
    case Measurement::Kind::RidgeCount:
        return QStringLiteral("ridge-count");
    }
    return {};
}

std::optional<Measurement::Kind> kindFromName(const QString &name)
{
    for (auto kind : {Measurement::Kind::Distance, Measurement::Kind::Angle, Measurement::Kind::RidgeCount})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace

MarkWork markWorkFromState(const MarkDocumentState &state)
{
    MarkWork work;
    work.recipeJson = state.recipe.toJsonBytes();
    const imaging::Calibration &c = state.calibration;
    work.calibration.method = imaging::calibrationMethodName(c.method);
    work.calibration.ppi = c.ppi;
    if (c.method == imaging::CalibrationMethod::TwoPoints)
        work.calibration.points = {c.from, c.to};
    work.calibration.millimetres = c.millimetres;
    work.calibration.refined = c.refined;
    work.calibration.graduations = c.graduations;
    for (const Measurement &m : state.measurements)
        work.measurements.append(
            MarkMeasurementRecord{m.id, kindName(m.kind), m.points, m.pixels, m.millimetres, m.degrees, m.ridges});
    return work;
}

Result<MarkDocumentState> stateFromMarkWork(const MarkWork &work)
{
    MarkDocumentState state;
    if (!work.recipeJson.isEmpty()) {
        auto recipe = imaging::Recipe::fromJsonBytes(work.recipeJson);
        if (!recipe)
            return recipe.error().withContext(
                QCoreApplication::translate("ridgeline::MarkDocument", "The stored enhancement recipe (revision %1)")
                    .arg(work.revision));
        state.recipe = recipe.value();
    }
    const MarkCalibrationRecord &c = work.calibration;
    state.calibration.method = imaging::calibrationMethodFromName(c.method);
    state.calibration.ppi = c.ppi;
    if (c.points.size() == 2) {
        state.calibration.from = c.points[0];
        state.calibration.to = c.points[1];
    }
    state.calibration.millimetres = c.millimetres;
    state.calibration.refined = c.refined;
    state.calibration.graduations = c.graduations;
    for (const MarkMeasurementRecord &r : work.measurements) {
        const auto kind = kindFromName(r.kind);
        const int needed = kind == Measurement::Kind::Angle ? 3 : 2;
        if (!kind || r.points.size() != needed)
            return Error(ErrorCode::BadInput,
                         QCoreApplication::translate("ridgeline::MarkDocument",
                                                     "Stored measurement %1 (%2) cannot be read by this version")
                             .arg(r.id)
                             .arg(r.kind));
        state.measurements.append(Measurement{r.id, *kind, r.points, r.pixels, r.millimetres, r.degrees, r.ridges});
        state.nextMeasurementId = std::max(state.nextMeasurementId, r.id + 1);
    }
    return state;
}

Status MarkDocument::setSavedWork(const MarkWork &work)
{
    auto state = stateFromMarkWork(work);
    if (!state)
        return state.error();
    m_savedWork = work;
    m_savedRevision = work.revision;
    if (isLoaded())
        applySavedWork(state.value());
    else
        m_pendingWork = state.value(); // setLoaded takes it over the file's calibration
    Q_EMIT savedWorkLoaded();
    return {};
}

void MarkDocument::applySavedWork(const MarkDocumentState &state)
{
    m_undo.clear();
    restoreState(state);
    m_undo.setClean();
    Q_EMIT calibrationChanged();
}

MarkWork MarkDocument::work(const MarkId &mark) const
{
    MarkWork work = markWorkFromState(m_state);
    work.markId = mark;
    work.revision = m_savedRevision;
    return work;
}

QFuture<Result<QString>> MarkDocument::replayOutputSha256() const
{
    return QtConcurrent::run([image = m_image, recipe = m_state.recipe, ppi = ppi()]() -> Result<QString> {
        imaging::ApplyOptions options;
        options.sourcePpi = ppi;
        auto output = imaging::applyRecipe(image, recipe, options);
        if (!output)
            return output.error();
        return imaging::imagePixelSha256(output.value());
    });
}

void MarkDocument::markSaved(const MarkWork &saved, int undoIndex)
{
    m_savedWork = saved;
    m_savedRevision = saved.revision;
    // Edits made while the save ran are not in it: the document stays modified then.
    if (m_undo.index() == undoIndex)
        m_undo.setClean();
    else
        m_undo.resetClean();
    Q_EMIT calibrationChanged(); // its description names the saved revision
}

} // namespace ridgeline
