#include "app/imaging/overlay.h"

#include "app/imaging/cvqimage.h"

#include <QCoreApplication>
#include <QPolygonF>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>
#include <vector>

namespace ridgeline::imaging {

struct OverlayRenderer::Data
{
    QImage markImage; // kept alive: level 0 may be a view of its pixels
    QImage exemplarImage;
    std::vector<cv::Mat> mark; // pyramids, level 0 at full size; CV_8UC1 or CV_8UC3 (RGB)
    std::vector<cv::Mat> exemplar;
};

namespace {

constexpr int kSmallestLevel = 16;              // px: no pyramid level below this side
constexpr qint64 kMaxOutputPixels = 64LL << 20; // a frame larger than this is a caller's mistake
constexpr uchar kPaper = 255;                   // outside its image, an image is blank paper

Error badInput(const QString &message)
{
    return Error(ErrorCode::BadInput, message);
}

// 8-bit at full size: a view of the QImage's pixels when they already are, else a converted copy.
cv::Mat eightBit(const QImage &image)
{
    cv::Mat mat = toMatView(image);
    if (mat.depth() == CV_16U) {
        cv::Mat reduced;
        mat.convertTo(reduced, CV_8U, 1.0 / 257.0);
        return reduced;
    }
    return mat;
}

std::vector<cv::Mat> pyramid(const cv::Mat &base)
{
    std::vector<cv::Mat> levels{base};
    while (std::min(levels.back().cols, levels.back().rows) >= 2 * kSmallestLevel) {
        cv::Mat next;
        cv::pyrDown(levels.back(), next);
        levels.push_back(next);
    }
    return levels;
}

// Level L pixel index i sits on level 0 index 2^L i (pyrDown keeps the even pixels' centres), so a
// continuous coordinate c is index (c - .5) / 2^L there.
QTransform continuousToIndex(int level)
{
    const double k = std::ldexp(1.0, -level);
    return QTransform(k, 0, 0, k, -0.5 * k, -0.5 * k);
}

// The finest level sampled less than two of its pixels apart per output pixel: bilinear sampling
// then skips no ridge (ridges are 5 px apart or more), and the next coarser level would blur.
int levelFor(const QTransform &outputToContinuous, int levelCount)
{
    const double sourcePerOutput = std::sqrt(std::abs(outputToContinuous.determinant()));
    if (!(sourcePerOutput > 1.0))
        return 0;
    return std::clamp(int(std::floor(std::log2(sourcePerOutput))), 0, levelCount - 1);
}

// Resampling: bilinear, 8 bits, 1 or 3 channels; taps outside the source are paper.

// Position -> (first tap, weight of the second out of 256), rounded to 1/256 px; far-off positions
// are clamped to where both taps are off the image.
std::pair<int, int> tapOf(double position, int size)
{
    const double p = std::clamp(position, -2.0, size + 1.0);
    int first = int(std::floor(p));
    int weight = int(std::lround((p - first) * 256.0));
    if (weight == 256) {
        ++first;
        weight = 0;
    }
    return {first, weight};
}

// Without rotation (the exemplar always, an unrotated mark) bilinear resampling is separable: each
// output row blends two source rows once, then each output pixel two neighbours of that blend,
// from per-column tables. On this machine that is 2.5-3.4 ms for a 1920 x 1080 frame on one core
// against 4.1-5.3 ms for cv::warpAffine, which finds and rounds each pixel's source position in 2-D
// (to 1/32 px; this keeps 1/256). `m`: output pixel index -> source pixel index.
template<int cn> void resampleSeparable(const cv::Mat &src, const QTransform &m, cv::Mat &out)
{
    const int w = src.cols, h = src.rows;
    std::vector<int> column(size_t(out.cols));
    std::vector<int> columnWeight(size_t(out.cols));
    int lo = INT_MAX, hi = INT_MIN;
    for (int u = 0; u < out.cols; ++u) {
        const auto [first, weight] = tapOf(m.m11() * u + m.dx(), w);
        column[size_t(u)] = first;
        columnWeight[size_t(u)] = weight;
        lo = std::min(lo, first);
        hi = std::max(hi, first + 1);
    }
    for (int &c : column)
        c = (c - lo) * cn;
    const std::vector<uchar> paperRow(size_t(w) * cn, kPaper);
    const int inFrom = std::max(lo, 0), inTo = std::min(hi + 1, w); // source columns on the image
    cv::parallel_for_(cv::Range(0, out.rows), [&](const cv::Range &rows) {
        std::vector<quint16> blended(size_t(hi - lo + 1) * cn, quint16(kPaper * 256));
        for (int v = rows.start; v < rows.end; ++v) {
            const auto [top, weight] = tapOf(m.m22() * v + m.dy(), h);
            const uchar *r0 = (top >= 0 && top < h ? src.ptr<uchar>(top) : paperRow.data()) + inFrom * cn;
            const uchar *r1 = (top + 1 >= 0 && top + 1 < h ? src.ptr<uchar>(top + 1) : paperRow.data()) + inFrom * cn;
            const quint16 w1 = quint16(weight), w0 = quint16(256 - weight);
            quint16 *b = blended.data() + (inFrom - lo) * cn;
            for (int i = 0, n = (inTo - inFrom) * cn; i < n; ++i)
                b[i] = quint16(r0[i] * w0 + r1[i] * w1);
            uchar *o = out.ptr<uchar>(v);
            for (int u = 0; u < out.cols; ++u) {
                const quint16 *c = blended.data() + column[size_t(u)];
                const quint32 cw = quint32(columnWeight[size_t(u)]);
                for (int k = 0; k < cn; ++k)
                    o[u * cn + k] = uchar((c[k] * (256 - cw) + c[k + cn] * cw + 32768) >> 16);
            }
        }
    });
}

// Resamples `levels` into `out` (output size, the levels' type) through `outputToContinuous`,
// output pixel index -> the image's continuous coordinates. Only the output pixels the image
// covers are resampled; the rest is paper.
void warpInto(const std::vector<cv::Mat> &levels, const QTransform &outputToContinuous, cv::Mat &out)
{
    const cv::Mat &base = levels.front();
    // Clipped to the output first: far off-screen corners would overflow the int rectangle.
    const QRectF footprint = outputToContinuous.inverted()
                                 .map(QPolygonF(QRectF(0, 0, base.cols, base.rows)))
                                 .boundingRect()
                                 .intersected(QRectF(-2, -2, out.cols + 4.0, out.rows + 4.0));
    const QRect visible =
        footprint.isEmpty()
            ? QRect()
            : QRect(QPoint(int(std::floor(footprint.left())) - 1, int(std::floor(footprint.top())) - 1),
                    QPoint(int(std::ceil(footprint.right())) + 1, int(std::ceil(footprint.bottom())) + 1))
                  .intersected(QRect(0, 0, out.cols, out.rows));
    if (visible.width() != out.cols || visible.height() != out.rows)
        out.setTo(cv::Scalar::all(kPaper));
    if (visible.isEmpty())
        return;
    const int level = levelFor(outputToContinuous, int(levels.size()));
    const QTransform m =
        QTransform::fromTranslate(visible.x(), visible.y()) * outputToContinuous * continuousToIndex(level);
    cv::Mat roi = out(cv::Rect(visible.x(), visible.y(), visible.width(), visible.height()));
    const cv::Mat &src = levels[size_t(level)];
    if (m.m12() == 0 && m.m21() == 0)
        return src.channels() == 1 ? resampleSeparable<1>(src, m, roi) : resampleSeparable<3>(src, m, roi);
    // Turned: cv::warpAffine (a pixel-by-pixel walk written out here was 10% slower over the
    // benchmark's viewports).
    const cv::Matx23d warp(m.m11(), m.m21(), m.dx(), m.m12(), m.m22(), m.dy());
    cv::warpAffine(src, roi, warp, roi.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT,
                   cv::Scalar::all(kPaper));
}

void toChannels(cv::Mat &mat, int channels)
{
    if (mat.channels() == channels)
        return;
    cv::Mat converted;
    cv::cvtColor(mat, converted, channels == 1 ? cv::COLOR_RGB2GRAY : cv::COLOR_GRAY2RGB);
    mat = converted;
}

// Writes one RGB32 row per output row from the two warped images (same size, same channels).
template<class Pixel> void compose(const cv::Mat &mark, const cv::Mat &exemplar, QImage &output, Pixel pixel)
{
    uchar *bits = output.bits();
    const qsizetype stride = output.bytesPerLine();
    const int width = output.width();
    cv::parallel_for_(cv::Range(0, output.height()), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y)
            pixel(mark.ptr<uchar>(y), exemplar.ptr<uchar>(y), reinterpret_cast<quint32 *>(bits + y * stride), width);
    });
}

void composeInto(cv::Mat &mark, cv::Mat &exemplar, QImage &output, const OverlayOptions &options)
{
    const bool colour = mark.channels() == 3 || exemplar.channels() == 3;
    if (options.mode != OverlayMode::Blend || !colour) {
        toChannels(mark, 1);
        toChannels(exemplar, 1);
    } else {
        toChannels(mark, 3);
        toChannels(exemplar, 3);
    }
    switch (options.mode) {
    case OverlayMode::Blend: {
        // Weights out of 256 that sum to 256: identical images blend to themselves exactly.
        const quint32 wm = quint32(std::lround(std::clamp(options.alpha, 0.0, 1.0) * 256.0)), we = 256 - wm;
        if (colour)
            return compose(mark, exemplar, output, [wm, we](const uchar *m, const uchar *e, quint32 *out, int w) {
                for (int x = 0; x < w; ++x) {
                    const quint32 r = (m[3 * x] * wm + e[3 * x] * we + 128) >> 8;
                    const quint32 g = (m[3 * x + 1] * wm + e[3 * x + 1] * we + 128) >> 8;
                    const quint32 b = (m[3 * x + 2] * wm + e[3 * x + 2] * we + 128) >> 8;
                    out[x] = 0xff000000u | r << 16 | g << 8 | b;
                }
            });
        return compose(mark, exemplar, output, [wm, we](const uchar *m, const uchar *e, quint32 *out, int w) {
            for (int x = 0; x < w; ++x)
                out[x] = 0xff000000u | ((m[x] * wm + e[x] * we + 128) >> 8) * 0x010101u;
        });
    }
    case OverlayMode::Difference:
        return compose(mark, exemplar, output, [](const uchar *m, const uchar *e, quint32 *out, int w) {
            for (int x = 0; x < w; ++x)
                out[x] = 0xff000000u | quint32(m[x] > e[x] ? m[x] - e[x] : e[x] - m[x]) * 0x010101u;
        });
    case OverlayMode::Colour:
        // Each image a filter on white: mark ink takes out green (magenta), exemplar ink red and blue.
        return compose(mark, exemplar, output, [](const uchar *m, const uchar *e, quint32 *out, int w) {
            for (int x = 0; x < w; ++x)
                out[x] = 0xff000000u | quint32(e[x]) << 16 | quint32(m[x]) << 8 | quint32(e[x]);
        });
    }
}

std::optional<Error> checkView(const OverlayView &view, const OverlayOptions &options, QTransform &exemplarToMark)
{
    const QSize size = view.outputSize;
    if (size.width() <= 0 || size.height() <= 0 || qint64(size.width()) * size.height() > kMaxOutputPixels)
        return badInput(QCoreApplication::translate("ridgeline::imaging::Overlay",
                                                    "Overlay: the output size %1 x %2 is empty or too large.")
                            .arg(size.width())
                            .arg(size.height()));
    const QRectF v = view.viewport;
    if (!std::isfinite(v.x()) || !std::isfinite(v.y()) || !std::isfinite(v.width()) || !std::isfinite(v.height()) ||
        !(v.width() > 0) || !(v.height() > 0))
        return badInput(QCoreApplication::translate("ridgeline::imaging::Overlay",
                                                    "Overlay: the viewport on the exemplar is empty."));
    const QTransform &t = view.markToExemplar;
    bool invertible = false;
    exemplarToMark = t.inverted(&invertible);
    const bool finite = std::isfinite(t.m11()) && std::isfinite(t.m12()) && std::isfinite(t.m21()) &&
                        std::isfinite(t.m22()) && std::isfinite(t.dx()) && std::isfinite(t.dy());
    if (!t.isAffine() || !invertible || !finite || !(std::abs(t.determinant()) > 1e-12))
        return badInput(QCoreApplication::translate("ridgeline::imaging::Overlay",
                                                    "Overlay: the alignment of the mark onto the exemplar cannot "
                                                    "be inverted. Align the images again."));
    if (!std::isfinite(options.alpha))
        return badInput(
            QCoreApplication::translate("ridgeline::imaging::Overlay", "Overlay: the opacity is not a number."));
    return std::nullopt;
}

} // namespace

Result<OverlayRenderer> OverlayRenderer::create(const QImage &mark, const QImage &exemplar)
{
    if (mark.isNull() || exemplar.isNull())
        return badInput(
            mark.isNull()
                ? QCoreApplication::translate("ridgeline::imaging::Overlay", "Overlay: the mark image is empty.")
                : QCoreApplication::translate("ridgeline::imaging::Overlay", "Overlay: the exemplar image is empty."));
    auto data = std::make_shared<Data>();
    data->markImage = mark;
    data->exemplarImage = exemplar;
    data->mark = pyramid(eightBit(data->markImage));
    data->exemplar = pyramid(eightBit(data->exemplarImage));
    OverlayRenderer renderer;
    renderer.d = std::move(data);
    return renderer;
}

QSize OverlayRenderer::markSize() const
{
    return d ? d->markImage.size() : QSize();
}

QSize OverlayRenderer::exemplarSize() const
{
    return d ? d->exemplarImage.size() : QSize();
}

Result<QImage> OverlayRenderer::render(const OverlayView &view, const OverlayOptions &options) const
{
    QImage output;
    if (Status status = renderInto(output, view, options); !status)
        return status.error();
    return output;
}

Status OverlayRenderer::renderInto(QImage &output, const OverlayView &view, const OverlayOptions &options) const
{
    if (!d)
        return badInput(QCoreApplication::translate("ridgeline::imaging::Overlay", "Overlay: no images to overlay."));
    QTransform exemplarToMark;
    if (auto error = checkView(view, options, exemplarToMark))
        return *error;
    const QSize size = view.outputSize;
    if (output.size() != size || output.format() != QImage::Format_RGB32)
        output = QImage(size, QImage::Format_RGB32);
    // Output pixel index (u, v) -> exemplar continuous coordinates of that pixel's centre.
    const double sx = view.viewport.width() / size.width(), sy = view.viewport.height() / size.height();
    const QTransform outputToExemplar(sx, 0, 0, sy, view.viewport.x() + 0.5 * sx, view.viewport.y() + 0.5 * sy);

    // Reused per thread: a frame allocates nothing once the size is steady.
    thread_local cv::Mat markPixels, exemplarPixels;
    markPixels.create(size.height(), size.width(), d->mark.front().type());
    exemplarPixels.create(size.height(), size.width(), d->exemplar.front().type());
    warpInto(d->mark, outputToExemplar * exemplarToMark, markPixels);
    warpInto(d->exemplar, outputToExemplar, exemplarPixels);
    cv::Mat mark = markPixels, exemplar = exemplarPixels; // headers: composeInto may convert them
    composeInto(mark, exemplar, output, options);
    return {};
}

Result<QImage> renderOverlay(const QImage &mark, const QImage &exemplar, const OverlayView &view,
                             const OverlayOptions &options)
{
    auto renderer = OverlayRenderer::create(mark, exemplar);
    if (!renderer)
        return renderer.error();
    return renderer->render(view, options);
}

} // namespace ridgeline::imaging
