// The status summary for a victim or a prosecutor: one A4 page that says how far the examination
// has come and nothing more (only what VictimSummaryFacts carries, the date and, for the
// prosecutor, the officer in the case). The wording follows the case officer's text summary.

#include "app/reports/reportlayout.h"
#include "app/reports/reportpdf.h"

#include <QCoreApplication>

#include <algorithm>

namespace ridgeline::reports {
namespace {

using namespace layout;

QString statusSentence(const VictimSummaryFacts &facts, const QLocale &locale)
{
    if (facts.marksReceived == 0)
        return QCoreApplication::translate("ridgeline::StatusSummaryPdf",
                                           "No marks have been received for examination yet.");
    if (facts.isSignedOff() && facts.signedOffOn.isValid())
        return QCoreApplication::translate(
                   "ridgeline::StatusSummaryPdf",
                   "The examination is complete. Its results were checked and signed off by a supervisor on %1.")
            .arg(longDate(facts.signedOffOn, locale));
    if (facts.isSignedOff())
        return QCoreApplication::translate(
            "ridgeline::StatusSummaryPdf",
            "The examination is complete. Its results were checked and signed off by a supervisor.");
    if (facts.isComplete())
        return QCoreApplication::translate("ridgeline::StatusSummaryPdf",
                                           "Every mark has been examined. The results are waiting to be checked and "
                                           "signed off by a supervisor.");
    return QCoreApplication::translate("ridgeline::StatusSummaryPdf", "The examination is still in progress.");
}

// One count with a bar showing it against the marks received.
void progressRow(Flow &flow, const QString &label, int value, int of, const QLocale &locale)
{
    Document &doc = flow.doc();
    const double w = flow.width();
    const TextBlock text(label, font(FontRole::Body), w * 0.5, &doc.device());
    const TextBlock number(locale.toString(value), font(FontRole::BodyBold), w * 0.08, &doc.device(), Qt::AlignRight);
    const double h = std::max(text.height(), doc.mm(6)) + doc.mm(2.5);
    flow.block(h, [=, &doc](QPainter &p, double top) {
        p.setPen(Qt::black);
        text.draw(p, QPointF(0, top + doc.mm(0.5)));
        number.draw(p, QPointF(w * 0.52, top + doc.mm(0.5)));
        const QRectF bar(w * 0.64, top + doc.mm(0.6), w * 0.36, doc.mm(4.2));
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), doc.mm(0.2)));
        p.setBrush(QColor(0xf2, 0xf2, 0xf2));
        p.drawRect(bar);
        if (of > 0 && value > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2e, 0x6d, 0xa4));
            p.drawRect(QRectF(bar.topLeft(), QSizeF(bar.width() * std::min(1.0, double(value) / of), bar.height())));
        }
    });
}

void layoutSummary(Document &doc, const StatusSummary &summary, const QLocale &locale)
{
    const VictimSummaryFacts &facts = summary.facts;
    const bool prosecutor = summary.audience == SummaryAudience::Prosecutor;
    Flow flow(doc, a4Portrait(), 0, footerHeight(doc));
    flow.startPage();
    flow.paragraph(
        QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Fingerprint examination: status summary"),
        FontRole::Title);
    flow.paragraph(prosecutor ? QCoreApplication::translate("ridgeline::StatusSummaryPdf", "For the prosecutor")
                              : QCoreApplication::translate("ridgeline::StatusSummaryPdf",
                                                            "For the person affected by the offence"),
                   FontRole::Subheading, 0, QColor(0x1a, 0x3a, 0x5c));
    flow.space(doc.mm(4));

    Table details;
    details.widths = {0.32, 0.68};
    details.grid = false;
    details.boldFirstColumn = true;
    details.large = true;
    details.rows << QStringList{QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Case reference"),
                                facts.caseReference};
    details.rows << QStringList{QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Offence"), facts.offence};
    details.rows << QStringList{QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Date of this summary"),
                                longDate(summary.asOf, locale)};
    flow.table(details);

    flow.heading(QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Progress"));
    progressRow(flow, QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Marks received for examination"),
                facts.marksReceived, facts.marksReceived, locale);
    progressRow(flow, QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Marks examined so far"),
                facts.marksExamined, facts.marksReceived, locale);
    progressRow(flow,
                QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Marks with results checked and signed off"),
                facts.marksSignedOff, facts.marksReceived, locale);
    flow.space(doc.mm(3));
    flow.paragraph(statusSentence(facts, locale), FontRole::BodyBold);

    flow.heading(QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Contact"));
    if (prosecutor && !summary.contact.isEmpty())
        flow.paragraph(QCoreApplication::translate("ridgeline::StatusSummaryPdf",
                                                   "For more information, please contact the officer in the case: %1.")
                           .arg(summary.contact));
    else
        flow.paragraph(QCoreApplication::translate("ridgeline::StatusSummaryPdf",
                                                   "For more information, please contact the officer in the case."));
    flow.space(doc.mm(6));
    flow.paragraph(QCoreApplication::translate("ridgeline::StatusSummaryPdf",
                                               "This summary gives counts only. It does not name anybody, describe "
                                               "any mark or state any result of a comparison."),
                   FontRole::Small, 0, QColor(0x44, 0x44, 0x44));
}

} // namespace

Status paintStatusSummary(QPagedPaintDevice &device, const StatusSummary &summary, const QLocale &locale)
{
    Document doc(device);
    layoutSummary(doc, summary, locale);
    return doc.paint(
        {},
        [&](QPainter &p, const Page &page, int number, int total) {
            drawFooter(p, doc, page, summary.footer, locale, number, total);
        },
        QCoreApplication::translate("ridgeline::StatusSummaryPdf", "The status summary of case %1")
            .arg(summary.facts.caseReference));
}

Result<QByteArray> statusSummaryPdf(const StatusSummary &summary, const QLocale &locale)
{
    return renderPdf(QCoreApplication::translate("ridgeline::StatusSummaryPdf", "Status summary: %1")
                         .arg(summary.facts.caseReference),
                     summary.footer, [&](QPagedPaintDevice &device, PdfImageStore *) {
                         return paintStatusSummary(device, summary, locale);
                     });
}

} // namespace ridgeline::reports
