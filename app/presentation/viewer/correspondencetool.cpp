#include "app/presentation/viewer/correspondencetool.h"

#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markuptool.h"

#include <QUndoStack>

#include <utility>

namespace ridgeline {

namespace {

ComparisonSide otherSide(ComparisonSide side)
{
    return side == ComparisonSide::Left ? ComparisonSide::Right : ComparisonSide::Left;
}

} // namespace

CorrespondenceTool::CorrespondenceTool(MarkupComparisonDocument *comparison, MarkupTool *left, MarkupTool *right,
                                       QObject *parent)
    : QObject(parent)
    , m_comparison(comparison)
    , m_left(left)
    , m_right(right)
{
    for (ComparisonSide side : {ComparisonSide::Left, ComparisonSide::Right}) {
        MarkupDocument *markup = comparison->markup(side);
        connect(markup, &MarkupDocument::featureRemoved, this,
                [this, side](const FeatureId &id) { featureRemoved(side, id); });
        connect(markup, &MarkupDocument::markupReset, this, [this] {
            m_pendingLeft = m_pendingRight = FeatureId();
            Q_EMIT changed();
        });
    }
    connect(comparison, &MarkupComparisonDocument::pairsChanged, this, [this] {
        if (m_selectedPair != 0 && !m_comparison->pair(m_selectedPair))
            selectPair(0);
        Q_EMIT changed();
    });
    connect(comparison, &MarkupComparisonDocument::comparisonReset, this, [this] { selectPair(0); });
}

MarkupComparisonDocument *CorrespondenceTool::comparison() const
{
    return m_comparison.data();
}

MarkupTool *CorrespondenceTool::markupTool(ComparisonSide side) const
{
    return side == ComparisonSide::Left ? m_left.data() : m_right.data();
}

void CorrespondenceTool::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_draft.clear();
    m_pendingLeft = m_pendingRight = FeatureId();
    Q_EMIT modeChanged(mode);
    Q_EMIT changed();
}

void CorrespondenceTool::click(ComparisonSide side, QPointF imagePos)
{
    if (!m_comparison || !m_left || !m_right)
        return;
    if (m_mode == Mode::Link) {
        linkClick(side, imagePos);
        return;
    }
    const Markup &markup = m_comparison->markup(side)->markup();
    if (!markup.contains(imagePos)) {
        Q_EMIT failed(tr("That point is outside the image."));
        return;
    }
    if (!m_draft.isEmpty() && m_draftSide != side)
        m_draft.clear();
    m_draftSide = side;
    m_draft.append(imagePos);
    Q_EMIT changed();
}

void CorrespondenceTool::linkClick(ComparisonSide side, QPointF imagePos)
{
    MarkupTool *tool = markupTool(side);
    MarkupDocument *markup = m_comparison->markup(side);
    const FeatureId hit = tool->featureAt(imagePos);
    if (!hit.isNull()) {
        if (const std::optional<Correspondence> pair = m_comparison->pairOf(side, hit)) {
            m_pendingLeft = m_pendingRight = FeatureId();
            selectPair(pair->number);
        } else {
            setPending(side, hit);
            linkPending();
        }
        Q_EMIT changed();
        return;
    }
    if (!markup->markup().contains(imagePos)) {
        Q_EMIT failed(tr("That point is outside the image."));
        return;
    }
    // Placing and, with a pending feature on the other side, linking: one undo step.
    const FeatureId other = pending(otherSide(side));
    const std::optional<MarkupFeature> otherFeature =
        other.isNull() ? std::nullopt : m_comparison->markup(otherSide(side))->feature(other);
    MarkupFeature feature;
    feature.type = otherFeature ? otherFeature->type : tool->featureType();
    feature.position = imagePos;
    QUndoStack *stack = markup->commandStack();
    stack->beginMacro(otherFeature ? tr("Place and link %1").arg(featureTypeDisplayName(feature.type))
                                   : tr("Place %1").arg(featureTypeDisplayName(feature.type)));
    const Result<FeatureId> added = markup->addFeature(feature);
    if (!added) {
        stack->endMacro();
        // The macro is empty: take it off the stack so no step is left behind.
        const_cast<QUndoCommand *>(stack->command(stack->index() - 1))->setObsolete(true);
        stack->undo();
        Q_EMIT failed(added.error().message());
        return;
    }
    setPending(side, added.value());
    linkPending();
    stack->endMacro();
    Q_EMIT changed();
}

void CorrespondenceTool::linkPending()
{
    if (m_pendingLeft.isNull() || m_pendingRight.isNull())
        return;
    const FeatureId left = std::exchange(m_pendingLeft, FeatureId());
    const FeatureId right = std::exchange(m_pendingRight, FeatureId());
    const Result<int> number = m_comparison->linkPair(left, right);
    if (!number) {
        Q_EMIT failed(number.error().message());
        return;
    }
    selectPair(number.value());
    Q_EMIT linked(number.value());
}

void CorrespondenceTool::setPending(ComparisonSide side, const FeatureId &id)
{
    (side == ComparisonSide::Left ? m_pendingLeft : m_pendingRight) = id;
    if (m_selectedPair != 0)
        selectPair(0);
}

bool CorrespondenceTool::finish()
{
    if (m_mode == Mode::Link || m_draft.isEmpty())
        return false;
    if (m_draft.size() == 2) {
        Q_EMIT failed(tr("An area needs at least three points; one point marks a place."));
        return false;
    }
    const ComparisonAnnotationKind kind =
        m_mode == Mode::Unclear ? ComparisonAnnotationKind::Unclear : ComparisonAnnotationKind::NonCorrespondence;
    const Result<AnnotationId> added = m_comparison->addAnnotation(kind, m_draftSide, m_draft);
    if (!added) {
        Q_EMIT failed(added.error().message());
        return false;
    }
    m_draft.clear();
    Q_EMIT changed();
    return true;
}

void CorrespondenceTool::cancel()
{
    if (!m_draft.isEmpty() || !m_pendingLeft.isNull() || !m_pendingRight.isNull()) {
        m_draft.clear();
        m_pendingLeft = m_pendingRight = FeatureId();
    } else {
        selectPair(0);
    }
    Q_EMIT changed();
}

bool CorrespondenceTool::removeSelected()
{
    if (m_selectedPair == 0 || !m_comparison)
        return false;
    if (Status s = m_comparison->unlinkPair(m_selectedPair); !s) {
        Q_EMIT failed(s.error().message());
        return false;
    }
    selectPair(0);
    return true;
}

void CorrespondenceTool::selectPair(int number)
{
    if (number == m_selectedPair)
        return;
    m_selectedPair = number;
    Q_EMIT selectedPairChanged(number);
    Q_EMIT changed();
}

void CorrespondenceTool::featureRemoved(ComparisonSide side, const FeatureId &id)
{
    if (pending(side) == id) {
        (side == ComparisonSide::Left ? m_pendingLeft : m_pendingRight) = FeatureId();
        Q_EMIT changed();
    }
}

} // namespace ridgeline
