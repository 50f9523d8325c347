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

} // namespace

MarkupTool::MarkupTool(MarkupDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(m_document, &MarkupDocument::featureRemoved, this,
            [this](const FeatureId &id, qsizetype) { featureRemoved(id); });
    connect(m_document, &MarkupDocument::markupReset, this, [this] {
        m_gesture = Gesture::None;
        m_macroOpen = false;
        clearSelection();
    });
}

MarkupTool::~MarkupTool()
{
    if (m_macroOpen && m_document)
        m_document->commandStack()->endMacro();
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
    const QPointF screen = m_view.imageToView(imagePos);
    FeatureId best;
    double bestDistance = kHitRadius;
    for (const MarkupFeature &f : m_document->features()) {
        const double distance = QLineF(m_view.imageToView(f.position), screen).length();
        if (distance <= bestDistance) {
            best = f.id;
            bestDistance = distance;
        }
    }
    return best;
}

void MarkupTool::select(const FeatureId &id)
{
    const FeatureId next = (id.isNull() || m_document->feature(id)) ? id : FeatureId();
    if (next == m_selected)
        return;
    m_selected = next;
    Q_EMIT selectionChanged(m_selected);
}

bool MarkupTool::beyondThreshold(QPointF imagePos) const
{
    return QLineF(m_view.imageToView(m_pressPos), m_view.imageToView(imagePos)).length() >= kDragThreshold;
}

void MarkupTool::press(QPointF imagePos, Qt::KeyboardModifiers modifiers)
{
    if (m_gesture != Gesture::None)
        cancel(); // a second button while dragging: take the first gesture back
    m_pressPos = imagePos;
    m_dragged = false;
    m_mergeKey = MarkupDocument::newMergeKey();
    const FeatureId hit = (modifiers & Qt::ShiftModifier) ? FeatureId() : featureAt(imagePos);
    if (!hit.isNull()) {
        select(hit);
        m_target = hit;
        m_grabOffset = m_document->feature(hit)->position - imagePos;
        m_gesture = Gesture::Moving;
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
    endGesture();
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
        clearSelection();
        return;
    case Gesture::Placing:
        discardLastStep(); // the macro with the new feature and its direction
        break;
    case Gesture::Moving:
        if (m_dragged)
            discardLastStep(); // the drag is one merged command on top of the stack
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
