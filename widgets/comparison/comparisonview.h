#pragma once

#include "app/core/markupcomparison.h"
#include "widgets/comparison/overlaycanvas.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QSplitter;
class QStackedWidget;

namespace ridgeline {

class CorrespondenceTool;
class MarkCanvas;
class MarkDocument;
class MarkupComparisonDocument;
class MarkupTool;

// A candidate pair from the matcher, shown as tool-made (never a correspondence of the examiner).
struct ToolPair
{
    QPointF mark;     // mark image px
    QPointF exemplar; // exemplar image px
    double similarity = 0.0;
};

// The comparison view (issue 6): the mark (left) and the exemplar (right) side by side, each a
// MarkCanvas with its markup, over which this view draws the comparison: pair numbers at both
// features of each correspondence, the pending and selected ones, non-correspondence and unclear
// annotations, the matcher's candidate pairs labelled as tool-made, and optional connecting lines
// between the panes. Each pane pans, zooms and rotates on its own, or linked: the other pane then
// follows through the alignment when there is one (the same ridge under the same screen point),
// else at the same physical scale (viewsync::follow). The right pane can show the overlay instead
// (OverlayCanvas). Interaction: Navigate (buttons pan), Markup (the focused pane's MarkupTool),
// Correspond (left clicks go to the CorrespondenceTool, Return finishes an area, Escape cancels,
// Delete unlinks the selected pair). Owns neither documents nor tools. UI thread.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    enum class Interaction
    {
        Navigate,
        Markup,
        Correspond,
    };

    ComparisonView(MarkDocument *mark, MarkDocument *exemplar, CorrespondenceTool *tool, qint64 cacheBudgetBytes,
                   QWidget *parent = nullptr);
    ~ComparisonView() override;

    MarkCanvas *canvas(ComparisonSide side) const { return side == ComparisonSide::Left ? m_left : m_right; }
    OverlayCanvas *overlayCanvas() const { return m_overlay; }
    CorrespondenceTool *tool() const;
    MarkupComparisonDocument *comparison() const;
    QSplitter *splitter() const { return m_splitter; }

    Interaction interaction() const { return m_interaction; }
    void setInteraction(Interaction interaction);
    // The pane last focused (where Markup mode's keys and the window's type choice act).
    ComparisonSide activeSide() const { return m_active; }

    bool isLinked() const { return m_linked; }
    void setLinked(bool linked);
    bool showsLines() const { return m_lines; }
    void setShowLines(bool show);
    bool showsToolPairs() const { return m_showToolPairs; }
    void setShowToolPairs(bool show);
    void setToolPairs(const QList<ToolPair> &pairs);
    const QList<ToolPair> &toolPairs() const { return m_toolPairs; }

    // The right pane shows the overlay instead of the exemplar (needs an alignment to render).
    bool showsOverlay() const;
    void setShowOverlay(bool show);

    // Where a side's image point is in this widget's coordinates, through the pane's view.
    QPointF toView(ComparisonSide side, QPointF imagePoint) const;
    // Centres both panes on a pair (selecting it in the list).
    void centreOnPair(int number);

Q_SIGNALS:
    void activeSideChanged(ridgeline::ComparisonSide side);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Decorations;
    class Lines;
    void follow(MarkCanvas *leader);
    void alignmentChanged();
    void setActive(ComparisonSide side);
    void decorate();
    bool correspondEvent(ComparisonSide side, QEvent *event);

    QPointer<CorrespondenceTool> m_tool;
    QSplitter *m_splitter;
    QStackedWidget *m_rightStack;
    MarkCanvas *m_left;
    MarkCanvas *m_right;
    OverlayCanvas *m_overlay;
    Decorations *m_leftDecorations;
    Decorations *m_rightDecorations;
    Lines *m_linesWidget;
    Interaction m_interaction = Interaction::Navigate;
    ComparisonSide m_active = ComparisonSide::Left;
    bool m_linked = false;
    bool m_following = false;
    bool m_lines = true;
    bool m_showToolPairs = true;
    QList<ToolPair> m_toolPairs;
    QPointF m_pressAt;
    bool m_pressed = false;
};

} // namespace ridgeline
