#include "app/services/demoimages.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace ridgeline {
namespace {

void speckle(QImage &image, QRandomGenerator &rng, int amount)
{
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) + int(rng.bounded(2 * amount + 1)) - amount, 0, 255));
    }
}

QPainterPath soleOutline(double w, double h)
{
    QPainterPath path;
    path.moveTo(w * 0.50, h * 0.02);
    path.cubicTo(w * 0.90, h * 0.02, w * 0.98, h * 0.30, w * 0.90, h * 0.45);
    path.cubicTo(w * 0.82, h * 0.58, w * 0.78, h * 0.66, w * 0.80, h * 0.80);
    path.cubicTo(w * 0.82, h * 0.96, w * 0.62, h * 0.99, w * 0.50, h * 0.99);
    path.cubicTo(w * 0.32, h * 0.99, w * 0.20, h * 0.94, w * 0.22, h * 0.80);
    path.cubicTo(w * 0.24, h * 0.66, w * 0.16, h * 0.56, w * 0.10, h * 0.42);
    path.cubicTo(w * 0.04, h * 0.24, w * 0.16, h * 0.02, w * 0.50, h * 0.02);
    return path;
}

} // namespace

QImage demoFootwearMark(quint64 seed)
{
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    const int w = 700, h = 1600;
    QImage image(w, h, QImage::Format_Grayscale8);
    image.fill(200);
    speckle(image, rng, 18);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QPainterPath sole = soleOutline(w, h);
    p.setClipPath(sole);
    p.setPen(Qt::NoPen);
    // Forefoot: zig-zag bars; heel: blocks. Dust marks show where the sole touched, dark here.
    p.setBrush(QColor(70, 70, 70));
    for (double y = h * 0.05; y < h * 0.60; y += 34) {
        QPainterPath zig;
        zig.moveTo(0, y);
        for (double x = 0; x <= w; x += 40)
            zig.lineTo(x, y + ((int(x / 40) % 2) ? 14 : -14));
        for (double x = w; x >= 0; x -= 40)
            zig.lineTo(x, y + 16 + ((int(x / 40) % 2) ? 14 : -14));
        zig.closeSubpath();
        p.drawPath(zig);
    }
    for (double y = h * 0.68; y < h; y += 70)
        for (double x = w * 0.15; x < w * 0.85; x += 80)
            p.drawRoundedRect(QRectF(x, y, 62, 52), 8, 8);
    // Acquired features: a worn patch and two cuts, the marks that make one shoe distinguishable.
    p.setBrush(QColor(200, 200, 200));
    p.drawEllipse(QPointF(w * (0.45 + rng.bounded(10) / 100.0), h * 0.30), 70, 50);
    p.setPen(QPen(QColor(200, 200, 200), 6));
    p.drawLine(QPointF(w * 0.30, h * 0.75), QPointF(w * 0.42, h * 0.79));
    p.drawLine(QPointF(w * 0.60, h * 0.18), QPointF(w * 0.66, h * 0.24));
    p.setClipping(false);
    p.end();
    speckle(image, rng, 25);
    image.setDotsPerMeterX(int(300 / 0.0254));
    image.setDotsPerMeterY(int(300 / 0.0254));
    return image;
}

QImage demoScenePhoto(quint64 seed)
{
    QRandomGenerator rng(quint32(seed * 2654435761u));
    const int w = 1600, h = 1200;
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Painted door surface with wood grain.
    p.fillRect(image.rect(), QColor(96, 118, 140));
    for (int i = 0; i < 140; ++i) {
        const int y = int(rng.bounded(h));
        p.setPen(QPen(QColor(80 + int(rng.bounded(30)), 100 + int(rng.bounded(30)), 125 + int(rng.bounded(25))),
                      1 + rng.bounded(3)));
        p.drawLine(0, y, w, y + int(rng.bounded(40)) - 20);
    }
    // Powdered mark: grey whorl-like arcs.
    p.setPen(QPen(QColor(205, 205, 200, 180), 4));
    const QPointF centre(w * 0.52, h * 0.45);
    for (int r = 10; r < 150; r += 11)
        p.drawArc(QRectF(centre.x() - r, centre.y() - r * 1.3, 2 * r, 2.6 * r), 20 * 16, 300 * 16);
    // L-shaped scale in millimetres, as photographed beside every mark.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(245, 240, 225));
    const double mm = 8.0; // pixels per millimetre in this photograph
    const QRectF horizontal(w * 0.25, h * 0.78, 100 * mm, 12 * mm);
    const QRectF vertical(w * 0.25, h * 0.78 - 60 * mm, 12 * mm, 60 * mm);
    p.drawRect(horizontal);
    p.drawRect(vertical);
    p.setPen(QPen(Qt::black, 2));
    for (int i = 0; i <= 100; ++i) {
        const double x = horizontal.left() + i * mm;
        p.drawLine(QPointF(x, horizontal.top()), QPointF(x, horizontal.top() + (i % 10 == 0  ? 6
                                                                                : i % 5 == 0 ? 4.5
                                                                                             : 3) *
                                                                                   mm));
    }
    for (int i = 0; i <= 60; ++i) {
        const double y = vertical.bottom() - i * mm;
        p.drawLine(QPointF(vertical.left(), y), QPointF(vertical.left() + (i % 10 == 0  ? 6
                                                                           : i % 5 == 0 ? 4.5
                                                                                        : 3) *
                                                                              mm,
                                                        y));
    }
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold));
    for (int cm = 1; cm < 10; ++cm)
        p.drawText(QRectF(horizontal.left() + cm * 10 * mm - 4 * mm, horizontal.top() + 6.5 * mm, 8 * mm, 5 * mm),
                   Qt::AlignCenter, QString::number(cm * 10));
    p.drawText(QRectF(horizontal.left() + 0.5 * mm, horizontal.top() + 6.5 * mm, 8 * mm, 5 * mm), Qt::AlignLeft,
               QStringLiteral("mm"));
    p.end();
    return image;
}

} // namespace ridgeline
