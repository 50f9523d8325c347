#include "app/presentation/viewer/markuptool.h"

#include "app/core/markupdocument.h"

#include <QLineF>
#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>

namespace ridgeline {

namespace {

// Degrees in [0, 360), counter-clockwise with 0 pointing right, in IMAGE space (y down): the
// feature's own direction whatever the view's rotation or mirror (markup.h).
double directionDegrees(QPointF from, QPointF to)
{
    const double degrees = std::atan2(-(to.y() - from.y()), to.x() - from.x()) * 180.0 / M_PI;
    return degrees < 0.0 ? degrees + 360.0 : degrees;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

// How far a feature is from a screen point: its marker, or the nearest segment of its line or
// outline, all in screen pixels.
double screenDistance(const ViewTransform &view, const MarkupFeature &f, QPointF screen)
{
    double best = QLineF(view.imageToView(f.position), screen).length();
    const qsizetype n = f.geometry.size();
    if (n >= 2) {
        const qsizetype segments = f.geometryKind == FeatureGeometry::Polygon ? n : n - 1;
        for (qsizetype i = 0; i < segments; ++i)
            best = std::min(best, distanceToSegment(screen, view.imageToView(f.geometry[i]),
                                                    view.imageToView(f.geometry[(i + 1) % n])));
    }
    return best;
}

FeatureId nearest(const ViewTransform &view, const QList<MarkupFeature> &features, QPointF imagePos, double radius)
{
    const QPointF screen = view.imageToView(imagePos);
    FeatureId best;
    double bestDistance = radius;
    for (const MarkupFeature &f : features) {
        const double distance = screenDistance(view, f, screen);
        if (distance <= bestDistance) {
            best = f.id;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

MarkupTool::MarkupTool(MarkupDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(m_document, &MarkupDocument::featureRemoved, this,
            [this](const FeatureId &id, qsizetype) { featureRemoved(id); });
    connect(m_document, &MarkupDocument::suggestionsChanged, this, &MarkupTool::suggestionsChanged);
    connect(m_document, &MarkupDocument::featureAdded, this, [this](const FeatureId &id, qsizetype) {
        // An accepted suggestion keeps its id (it leaves the suggestions first, then arrives as a
        // feature): the examiner goes on with the feature it became.
        if (!id.isNull() && id == m_vanishedSuggestion) {
            m_vanishedSuggestion = FeatureId();
            select(id);
        }
    });
    connect(m_document, &MarkupDocument::markupReset, this, &MarkupTool::reset);
}

MarkupTool::~MarkupTool()
{
    if (m_macroOpen && m_document)
        m_document->commandStack()->endMacro();
}

void MarkupTool::reset()
{
    m_gesture = Gesture::None;
    m_macroOpen = false;
    if (!m_region.isEmpty()) {
        m_region.clear();
        Q_EMIT inProgressChanged();
    }
    selectSuggestion(FeatureId());
    clearSelection();
}

void MarkupTool::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    if (m_gesture != Gesture::None)
        cancel();
    if (!m_region.isEmpty()) {
        m_region.clear();
        Q_EMIT inProgressChanged();
    }
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

QString MarkupTool::modeDisplayName(Mode mode)
{
    switch (mode) {
    case Mode::Features:
        return tr("Features");
    case Mode::RegionOfInterest:
        return tr("Region of interest");
    case Mode::Clarity:
        return tr("Clarity map");
    }
    return {};
}

void MarkupTool::setFeatureType(FeatureType type)
{
    if (type == m_type)
        return;
    m_type = type;
    Q_EMIT featureTypeChanged(type);
}

FeatureId MarkupTool::featureAt(QPointF imagePos) const
{
    return nearest(m_view, m_document->features(), imagePos, kHitRadius);
}

FeatureId MarkupTool::suggestionAt(QPointF imagePos) const
{
    return nearest(m_view, m_document->suggestions(), imagePos, kHitRadius);
}

void MarkupTool::select(const FeatureId &id)
{
    const FeatureId next = (id.isNull() || m_document->feature(id)) ? id : FeatureId();
    if (!next.isNull())
        selectSuggestion(FeatureId());
    if (next == m_selected)
        return;
    m_selected = next;
    Q_EMIT selectionChanged(m_selected);
}

bool MarkupTool::beyondThreshold(QPointF imagePos) const
{
    return QLineF(m_view.imageToView(m_pressPos), m_view.imageToView(imagePos)).length() >= kDragThreshold;
}

QPointF MarkupTool::clampedToImage(QPointF imagePos) const
{
    const QSize size = m_document->markup().imageSize;
    return QPointF(std::clamp(imagePos.x(), 0.0, double(size.width())),
                   std::clamp(imagePos.y(), 0.0, double(size.height())));
}

void MarkupTool::press(QPointF imagePos, Qt::KeyboardModifiers modifiers)
{
    if (m_gesture != Gesture::None)
        cancel(); // a second button while dragging: take the first gesture back
    m_pressPos = imagePos;
    m_dragged = false;
    switch (m_mode) {
    case Mode::Features:
        pressFeatures(imagePos, modifiers);
        break;
    case Mode::RegionOfInterest:
        pressRegion(imagePos);
        break;
    case Mode::Clarity:
        m_mergeKey = MarkupDocument::newMergeKey();
        m_stackIndexAtPress = m_document->commandStack()->index();
        m_strokeFailed = false;
        m_gesture = Gesture::Painting;
        m_lastPos = imagePos;
        paintDab(imagePos);
        break;
    }
}

void MarkupTool::pressFeatures(QPointF imagePos, Qt::KeyboardModifiers modifiers)
{
    m_mergeKey = MarkupDocument::newMergeKey();
    const bool placeAnyway = modifiers & Qt::ShiftModifier;
    const FeatureId hit = placeAnyway ? FeatureId() : featureAt(imagePos);
    if (!hit.isNull()) {
        select(hit);
        m_target = hit;
        m_grabOffset = m_document->feature(hit)->position - imagePos;
        m_gesture = Gesture::Moving;
        return;
    }
    const FeatureId suggestion = placeAnyway || !m_suggestionsPickable ? FeatureId() : suggestionAt(imagePos);
    if (!suggestion.isNull()) {
        selectSuggestion(suggestion);
        return;
    }
    if (featureTypeInfo(m_type).allowsPolyline && m_document->markup().contains(imagePos)) {
        m_gesture = Gesture::Drawing;
        m_lastPos = imagePos;
        return;
    }
    place(imagePos);
}

void MarkupTool::place(QPointF imagePos)
{
    QUndoStack *stack = m_document->commandStack();
    stack->beginMacro(tr("Place %1").arg(featureTypeDisplayName(m_type)));
    m_macroOpen = true;
    MarkupFeature feature;
    feature.type = m_type;
    feature.position = imagePos;
    const Result<FeatureId> added = m_document->addFeature(feature);
    if (!added) {
        discardLastStep();
        Q_EMIT failed(added.error().message());
        return;
    }
    m_target = added.value();
    m_gesture = Gesture::Placing;
    select(m_target);
}

void MarkupTool::drag(QPointF imagePos)
{
    if (m_gesture == Gesture::Painting) {
        paintStroke(imagePos);
        return;
    }
    if (m_gesture == Gesture::Drawing) {
        if (!m_dragged && !beyondThreshold(imagePos))
            return;
        m_dragged = true;
        m_lastPos = clampedToImage(imagePos);
        Q_EMIT inProgressChanged();
        return;
    }
    if (m_gesture == Gesture::None || !m_document->feature(m_target))
        return;
    if (!m_dragged && !beyondThreshold(imagePos))
        return;
    m_dragged = true;
    Status status;
    if (m_gesture == Gesture::Placing && featureTypeInfo(m_type).hasDirection)
        status = m_document->setFeatureDirection(m_target, directionDegrees(m_pressPos, imagePos), m_mergeKey);
    else if (m_gesture == Gesture::Placing)
        status = m_document->moveFeature(m_target, imagePos, m_mergeKey);
    else
        status = m_document->moveFeature(m_target, imagePos + m_grabOffset, m_mergeKey);
    // Outside the image the document refuses; the feature stays where it last was allowed.
    Q_UNUSED(status);
}

void MarkupTool::release(QPointF imagePos)
{
    if (m_gesture == Gesture::None)
        return;
    drag(imagePos);
    if (m_gesture == Gesture::Drawing)
        finishLine();
    else
        endGesture();
}

// The release of a line: a two-point polyline when the mouse moved, else a point marker.
void MarkupTool::finishLine()
{
    const bool dragged = m_dragged;
    const QLineF line(m_pressPos, m_lastPos);
    m_gesture = Gesture::None;
    Q_EMIT inProgressChanged();
    if (!dragged) {
        place(m_pressPos);
        endGesture();
        return;
    }
    MarkupFeature feature;
    feature.type = m_type;
    feature.position = line.center();
    feature.geometryKind = FeatureGeometry::Polyline;
    feature.geometry = {line.p1(), line.p2()};
    const Result<FeatureId> added = m_document->addFeature(feature);
    if (!added) {
        Q_EMIT failed(added.error().message());
        return;
    }
    select(added.value());
}

std::optional<QLineF> MarkupTool::lineInProgress() const
{
    if (m_gesture != Gesture::Drawing || !m_dragged)
        return std::nullopt;
    return QLineF(m_pressPos, m_lastPos);
}

void MarkupTool::endGesture()
{
    if (m_macroOpen) {
        m_document->commandStack()->endMacro();
        m_macroOpen = false;
    }
    m_gesture = Gesture::None;
    m_target = FeatureId();
    m_mergeKey = 0;
}

void MarkupTool::cancel()
{
    switch (m_gesture) {
    case Gesture::None:
        if (!m_region.isEmpty()) {
            m_region.clear();
            Q_EMIT inProgressChanged();
            return;
        }
        clearSelection();
        selectSuggestion(FeatureId());
        return;
    case Gesture::Placing:
        discardLastStep(); // the macro with the new feature and its direction
        break;
    case Gesture::Moving:
        if (m_dragged)
            discardLastStep(); // the drag is one merged command on top of the stack
        break;
    case Gesture::Drawing:
        m_gesture = Gesture::None;
        Q_EMIT inProgressChanged(); // nothing was in the document yet
        break;
    case Gesture::Painting:
        if (m_document->commandStack()->index() > m_stackIndexAtPress)
            discardLastStep(); // the stroke is one merged command on top of the stack
        break;
    }
    m_gesture = Gesture::None;
    m_target = FeatureId();
    m_mergeKey = 0;
}

// Takes back the step on top of the command stack (closing the open macro first) and leaves no
// redo step behind: a cancelled press is not something to redo. QUndoStack::undo() deletes an
// obsolete command instead of undoing it, and then updates its index and signals (the Redo action
// is disabled again); the step is ours, made by this gesture, hence the const_cast.
void MarkupTool::discardLastStep()
{
    QUndoStack *stack = m_document->commandStack();
    if (m_macroOpen) {
        stack->endMacro();
        m_macroOpen = false;
    }
    if (stack->index() == 0)
        return;
    auto *top = const_cast<QUndoCommand *>(stack->command(stack->index() - 1));
    top->undo();
    top->setObsolete(true);
    stack->undo();
}

bool MarkupTool::removeSelected()
{
    if (m_selected.isNull() || m_gesture != Gesture::None)
        return false;
    const Status status = m_document->removeFeature(m_selected);
    if (!status) {
        Q_EMIT failed(status.error().message());
        return false;
    }
    return true;
}

void MarkupTool::featureRemoved(const FeatureId &id)
{
    if (id == m_selected)
        clearSelection();
}

} // namespace ridgeline
