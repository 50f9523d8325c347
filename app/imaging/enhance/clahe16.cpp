// OpenCV's CLAHE (cv::createCLAHE()->apply, OpenCV 4.x) for 16-bit images, bit for bit, faster.
//
// OpenCV builds a 65,536-entry table for every tile before it interpolates: 256 tiles on a
// 2000 x 2000 image is 32 MB of tables, filled by scalar loops, and that memory is new on every
// call. Here each table is computed with the same integer histogram, clipping and redistribution
// and the same float multiply and rounding (vectorised: the same IEEE operations), but only two
// rows of tiles are held at a time, and the pixels are interpolated cell by cell (the area between
// four tile centres) with OpenCV's own expression, so that the four tables in use stay in cache.
// tst_clahe16 compares the result with cv::createCLAHE on many sizes and grids.
//
// The interpolation must not be contracted into fused multiply-adds (CMakeLists.txt compiles this
// file with -ffp-contract=off): OpenCV's own build has none at its SSE2 baseline.
#include "app/imaging/enhance/enhancesteps.h"

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <vector>

namespace ridgeline::imaging::steps {

namespace {

constexpr int kHistSize = 65536;

struct Grid
{
    cv::Mat lutSource; // the image, or the image padded to whole tiles (as OpenCV pads it)
    cv::Size tile;
    int tilesX = 1;
    int tilesY = 1;
    int clipLimit = 0; // per bin, 0 = no clipping
    float lutScale = 0.0f;
};

Grid makeGrid(const cv::Mat &src, double clipLimit, cv::Size tiles)
{
    Grid g;
    g.tilesX = tiles.width;
    g.tilesY = tiles.height;
    if (src.cols % g.tilesX == 0 && src.rows % g.tilesY == 0) {
        g.lutSource = src;
    } else {
        // OpenCV's padding, including its full extra tile when only the other side is uneven.
        cv::copyMakeBorder(src, g.lutSource, 0, g.tilesY - (src.rows % g.tilesY), 0, g.tilesX - (src.cols % g.tilesX),
                           cv::BORDER_REFLECT_101);
    }
    g.tile = cv::Size(g.lutSource.cols / g.tilesX, g.lutSource.rows / g.tilesY);
    const int tileSizeTotal = g.tile.area();
    g.lutScale = static_cast<float>(kHistSize - 1) / tileSizeTotal;
    if (clipLimit > 0.0)
        g.clipLimit = std::max(static_cast<int>(clipLimit * tileSizeTotal / kHistSize), 1);
    return g;
}

// One tile's table, as CLAHE_CalcLut_Body computes it.
void tileLut(const Grid &g, int tx, int ty, std::vector<int> &hist, ushort *lut)
{
    std::fill(hist.begin(), hist.end(), 0);
    int clipped = 0; // sum over bins of (count - clipLimit) where positive
    const int limit = g.clipLimit > 0 ? g.clipLimit : INT_MAX;
    for (int y = 0; y < g.tile.height; ++y) {
        const ushort *p = g.lutSource.ptr<ushort>(ty * g.tile.height + y) + tx * g.tile.width;
        for (int x = 0; x < g.tile.width; ++x)
            if (++hist[p[x]] > limit)
                ++clipped;
    }
    int *c = hist.data();
    if (g.clipLimit > 0) {
        const int batch = clipped / kHistSize;
        int residual = clipped - batch * kHistSize;
        for (int i = 0; i < kHistSize; ++i)
            c[i] = std::min(c[i], limit) + batch;
        if (residual != 0) {
            const int step = std::max(kHistSize / residual, 1);
            for (int i = 0; i < kHistSize && residual > 0; i += step, --residual)
                ++c[i];
        }
    }
    int sum = 0;
    for (int i = 0; i < kHistSize; ++i) {
        sum += c[i];
        c[i] = sum;
    }
    // lut[i] = saturate_cast<ushort>(sum * lutScale): int to float, one float multiply, round to
    // nearest even, saturate.
    int i = 0;
#if CV_SIMD128
    const cv::v_float32x4 scale = cv::v_setall_f32(g.lutScale);
    for (; i + 8 <= kHistSize; i += 8) {
        const cv::v_int32x4 a = cv::v_round(cv::v_cvt_f32(cv::v_load(c + i)) * scale);
        const cv::v_int32x4 b = cv::v_round(cv::v_cvt_f32(cv::v_load(c + i + 4)) * scale);
        cv::v_store(lut + i, cv::v_pack_u(a, b));
    }
#endif
    for (; i < kHistSize; ++i)
        lut[i] = cv::saturate_cast<ushort>(c[i] * g.lutScale);
}

// Runs of consecutive coordinates with the same cvFloor(coordinate / tile - 0.5): the cells.
std::vector<int> cellStarts(int length, int tileLength)
{
    const float inverse = 1.0f / tileLength;
    std::vector<int> starts;
    int previous = INT_MIN;
    for (int i = 0; i < length; ++i) {
        const int t = cvFloor(i * inverse - 0.5f);
        if (t != previous)
            starts.push_back(i);
        previous = t;
    }
    starts.push_back(length);
    return starts;
}

} // namespace

cv::Mat clahe16(const cv::Mat &src, double clipLimit, cv::Size tiles)
{
    CV_Assert(src.type() == CV_16UC1 && tiles.width > 0 && tiles.height > 0);
    const Grid g = makeGrid(src, clipLimit, tiles);
    cv::Mat dst = newImage(src.size(), src.type());

    // Horizontal weights and tile columns, as CLAHE_Interpolation_Body's constructor has them.
    std::vector<int> tx1s(size_t(src.cols));
    std::vector<int> tx2s(size_t(src.cols));
    std::vector<float> xa(size_t(src.cols));
    std::vector<float> xa1(size_t(src.cols));
    const float invTw = 1.0f / g.tile.width;
    for (int x = 0; x < src.cols; ++x) {
        const float txf = x * invTw - 0.5f;
        const int tx1 = cvFloor(txf);
        xa[size_t(x)] = txf - tx1;
        xa1[size_t(x)] = 1.0f - xa[size_t(x)];
        tx1s[size_t(x)] = std::max(tx1, 0);
        tx2s[size_t(x)] = std::min(tx1 + 1, g.tilesX - 1);
    }
    const std::vector<int> columns = cellStarts(src.cols, g.tile.width);
    const std::vector<int> bands = cellStarts(src.rows, g.tile.height);

    // Tables of two tile rows: row r lives in slot r % 2.
    cv::Mat tables = newImage(cv::Size(kHistSize, 2 * g.tilesX), CV_16U);
    const auto table = [&](int tx, int ty) { return tables.ptr<ushort>((ty % 2) * g.tilesX + tx); };
    const auto computeRow = [&](int ty) {
        cv::parallel_for_(cv::Range(0, g.tilesX), [&](const cv::Range &range) {
            thread_local std::vector<int> hist(kHistSize);
            for (int tx = range.start; tx < range.end; ++tx)
                tileLut(g, tx, ty, hist, table(tx, ty));
        });
    };

    const float invTh = 1.0f / g.tile.height;
    int computed = -1; // the last tile row whose tables are in `tables`
    for (size_t band = 0; band + 1 < bands.size(); ++band) {
        const int top = cvFloor(bands[band] * invTh - 0.5f);
        const int ty1 = std::max(top, 0);
        const int ty2 = std::min(top + 1, g.tilesY - 1);
        while (computed < ty2)
            computeRow(++computed);
        cv::parallel_for_(cv::Range(0, int(columns.size()) - 1), [&](const cv::Range &range) {
            for (int cell = range.start; cell < range.end; ++cell) {
                const int x0 = columns[size_t(cell)];
                const int x1 = columns[size_t(cell) + 1];
                const ushort *lut11 = table(tx1s[size_t(x0)], ty1);
                const ushort *lut12 = table(tx2s[size_t(x0)], ty1);
                const ushort *lut21 = table(tx1s[size_t(x0)], ty2);
                const ushort *lut22 = table(tx2s[size_t(x0)], ty2);
                for (int y = bands[band]; y < bands[band + 1]; ++y) {
                    const float tyf = y * invTh - 0.5f;
                    const float ya = tyf - cvFloor(tyf);
                    const float ya1 = 1.0f - ya;
                    const ushort *in = src.ptr<ushort>(y);
                    ushort *out = dst.ptr<ushort>(y);
                    for (int x = x0; x < x1; ++x) {
                        const int v = in[x];
                        const float res = (lut11[v] * xa1[size_t(x)] + lut12[v] * xa[size_t(x)]) * ya1 +
                                          (lut21[v] * xa1[size_t(x)] + lut22[v] * xa[size_t(x)]) * ya;
                        out[x] = cv::saturate_cast<ushort>(res);
                    }
                }
            }
        });
    }
    return dst;
}

} // namespace ridgeline::imaging::steps
