#pragma once

#include "app/core/markupcomparison.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

namespace ridgeline {

class MarkupComparisonDocument;
class MarkupTool;

// The comparison view's tool for correspondences and annotations (issue 6). Turns clicks in
// either pane (IMAGE coordinates of that side) into intents on the MarkupComparisonDocument and
// its two markups. Hit tests go through each side's MarkupTool (its view: screen pixels). UI thread.
//
// Link mode: a click on a feature that is in a pair selects the pair; on a feature that is not,
// makes it that side's pending feature; on empty image, places a new feature there (the pending
// other side's type, else the side's MarkupTool type) and makes it pending. As soon as both sides
// have a pending feature they are linked under the lowest free number. Placing and linking are ONE
// undo step (a macro on the left markup's command stack; the comparison window gives the markups
// and the comparison one shared stack). removeSelected() (Delete) unlinks the selected pair.
//
// Non-correspondence / unclear modes: clicks add the points of an annotation on one side (a click
// on the other side starts again there); finish() (Enter, double click) records one point or a
// polygon of three or more; two points are refused with the reason.
//
// cancel() (Escape) drops the pending features, the points in progress or, when there are none,
// the selected pair.
class CorrespondenceTool : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Link,
        NonCorrespondence,
        Unclear,
    };

    CorrespondenceTool(MarkupComparisonDocument *comparison, MarkupTool *left, MarkupTool *right,
                       QObject *parent = nullptr);

    MarkupComparisonDocument *comparison() const;
    MarkupTool *markupTool(ComparisonSide side) const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    void click(ComparisonSide side, QPointF imagePos);
    bool finish();
    void cancel();
    bool removeSelected();

    FeatureId pending(ComparisonSide side) const
    {
        return side == ComparisonSide::Left ? m_pendingLeft : m_pendingRight;
    }
    int selectedPair() const { return m_selectedPair; }
    void selectPair(int number);
    // The annotation being drawn: its side and points (empty when none).
    ComparisonSide draftSide() const { return m_draftSide; }
    const QList<QPointF> &draftPoints() const { return m_draft; }

Q_SIGNALS:
    void modeChanged(ridgeline::CorrespondenceTool::Mode mode);
    void changed(); // pending, selection or the points in progress; repaint
    void selectedPairChanged(int number);
    void linked(int number);
    void failed(const QString &message);

private:
    void linkClick(ComparisonSide side, QPointF imagePos);
    void linkPending(); // links the two pending features, when both sides have one
    void setPending(ComparisonSide side, const FeatureId &id);
    void featureRemoved(ComparisonSide side, const FeatureId &id);

    QPointer<MarkupComparisonDocument> m_comparison;
    QPointer<MarkupTool> m_left;
    QPointer<MarkupTool> m_right;
    Mode m_mode = Mode::Link;
    FeatureId m_pendingLeft;
    FeatureId m_pendingRight;
    int m_selectedPair = 0;
    ComparisonSide m_draftSide = ComparisonSide::Left;
    QList<QPointF> m_draft;
};

} // namespace ridgeline
