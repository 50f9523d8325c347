#pragma once

#include "app/core/markup.h"
#include "app/core/markupdocument.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

namespace ridgeline {

// The markup tool of the mark viewer (issue 6): turns presses, drags and releases in IMAGE
// coordinates (pixels of the original) into intents on a MarkupDocument, and holds the selected
// feature that the canvas and the feature list share. Does not own the document. UI thread.
//
// - A press away from any feature places one of featureType() at the point; dragging then sets
//   its direction (types with a direction: from the press point towards the mouse, degrees as in
//   markup.h) or moves it (other types). Place and drag are ONE undo step: the press opens a macro
//   on the document's command stack and the drag's changes share one merge key.
// - A press on a feature (within kHitRadius SCREEN pixels, measured through view(), so it works
//   under any zoom, rotation and mirror) selects it; dragging moves it, one undo step per drag.
//   Shift+press always places, even on a feature.
// - cancel() (Escape) takes back the press in progress, leaving no undo or redo step behind, or
//   else clears the selection. removeSelected() (Delete) removes the selected feature.
class MarkupTool : public QObject
{
    Q_OBJECT
public:
    static constexpr double kHitRadius = 9.0;     // screen (view) pixels
    static constexpr double kDragThreshold = 4.0; // screen pixels a press must move to be a drag

    explicit MarkupTool(MarkupDocument *document, QObject *parent = nullptr);
    ~MarkupTool() override;

    MarkupDocument *document() const { return m_document; }

    FeatureType featureType() const { return m_type; }
    void setFeatureType(FeatureType type);

    // How the image lies on the screen, for hit testing and drag thresholds in screen pixels.
    const ViewTransform &view() const { return m_view; }
    void setView(const ViewTransform &view) { m_view = view; }
    // The feature whose marker is nearest imagePos on screen, within kHitRadius; null id if none.
    FeatureId featureAt(QPointF imagePos) const;

    FeatureId selected() const { return m_selected; }
    void select(const FeatureId &id);
    void clearSelection() { select(FeatureId()); }

    void press(QPointF imagePos, Qt::KeyboardModifiers modifiers = {});
    void drag(QPointF imagePos);
    void release(QPointF imagePos);
    // Escape: drops the press in progress (its changes undone) or, when there is none, the selection.
    void cancel();
    bool isPressed() const { return m_gesture != Gesture::None; }
    // Delete: removes the selected feature (one undo step). False when nothing was selected or the
    // document refused (failed() says why).
    bool removeSelected();

Q_SIGNALS:
    void featureTypeChanged(ridgeline::FeatureType type);
    void selectionChanged(const ridgeline::FeatureId &id);
    // The document refused an intent: the reason, for the status bar.
    void failed(const QString &message);

private:
    enum class Gesture
    {
        None,
        Placing,
        Moving,
    };
    void place(QPointF imagePos);
    bool beyondThreshold(QPointF imagePos) const;
    void endGesture();
    void discardLastStep();
    void featureRemoved(const FeatureId &id);

    QPointer<MarkupDocument> m_document; // a window may destroy it first
    FeatureType m_type = FeatureType::MinutiaEnding;
    ViewTransform m_view;
    FeatureId m_selected;
    Gesture m_gesture = Gesture::None;
    FeatureId m_target;   // the feature being placed or moved
    QPointF m_pressPos;   // image coordinates
    QPointF m_grabOffset; // feature position - press position (moving)
    int m_mergeKey = 0;
    bool m_dragged = false;   // went beyond the threshold
    bool m_macroOpen = false; // placing: the macro on the command stack
};

} // namespace ridgeline
