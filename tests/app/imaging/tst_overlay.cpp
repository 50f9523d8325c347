// The comparison overlay: what the examiner sees where. Identical images blend to themselves and
// difference to black, a shift shows up as magenta and green where it is, a feature lands on the
// output pixel the viewport puts it on, every evidence format renders alike, fine ridges do not
// alias when zoomed out, and bad requests are refused rather than drawn wrong.
#include "app/imaging/overlay.h"

#include <QTest>

#include <cmath>

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

// A print-like 8-bit grey image: concentric ridges about 9 px apart with some texture.
QImage printImage(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const double r = std::hypot(x - width * 0.4, (y - height * 0.6) * 1.2);
            row[x] = uchar(std::clamp(int(128 + 100 * std::cos(r * 0.7) + ((x * 7 + y * 13) % 17) - 8), 0, 255));
        }
    }
    return image;
}

QImage paperWithInk(int width, int height, const QRect &ink)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = ink.top(); y <= ink.bottom(); ++y)
        for (int x = ink.left(); x <= ink.right(); ++x)
            image.scanLine(y)[x] = 0;
    return image;
}

QImage inFormat(const QImage &grey, QImage::Format format)
{
    QImage out(grey.size(), format);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x) {
            const int v = grey.constScanLine(y)[x];
            switch (format) {
            case QImage::Format_Grayscale16:
                reinterpret_cast<quint16 *>(out.scanLine(y))[x] = quint16(v * 257);
                break;
            case QImage::Format_RGBX64:
                out.setPixelColor(x, y, QColor::fromRgba64(QRgba64::fromRgba64(v * 257, v * 257, v * 257, 0xffff)));
                break;
            default:
                out.setPixel(x, y, qRgb(v, v, v));
            }
        }
    return out;
}

QImage render(const QImage &mark, const QImage &exemplar, const OverlayView &view, const OverlayOptions &options)
{
    const auto r = renderOverlay(mark, exemplar, view, options);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().message()));
    return r.ok() ? *r : QImage();
}

OverlayView fullView(const QImage &image, const QTransform &t = {})
{
    return {t, QRectF(QPointF(0, 0), QSizeF(image.size())), image.size()};
}

int grey(const QImage &image, int x, int y)
{
    return qGreen(image.pixel(x, y));
}

// Largest channel difference between two RGB32 images of one size.
int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max(
                {worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

// Bilinear sample of an 8-bit grey image at continuous coordinates, white paper outside.
double bilinear(const QImage &image, QPointF p)
{
    const double x = p.x() - 0.5, y = p.y() - 0.5;
    const int x0 = int(std::floor(x)), y0 = int(std::floor(y));
    const double fx = x - x0, fy = y - y0;
    const auto at = [&](int xi, int yi) {
        return xi >= 0 && yi >= 0 && xi < image.width() && yi < image.height() ? image.constScanLine(yi)[xi] : 255;
    };
    return (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) +
           (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
}

} // namespace

class TestOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blendOfIdenticalImagesIsTheImage_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::newRow("exemplar only") << 0.0;
        QTest::newRow("0.3") << 0.3;
        QTest::newRow("half") << 0.5;
        QTest::newRow("mark only") << 1.0;
    }
    void blendOfIdenticalImagesIsTheImage()
    {
        QFETCH(double, alpha);
        const QImage print = printImage(333, 217);
        const QImage out = render(print, print, fullView(print), {OverlayMode::Blend, alpha});
        QCOMPARE(out.format(), QImage::Format_RGB32);
        QCOMPARE(out.size(), print.size());
        for (int y = 0; y < print.height(); ++y)
            for (int x = 0; x < print.width(); ++x) {
                const int v = print.constScanLine(y)[x];
                if (out.pixel(x, y) != qRgb(v, v, v))
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
            }
        // Colour images blend in colour.
        const QImage colour = inFormat(print, QImage::Format_RGB888).convertToFormat(QImage::Format_RGB888);
        QImage tinted = colour;
        for (int y = 0; y < tinted.height(); ++y)
            tinted.scanLine(y)[0] = 200; // the first pixel's red
        const QImage colourOut = render(tinted, tinted, fullView(tinted), {OverlayMode::Blend, alpha});
        QCOMPARE(maxDifference(colourOut, tinted.convertToFormat(QImage::Format_RGB32)), 0);
    }

    void differenceOfIdenticalImagesIsBlack_data()
    {
        QTest::addColumn<QRectF>("viewport");
        QTest::addColumn<QSize>("size");
        QTest::newRow("1:1") << QRectF(0, 0, 400, 300) << QSize(400, 300);
        QTest::newRow("zoomed in 3.7x, off the edge") << QRectF(-20.3, 150.6, 120, 80) << QSize(444, 296);
        QTest::newRow("zoomed out 6x") << QRectF(-500, -300, 2400, 1200) << QSize(400, 200);
    }
    void differenceOfIdenticalImagesIsBlack()
    {
        QFETCH(QRectF, viewport);
        QFETCH(QSize, size);
        const QImage print = printImage(400, 300);
        const QImage out = render(print, print, {QTransform(), viewport, size}, {OverlayMode::Difference});
        QCOMPARE(out.size(), size);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                if (out.pixel(x, y) != qRgb(0, 0, 0))
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is %3").arg(x).arg(y).arg(grey(out, x, y))));
    }

    void knownShiftShowsWhereExpected()
    {
        // Ink at (100, 80) on the exemplar; the mark has the same ink 30 px left and 20 px up.
        const QImage exemplar = paperWithInk(200, 150, QRect(100, 80, 6, 6));
        const QImage mark = paperWithInk(200, 150, QRect(70, 60, 6, 6));
        const OverlayOptions colour{OverlayMode::Colour};
        const QImage unaligned = render(mark, exemplar, fullView(exemplar), colour);
        QCOMPARE(unaligned.pixel(102, 82), qRgb(0, 255, 0));  // exemplar ink alone: green
        QCOMPARE(unaligned.pixel(72, 62), qRgb(255, 0, 255)); // mark ink alone: magenta
        QCOMPARE(unaligned.pixel(20, 20), qRgb(255, 255, 255));

        const QImage aligned = render(mark, exemplar, fullView(exemplar, QTransform::fromTranslate(30, 20)), colour);
        QCOMPARE(aligned.pixel(102, 82), qRgb(0, 0, 0)); // ink on both: black
        QCOMPARE(aligned.pixel(72, 62), qRgb(255, 255, 255));

        const QImage difference =
            render(mark, exemplar, fullView(exemplar, QTransform::fromTranslate(30, 20)), {OverlayMode::Difference});
        QCOMPARE(difference.pixel(102, 82), qRgb(0, 0, 0));
        const QImage shiftedDifference = render(mark, exemplar, fullView(exemplar), {OverlayMode::Difference});
        QCOMPARE(shiftedDifference.pixel(102, 82), qRgb(255, 255, 255));
        QCOMPARE(shiftedDifference.pixel(72, 62), qRgb(255, 255, 255));
    }

    void viewportPutsAPixelWhereExpected_data()
    {
        QTest::addColumn<QRectF>("viewport");
        QTest::newRow("10x") << QRectF(1990, 1490, 192, 108);
        QTest::newRow("1x") << QRectF(1000, 1000, 1920, 1080);
        QTest::newRow("0.48x") << QRectF(0, 0, 4000, 2250);
        QTest::newRow("0.1x") << QRectF(-4000, -2000, 19200, 10800);
    }
    void viewportPutsAPixelWhereExpected()
    {
        QFETCH(QRectF, viewport);
        const QSize size(1920, 1080);
        const double k = size.width() / viewport.width(); // output px per exemplar px
        // Exemplar ink 40 px square at (2000, 1500); its centre (2020, 1520) lands here:
        const QImage exemplar = paperWithInk(4000, 3000, QRect(2000, 1500, 40, 40));
        const QPointF centre = (QPointF(2020, 1520) - viewport.topLeft()) * k;
        // The mark's own ink at (310, 410), turned 90 degrees, scaled 2x and moved onto (3000, 700).
        const QImage mark = paperWithInk(800, 900, QRect(300, 400, 20, 20));
        const QTransform t = QTransform::fromTranslate(3000, 700).rotate(90).scale(2, 2).translate(-310, -410);
        QCOMPARE(t.map(QPointF(310, 410)), QPointF(3000, 700));
        const QPointF markCentre = (QPointF(3000, 700) - viewport.topLeft()) * k;

        const auto renderer = OverlayRenderer::create(mark, exemplar);
        QVERIFY(renderer.ok());
        const auto exemplarOnly = renderer->render({t, viewport, size}, {OverlayMode::Blend, 0.0});
        const auto markOnly = renderer->render({t, viewport, size}, {OverlayMode::Blend, 1.0});
        QVERIFY(exemplarOnly.ok() && markOnly.ok());
        const QPoint at(int(std::floor(centre.x())), int(std::floor(centre.y())));
        if (QRect(QPoint(0, 0), size).contains(at)) {
            QVERIFY2(grey(*exemplarOnly, at.x(), at.y()) < 60,
                     qPrintable(QString::number(grey(*exemplarOnly, at.x(), at.y()))));
            // Just outside the ink, by 4 exemplar px or 4 output px, whichever is further: paper.
            const int step = int(std::ceil(std::max(4.0, 24 * k)));
            if (at.x() + step < size.width())
                QVERIFY(grey(*exemplarOnly, at.x() + step, at.y()) > 200);
        }
        const QPoint markAt(int(std::floor(markCentre.x())), int(std::floor(markCentre.y())));
        if (QRect(QPoint(0, 0), size).contains(markAt)) {
            QVERIFY(grey(*markOnly, markAt.x(), markAt.y()) < 60);
            QVERIFY(grey(*exemplarOnly, markAt.x(), markAt.y()) > 200);
        }
        QVERIFY(QRect(QPoint(0, 0), size).contains(at) || QRect(QPoint(0, 0), size).contains(markAt));
    }

    void resamplingIsBilinear_data()
    {
        QTest::addColumn<QRectF>("viewport");
        QTest::addColumn<QTransform>("alignment");
        const QTransform turned = QTransform::fromTranslate(30, -20).rotate(17).scale(1.1, 1.1);
        // Unrotated images are resampled row then column (positions to 1/256 px); turned ones by
        // cv::warpAffine (positions to 1/32 px: up to 4 levels off on the steepest ridge flanks).
        QTest::newRow("zoom 1.37, shifted") << QRectF(10.3, -7.6, 280.29, 175.18) << QTransform();
        QTest::newRow("zoom 0.7") << QRectF(-40.25, 3.5, 548.6, 342.9) << QTransform();
        QTest::newRow("zoom 3.1, scaled mark")
            << QRectF(100.1, 50.2, 123.9, 77.4) << QTransform::fromTranslate(5.5, 2.25).scale(0.9, 1.2);
        QTest::newRow("zoom 1.37, turned mark") << QRectF(10.3, -7.6, 280.29, 175.18) << turned;
    }
    void resamplingIsBilinear()
    {
        QFETCH(QRectF, viewport);
        QFETCH(QTransform, alignment);
        const QImage exemplar = printImage(360, 240);
        const QImage mark = printImage(300, 260).mirrored(true, true);
        const QSize size(384, 240);
        const auto renderer = OverlayRenderer::create(mark, exemplar);
        QVERIFY(renderer.ok());
        const OverlayView view{alignment, viewport, size};
        const auto exemplarOnly = renderer->render(view, {OverlayMode::Blend, 0.0});
        const auto markOnly = renderer->render(view, {OverlayMode::Blend, 1.0});
        QVERIFY(exemplarOnly.ok() && markOnly.ok());
        const QTransform exemplarToMark = alignment.inverted();
        int worstExemplar = 0, worstMark = 0;
        for (int v = 0; v < size.height(); ++v)
            for (int u = 0; u < size.width(); ++u) {
                const QPointF e(viewport.x() + (u + 0.5) * viewport.width() / size.width(),
                                viewport.y() + (v + 0.5) * viewport.height() / size.height());
                worstExemplar =
                    std::max(worstExemplar, int(std::abs(grey(*exemplarOnly, u, v) - bilinear(exemplar, e)) + 0.5));
                worstMark = std::max(
                    worstMark, int(std::abs(grey(*markOnly, u, v) - bilinear(mark, exemplarToMark.map(e))) + 0.5));
            }
        QVERIFY2(worstExemplar <= 1, qPrintable(QString::number(worstExemplar)));
        const bool turned = alignment.m12() != 0 || alignment.m21() != 0;
        QVERIFY2(worstMark <= (turned ? 4 : 1), qPrintable(QString::number(worstMark)));
    }

    void fineRidgesDoNotAliasWhenZoomedOut()
    {
        // Ridges 4 px apart seen at 1/8: a flat grey, not a moire of whole black or white ridges.
        QImage stripes(4000, 800, QImage::Format_Grayscale8);
        for (int y = 0; y < stripes.height(); ++y)
            for (int x = 0; x < stripes.width(); ++x)
                stripes.scanLine(y)[x] = (x / 2) % 2 ? 255 : 0;
        const QImage out = render(stripes, stripes, {QTransform(), QRectF(0.5, 0, 4000, 800), QSize(500, 100)},
                                  {OverlayMode::Blend, 0.5});
        for (int x = 10; x < 490; ++x)
            QVERIFY2(std::abs(grey(out, x, 50) - 128) < 40, qPrintable(QString::number(grey(out, x, 50))));
    }

    void everyEvidenceFormatRendersAlike_data()
    {
        QTest::addColumn<int>("markFormat");
        QTest::addColumn<int>("exemplarFormat");
        const QList<QImage::Format> formats{QImage::Format_Grayscale8, QImage::Format_Grayscale16,
                                            QImage::Format_RGB888, QImage::Format_RGBX64};
        for (QImage::Format m : formats)
            for (QImage::Format e : formats)
                QTest::addRow("%d on %d", int(m), int(e)) << int(m) << int(e);
        QTest::newRow("ARGB32 converted") << int(QImage::Format_ARGB32) << int(QImage::Format_Indexed8);
    }
    void everyEvidenceFormatRendersAlike()
    {
        QFETCH(int, markFormat);
        QFETCH(int, exemplarFormat);
        const QImage print = printImage(240, 180);
        const QImage other = print.mirrored(true, false);
        const QImage mark =
            markFormat == QImage::Format_Grayscale8 ? print : inFormat(print, QImage::Format(markFormat));
        QImage exemplar = other;
        if (exemplarFormat == QImage::Format_Indexed8)
            exemplar = other.convertToFormat(QImage::Format_Indexed8);
        else if (exemplarFormat != QImage::Format_Grayscale8)
            exemplar = inFormat(other, QImage::Format(exemplarFormat));
        QCOMPARE(mark.format(), QImage::Format(markFormat));
        const OverlayView view{QTransform().rotate(7).translate(15, -5), QRectF(-10.5, 3.25, 200, 150),
                               QSize(320, 240)};
        for (const OverlayOptions &options :
             {OverlayOptions{OverlayMode::Blend, 0.4}, OverlayOptions{OverlayMode::Difference},
              OverlayOptions{OverlayMode::Colour}}) {
            const QImage reference = render(print, other, view, options);
            const QImage out = render(mark, exemplar, view, options);
            QCOMPARE(out.format(), QImage::Format_RGB32);
            QVERIFY2(maxDifference(out, reference) <= 1, qPrintable(QString::number(maxDifference(out, reference))));
        }
    }

    void imagesOfDifferentSizes()
    {
        // Defined: outside its image an image is white paper. A 100 x 80 mark over a 300 x 200
        // exemplar: the mark where it is, paper beyond it; in Difference the exemplar's ink there.
        const QImage mark = paperWithInk(100, 80, QRect(10, 10, 5, 5));
        const QImage exemplar = paperWithInk(300, 200, QRect(200, 150, 10, 10));
        const QImage markOnly = render(mark, exemplar, fullView(exemplar), {OverlayMode::Blend, 1.0});
        QCOMPARE(markOnly.pixel(12, 12), qRgb(0, 0, 0));
        QCOMPARE(markOnly.pixel(205, 155), qRgb(255, 255, 255));
        const QImage difference = render(mark, exemplar, fullView(exemplar), {OverlayMode::Difference});
        QCOMPARE(difference.pixel(205, 155), qRgb(255, 255, 255));
        QCOMPARE(difference.pixel(150, 100), qRgb(0, 0, 0));
        // Far beyond both images: paper (black in Difference).
        const QImage away = render(mark, exemplar, {QTransform(), QRectF(5000, 5000, 64, 48), QSize(64, 48)},
                                   {OverlayMode::Blend, 0.5});
        QCOMPARE(away.pixel(30, 30), qRgb(255, 255, 255));
    }

    void refusals()
    {
        const QImage print = printImage(64, 48);
        const OverlayView good{QTransform(), QRectF(0, 0, 64, 48), QSize(64, 48)};
        QCOMPARE(renderOverlay(QImage(), print, good).error().code(), ErrorCode::BadInput);
        QVERIFY(renderOverlay(QImage(), print, good).error().message().contains(QStringLiteral("mark")));
        QVERIFY(renderOverlay(print, QImage(), good).error().message().contains(QStringLiteral("exemplar")));
        QVERIFY(!renderOverlay(print, QImage(0, 10, QImage::Format_Grayscale8), good).ok());

        const auto renderer = OverlayRenderer::create(print, print);
        QVERIFY(renderer.ok());
        QCOMPARE(renderer->markSize(), QSize(64, 48));
        const QList<OverlayView> bad{
            {QTransform(), QRectF(0, 0, 64, 48), QSize(0, 48)},
            {QTransform(), QRectF(0, 0, 64, 48), QSize(100000, 100000)},
            {QTransform(), QRectF(0, 0, 0, 48), QSize(64, 48)},
            {QTransform(), QRectF(0, 0, qInf(), 48), QSize(64, 48)},
            {QTransform().scale(0, 1), QRectF(0, 0, 64, 48), QSize(64, 48)},
            {QTransform(1, 0, 0.001, 0, 1, 0, 0, 0, 1), QRectF(0, 0, 64, 48), QSize(64, 48)}, // perspective
            {QTransform(qQNaN(), 0, 0, 1, 0, 0), QRectF(0, 0, 64, 48), QSize(64, 48)},
        };
        for (const OverlayView &view : bad) {
            const auto r = renderer->render(view);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code(), ErrorCode::BadInput);
        }
        QVERIFY(!renderer->render(good, {OverlayMode::Blend, qQNaN()}).ok());
        QVERIFY(!OverlayRenderer().render(good).ok());
        // Alpha beyond 0..1 is clamped, not refused.
        QVERIFY(renderer->render(good, {OverlayMode::Blend, 7.0}).ok());
    }

    void renderIntoReusesTheFrame()
    {
        const QImage print = printImage(320, 200);
        const auto renderer = OverlayRenderer::create(print, print);
        QVERIFY(renderer.ok());
        QImage frame;
        const OverlayView view{QTransform(), QRectF(0, 0, 320, 200), QSize(320, 200)};
        QVERIFY(renderer->renderInto(frame, view, {OverlayMode::Colour}).ok());
        const uchar *pixels = frame.constBits();
        QVERIFY(renderer->renderInto(frame, view, {OverlayMode::Blend, 0.0}).ok());
        QCOMPARE(frame.constBits(), pixels);
        QCOMPARE(frame.pixel(17, 33), qRgb(grey(frame, 17, 33), grey(frame, 17, 33), grey(frame, 17, 33)));
        QCOMPARE(grey(frame, 17, 33), int(print.constScanLine(33)[17]));
    }
};

QTEST_GUILESS_MAIN(TestOverlay)
#include "tst_overlay.moc"
