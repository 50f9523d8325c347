#pragma once

#include "app/core/markup.h"

#include <QColor>
#include <QObject>

class QPainter;
class QRect;

namespace ridgeline {

class MarkupDocument;
class ViewTransform;

// How MarkCanvas draws a markup over the image (issue 6). Each feature sits at its image position
// mapped through the view, so it stays on its ridge under any zoom, rotation, mirror and with the
// enhancement preview on; the markers themselves stay upright and the same size on screen. A type
// is told by its colour AND its shape and letter (FeatureTypeInfo::shape and ::symbol), so no one
// has to rely on colour. Minutiae, cores and deltas with a direction get a tick pointing that way
// (mapped through the view too, so it turns and mirrors with the image). Features added after an
// exemplar was seen get an orange (GYRO) ring. UI thread; a QObject only for tr().
class MarkupOverlay : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMarkerRadius = 7.0; // view pixels
    static constexpr double kTickLength = 26.0;  // view pixels from the centre

    // Draws the features that reach `band` (view coordinates; the caller clips to it).
    static void paint(QPainter &painter, const ViewTransform &view, const MarkupDocument &markup,
                      const FeatureId &selected, const QRect &band);
    static QColor colour(FeatureType type);
    // The hover text: type, direction, confidence, author, times, origin, after-exemplar.
    static QString toolTip(const MarkupFeature &feature, int number);
};

} // namespace ridgeline
