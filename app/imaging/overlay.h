#pragma once

#include "app/core/error.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QTransform>

#include <memory>

namespace ridgeline::imaging {

// The comparison view's overlay (issue 6): the mark warped onto the exemplar through the alignment
// (alignment.h) and the two combined, for one viewport at output resolution. Only the visible part
// is resampled, straight from the mark (through the alignment and the viewport scale at once) and
// from a level of a prepared pyramid when zoomed out, so a frame costs the same at any zoom.
// Flicker is the GUI alternating Blend renders at alpha 0 and 1.

enum class OverlayMode
{
    Blend,      // the mark over the exemplar with opacity alpha (0 = exemplar only, 1 = mark only)
    Difference, // |mark - exemplar| in grey: black where they agree
    Colour,     // mark ink magenta, exemplar ink green, ink on both black (white paper stays white)
};

struct OverlayOptions
{
    OverlayMode mode = OverlayMode::Blend;
    double alpha = 0.5; // Blend only; clamped to 0..1
};

// Coordinates: continuous pixel coordinates, x right, y down, the centre of pixel (i, j) at
// (i + .5, j + .5), as QImage and QPainter use them.
struct OverlayView
{
    QTransform markToExemplar; // affine and invertible (Alignment::transform())
    QRectF viewport;           // the part of the exemplar shown, exemplar px (a QRect converts)
    QSize outputSize;          // output px; the viewport is stretched to fill it (keep the aspect)
};

// The two images prepared once for many frames (8-bit copies and zoom-out pyramids: about 1.4 x
// the pixels of each at 8 bits), then rendered per frame. Accepts any non-null QImage; the
// evidence formats (Grayscale8/16, RGB888, RGBX64) are what it is made for. 16-bit images are
// reduced to 8 bits linearly over their full range (apply a window/level or enhancement recipe
// first for contrast). The images may differ in size and in format (grey with colour).
//
// Outside its image each image counts as white paper, so: Blend fades the other image toward white
// there, Difference shows the other's ink bright (ink with no counterpart), Colour shows the other
// alone in its colour, and beyond both the output is white (black in Difference).
//
// Copies share the prepared data (cheap). Thread-safe: create() and render() may run on any
// thread, and one renderer may render on several threads at once; create() takes tens of ms on
// 4000 x 4000 images, so call it off the UI thread. render() uses OpenCV's thread pool.
class OverlayRenderer
{
public:
    OverlayRenderer() = default; // null: render() fails with BadInput

    // BadInput when either image is null or empty.
    static Result<OverlayRenderer> create(const QImage &mark, const QImage &exemplar);

    bool isNull() const { return !d; }
    QSize markSize() const;
    QSize exemplarSize() const;

    // One frame, QImage::Format_RGB32 of view.outputSize. BadInput for an empty output size (or
    // one above 64 megapixels), an empty or non-finite viewport, a transform that is not affine
    // or not invertible, a non-finite alpha, or a null renderer.
    Result<QImage> render(const OverlayView &view, const OverlayOptions &options = {}) const;
    // The same into `output`, reusing its pixels when it is already RGB32 of the output size and
    // not shared (the GUI's frame buffer: no 8 MB allocation and page faults per frame).
    Status renderInto(QImage &output, const OverlayView &view, const OverlayOptions &options = {}) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

// One-off render (tests, report figures): prepares the images each call, so for frames keep an
// OverlayRenderer. Errors as create() and render().
Result<QImage> renderOverlay(const QImage &mark, const QImage &exemplar, const OverlayView &view,
                             const OverlayOptions &options = {});

} // namespace ridgeline::imaging
