// The court chart: one mark beside one exemplar impression at one stated magnification.
//
// Paper: A3 landscape. A chart must keep the images, their hashes, the scale and the attestations on
// one sheet that cannot be separated, and a typical 25 mm crop has to be printed large enough to
// show ridge detail: A3 gives each image a panel about 185 mm wide, so a 1,000 pixel crop at
// 1,000 ppi prints at x5 or x6 with room for the text beneath. On A4 the same crop would fit only
// at x3. Printed "fit to page" on A4, the stated magnification no longer holds but the rulers,
// drawn at the images' scale, still measure correctly; the chart says so.

#include "app/reports/reportlayout.h"
#include "app/reports/reportpdf.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ridgeline::reports {
namespace {

using namespace layout;

const QColor kPairColour(0xc8, 0x10, 0x10); // correspondences: red, with a white halo
const QColor kNoteColour(0x00, 0x4e, 0xc2); // noted areas: blue, dashed
const QColor kInk(0x1a, 0x1a, 0x1a);

bool calibrated(const ChartImage &image)
{
    return image.ppi > 0 && !image.image.isNull();
}

// Device pixels per image pixel for an image of `ppi` printed at `magnification`.
double scaleFor(const ChartImage &image, double magnification, double dpi)
{
    return magnification * dpi / image.ppi;
}

double chooseMagnification(const CourtChart &chart, QSizeF area, double dpi)
{
    if (chart.magnification > 0)
        return chart.magnification;
    auto fits = [&](double m) {
        for (const ChartImage *image : {&chart.mark, &chart.exemplar}) {
            const double s = scaleFor(*image, m, dpi);
            if (image->image.width() * s > area.width() + 0.5 || image->image.height() * s > area.height() + 0.5)
                return false;
        }
        return true;
    };
    for (double m : {10.0, 8.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0})
        if (fits(m))
            return m;
    for (double m = 0.5; m > 0.05; m /= 2)
        if (fits(m))
            return m;
    return 0.05;
}

QString magnificationText(double m, const QLocale &locale)
{
    return QCoreApplication::translate("ridgeline::CourtChartPdf", "×%1 natural size").arg(locale.toString(m, 'g', 3));
}

// Where one image lands: `target` is the whole image on the page (it may reach past `area` when a
// stated magnification does not fit; the image is then clipped to `area`, centred on `focus`).
struct Placement
{
    QRectF area;
    QRectF target;
    double scale = 1;
    bool clipped = false;
    QPoint origin;
    QRectF visible() const { return target.intersected(area); }
    QPointF map(QPointF original) const { return target.topLeft() + (original - QPointF(origin)) * scale; }
};

Placement place(const ChartImage &image, const QRectF &area, double scale, QPointF focus)
{
    Placement p;
    p.area = area;
    p.scale = scale;
    p.origin = image.origin;
    const QSizeF size(image.image.width() * scale, image.image.height() * scale);
    QRectF target(QPointF(), size);
    target.moveCenter(area.center());
    auto axis = [](double length, double areaStart, double areaLength, double focusAt, double centred) {
        if (length <= areaLength)
            return centred;
        const double start = areaStart + areaLength / 2 - focusAt;
        return std::clamp(start, areaStart + areaLength - length, areaStart);
    };
    const QPointF local = (focus - QPointF(image.origin)) * scale;
    target.moveLeft(axis(size.width(), area.left(), area.width(), local.x(), target.left()));
    target.moveTop(axis(size.height(), area.top(), area.height(), local.y(), target.top()));
    p.target = target;
    p.clipped = size.width() > area.width() + 0.5 || size.height() > area.height() + 0.5;
    return p;
}

Placement fit(const ChartImage &image, const QRectF &area)
{
    const double s =
        std::min(area.width() / std::max(1, image.image.width()), area.height() / std::max(1, image.image.height()));
    return place(image, area, s, QPointF(image.origin) + QPointF(image.image.width(), image.image.height()) / 2);
}

QPointF centroid(const QList<QPointF> &points, QPointF fallback)
{
    if (points.isEmpty())
        return fallback;
    QPointF sum;
    for (const QPointF &p : points)
        sum += p;
    return sum / points.size();
}

// Millimetre rulers along the bottom and the left of the visible image, at the image's scale.
void drawRulers(QPainter &p, const Document &doc, const Placement &pl, double magnification, const QLocale &locale)
{
    const double perMm = magnification * doc.mm(1); // device pixels per natural millimetre
    const QRectF v = pl.visible();
    auto pick = [&](std::initializer_list<double> steps, double minPaperMm) {
        for (double s : steps)
            if (s * magnification >= minPaperMm)
                return s;
        return 100.0;
    };
    const double minor = pick({0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50}, 1.4);
    const double major = pick({1, 2, 5, 10, 20, 50, 100}, 4.5);
    const double label = pick({1, 2, 5, 10, 20, 50, 100}, 7.5);
    p.setFont(font(FontRole::Small));
    const QPen pen(kInk, doc.mm(0.15));
    p.setPen(pen);
    const double gap = doc.mm(0.8);
    // Horizontal: zero at the image's left edge.
    const double y0 = v.bottom() + gap;
    p.drawLine(QPointF(v.left(), y0), QPointF(v.right(), y0));
    const double startMm = std::ceil((v.left() - pl.target.left()) / perMm / minor - 1e-6) * minor;
    for (double mmv = startMm; pl.target.left() + mmv * perMm <= v.right() + 0.5; mmv += minor) {
        const double x = pl.target.left() + mmv * perMm;
        const bool isLabel = std::fabs(std::remainder(mmv, label)) < minor / 4;
        const bool isMajor = std::fabs(std::remainder(mmv, major)) < minor / 4;
        const double len = doc.mm(isLabel ? 3.2 : isMajor ? 2.2 : 1.2);
        p.drawLine(QPointF(x, y0), QPointF(x, y0 + len));
        if (isLabel)
            p.drawText(QRectF(x - doc.mm(6), y0 + len, doc.mm(12), doc.mm(4)), Qt::AlignHCenter | Qt::AlignTop,
                       locale.toString(mmv, 'g', 4));
    }
    p.drawText(QRectF(v.right() + doc.mm(1), y0, doc.mm(10), doc.mm(4)), Qt::AlignLeft | Qt::AlignTop,
               QCoreApplication::translate("ridgeline::CourtChartPdf", "mm"));
    // Vertical: zero at the image's top edge.
    const double x0 = v.left() - gap;
    p.drawLine(QPointF(x0, v.top()), QPointF(x0, v.bottom()));
    const double startY = std::ceil((v.top() - pl.target.top()) / perMm / minor - 1e-6) * minor;
    for (double mmv = startY; pl.target.top() + mmv * perMm <= v.bottom() + 0.5; mmv += minor) {
        const double y = pl.target.top() + mmv * perMm;
        const bool isLabel = std::fabs(std::remainder(mmv, label)) < minor / 4;
        const bool isMajor = std::fabs(std::remainder(mmv, major)) < minor / 4;
        const double len = doc.mm(isLabel ? 3.2 : isMajor ? 2.2 : 1.2);
        p.drawLine(QPointF(x0, y), QPointF(x0 - len, y));
        if (isLabel)
            p.drawText(QRectF(x0 - len - doc.mm(9), y - doc.mm(2), doc.mm(8.5), doc.mm(4)),
                       Qt::AlignRight | Qt::AlignVCenter, locale.toString(mmv, 'g', 4));
    }
}

// Places numbered labels beside their features so that they overlap neither each other nor the
// other features, staying inside the image area where possible.
QList<QRectF> placeLabels(const QList<QPointF> &anchors, const QList<QSizeF> &sizes, const QRectF &area, double unit)
{
    QList<QRectF> placed;
    const double angles[] = {-45, -135, 45, 135, 0, 180, -90, 90};
    for (int i = 0; i < anchors.size(); ++i) {
        QRectF best;
        double bestScore = 1e300;
        for (double distance : {3.6 * unit, 6.0 * unit, 9.0 * unit}) {
            for (double a : angles) {
                const double r = a * M_PI / 180;
                QRectF box(QPointF(), sizes[i]);
                box.moveCenter(anchors[i] + QPointF(std::cos(r), std::sin(r)) * distance);
                double score = distance / unit;
                if (!area.contains(box))
                    score += 200;
                for (const QRectF &other : placed) {
                    const QRectF o = other.intersected(box.adjusted(-unit, -unit, unit, unit));
                    if (!o.isEmpty())
                        score += 1000 + o.width() * o.height() / (unit * unit);
                }
                for (int j = 0; j < anchors.size(); ++j)
                    if (j != i && box.adjusted(-unit, -unit, unit, unit).contains(anchors[j]))
                        score += 300;
                if (score < bestScore) {
                    bestScore = score;
                    best = box;
                }
            }
        }
        placed << best;
    }
    return placed;
}

void drawLabel(QPainter &p, const QRectF &box, QPointF anchor, double ringRadius, const QString &text, QColor colour,
               double unit)
{
    // Leader from the ring's edge to the nearest point of the box.
    const QPointF nearest(std::clamp(anchor.x(), box.left(), box.right()),
                          std::clamp(anchor.y(), box.top(), box.bottom()));
    const QPointF d = nearest - anchor;
    const double length = std::hypot(d.x(), d.y());
    if (length > ringRadius) {
        const QPointF start = anchor + d / length * ringRadius;
        p.setPen(QPen(Qt::white, unit * 0.55, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(start, nearest);
        p.setPen(QPen(colour, unit * 0.22, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(start, nearest);
    }
    p.setPen(QPen(colour, unit * 0.22));
    p.setBrush(Qt::white);
    p.drawRect(box);
    p.setPen(colour);
    p.drawText(box, Qt::AlignCenter, text);
}

struct Side
{
    Placement placement;
    QList<QPointF> pairPoints; // original pixels
    QList<int> numbers;
    QList<ChartNote> notes;
    QList<QChar> noteLetters;
};

void drawSide(QPainter &p, const Document &doc, const ChartImage &image, const Side &side)
{
    const Placement &pl = side.placement;
    p.save();
    p.setClipRect(pl.area);
    // Every pixel embedded; the PDF's matrix does the scaling.
    p.drawImage(pl.target, doc.evidenceImage(image.image));
    p.restore();
    p.setPen(QPen(QColor(0x66, 0x66, 0x66), doc.mm(0.15)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(pl.visible());

    const double unit = doc.mm(1);
    const double ring = doc.mm(1.5);
    QFont labelFont = font(FontRole::SmallBold);
    labelFont.setPointSizeF(7.5);
    p.setFont(labelFont);
    const QFontMetricsF fm(labelFont, p.device());

    // Noted areas first, so the numbered rings stay on top.
    QList<QPointF> anchors;
    QList<QSizeF> sizes;
    QList<QString> texts;
    QList<QColor> colours;
    for (int i = 0; i < side.notes.size(); ++i) {
        const ChartNote &note = side.notes[i];
        QPolygonF poly;
        for (const QPointF &pt : note.points)
            poly << pl.map(pt);
        const QPen halo(Qt::white, unit * 0.6);
        QPen dashed(kNoteColour, unit * 0.28, Qt::DashLine);
        p.setBrush(Qt::NoBrush);
        if (poly.size() >= 2) {
            p.setPen(halo);
            p.drawPolygon(poly);
            p.setPen(dashed);
            p.drawPolygon(poly);
        } else if (poly.size() == 1) {
            const QRectF square(poly[0] - QPointF(ring * 1.3, ring * 1.3), QSizeF(ring * 2.6, ring * 2.6));
            p.setPen(halo);
            p.drawRect(square);
            p.setPen(dashed);
            p.drawRect(square);
        }
        if (!poly.isEmpty() && pl.area.contains(poly.boundingRect().center())) {
            anchors << poly.boundingRect().center();
            texts << QString(side.noteLetters[i]);
            colours << kNoteColour;
        }
    }
    for (int i = 0; i < side.pairPoints.size(); ++i) {
        const QPointF at = pl.map(side.pairPoints[i]);
        if (!pl.area.contains(at))
            continue; // outside the printed part of a clipped image
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, unit * 0.75));
        p.drawEllipse(at, ring, ring);
        p.setPen(QPen(kPairColour, unit * 0.3));
        p.drawEllipse(at, ring, ring);
        anchors << at;
        texts << QString::number(side.numbers[i]);
        colours << kPairColour;
    }
    for (const QString &t : texts)
        sizes << QSizeF(std::max(fm.horizontalAdvance(t) + unit * 1.4, fm.height() + unit * 0.3),
                        fm.height() + unit * 0.3);
    const QList<QRectF> boxes = placeLabels(anchors, sizes, pl.area, unit);
    for (int i = 0; i < anchors.size(); ++i)
        drawLabel(p, boxes[i], anchors[i], ring, texts[i], colours[i], unit);
}

QString imageLine(const ChartImage &image, const QLocale &locale)
{
    return QCoreApplication::translate("ridgeline::CourtChartPdf",
                                       "%1 × %2 pixels from (%3, %4) of the original, every pixel embedded")
        .arg(locale.toString(image.image.width()), locale.toString(image.image.height()),
             locale.toString(image.origin.x()), locale.toString(image.origin.y()));
}

QString calibrationLine(const ChartImage &image, const QLocale &locale)
{
    if (!calibrated(image))
        return QCoreApplication::translate("ridgeline::CourtChartPdf", "Not calibrated: no scale can be stated");
    QString line = QCoreApplication::translate("ridgeline::CourtChartPdf", "%1 ppi (%2 pixels per millimetre)")
                       .arg(locale.toString(image.ppi, 'f', image.ppi == std::round(image.ppi) ? 0 : 1),
                            locale.toString(image.ppi / 25.4, 'f', 2));
    if (!image.calibration.isEmpty())
        line += QStringLiteral("; ") + image.calibration;
    return line;
}

// Everything under the images. Run twice: once on a scratch document to measure, once for real.
void chartText(Flow &flow, const CourtChart &chart, const QLocale &locale, const QString &scaleStatement,
               const QList<std::pair<QChar, QString>> &legend)
{
    Document &doc = flow.doc();
    Table images;
    images.headers << QString() << QCoreApplication::translate("ridgeline::CourtChartPdf", "Mark (left)")
                   << QCoreApplication::translate("ridgeline::CourtChartPdf", "Exemplar (right)");
    images.widths = {0.16, 0.42, 0.42};
    images.boldFirstColumn = true;
    images.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Image"), chart.mark.caption,
                               chart.exemplar.caption};
    images.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Original SHA-256"),
                               chart.mark.originalSha256, chart.exemplar.originalSha256};
    images.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Displayed image SHA-256"),
                               chart.mark.displayedSha256, chart.exemplar.displayedSha256};
    images.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Calibration"),
                               calibrationLine(chart.mark, locale), calibrationLine(chart.exemplar, locale)};
    images.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Printed"),
                               imageLine(chart.mark, locale), imageLine(chart.exemplar, locale)};
    images.monoRows = {false, true, true, false, false};
    flow.table(images);

    // The legend: what the ring, the numbers and the dashed outlines mean.
    const double unit = doc.mm(1);
    QStringList legendLines;
    for (const auto &[letter, text] : legend)
        legendLines << QStringLiteral("%1  %2").arg(letter, text);
    const QString pairsText =
        QCoreApplication::translate("ridgeline::CourtChartPdf",
                                    "Corresponding features: %1, numbered the same on both images")
            .arg(locale.toString(chart.pairs.size()));
    TextBlock pairsBlock(pairsText, font(FontRole::Small), flow.width() * 0.4, &doc.device());
    TextBlock notesBlock(legendLines.isEmpty()
                             ? QCoreApplication::translate("ridgeline::CourtChartPdf", "No areas noted.")
                             : legendLines.join(QLatin1Char('\n')),
                         font(FontRole::Small), flow.width() * 0.5, &doc.device());
    const double legendHeight = std::max(pairsBlock.height(), notesBlock.height()) + unit * 2;
    const double w = flow.width();
    flow.block(legendHeight, [=](QPainter &p, double top) {
        const QPointF ringAt(unit * 3, top + unit * 2.2);
        p.setPen(QPen(kPairColour, unit * 0.3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(ringAt, unit * 1.5, unit * 1.5);
        p.setPen(kInk);
        pairsBlock.draw(p, QPointF(unit * 7, top + unit * 0.6));
        const double x = w * 0.47;
        p.setPen(QPen(kNoteColour, unit * 0.28, Qt::DashLine));
        p.drawRect(QRectF(x, top + unit * 0.8, unit * 3, unit * 3));
        p.setPen(kInk);
        notesBlock.draw(p, QPointF(x + unit * 5, top + unit * 0.6));
    });

    Table facts;
    facts.widths = {0.16, 0.84};
    facts.grid = false;
    facts.boldFirstColumn = true;
    facts.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Scale"), scaleStatement};
    facts.rows << QStringList{
        QCoreApplication::translate("ridgeline::CourtChartPdf", "Enhancement"),
        chart.enhancement.isEmpty()
            ? QCoreApplication::translate("ridgeline::CourtChartPdf", "No enhancement: the original is shown")
            : chart.enhancement.join(QLatin1Char('\n'))};
    facts.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Conclusion"), chart.conclusion};
    facts.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "Comparison"),
                              chart.comparisonRevision};
    facts.boldRows = {false, false, true, false};
    flow.table(facts);

    Table who;
    who.headers << QCoreApplication::translate("ridgeline::CourtChartPdf", "Role")
                << QCoreApplication::translate("ridgeline::CourtChartPdf", "Person")
                << QCoreApplication::translate("ridgeline::CourtChartPdf", "Statement")
                << QCoreApplication::translate("ridgeline::CourtChartPdf", "Time")
                << QCoreApplication::translate("ridgeline::CourtChartPdf", "Key fingerprint or record hash");
    who.widths = {0.13, 0.16, 0.2, 0.15, 0.36};
    who.mono = {false, false, false, false, true};
    for (const ChartAttestation &a : chart.attestations)
        who.rows << QStringList{a.role, a.person, a.statement, utcTime(a.whenUtc, locale), a.fingerprint};
    if (who.rows.isEmpty())
        who.rows << QStringList{QCoreApplication::translate("ridgeline::CourtChartPdf", "None recorded")};
    flow.table(who);
}

void chartHeader(QPainter &p, const Document &doc, const Page &page, const CourtChart &chart)
{
    const double w = page.size.width();
    p.setPen(kInk);
    p.setFont(font(FontRole::SmallBold));
    p.drawText(QRectF(0, 0, w, doc.mm(5)), Qt::AlignLeft | Qt::AlignTop,
               QCoreApplication::translate("ridgeline::CourtChartPdf", "COURT CHART"));
    p.setFont(font(FontRole::BodyBold));
    p.drawText(QRectF(0, 0, w, doc.mm(5)), Qt::AlignRight | Qt::AlignTop,
               QCoreApplication::translate("ridgeline::CourtChartPdf", "Case %1   ·   Exhibit %2")
                   .arg(chart.caseReference, chart.exhibitReference));
    p.setFont(font(FontRole::Title));
    p.drawText(QRectF(0, doc.mm(4.5), w, doc.mm(9)), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    p.setPen(QPen(QColor(0x1a, 0x3a, 0x5c), doc.mm(0.4)));
    p.drawLine(QPointF(0, doc.mm(14.5)), QPointF(w, doc.mm(14.5)));
}

} // namespace

namespace layout {

void addCourtChartPages(Document &doc, const CourtChart &chart, const QLocale &locale)
{
    const QPageLayout pageLayout = a3Landscape();
    const QSizeF size = pageLayout.paintRectPixels(int(doc.dpi())).size();
    const double gap = doc.mm(10);
    const double rulerBand = doc.mm(11);
    const double panelWidth = (size.width() - gap) / 2;
    const double imagesTop = doc.mm(17) + doc.mm(6);
    const bool bothCalibrated = calibrated(chart.mark) && calibrated(chart.exemplar);
    // Start encoding the pixels now, while the pages are laid out and painted.
    doc.evidenceImage(chart.mark.image);
    doc.evidenceImage(chart.exemplar.image);

    // Legend letters of the noted areas, shared by both sides.
    QList<std::pair<QChar, QString>> legend;
    Side mark;
    Side exemplar;
    for (int i = 0; i < chart.notes.size(); ++i) {
        const QChar letter(char16_t(u'A' + (i % 26)));
        legend << std::pair{letter, chart.notes[i].label};
        Side &side = chart.notes[i].onMark ? mark : exemplar;
        side.notes << chart.notes[i];
        side.noteLetters << letter;
    }
    for (const ChartPair &pair : chart.pairs) {
        mark.pairPoints << pair.mark;
        exemplar.pairPoints << pair.exemplar;
        mark.numbers << pair.number;
        exemplar.numbers << pair.number;
    }

    // Measure the text under the images on a scratch document to size the image panels (with the
    // longest scale statement it can have).
    auto calibratedStatement = [&](double m, bool clipped) {
        QString text = QCoreApplication::translate("ridgeline::CourtChartPdf",
                                                   "Both images are printed at %1 on A3 paper. The rulers show "
                                                   "millimetres at natural size and remain correct if the chart is "
                                                   "printed at another size.")
                           .arg(magnificationText(m, locale));
        if (clipped)
            text += QLatin1Char(' ') + QCoreApplication::translate("ridgeline::CourtChartPdf",
                                                                   "At this magnification only part of an image "
                                                                   "fits: the part around the numbered features is "
                                                                   "shown.");
        return text;
    };
    Document scratch(doc.device());
    const double footer = footerHeight(doc);
    double textHeight = size.height();
    {
        Flow measure(scratch, pageLayout, 0, footer);
        measure.startPage();
        chartText(measure, chart, locale, calibratedStatement(10, true), legend);
        if (scratch.pageCount() == 1)
            textHeight = measure.y();
    }
    const double imageHeight =
        std::max(doc.mm(110), size.height() - footer - imagesTop - rulerBand - textHeight - doc.mm(3));
    const QRectF markArea(rulerBand, imagesTop, panelWidth - rulerBand, imageHeight);
    const QRectF exemplarArea(panelWidth + gap + rulerBand, imagesTop, panelWidth - rulerBand, imageHeight);

    double magnification = 0;
    QString scaleStatement;
    if (bothCalibrated) {
        magnification = chooseMagnification(chart, markArea.size(), doc.dpi());
        mark.placement =
            place(chart.mark, markArea, scaleFor(chart.mark, magnification, doc.dpi()),
                  centroid(mark.pairPoints, QPointF(chart.mark.origin) +
                                                QPointF(chart.mark.image.width(), chart.mark.image.height()) / 2));
        exemplar.placement =
            place(chart.exemplar, exemplarArea, scaleFor(chart.exemplar, magnification, doc.dpi()),
                  centroid(exemplar.pairPoints,
                           QPointF(chart.exemplar.origin) +
                               QPointF(chart.exemplar.image.width(), chart.exemplar.image.height()) / 2));
        scaleStatement = calibratedStatement(magnification, mark.placement.clipped || exemplar.placement.clipped);
    } else {
        mark.placement = fit(chart.mark, markArea);
        exemplar.placement = fit(chart.exemplar, exemplarArea);
        scaleStatement = QCoreApplication::translate("ridgeline::CourtChartPdf",
                                                     "No scale can be stated: %1 not calibrated. Each image is "
                                                     "printed to fit its panel and no ruler is drawn.")
                             .arg(!calibrated(chart.mark) && !calibrated(chart.exemplar)
                                      ? QCoreApplication::translate("ridgeline::CourtChartPdf", "neither image is")
                                  : !calibrated(chart.mark)
                                      ? QCoreApplication::translate("ridgeline::CourtChartPdf", "the mark is")
                                      : QCoreApplication::translate("ridgeline::CourtChartPdf", "the exemplar is"));
    }

    Page &page = doc.newPage(pageLayout);
    page.runningHeader = false;
    const QString panelTitleMark =
        QCoreApplication::translate("ridgeline::CourtChartPdf", "MARK  %1")
            .arg(bothCalibrated ? magnificationText(magnification, locale)
                                : QCoreApplication::translate("ridgeline::CourtChartPdf", "not to scale"));
    const QString panelTitleExemplar =
        QCoreApplication::translate("ridgeline::CourtChartPdf", "EXEMPLAR  %1")
            .arg(bothCalibrated ? magnificationText(magnification, locale)
                                : QCoreApplication::translate("ridgeline::CourtChartPdf", "not to scale"));
    doc.add([&doc, chart, mark, exemplar, magnification, bothCalibrated, locale, panelTitleMark, panelTitleExemplar,
             imagesTop](QPainter &p) {
        p.setFont(font(FontRole::SmallBold));
        p.setPen(kInk);
        p.drawText(QRectF(mark.placement.area.left(), imagesTop - doc.mm(5.5), mark.placement.area.width(), doc.mm(5)),
                   Qt::AlignLeft | Qt::AlignBottom, panelTitleMark);
        p.drawText(
            QRectF(exemplar.placement.area.left(), imagesTop - doc.mm(5.5), exemplar.placement.area.width(), doc.mm(5)),
            Qt::AlignLeft | Qt::AlignBottom, panelTitleExemplar);
        drawSide(p, doc, chart.mark, mark);
        drawSide(p, doc, chart.exemplar, exemplar);
        if (bothCalibrated) {
            drawRulers(p, doc, mark.placement, magnification, locale);
            drawRulers(p, doc, exemplar.placement, magnification, locale);
        }
    });
    const CourtChart headerChart = chart;
    doc.add([&doc, headerChart, pageLayout](QPainter &p) {
        Page sized;
        sized.size = pageLayout.paintRectPixels(int(doc.dpi())).size();
        chartHeader(p, doc, sized, headerChart);
    });

    Flow flow(doc, pageLayout, doc.mm(12), footer);
    flow.resumeAt(imagesTop + imageHeight + rulerBand + doc.mm(2));
    chartText(flow, chart, locale, scaleStatement, legend);
}

} // namespace layout

namespace {

void chartFurniture(QPainter &p, const layout::Document &doc, const layout::Page &page, const CourtChart &chart,
                    const ReportFooter &footer, const QLocale &locale, int number, int total)
{
    if (page.runningHeader) {
        p.setFont(layout::font(layout::FontRole::Small));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(0, 0, page.size.width(), doc.mm(5)), Qt::AlignLeft | Qt::AlignTop,
                   QCoreApplication::translate("ridgeline::CourtChartPdf", "Court chart (continued): %1 · Case %2")
                       .arg(chart.title, chart.caseReference));
    }
    layout::drawFooter(p, doc, page, footer, locale, number, total);
}

} // namespace

namespace {

Status paintCourtChartWith(QPagedPaintDevice &device, const CourtChart &chart, const QLocale &locale,
                           layout::PdfImageStore *images)
{
    layout::Document doc(device, images);
    layout::addCourtChartPages(doc, chart, locale);
    return doc.paint(
        {},
        [&](QPainter &p, const layout::Page &page, int number, int total) {
            chartFurniture(p, doc, page, chart, chart.footer, locale, number, total);
        },
        QCoreApplication::translate("ridgeline::CourtChartPdf", "The court chart of exhibit %1")
            .arg(chart.exhibitReference));
}

} // namespace

Status paintCourtChart(QPagedPaintDevice &device, const CourtChart &chart, const QLocale &locale)
{
    return paintCourtChartWith(device, chart, locale, nullptr);
}

Result<QByteArray> courtChartPdf(const CourtChart &chart, const QLocale &locale)
{
    return layout::renderPdf(chart.title, chart.footer, [&](QPagedPaintDevice &device, layout::PdfImageStore *images) {
        return paintCourtChartWith(device, chart, locale, images);
    });
}

} // namespace ridgeline::reports
