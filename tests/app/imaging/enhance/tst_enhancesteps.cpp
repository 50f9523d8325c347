// Each enhancement step does what an examiner expects of it, on 8/16-bit grey and colour images.
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/syntheticimages.h"
#include "tests/app/imaging/enhance/imagetestutil.h"

#include <QPainter>
#include <QTest>

#include <opencv2/core/utility.hpp>

#include <cmath>

using namespace ridgeline::imaging;
using namespace enhancetest;

namespace {

EnhancementStep makeStep(const char *kind, QVariantMap parameters = {})
{
    EnhancementStep s = defaultStep(QString::fromLatin1(kind));
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        s.parameters.insert(it.key(), it.value());
    return s;
}

QImage apply(const QImage &in, QList<EnhancementStep> steps, double ppi = 0.0)
{
    ApplyOptions options;
    options.sourcePpi = ppi;
    auto out = applyRecipe(in, Recipe{steps, {}, {}}, options);
    if (!out)
        qWarning() << out.error().message();
    return out ? out.value() : QImage();
}

QImage print(int side = 256, bool sixteen = false, bool colour = false, double pattern = 0.0)
{
    SyntheticPrintOptions o;
    o.size = QSize(side, side);
    o.sixteenBit = sixteen;
    o.colour = colour;
    o.patternPeriod = pattern;
    return syntheticPrint(o);
}

} // namespace

class TestEnhanceSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invertTwiceIsIdentity_data()
    {
        QTest::addColumn<bool>("sixteen");
        QTest::addColumn<bool>("colour");
        QTest::newRow("grey8") << false << false;
        QTest::newRow("grey16") << true << false;
        QTest::newRow("rgb8") << false << true;
        QTest::newRow("rgb16") << true << true;
    }
    void invertTwiceIsIdentity()
    {
        QFETCH(bool, sixteen);
        QFETCH(bool, colour);
        const QImage in = print(128, sixteen, colour);
        const QImage once = apply(in, {makeStep("invert")});
        QCOMPARE(once.format(), in.format());
        QCOMPARE(sample(once, 10, 20), fullScale(in) - sample(in, 10, 20));
        QCOMPARE(imagePixelSha256(apply(in, {makeStep("invert"), makeStep("invert")})), imagePixelSha256(in));
    }

    void levelsStretchesTheChosenRange()
    {
        QImage in(256, 1, QImage::Format_Grayscale8);
        for (int x = 0; x < 256; ++x)
            in.scanLine(0)[x] = uchar(x);
        const QImage out = apply(in, {makeStep("levels", {{"black", 0.25}, {"white", 0.75}})});
        QCOMPARE(sample(out, 63, 0), 0.0);    // below black -> black
        QCOMPARE(sample(out, 192, 0), 255.0); // above white -> white
        QVERIFY(std::abs(sample(out, 128, 0) - 128.0) <= 2.0);
        const QImage brighter = apply(in, {makeStep("levels", {{"gamma", 2.0}})});
        QVERIFY(sample(brighter, 64, 0) > 120.0); // gamma above 1 lifts the mid-tones
        QVERIFY(!applyRecipe(in, Recipe{{makeStep("levels", {{"black", 0.8}, {"white", 0.2}})}, {}, {}}).ok());
    }

    void channelExtractionGivesGreyOfTheSameDepth()
    {
        QImage in(4, 1, QImage::Format_RGB888);
        const QColor colours[4] = {Qt::red, Qt::green, Qt::blue, Qt::white};
        for (int x = 0; x < 4; ++x)
            in.setPixelColor(x, 0, colours[x]);
        const QImage red = apply(in, {makeStep("channel", {{"channel", "red"}})});
        QCOMPARE(red.format(), QImage::Format_Grayscale8);
        QCOMPARE(sample(red, 0, 0), 255.0);
        QCOMPARE(sample(red, 2, 0), 0.0);
        const QImage sat = apply(in, {makeStep("channel", {{"channel", "saturation"}})});
        QCOMPARE(sample(sat, 2, 0), 255.0);
        QCOMPARE(sample(sat, 3, 0), 0.0);
        const QImage hue = apply(in, {makeStep("channel", {{"channel", "hue"}})});
        QVERIFY(std::abs(sample(hue, 1, 0) - 255.0 / 3) <= 1.0); // green at 120 degrees
        const QImage lightness = apply(in, {makeStep("channel", {{"channel", "lab-l"}})});
        QVERIFY(sample(lightness, 3, 0) >= 254.0);
        QVERIFY(sample(lightness, 2, 0) < sample(lightness, 1, 0)); // blue is darker than green
        const QImage wide =
            apply(in.convertToFormat(QImage::Format_RGBX64), {makeStep("channel", {{"channel", "value"}})});
        QCOMPARE(wide.format(), QImage::Format_Grayscale16);
        QCOMPARE(sample(wide, 0, 0), 65535.0);
    }

    void claheRaisesLocalContrast_data()
    {
        QTest::addColumn<bool>("sixteen");
        QTest::addColumn<bool>("colour");
        QTest::newRow("grey8") << false << false;
        QTest::newRow("grey16") << true << false;
        QTest::newRow("rgb8") << false << true;
    }
    void claheRaisesLocalContrast()
    {
        QFETCH(bool, sixteen);
        QFETCH(bool, colour);
        // A faint print: squeeze it into a tenth of the range first.
        const QImage faint =
            apply(print(256, sixteen, colour),
                  {makeStep("levels", {{"black", 0.0}, {"white", 1.0}, {"gamma", 1.0}}), makeStep("invert"),
                   makeStep("levels", {{"black", 0.0}, {"white", 1.0}, {"gamma", 0.3}})});
        const QImage out = apply(faint, {makeStep("clahe", {{"clipLimit", 4.0}, {"tileSize", 64}})});
        QCOMPARE(out.format(), faint.format());
        QVERIFY2(localContrast(out) > 1.5 * localContrast(faint),
                 qPrintable(QStringLiteral("%1 vs %2").arg(localContrast(out)).arg(localContrast(faint))));
    }

    void unsharpMaskSharpensAnEdge()
    {
        QImage in(64, 8, QImage::Format_Grayscale8);
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 64; ++x)
                in.scanLine(y)[x] = x < 32 ? 80 : 170;
        const QImage out = apply(in, {makeStep("unsharp", {{"sigma", 2.0}, {"amount", 1.0}})});
        QVERIFY(sample(out, 30, 4) < 80.0);  // undershoot on the dark side
        QVERIFY(sample(out, 33, 4) > 170.0); // overshoot on the light side
        QCOMPARE(sample(out, 5, 4), 80.0);   // flat areas untouched
        const QImage gated = apply(in, {makeStep("unsharp", {{"sigma", 2.0}, {"amount", 1.0}, {"threshold", 0.5}})});
        QCOMPARE(imagePixelSha256(gated), imagePixelSha256(in)); // edge below the threshold: left alone
    }

    void gaussianReducesNoiseAndKeepsTheMean()
    {
        SyntheticPrintOptions o;
        o.size = QSize(192, 192);
        o.ridgePeriod = 20.0;
        o.noise = 0.0;
        const QImage clean = syntheticPrint(o);
        o.noise = 0.1;
        const QImage noisy = syntheticPrint(o);
        const QImage out = apply(noisy, {makeStep("gaussian", {{"sigma", 1.5}})});
        const QRect inner(16, 16, 160, 160);
        QVERIFY2(
            meanAbsDiff(out, clean, inner) < 0.5 * meanAbsDiff(noisy, clean, inner),
            qPrintable(
                QStringLiteral("%1 vs %2").arg(meanAbsDiff(out, clean, inner)).arg(meanAbsDiff(noisy, clean, inner))));
        QVERIFY(std::abs(stats(out).mean - stats(noisy).mean) < 1.0);
    }

    void medianRemovesImpulses()
    {
        QImage in(64, 64, QImage::Format_Grayscale8);
        in.fill(128);
        for (int i = 0; i < 40; ++i)
            in.scanLine((i * 7) % 60 + 2)[(i * 13) % 60 + 2] = i % 2 ? 255 : 0;
        const QImage out = apply(in, {makeStep("median", {{"size", 3}})});
        QCOMPARE(stats(out).min, 128.0);
        QCOMPARE(stats(out).max, 128.0);
        QImage wide = in.convertToFormat(QImage::Format_Grayscale16);
        auto refused = applyRecipe(wide, Recipe{{makeStep("median", {{"size", 7}})}, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("16-bit")));
        QCOMPARE(stats(apply(wide, {makeStep("median", {{"size", 5}})})).max, 128.0 * 257);
    }

    void backgroundSubtractionFlattensShading()
    {
        SyntheticPrintOptions o;
        o.size = QSize(256, 256);
        o.shading = 0.5; // strong left-top to right-bottom gradient
        o.noise = 0.0;
        const QImage in = syntheticPrint(o);
        const QImage out = apply(in, {makeStep("background", {{"radius", 12.0}})});
        // Paper brightness (the top percentile of each corner) should be nearly the same everywhere.
        const auto paper = [](const QImage &img, QRect r) { return stats(img, r).max; };
        const QRect a(0, 0, 48, 48);
        const QRect b(208, 208, 48, 48);
        QVERIFY(std::abs(paper(in, a) - paper(in, b)) > 60.0);
        QVERIFY2(std::abs(paper(out, a) - paper(out, b)) < 15.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(paper(out, a)).arg(paper(out, b))));
        QVERIFY(localContrast(out) > 0.7 * localContrast(in)); // ridges are kept
    }

    void fftRemovesAPlantedPatternAndKeepsRidges()
    {
        const double period = 5.0; // px: finer than the 9 px ridges
        const QImage clean = print(512);
        const QImage patterned = print(512, false, false, period);
        const QList<QPointF> peaks = detectPeriodicPeaks(patterned, 8);
        QVERIFY(!peaks.isEmpty());
        // The strongest peak lies at 1/period cycles per pixel.
        QVERIFY2(std::abs(std::hypot(peaks.first().x(), peaks.first().y()) - 1.0 / period) < 0.01,
                 qPrintable(QStringLiteral("%1,%2").arg(peaks.first().x()).arg(peaks.first().y())));
        QVERIFY(detectPeriodicPeaks(clean, 8).isEmpty()); // ridges alone are not a periodic background
        const QImage out = apply(patterned, {makeStep("fft", {{"notchRadius", 0.01}})});
        const QRect inner(64, 64, 384, 384);
        const double before = meanAbsDiff(patterned, clean, inner);
        const double after = meanAbsDiff(out, clean, inner);
        QVERIFY2(after < 0.35 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(correlation(out, clean) > 0.9);
        // Hand-edited peaks are what runs: an empty list with detection off changes nothing.
        const QImage untouched = apply(patterned, {makeStep("fft", {{"autoDetect", false}})});
        QCOMPARE(imagePixelSha256(untouched), imagePixelSha256(patterned));
        const QImage byHand =
            apply(patterned, {makeStep("fft", {{"peaks", pointsToVariant(peaks)}, {"autoDetect", false}})});
        QCOMPARE(imagePixelSha256(byHand), imagePixelSha256(out));
        // A whole scene photograph is refused with the reason instead of exhausting memory.
        QImage scene(8000, 6000, QImage::Format_Grayscale8);
        scene.fill(128);
        auto refused = applyRecipe(scene, Recipe{{makeStep("fft")}, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("crop the mark first")));
    }

    void rotationByQuartersIsExactAndAnyAngleRoundTrips()
    {
        const QImage in = print(120);
        const QImage quarter = apply(in, {makeStep("rotate", {{"angle", 90.0}})});
        QCOMPARE(sample(quarter, 0, 119), sample(in, 0, 0)); // counter-clockwise: top-left goes bottom-left
        QCOMPARE(
            imagePixelSha256(apply(in, {makeStep("rotate", {{"angle", 90.0}}), makeStep("rotate", {{"angle", -270.0}}),
                                        makeStep("rotate", {{"angle", 180.0}})})),
            imagePixelSha256(in));
        const QImage turned = apply(in, {makeStep("rotate", {{"angle", 30.0}})});
        const int expected = int(std::ceil(120 * (std::cos(M_PI / 6) + std::sin(M_PI / 6)) - 1e-6));
        QCOMPARE(turned.width(), expected);
        const QImage back = apply(turned, {makeStep("rotate", {{"angle", -30.0}, {"expand", false}})});
        const int off = (back.width() - 120) / 2;
        const QImage centre = back.copy(off, off, 120, 120);
        QVERIFY(meanAbsDiff(centre, in, QRect(30, 30, 60, 60)) < 6.0);
    }

    void cropKeepsTheRectangle()
    {
        const QImage in = print(100);
        const QImage out = apply(in, {makeStep("crop", {{"x", 10}, {"y", 20}, {"width", 30}, {"height", 40}})});
        QCOMPARE(out.size(), QSize(30, 40));
        QCOMPARE(imagePixelSha256(out), imagePixelSha256(in.copy(10, 20, 30, 40)));
        const QImage toEdge = apply(in, {makeStep("crop", {{"x", 90}, {"y", 95}})});
        QCOMPARE(toEdge.size(), QSize(10, 5));
        QVERIFY(!applyRecipe(in, Recipe{{makeStep("crop", {{"x", 500}})}, {}, {}}).ok());
    }

    void perspectiveMapsAKnownSquareUpright()
    {
        // A square seen obliquely: a dark quadrilateral with a light dot where its diagonals cross
        // (the square's centre under any perspective).
        QImage in(400, 300, QImage::Format_Grayscale8);
        in.fill(255);
        const QPolygonF quad{QPointF(100, 60), QPointF(330, 40), QPointF(300, 260), QPointF(60, 220)};
        const QPointF p = quad[0], r = quad[2] - quad[0], q = quad[1], s = quad[3] - quad[1];
        const double t = ((q.x() - p.x()) * s.y() - (q.y() - p.y()) * s.x()) / (r.x() * s.y() - r.y() * s.x());
        const QPointF centre = p + t * r;
        {
            QPainter painter(&in);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(20, 20, 20));
            painter.drawPolygon(quad);
            painter.setBrush(Qt::white);
            painter.drawEllipse(centre, 4, 4);
        }
        const QImage out = apply(
            in,
            {makeStep("perspective", {{"corners", pointsToVariant(quad.toList())}, {"width", 200}, {"height", 200}})});
        QCOMPARE(out.size(), QSize(200, 200));
        QVERIFY(stats(out, QRect(5, 5, 60, 60)).max < 60.0); // inside the square everywhere
        QVERIFY(stats(out, QRect(135, 135, 60, 60)).max < 60.0);
        QVERIFY(sample(out, 100, 100) > 150.0);                                    // the centre dot lands in the middle
        QVERIFY(!applyRecipe(in, Recipe{{makeStep("perspective")}, {}, {}}).ok()); // no corners: refused
    }

    void resampleTo1000PpiDoublesA500PpiImage()
    {
        const QImage in = print(150);
        const QImage out = apply(in, {makeStep("resample", {{"targetPpi", 1000.0}})}, 500.0);
        QCOMPARE(out.size(), QSize(300, 300));
        QVERIFY(std::abs(out.dotsPerMeterX() * 0.0254 - 1000.0) < 0.1);
        auto refused = applyRecipe(in, Recipe{{makeStep("resample")}, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("calibrate")));
    }

    void replayIsBitIdenticalWithAnyThreadCount_data()
    {
        QTest::addColumn<bool>("sixteen");
        QTest::addColumn<bool>("colour");
        QTest::newRow("grey8") << false << false;
        QTest::newRow("grey16") << true << false; // CLAHE on 16 bits has its own code (clahe16.cpp)
        QTest::newRow("rgb8") << false << true;   // the FFT runs per channel
    }
    void replayIsBitIdenticalWithAnyThreadCount()
    {
        QFETCH(bool, sixteen);
        QFETCH(bool, colour);
        const QImage in = print(400, sixteen, colour, 6.0);
        const Recipe recipe{
            {makeStep("fft"), makeStep("background"), makeStep("clahe"), makeStep("unsharp"), makeStep("gaussian"),
             makeStep("median"), makeStep("levels", {{"gamma", 1.4}}), makeStep("rotate", {{"angle", 12.5}}),
             makeStep("resample", {{"targetPpi", 1000.0}}),
             makeStep("perspective", {{"corners", pointsToVariant({QPointF(10, 12), QPointF(700, 5), QPointF(690, 720),
                                                                   QPointF(3, 700)})}})},
            {},
            {}};
        ApplyOptions options;
        options.sourcePpi = 500.0;
        const int threads = cv::getNumThreads();
        cv::setNumThreads(1);
        const auto single = processRecipe(in, recipe, options);
        cv::setNumThreads(std::max(4, threads));
        const auto multi = processRecipe(in, recipe, options);
        const auto again = processRecipe(in, recipe, options);
        cv::setNumThreads(threads);
        QVERIFY(single.ok() && multi.ok() && again.ok());
        for (int i = 0; i < recipe.steps.size(); ++i)
            QCOMPARE(multi->report.steps[i].outputSha256, single->report.steps[i].outputSha256);
        QCOMPARE(multi->report.outputSha256, single->report.outputSha256);
        QCOMPARE(again->report.outputSha256, multi->report.outputSha256);
    }

    void resultOutlivesTheOriginal()
    {
        // applyRecipe hands over the last step's buffer instead of copying it; with no step enabled
        // the "result" is the original's own pixels, which must be copied, not borrowed.
        QImage result;
        QImage enhanced;
        QString expected;
        {
            const QImage in = print(128);
            expected = imagePixelSha256(in);
            EnhancementStep off = makeStep("invert");
            off.enabled = false;
            result = apply(in, {off});
            QVERIFY(result.constBits() != in.constBits()); // a copy, not the original's buffer
            enhanced = apply(in, {makeStep("invert"), makeStep("rotate", {{"angle", 7.0}})});
        }
        QImage overwrite(128, 128, QImage::Format_Grayscale8); // reuse the freed memory, if any
        overwrite.fill(7);
        QCOMPARE(imagePixelSha256(result), expected);
        QCOMPARE(result.format(), QImage::Format_Grayscale8);
        QVERIFY(!enhanced.isNull());
        enhanced.setPixel(0, 0, 0); // the adopted buffer is the image's own: writable
        QCOMPARE(sample(enhanced, 0, 0), 0.0);
    }

    void cancelIsHonoured()
    {
        const QImage in = print(256);
        std::atomic<bool> cancel{true};
        auto r = applyRecipe(in, Recipe{{makeStep("gaussian"), makeStep("clahe")}, {}, {}}, {}, &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ridgeline::ErrorCode::Cancelled);
        auto p = previewRecipe(in, QRect(), 0.5, Recipe{{makeStep("fft")}, {}, {}}, {}, &cancel);
        QCOMPARE(p.error().code(), ridgeline::ErrorCode::Cancelled);
    }

    void previewShowsTheRegionAtTheScale()
    {
        const QImage in = print(300);
        const Recipe recipe{
            {makeStep("levels", {{"gamma", 1.5}}), makeStep("invert"), makeStep("gaussian", {{"sigma", 1.0}})}, {}, {}};
        const QImage full = apply(in, recipe.steps);
        const QRect region(100, 80, 90, 70);
        auto preview = previewRecipe(in, region, 1.0, recipe);
        QVERIFY(preview.ok());
        QCOMPARE(imagePixelSha256(preview.value()), imagePixelSha256(full.copy(region)));
        auto half = previewRecipe(in, region, 0.5, recipe);
        QVERIFY(half.ok());
        QCOMPARE(half->size(), QSize(45, 35));
        QVERIFY(meanAbsDiff(half.value(),
                            full.copy(region).scaled(45, 35, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)) < 8.0);
        // With a geometry step the region is in output coordinates.
        const Recipe rotated{{makeStep("rotate", {{"angle", 90.0}})}, {}, {}};
        auto turned = previewRecipe(in, QRect(0, 0, 300, 100), 0.5, rotated);
        QVERIFY(turned.ok());
        QCOMPARE(turned->size(), QSize(150, 50));
    }
};

QTEST_GUILESS_MAIN(TestEnhanceSteps)
#include "tst_enhancesteps.moc"
