// The two 2-D transforms of the FFT step, spread over OpenCV's worker threads.
//
// cv::dft runs a 2-D transform on one thread. It is a pass of 1-D transforms over the rows and a
// pass over the columns, each row or column independent of the others. Here the same passes run
// with the same 1-D kernels (cv::hal::DFT1D created with exactly the flags, lengths and counts that
// cv::dft's OcvDftImpl gives them, so the same twiddles and the same scale) on the same data
// layout, split over threads. Every output value is computed by the same arithmetic on the same
// inputs as in cv::dft, so the result is bit-identical to it for any number of threads (checked
// against cv::dft by tst_paralleldft). Only the columns the inverse reads are kept: cv::dft's
// full complex output is those columns plus their conjugate mirror.
#include "app/imaging/enhance/enhancesteps.h"

#include <opencv2/core/hal/hal.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <vector>

namespace ridgeline::imaging::steps {

namespace {

using Complex = cv::Vec2f;

// Columns are gathered this many at a time: one 64-byte cache line of each complex row.
constexpr int kColumnBlock = 8;

// A 1-D transform context for one thread. `buffered` starts as cv::dft's "in place" wish for the
// stage and comes back true when the kernel must not write over its input (OpenCV's rule).
struct Transform1D
{
    cv::Ptr<cv::hal::DFT1D> context;
    bool buffered = false;

    Transform1D(int length, int count, int flags, bool inPlace)
        : buffered(inPlace)
    {
        context = cv::hal::DFT1D::create(length, count, CV_32F, flags, &buffered);
    }
    void apply(const void *src, void *dst)
    {
        context->apply(static_cast<const uchar *>(src), static_cast<uchar *>(dst));
    }
};

int stripes(int items)
{
    return std::max(1, std::min(items, 4 * cv::getNumThreads()));
}

// Runs `transform` on the first `count` columns of the complex matrix `spectrum` in blocks: each
// column is copied out, transformed, and handed back to `store` (column index, its values).
template<class Store>
void forEachColumn(const cv::Mat &spectrum, int count, int flags, bool inPlace, bool zeroImaginaryOfEdges, int width,
                   const Store &store)
{
    const int h = spectrum.rows;
    const int blocks = (count + kColumnBlock - 1) / kColumnBlock;
    cv::parallel_for_(
        cv::Range(0, blocks),
        [&](const cv::Range &range) {
            Transform1D transform(h, width, flags, inPlace);
            std::vector<Complex> columns(size_t(h) * kColumnBlock);
            std::vector<Complex> out(static_cast<size_t>(h));
            for (int block = range.start; block < range.end; ++block) {
                const int x0 = block * kColumnBlock;
                const int n = std::min(kColumnBlock, count - x0);
                for (int y = 0; y < h; ++y) {
                    const Complex *row = spectrum.ptr<Complex>(y) + x0;
                    for (int k = 0; k < n; ++k)
                        columns[size_t(k) * h + y] = row[k];
                }
                for (int k = 0; k < n; ++k) {
                    Complex *column = columns.data() + size_t(k) * h;
                    const int x = x0 + k;
                    // cv::dft takes only the real part of the DC and Nyquist columns of the row pass.
                    if (zeroImaginaryOfEdges && (x == 0 || (width % 2 == 0 && x == width / 2)))
                        for (int y = 0; y < h; ++y)
                            column[y][1] = 0.0f;
                    Complex *result = transform.buffered ? out.data() : column;
                    transform.apply(column, result);
                    if (result != column)
                        std::copy_n(result, h, column);
                }
                store(x0, n, columns);
            }
        },
        stripes(blocks));
}

} // namespace

cv::Mat halfSpectrum(const cv::Mat &real)
{
    CV_Assert(real.type() == CV_32FC1 && real.cols >= 2 && real.rows >= 2);
    const int w = real.cols;
    const int h = real.rows;
    const int half = w / 2 + 1;
    cv::Mat spectrum = newImage(cv::Size(half, h), CV_32FC2);
    // Row pass: real-input transforms with complex output (cv::dft's first stage).
    cv::parallel_for_(
        cv::Range(0, h),
        [&](const cv::Range &range) {
            Transform1D transform(w, h, CV_HAL_DFT_COMPLEX_OUTPUT | CV_HAL_DFT_REAL_OUTPUT | CV_HAL_DFT_TWO_STAGE,
                                  false);
            // Always through a full-length buffer: the kernel may use the whole row it is given,
            // and the rows of `spectrum` are only half as long as cv::dft's.
            std::vector<Complex> out(size_t(w) + 1);
            for (int y = range.start; y < range.end; ++y) {
                transform.apply(real.ptr(y), out.data());
                std::copy_n(out.data(), half, spectrum.ptr<Complex>(y));
            }
        },
        stripes(h));
    // Column pass: complex transforms of the columns that are not the mirror of others.
    forEachColumn(spectrum, half, CV_HAL_DFT_REAL_OUTPUT | CV_HAL_DFT_STAGE_COLS, true, true, w,
                  [&](int x0, int n, const std::vector<Complex> &columns) {
                      for (int y = 0; y < h; ++y) {
                          Complex *row = spectrum.ptr<Complex>(y) + x0;
                          for (int k = 0; k < n; ++k)
                              row[k] = columns[size_t(k) * h + y];
                      }
                  });
    return spectrum;
}

void inverseHalfSpectrum(const cv::Mat &spectrum, cv::Mat &out)
{
    CV_Assert(spectrum.type() == CV_32FC2 && out.type() == CV_32FC1 && out.rows == spectrum.rows &&
              out.cols / 2 + 1 == spectrum.cols && out.cols >= 2 && out.rows >= 2);
    const int w = out.cols;
    const int h = out.rows;
    // Column pass first (cv::dft's order for a real output); the results are packed into the rows
    // in OpenCV's CCS layout: Re(0), Re(1), Im(1), ..., and Re(w/2) last for an even width.
    forEachColumn(spectrum, spectrum.cols,
                  CV_HAL_DFT_INVERSE | CV_HAL_DFT_SCALE | CV_HAL_DFT_COMPLEX_OUTPUT | CV_HAL_DFT_REAL_OUTPUT |
                      CV_HAL_DFT_TWO_STAGE | CV_HAL_DFT_STAGE_COLS,
                  false, false, w, [&](int x0, int n, const std::vector<Complex> &columns) {
                      for (int y = 0; y < h; ++y) {
                          float *row = out.ptr<float>(y);
                          for (int k = 0; k < n; ++k) {
                              const int x = x0 + k;
                              const Complex v = columns[size_t(k) * h + y];
                              if (x == 0) {
                                  row[0] = v[0];
                              } else if (w % 2 == 0 && x == w / 2) {
                                  row[w - 1] = v[0];
                              } else {
                                  row[2 * x - 1] = v[0];
                                  row[2 * x] = v[1];
                              }
                          }
                      }
                  });
    // Row pass: CCS to real, scaled by 1 / (w h), in place as cv::dft does it.
    cv::parallel_for_(
        cv::Range(0, h),
        [&](const cv::Range &range) {
            Transform1D transform(w, h, CV_HAL_DFT_INVERSE | CV_HAL_DFT_SCALE | CV_HAL_DFT_REAL_OUTPUT, true);
            std::vector<float> buffer(2 * size_t(w)); // cv::dft's row buffer size
            for (int y = range.start; y < range.end; ++y) {
                float *row = out.ptr<float>(y);
                if (transform.buffered) {
                    transform.apply(row, buffer.data());
                    std::copy_n(buffer.data(), w, row);
                } else {
                    transform.apply(row, row);
                }
            }
        },
        stripes(h));
}

} // namespace ridgeline::imaging::steps
