#pragma once

#include "app/core/markup.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QObject>
#include <QRectF>

#include <optional>

class QPainter;
class QRect;

namespace ridgeline {

class MarkupDocument;
class MarkupTool;
class ViewTransform;

// How MarkCanvas draws a markup over the image (issue 6). Each feature sits at its image position
// mapped through the view, so it stays on its ridge under any zoom, rotation, mirror and with the
// enhancement preview on; the markers themselves stay upright and the same size on screen. A type
// is told by its colour AND its shape and letter (FeatureTypeInfo::shape and ::symbol), so no one
// has to rely on colour. Minutiae, cores and deltas with a direction get a tick pointing that way
// (mapped through the view too, so it turns and mirrors with the image). Features added after an
// exemplar was seen get an orange (GYRO) ring. Line features (a polyline: creases, scars, ...) are
// drawn as the line itself in the type's colour and style (MarkerShape DashedLine dashed, Line
// solid, ZigZag with teeth), with the letter at their position.
//
// Layers, bottom to top: the clarity map (translucent cells, clarityColour(); unassessed cells are
// not drawn), the region of interest (dashed outline, the outside dimmed), the features, the
// suggestions (hollow dotted grey-cyan circles with the type's letter and a "?"), and, drawn by
// paintInProgress(), what the tool is making (a line, a polygon with its rubber band, the brush).
// UI thread; a QObject only for tr().
class MarkupOverlay : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMarkerRadius = 7.0; // view pixels
    static constexpr double kTickLength = 26.0;  // view pixels from the centre

    // The clarity cells under an area of the view as one image of one pixel per cell, and where it
    // goes in the image. Made once per frame and drawn in every band.
    struct ClarityImage
    {
        QImage cells;  // premultiplied, unassessed cells transparent; null: nothing assessed there
        QRectF target; // image pixels
        QRectF source; // cells
    };

    struct Layers
    {
        FeatureId selected;
        FeatureId selectedSuggestion;
        bool clarity = true;
        bool suggestions = true;
        const ClarityImage *clarityImage = nullptr; // prepared for the frame; null: made per band
    };

    // Draws the layers that reach `band` (view coordinates; the caller clips to it).
    static void paint(QPainter &painter, const ViewTransform &view, const MarkupDocument &markup, const Layers &layers,
                      const QRect &band);
    // All layers, with `selected` selected.
    static void paint(QPainter &painter, const ViewTransform &view, const MarkupDocument &markup,
                      const FeatureId &selected, const QRect &band);
    static void paintFeatures(QPainter &painter, const ViewTransform &view, const QList<MarkupFeature> &features,
                              const FeatureId &selected, const QRect &band);
    // Only the cells under `viewArea`, as one image of one pixel per cell scaled through the view:
    // the cost follows the cells on screen, not the grid, at any zoom (a whole 4000 x 4000 px mark
    // at fit is a quarter of a million pixel writes), and the cells are drawn in one call however
    // many colours there are.
    static ClarityImage clarityImage(const ViewTransform &view, const ClarityMap &clarity, const QRectF &viewArea);
    static void paintClarity(QPainter &painter, const ViewTransform &view, const ClarityImage &image);
    static void paintClarity(QPainter &painter, const ViewTransform &view, const ClarityMap &clarity,
                             const QRect &band);
    static void paintRegionOfInterest(QPainter &painter, const ViewTransform &view, const QList<QPointF> &polygon,
                                      const QRect &band);
    static void paintSuggestions(QPainter &painter, const ViewTransform &view, const QList<MarkupFeature> &suggestions,
                                 const FeatureId &selected, const QRect &band);
    // The tool's work in progress: the line being dragged, the region's vertices with a rubber
    // band to cursorImage, the clarity brush outline at cursorImage (image coordinates).
    static void paintInProgress(QPainter &painter, const ViewTransform &view, const MarkupTool &tool,
                                const std::optional<QPointF> &cursorImage);

    static QColor colour(FeatureType type);
    // The translucent colour a clarity cell is drawn in; an invalid colour for None.
    static QColor clarityColour(ClarityLevel level);
    // The hover text: type, direction, confidence, author, times, origin, after-exemplar.
    static QString toolTip(const MarkupFeature &feature, int number);
    // The hover text of a suggestion: what the engine suggests and how to review it.
    static QString suggestionToolTip(const MarkupFeature &suggestion);
    static QFont labelFont(QFont font);
};

} // namespace ridgeline
