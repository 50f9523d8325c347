#pragma once

#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/tilerenderer.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace ridgeline {

class EnhancementPreview;
class MarkDocument;
class MeasurementTool;
class TileScheduler;

// The mark viewer's canvas: paints the document's tile pyramid under a ViewTransform (coarser
// cached tiles while finer ones arrive from the TileScheduler's pool), the enhancement preview,
// measurements, the tool's line in progress, a pixel grid at high zoom, an overview inset and a
// loupe. Maps every mouse event to image coordinates once and hands it to the MeasurementTool;
// navigation (wheel, drag with the pan tool, the middle button or Space held, keys) changes the
// view only. Never decodes or renders tiles itself. UI thread.
//
// Keys: + / - zoom, 1 actual pixels (1:1), 0 or F fit, arrows pan (Shift: a whole screen),
// Space held + drag pans, Escape drops the line in progress.
//
// Markup (issue 6): with a MarkupTool set, its markup is drawn over the image, the enhancement
// preview and the grid, and under measurements, the overview and the loupe (MarkupOverlay): the
// clarity map (setShowClarity), the region of interest, the features, the engine's suggestions
// (setShowSuggestions) and, in markup mode, the tool's work in progress; with a tooltip on hover.
// In markup mode the left button goes to the MarkupTool (see its modes) and the status text names
// the mode. Keys in markup mode (the plain letters, digits 0 and 1, + / - and the arrows stay the
// viewer's own):
//   any mode       Shift + a type's letter (FeatureTypeInfo::shortcut: E B U C D O I X S F N P A)
//                  chooses the type and the Features mode; Shift+R region of interest mode, Shift+L
//                  clarity map mode (each pressed again: back to Features); Escape cancels what is
//                  in progress, else the selection.
//   Features       Delete / Backspace removes the selected feature or rejects the selected
//                  suggestion; Enter accepts the selected suggestion.
//   Region         a click adds a point; Enter, a double-click or a click on the first point closes
//                  the polygon; Backspace removes the last point; Delete (nothing in progress)
//                  clears the region of interest.
//   Clarity        drag paints; [ / ] smaller / bigger brush (these take over the window's rotate
//                  keys while the clarity map tool is active); 2 green, 3 yellow, 4 red, 5 orange,
//                  Delete / Backspace the eraser (not assessed).
class MarkCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kGridZoom = 8.0; // the pixel grid shows from this zoom on
    static constexpr int kOverviewSide = 180;
    static constexpr int kLoupeSide = 180;

    MarkCanvas(MarkDocument *document, qint64 cacheBudgetBytes, QWidget *parent = nullptr);
    ~MarkCanvas() override;

    MarkDocument *document() const { return m_document; }
    TileScheduler *scheduler() const { return m_scheduler; }
    MeasurementTool *tool() const { return m_tool; }
    // The markup tool whose document's features the canvas draws; not owned; nullptr: none.
    MarkupTool *markupTool() const { return m_markup; }
    void setMarkupTool(MarkupTool *tool);
    bool isMarkupMode() const { return m_markupMode; }
    EnhancementPreview *preview() const { return m_preview; }
    // The tile cache's memory budget in bytes. A smaller one drops the least recently shown tiles
    // at once; the canvas then asks again for any of them it still shows.
    qint64 cacheBudget() const;
    void setCacheBudget(qint64 bytes);

    const ViewTransform &view() const { return m_view; }
    void setView(const ViewTransform &view);
    // What the last paint showed (level, exact / fallback / blank tiles).
    const TilePaintResult &lastPaint() const { return m_lastPaint; }
    int framesPainted() const { return m_frames; }

    bool showsGrid() const { return m_grid; }
    bool showsOverview() const { return m_overview; }
    bool showsLoupe() const { return m_loupe; }
    bool showsEnhancement() const { return m_showEnhancement; }
    bool showsClarity() const { return m_showClarity; }
    bool showsSuggestions() const { return m_showSuggestions; }
    // The overview inset in widget coordinates (empty when hidden or nothing is loaded).
    QRect overviewRect() const;
    // Logical (device-independent) pixels per inch of the screen the canvas is on.
    double screenDpi() const;
    QString statusText() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualPixels();
    // Life size: 1 mm of the mark is 1 mm on the screen; needs a calibration.
    void lifeSize();
    void rotateBy(double degrees);
    void setRotation(double degrees);
    void setFlipped(bool flipped);
    void setShowGrid(bool show);
    void setShowOverview(bool show);
    void setShowLoupe(bool show);
    void setShowEnhancement(bool show);
    // The markup's clarity map layer and suggestions layer (both shown by default). Hidden
    // suggestions cannot be picked with the mouse either.
    void setShowClarity(bool show);
    void setShowSuggestions(bool show);
    // Markup mode: the left button places, selects and moves features (needs a markup tool).
    void setMarkupMode(bool on);

Q_SIGNALS:
    void viewChanged();
    void statusTextChanged(const QString &text);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void documentLoaded();
    void changeView(const std::function<void(ViewTransform &)> &change);
    void updateStatus();
    void paintOverview(QPainter &painter, const QRect &band) const;
    bool isPanGesture(const QMouseEvent *event) const;
    bool markupKey(QKeyEvent *event);
    bool markupModeKey(QKeyEvent *event);
    bool takesOverShortcut(const QKeyEvent *event) const;
    QString markupStatusText() const;
    void markupToolChanged();

    MarkDocument *m_document;
    TileScheduler *m_scheduler;
    MeasurementTool *m_tool;
    QPointer<MarkupTool> m_markup;
    EnhancementPreview *m_preview;
    ViewTransform m_view;
    TilePaintResult m_lastPaint;
    int m_frames = 0;
    bool m_grid = true;
    bool m_overview = true;
    bool m_loupe = false;
    bool m_showEnhancement = true;
    bool m_showClarity = true;
    bool m_showSuggestions = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_toolDragging = false;
    bool m_markupMode = false;
    bool m_markupDragging = false;
    QPointF m_lastMouse;
    std::optional<QPointF> m_cursorImage; // under the mouse, image coordinates
};

} // namespace ridgeline
