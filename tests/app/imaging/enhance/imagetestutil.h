#pragma once
// Small pixel statistics for the enhancement tests (QImage only, no OpenCV).

#include <QImage>

#include <cmath>

namespace enhancetest {

// Sample value at (x, y) of a grey image, or of channel c of a colour image, in full-scale units.
inline double sample(const QImage &img, int x, int y, int c = 0)
{
    switch (img.format()) {
    case QImage::Format_Grayscale8:
        return img.constScanLine(y)[x];
    case QImage::Format_Grayscale16:
        return reinterpret_cast<const quint16 *>(img.constScanLine(y))[x];
    case QImage::Format_RGB888:
        return img.constScanLine(y)[3 * x + c];
    case QImage::Format_RGBX64:
        return reinterpret_cast<const quint16 *>(img.constScanLine(y))[4 * x + c];
    default:
        return qGray(img.pixel(x, y));
    }
}

inline double fullScale(const QImage &img)
{
    return img.format() == QImage::Format_Grayscale16 || img.format() == QImage::Format_RGBX64 ? 65535.0 : 255.0;
}

struct Stats
{
    double mean = 0.0;
    double sd = 0.0;
    double min = 1e300;
    double max = -1e300;
};

inline Stats stats(const QImage &img, QRect r = QRect())
{
    if (r.isNull())
        r = img.rect();
    Stats s;
    double sum = 0, sum2 = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const double v = sample(img, x, y);
            sum += v;
            sum2 += v * v;
            s.min = std::min(s.min, v);
            s.max = std::max(s.max, v);
        }
    const double n = double(r.width()) * r.height();
    s.mean = sum / n;
    s.sd = std::sqrt(std::max(0.0, sum2 / n - s.mean * s.mean));
    return s;
}

// Mean of the standard deviations of `block` x `block` tiles: how much local contrast there is.
inline double localContrast(const QImage &img, int block = 16)
{
    double total = 0;
    int n = 0;
    for (int y = 0; y + block <= img.height(); y += block)
        for (int x = 0; x + block <= img.width(); x += block) {
            total += stats(img, QRect(x, y, block, block)).sd;
            ++n;
        }
    return total / std::max(1, n);
}

// Pearson correlation of two same-size grey images.
inline double correlation(const QImage &a, const QImage &b)
{
    const Stats sa = stats(a);
    const Stats sb = stats(b);
    double s = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            s += (sample(a, x, y) - sa.mean) * (sample(b, x, y) - sb.mean);
    return s / (double(a.width()) * a.height() * sa.sd * sb.sd);
}

inline double meanAbsDiff(const QImage &a, const QImage &b, QRect r = QRect())
{
    if (r.isNull())
        r = a.rect();
    double s = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            s += std::abs(sample(a, x, y) - sample(b, x, y));
    return s / (double(r.width()) * r.height());
}

} // namespace enhancetest
