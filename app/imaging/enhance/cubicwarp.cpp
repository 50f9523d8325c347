// The bicubic warps of 8-bit colour images (rotation and perspective steps), bit for bit what
// OpenCV 4's cv::warpAffine / cv::warpPerspective(src, dst, M, size, INTER_CUBIC, BORDER_CONSTANT,
// fill) write, about twice as fast: recipes stored before this replay to the same pixels
// (algorithm ridgeline-enhance/1).
//
// What has to match (OpenCV 4.6, imgproc's imgwarp.cpp, read for these facts):
// - M is inverted in double precision the way warpAffine does it (warpPerspective: cv::invert),
//   then each destination pixel's source position is found, for the affine warp in fixed point
//   (10 fractional bits per row start and per column step), for the perspective one in double
//   precision from the start of OpenCV's block of columns; both rounded to 5 fractional bits (a
//   32 x 32 table of sub-pixel positions) and saturated to 16 bits.
// - The 4 x 4 weights come from a table of 1024 entries built in float from Keys' cubic (a = -0.75),
//   scaled to 2^15 and rounded, each entry's rounding error put on one of its four centre weights.
// - Inside the source (all 16 taps present) the sum is rounded with (sum + 2^14) >> 15 and saturated;
//   near an edge the missing taps take the fill value; wholly outside, the pixel is the fill value.
// The interior sum is done four taps at a time with SSSE3 (pmaddwd on 16-bit pixels and weights
// gives the same 32-bit integers as OpenCV's scalar loop); edges use the scalar formula.
#include "app/imaging/enhance/enhancesteps.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define RIDGELINE_CUBICWARP_SSSE3 1
#endif

namespace ridgeline::imaging::steps {

namespace {

constexpr int kTabBits = 5; // INTER_BITS
constexpr int kTabSize = 1 << kTabBits;
constexpr int kAbBits = 10; // max(10, INTER_BITS)
constexpr int kAbScale = 1 << kAbBits;
constexpr int kCoefBits = 15; // INTER_REMAP_COEF_BITS
constexpr int kCoefScale = 1 << kCoefBits;

struct CubicTable
{
    alignas(16) std::array<std::array<short, 16>, kTabSize * kTabSize> weights{};
};

void cubicCoefficients(float x, float *c)
{
    const float a = -0.75f;
    c[0] = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a;
    c[1] = ((a + 2) * x - (a + 3)) * x * x + 1;
    c[2] = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1;
    c[3] = 1.f - c[0] - c[1] - c[2];
}

short roundToShort(float v)
{
    const long r = std::lrint(v); // nearest, ties to even: cvRound
    return short(std::clamp<long>(r, SHRT_MIN, SHRT_MAX));
}

CubicTable buildTable()
{
    CubicTable table;
    float oneD[kTabSize][4];
    const float scale = 1.f / kTabSize;
    for (int i = 0; i < kTabSize; ++i)
        cubicCoefficients(float(i) * scale, oneD[i]);
    for (int i = 0; i < kTabSize; ++i)
        for (int j = 0; j < kTabSize; ++j) {
            short *w = table.weights[size_t(i * kTabSize + j)].data();
            int sum = 0;
            for (int k1 = 0; k1 < 4; ++k1)
                for (int k2 = 0; k2 < 4; ++k2) {
                    const float v = oneD[i][k1] * oneD[j][k2];
                    w[k1 * 4 + k2] = roundToShort(v * float(kCoefScale));
                    sum += w[k1 * 4 + k2];
                }
            if (sum == kCoefScale)
                continue;
            // The rounding error goes to the largest (sum too small) or smallest (too large) of
            // the four centre weights, the first found in row order.
            const int diff = sum - kCoefScale;
            int maxAt = 2 * 4 + 2; // both searches start at tap (2, 2)
            int minAt = maxAt;
            for (int k1 = 2; k1 < 4; ++k1)
                for (int k2 = 2; k2 < 4; ++k2) {
                    const int at = k1 * 4 + k2;
                    if (w[at] < w[minAt])
                        minAt = at;
                    else if (w[at] > w[maxAt])
                        maxAt = at;
                }
            if (diff < 0)
                w[maxAt] = short(w[maxAt] - diff);
            else
                w[minAt] = short(w[minAt] - diff);
        }
    return table;
}

const CubicTable &cubicTable()
{
    static const CubicTable table = buildTable();
    return table;
}

short saturateShort(int v)
{
    return short(std::clamp(v, int(SHRT_MIN), int(SHRT_MAX)));
}

uchar saturateUchar(int v)
{
    return uchar(std::clamp(v, 0, 255));
}

uchar fixedToUchar(int sum)
{
    return saturateUchar((sum + (1 << (kCoefBits - 1))) >> kCoefBits);
}

// One destination pixel from source taps (sx..sx+3, sy..sy+3), some of which lie outside: the
// missing ones count as the fill value (BORDER_CONSTANT), as OpenCV's edge formula does.
void edgePixel(const cv::Mat &src, int sx, int sy, const short *w, const uchar *fill, uchar *d)
{
    const int width = src.cols;
    const int height = src.rows;
    if (sx >= width || sx + 4 <= 0 || sy >= height || sy + 4 <= 0) {
        d[0] = fill[0];
        d[1] = fill[1];
        d[2] = fill[2];
        return;
    }
    int xs[4];
    int ys[4];
    for (int i = 0; i < 4; ++i) {
        xs[i] = (sx + i >= 0 && sx + i < width) ? (sx + i) * 3 : -1;
        ys[i] = (sy + i >= 0 && sy + i < height) ? sy + i : -1;
    }
    for (int k = 0; k < 3; ++k) {
        const int cval = fill[k];
        int sum = cval * kCoefScale;
        for (int i = 0; i < 4; ++i) {
            if (ys[i] < 0)
                continue;
            const uchar *row = src.ptr<uchar>(ys[i]) + k;
            for (int j = 0; j < 4; ++j)
                if (xs[j] >= 0)
                    sum += (row[xs[j]] - cval) * w[i * 4 + j];
        }
        d[k] = fixedToUchar(sum);
    }
}

#ifdef RIDGELINE_CUBICWARP_SSSE3

// All 16 taps inside: sum over 4 rows of 4 RGB pixels. Per row, pixels R0 G0 B0 R1 G1 B1 R2 G2 B2
// R3 G3 B3 become 16-bit pairs (R0 R1)(G0 G1)(B0 B1)(R2 R3) and (G2 G3)(B2 B3), multiplied by
// (w0 w1)(w0 w1)(w0 w1)(w2 w3) and (w2 w3)(w2 w3) and added pairwise (pmaddwd): 32-bit partial
// sums, exactly OpenCV's integer products and sums in another order (integer addition commutes).
__attribute__((target("ssse3"))) void interiorRow(const uchar *src, size_t step, const uchar *lastByte,
                                                  const short *sxs, const short *sys, const ushort *alphas,
                                                  const CubicTable &table, int count, uchar *d)
{
    const __m128i pixelsX = _mm_setr_epi8(0, -1, 3, -1, 1, -1, 4, -1, 2, -1, 5, -1, 6, -1, 9, -1);
    const __m128i pixelsY = _mm_setr_epi8(7, -1, 10, -1, 8, -1, 11, -1, -1, -1, -1, -1, -1, -1, -1, -1);
    const __m128i weightsX = _mm_setr_epi8(0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7);
    const __m128i weightsY = _mm_setr_epi8(4, 5, 6, 7, 4, 5, 6, 7, -1, -1, -1, -1, -1, -1, -1, -1);
    const __m128i half = _mm_set1_epi32(1 << (kCoefBits - 1));
    for (int i = 0; i < count; ++i, d += 3) {
        const uchar *s = src + size_t(sys[i] - 1) * step + size_t(sxs[i] - 1) * 3;
        const short *w = table.weights[alphas[i]].data();
        __m128i accX = _mm_setzero_si128();
        __m128i accY = _mm_setzero_si128();
        for (int r = 0; r < 4; ++r, s += step) {
            __m128i p;
            if (s + 15 <= lastByte) {
                p = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
            } else { // the last rows of the image: read only the 12 bytes that exist
                alignas(16) uchar tail[16] = {};
                std::memcpy(tail, s, 12);
                p = _mm_load_si128(reinterpret_cast<const __m128i *>(tail));
            }
            const __m128i wr = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(w + r * 4));
            accX = _mm_add_epi32(accX, _mm_madd_epi16(_mm_shuffle_epi8(p, pixelsX), _mm_shuffle_epi8(wr, weightsX)));
            accY = _mm_add_epi32(accY, _mm_madd_epi16(_mm_shuffle_epi8(p, pixelsY), _mm_shuffle_epi8(wr, weightsY)));
        }
        // (R01 G01 B01 R23) + (R23 G23 B23 0) = (R G B 0)
        __m128i sum = _mm_add_epi32(accX, _mm_alignr_epi8(accY, accX, 12));
        sum = _mm_srai_epi32(_mm_add_epi32(sum, half), kCoefBits);
        const __m128i bytes = _mm_packus_epi16(_mm_packs_epi32(sum, sum), _mm_setzero_si128());
        const int packed = _mm_cvtsi128_si32(bytes);
        std::memcpy(d, &packed, 3);
    }
}

#endif

// Source positions of one destination row as warpAffine finds them: 10 fractional bits for the
// row start and for each column's step, rounded to 5.
class AffinePositions
{
public:
    AffinePositions(const double *m, int width)
        : m_m(m)
    {
        m_adelta.resize(size_t(width));
        m_bdelta.resize(size_t(width));
        for (int x = 0; x < width; ++x) {
            m_adelta[size_t(x)] = cv::saturate_cast<int>(m[0] * x * kAbScale);
            m_bdelta[size_t(x)] = cv::saturate_cast<int>(m[3] * x * kAbScale);
        }
    }

    void row(int y, int width, short *sxs, short *sys, ushort *alphas) const
    {
        constexpr int roundDelta = kAbScale / kTabSize / 2;
        const int x0 = cv::saturate_cast<int>((m_m[1] * y + m_m[2]) * kAbScale) + roundDelta;
        const int y0 = cv::saturate_cast<int>((m_m[4] * y + m_m[5]) * kAbScale) + roundDelta;
        for (int x = 0; x < width; ++x) {
            const int fx = (x0 + m_adelta[size_t(x)]) >> (kAbBits - kTabBits);
            const int fy = (y0 + m_bdelta[size_t(x)]) >> (kAbBits - kTabBits);
            store(fx, fy, sxs[x], sys[x], alphas[x]);
        }
    }

    // OpenCV keeps whole-pixel positions in 16 bits (the first tap is one before) and the
    // sub-pixel position as a 5-bit row and column of the weight table.
    static void store(int fx, int fy, short &sx, short &sy, ushort &alpha)
    {
        sx = saturateShort(fx >> kTabBits);
        sy = saturateShort(fy >> kTabBits);
        alpha = ushort((fy & (kTabSize - 1)) * kTabSize + (fx & (kTabSize - 1)));
    }

private:
    const double *m_m;
    std::vector<int> m_adelta;
    std::vector<int> m_bdelta;
};

// Source positions as warpPerspective finds them: in double precision from the start of each
// block of columns OpenCV works in (32 x 32 pixels' worth: 64 columns once the image has 16
// rows), so the block width is part of the result.
class PerspectivePositions
{
public:
    PerspectivePositions(const double *m, cv::Size dst)
        : m_m(m)
    {
        const int blockRows = std::min(16, dst.height);
        m_blockWidth = std::min(32 * 32 / blockRows, dst.width);
    }

    void row(int y, int width, short *sxs, short *sys, ushort *alphas) const
    {
        const double *m = m_m;
        for (int bx = 0; bx < width; bx += m_blockWidth) {
            const double x0 = m[0] * bx + m[1] * y + m[2];
            const double y0 = m[3] * bx + m[4] * y + m[5];
            const double w0 = m[6] * bx + m[7] * y + m[8];
            const int end = std::min(m_blockWidth, width - bx);
            for (int x1 = 0; x1 < end; ++x1) {
                double w = w0 + m[6] * x1;
                w = w != 0 ? kTabSize / w : 0;
                const double fx = std::max(double(INT_MIN), std::min(double(INT_MAX), (x0 + m[0] * x1) * w));
                const double fy = std::max(double(INT_MIN), std::min(double(INT_MAX), (y0 + m[3] * x1) * w));
                AffinePositions::store(int(std::lrint(fx)), int(std::lrint(fy)), sxs[bx + x1], sys[bx + x1],
                                       alphas[bx + x1]);
            }
        }
    }

private:
    const double *m_m;
    int m_blockWidth = 1;
};

template<class Positions> class WarpRows : public cv::ParallelLoopBody
{
public:
    WarpRows(const cv::Mat &src, cv::Mat &dst, const Positions &positions, const uchar *fill)
        : m_src(src)
        , m_dst(dst)
        , m_positions(positions)
        , m_fill(fill)
        , m_table(cubicTable())
    {}

    void operator()(const cv::Range &rows) const override
    {
        const int width = m_dst.cols;
        const unsigned interiorW = unsigned(std::max(m_src.cols - 3, 0));
        const unsigned interiorH = unsigned(std::max(m_src.rows - 3, 0));
        const uchar *lastByte = m_src.ptr<uchar>(m_src.rows - 1) + size_t(m_src.cols) * 3 - 1;
        std::vector<short> sxs(static_cast<size_t>(width));
        std::vector<short> sys(static_cast<size_t>(width));
        std::vector<ushort> alphas(static_cast<size_t>(width));
        for (int y = rows.start; y < rows.end; ++y) {
            m_positions.row(y, width, sxs.data(), sys.data(), alphas.data());
            uchar *d = m_dst.ptr<uchar>(y);
            int x = 0;
            while (x < width) {
                // A run of pixels whose taps all lie inside goes to the vector loop.
                int end = x;
                while (end < width && unsigned(int(sxs[size_t(end)]) - 1) < interiorW &&
                       unsigned(int(sys[size_t(end)]) - 1) < interiorH)
                    ++end;
                if (end > x) {
#ifdef RIDGELINE_CUBICWARP_SSSE3
                    interiorRow(m_src.data, m_src.step, lastByte, sxs.data() + x, sys.data() + x, alphas.data() + x,
                                m_table, end - x, d + x * 3);
#endif
                    x = end;
                    continue;
                }
                const int sx = int(sxs[size_t(x)]) - 1;
                const int sy = int(sys[size_t(x)]) - 1;
                edgePixel(m_src, sx, sy, m_table.weights[alphas[size_t(x)]].data(), m_fill, d + x * 3);
                ++x;
            }
        }
    }

private:
    const cv::Mat &m_src;
    cv::Mat &m_dst;
    const Positions &m_positions;
    const uchar *m_fill;
    const CubicTable &m_table;
};

// Whether the vector warp applies; the rest go to OpenCV.
bool applies(const cv::Mat &src, const cv::Mat &dst, const cv::Mat &transform, int rows)
{
#ifdef RIDGELINE_CUBICWARP_SSSE3
    if (!__builtin_cpu_supports("ssse3"))
        return false;
#else
    return false;
#endif
    // OpenCV's sub-pixel positions wrap beyond 16-bit coordinates; the steps refuse those sizes.
    return src.type() == CV_8UC3 && dst.type() == CV_8UC3 && !src.empty() && !dst.empty() && transform.rows == rows &&
           transform.cols == 3 && src.data != dst.data &&
           std::max({src.cols, src.rows, dst.cols, dst.rows}) <= SHRT_MAX - 1;
}

void fillBytes(const cv::Scalar &fill, uchar *bytes)
{
    for (int k = 0; k < 3; ++k)
        bytes[k] = cv::saturate_cast<uchar>(fill[k]);
}

} // namespace

bool warpAffineCubic8uc3(const cv::Mat &src, cv::Mat &dst, const cv::Mat &transform, const cv::Scalar &fill)
{
    if (!applies(src, dst, transform, 2))
        return false;
    double m[6];
    cv::Mat m64;
    transform.convertTo(m64, CV_64F);
    for (int i = 0; i < 6; ++i)
        m[i] = m64.at<double>(i / 3, i % 3);
    // The inverse map, computed as warpAffine computes it.
    double det = m[0] * m[4] - m[1] * m[3];
    det = det != 0 ? 1. / det : 0;
    const double a11 = m[4] * det;
    const double a22 = m[0] * det;
    m[0] = a11;
    m[1] *= -det;
    m[3] *= -det;
    m[4] = a22;
    const double b1 = -m[0] * m[2] - m[1] * m[5];
    const double b2 = -m[3] * m[2] - m[4] * m[5];
    m[2] = b1;
    m[5] = b2;
    uchar fillValue[3];
    fillBytes(fill, fillValue);
    const AffinePositions positions(m, dst.cols);
    const WarpRows<AffinePositions> rows(src, dst, positions, fillValue);
    cv::parallel_for_(cv::Range(0, dst.rows), rows, double(dst.total()) / double(1 << 16));
    return true;
}

bool warpPerspectiveCubic8uc3(const cv::Mat &src, cv::Mat &dst, const cv::Mat &transform, const cv::Scalar &fill)
{
    if (!applies(src, dst, transform, 3))
        return false;
    // The inverse map, by the same call warpPerspective makes.
    cv::Mat inverse;
    transform.convertTo(inverse, CV_64F);
    cv::invert(inverse, inverse);
    double m[9];
    for (int i = 0; i < 9; ++i)
        m[i] = inverse.at<double>(i / 3, i % 3);
    uchar fillValue[3];
    fillBytes(fill, fillValue);
    const PerspectivePositions positions(m, dst.size());
    const WarpRows<PerspectivePositions> rows(src, dst, positions, fillValue);
    cv::parallel_for_(cv::Range(0, dst.rows), rows, double(dst.total()) / double(1 << 16));
    return true;
}

} // namespace ridgeline::imaging::steps
