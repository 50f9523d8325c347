#pragma once

#include "app/core/markup.h"
#include "app/core/markupdocument.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QLineF>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include <optional>

namespace ridgeline {

// The markup tool of the mark viewer (issue 6): turns presses, drags and releases in IMAGE
// coordinates (pixels of the original) into intents on a MarkupDocument, and holds the selected
// feature that the canvas and the feature list share. Does not own the document. UI thread.
//
// The tool works in one of three modes (mode(), setMode()):
//
// Features (the default)
// - A press away from any feature places one of featureType() at the point; dragging then sets
//   its direction (types with a direction: from the press point towards the mouse, degrees as in
//   markup.h) or moves it (other types). Place and drag are ONE undo step: the press opens a macro
//   on the document's command stack and the drag's changes share one merge key.
// - Types that allow a polyline (FeatureTypeInfo::allowsPolyline: incipient ridge, crease, scar,
//   ...) draw a LINE instead: press + drag shows lineInProgress() (nothing in the document yet)
//   and the release adds one feature with a two-point polyline from the press to the release
//   (clamped to the image), its position (where the label goes) at the line's midpoint: one undo
//   step. A click without a drag places just the point marker, as for other types.
// - A press on a feature (within kHitRadius SCREEN pixels of its marker or of a segment of its
//   line or outline, measured through view(), so it works under any zoom, rotation and mirror)
//   selects it; dragging moves it with its whole geometry, one undo step per drag. Shift+press
//   always places, even on a feature.
// - Suggestions (the engine's minutiae not yet accepted, MarkupDocument::suggestions()) are a
//   separate selection: a press on one (when no feature is hit and suggestionsPickable()) selects
//   it as selectedSuggestion() and clears selected(); selecting a feature clears the selected
//   suggestion, so at most one of the two is set. Suggestions are not moved by dragging; they are
//   accepted or rejected (acceptSelectedSuggestion(), rejectSelectedSuggestion(), or the
//   document's acceptSuggestion(id) / rejectSuggestion(id)). Accepting keeps the id, so the
//   accepted feature becomes selected().
// - cancel() (Escape) takes back the press in progress, leaving no undo or redo step behind, or
//   else clears the selection. removeSelected() (Delete) removes the selected feature.
//
// RegionOfInterest
// - Each press adds a vertex (clamped to the image; none on top of the last one) to
//   regionInProgress(); the canvas draws the rubber band to the mouse. closeRegion() (Enter, a
//   double-click, or a press on the first vertex once there are 3) hands the polygon to
//   setRegionOfInterest: one undo step. removeLastVertex() (Backspace) takes one vertex back;
//   cancel() (Escape) drops the polygon in progress and leaves the document alone.
//   clearRegionOfInterest() (Delete) removes the drawn region (one undo step).
//
// Clarity
// - A press + drag paints clarityLevel() (ClarityLevel::None erases) with a disc of brushRadius()
//   IMAGE pixels along the path (dabs at most half a radius apart, so a fast drag leaves no gaps).
//   The whole stroke shares one merge key: one undo step. cancel() during a stroke takes it back.
//
// Changing the mode ends what was in progress (a press is cancelled, a polygon dropped).
class MarkupTool : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Features,
        RegionOfInterest,
        Clarity,
    };
    Q_ENUM(Mode)

    static constexpr double kHitRadius = 9.0;           // screen (view) pixels
    static constexpr double kDragThreshold = 4.0;       // screen pixels a press must move to be a drag
    static constexpr double kDefaultBrushRadius = 24.0; // image pixels: three default clarity cells
    static constexpr double kMinBrushRadius = 1.0;
    static constexpr double kMaxBrushRadius = 2000.0;
    static constexpr double kBrushStep = 1.25; // growBrush() / shrinkBrush() factor

    explicit MarkupTool(MarkupDocument *document, QObject *parent = nullptr);
    ~MarkupTool() override;

    MarkupDocument *document() const { return m_document; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    static QString modeDisplayName(Mode mode); // translated

    FeatureType featureType() const { return m_type; }
    void setFeatureType(FeatureType type);

    // Clarity mode: the level painted and the brush radius in image pixels (clamped to
    // [kMinBrushRadius, kMaxBrushRadius]).
    ClarityLevel clarityLevel() const { return m_level; }
    void setClarityLevel(ClarityLevel level);
    double brushRadius() const { return m_brushRadius; }
    void setBrushRadius(double radius);
    void growBrush() { setBrushRadius(m_brushRadius * kBrushStep); }
    void shrinkBrush() { setBrushRadius(m_brushRadius / kBrushStep); }

    // How the image lies on the screen, for hit testing and drag thresholds in screen pixels.
    const ViewTransform &view() const { return m_view; }
    void setView(const ViewTransform &view) { m_view = view; }
    // The feature whose marker, line or outline is nearest imagePos on screen, within kHitRadius;
    // null id if none.
    FeatureId featureAt(QPointF imagePos) const;
    // The same for suggestions (regardless of suggestionsPickable()).
    FeatureId suggestionAt(QPointF imagePos) const;

    FeatureId selected() const { return m_selected; }
    void select(const FeatureId &id);
    void clearSelection() { select(FeatureId()); }

    FeatureId selectedSuggestion() const { return m_selectedSuggestion; }
    void selectSuggestion(const FeatureId &id);
    // Whether a press may pick a suggestion (the canvas clears it while it hides them).
    bool suggestionsPickable() const { return m_suggestionsPickable; }
    void setSuggestionsPickable(bool pickable);
    // Enter / Delete on the selected suggestion (one undo step each). False when none is selected
    // or the document refused (failed() says why).
    bool acceptSelectedSuggestion();
    bool rejectSelectedSuggestion();

    void press(QPointF imagePos, Qt::KeyboardModifiers modifiers = {});
    void drag(QPointF imagePos);
    void release(QPointF imagePos);
    // Escape: drops the press, stroke or polygon in progress (its changes undone) or, when there is
    // none, the selection.
    void cancel();
    bool isPressed() const { return m_gesture != Gesture::None; }
    // Delete: removes the selected feature (one undo step). False when nothing was selected or the
    // document refused (failed() says why).
    bool removeSelected();

    // Features mode: the line being dragged out (image coordinates), if any.
    std::optional<QLineF> lineInProgress() const;
    // RegionOfInterest mode: the vertices clicked so far (image coordinates).
    const QList<QPointF> &regionInProgress() const { return m_region; }
    bool closeRegion();
    bool removeLastVertex();
    bool clearRegionOfInterest();

Q_SIGNALS:
    void modeChanged(ridgeline::MarkupTool::Mode mode);
    void featureTypeChanged(ridgeline::FeatureType type);
    void clarityLevelChanged(ridgeline::ClarityLevel level);
    void brushRadiusChanged(double radius);
    void selectionChanged(const ridgeline::FeatureId &id);
    void suggestionSelected(const ridgeline::FeatureId &id); // null id: none selected
    // lineInProgress() or regionInProgress() changed: something to redraw, nothing in the document.
    void inProgressChanged();
    // The document refused an intent: the reason, for the status bar.
    void failed(const QString &message);

private:
    enum class Gesture
    {
        None,
        Placing,
        Moving,
        Drawing,  // a line, not in the document until the release
        Painting, // a clarity stroke
    };
    void pressFeatures(QPointF imagePos, Qt::KeyboardModifiers modifiers);
    void place(QPointF imagePos);
    void finishLine();
    void pressRegion(QPointF imagePos);
    void paintDab(QPointF imagePos);
    void paintStroke(QPointF imagePos);
    QPointF clampedToImage(QPointF imagePos) const;
    bool beyondThreshold(QPointF imagePos) const;
    void endGesture();
    void discardLastStep();
    void featureRemoved(const FeatureId &id);
    void suggestionsChanged();
    void reset();

    QPointer<MarkupDocument> m_document; // a window may destroy it first
    Mode m_mode = Mode::Features;
    FeatureType m_type = FeatureType::MinutiaEnding;
    ClarityLevel m_level = ClarityLevel::Green;
    double m_brushRadius = kDefaultBrushRadius;
    ViewTransform m_view;
    FeatureId m_selected;
    FeatureId m_selectedSuggestion;
    FeatureId m_vanishedSuggestion; // the selected suggestion just taken out (accepted or rejected)
    bool m_suggestionsPickable = true;
    Gesture m_gesture = Gesture::None;
    FeatureId m_target;   // the feature being placed or moved
    QPointF m_pressPos;   // image coordinates
    QPointF m_grabOffset; // feature position - press position (moving)
    QPointF m_lastPos;    // drawing: the line's end; painting: the last dab
    QList<QPointF> m_region;
    int m_mergeKey = 0;
    int m_stackIndexAtPress = 0; // painting: what cancel() goes back to
    bool m_dragged = false;      // went beyond the threshold
    bool m_macroOpen = false;    // placing: the macro on the command stack
    bool m_strokeFailed = false; // painting: the refusal was reported once
};

} // namespace ridgeline
