// The case report: A4 portrait pages with a running header and "Page x of y", the case, its
// persons and documents, every mark's ACE-V record, the sign-offs, an audit excerpt, then the
// court charts as A3 landscape pages.

#include "app/reports/reportlayout.h"
#include "app/reports/reportpdf.h"

#include <QCoreApplication>

namespace ridgeline::reports {
namespace {

using namespace layout;

void caseDetails(Flow &flow, const CaseReport &r, const QLocale &locale)
{
    flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Case report"), FontRole::Title);
    flow.paragraph(r.caseReference, FontRole::Heading, 0, QColor(0x1a, 0x3a, 0x5c));
    flow.space(flow.doc().mm(2));
    Table t;
    t.widths = {0.25, 0.75};
    t.boldFirstColumn = true;
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Case reference"), r.caseReference};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Force"), r.force};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Offence"), r.offence};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Officer in the case"),
                          r.officerInCase};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Status"), r.status};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Opened"),
                          utcTime(r.createdUtc, locale)};
    if (!r.summary.isEmpty())
        t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Summary"), r.summary};
    flow.table(t);
    flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf",
                                               "All times in this report are Coordinated Universal Time (UTC)."),
                   FontRole::Small, 0, QColor(0x44, 0x44, 0x44));

    flow.heading(QCoreApplication::translate("ridgeline::CaseReportPdf", "Persons"));
    flow.bullets(r.persons,
                 QCoreApplication::translate("ridgeline::CaseReportPdf", "No persons are linked to the case."));
    flow.heading(QCoreApplication::translate("ridgeline::CaseReportPdf", "Documents"));
    flow.bullets(r.documents, QCoreApplication::translate("ridgeline::CaseReportPdf", "No documents are recorded."));
}

void markSection(Flow &flow, const ReportMark &m, const QLocale &locale)
{
    flow.heading(
        QCoreApplication::translate("ridgeline::CaseReportPdf", "Exhibit %1: %2").arg(m.exhibitReference, m.kind),
        FontRole::Subheading);
    Table t;
    t.widths = {0.25, 0.75};
    t.boldFirstColumn = true;
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Stage"), m.state};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Original SHA-256"),
                          m.originalSha256};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Provenance"), m.provenance};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Examiner"),
                          m.examiner.isEmpty() ? QStringLiteral("—") : m.examiner};
    t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Verifier"),
                          m.verifier.isEmpty() ? QStringLiteral("—") : m.verifier};
    t.monoRows = {false, true, false, false, false};
    flow.table(t);

    flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Analysis"), FontRole::BodyBold);
    if (!m.analysed) {
        flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Not analysed yet."), FontRole::Body,
                       flow.doc().mm(3));
    } else {
        Table a;
        a.widths = {0.25, 0.75};
        a.boldFirstColumn = true;
        a.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Value"), m.value};
        a.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Committed"),
                              utcTime(m.analysisUtc, locale)};
        a.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Snapshot SHA-256"),
                              m.analysisSha256};
        a.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Recorded"),
                              m.analysisLines.join(QLatin1Char('\n'))};
        a.monoRows = {false, false, true, false};
        flow.table(a);

        flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Changes after exposure to an exemplar"),
                       FontRole::BodyBold);
        flow.paragraph(m.firstExposureUtc.isValid()
                           ? QCoreApplication::translate("ridgeline::CaseReportPdf", "First exemplar seen: %1.")
                                 .arg(utcTime(m.firstExposureUtc, locale))
                           : QCoreApplication::translate("ridgeline::CaseReportPdf", "No exemplar has been seen."),
                       FontRole::Body, flow.doc().mm(3));
        if (m.changesAfterExposure.isEmpty()) {
            flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "0 changes after exposure"),
                           FontRole::BodyBold, flow.doc().mm(3));
        } else {
            flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "%1 changes after exposure:")
                               .arg(locale.toString(m.changesAfterExposure.size())),
                           FontRole::BodyBold, flow.doc().mm(3), QColor(0xb0, 0x50, 0x00));
            flow.bullets(m.changesAfterExposure, QString());
        }
    }

    flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Conclusions, verification and resolution"),
                   FontRole::BodyBold);
    if (m.conclusions.isEmpty()) {
        flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "None recorded yet."), FontRole::Body,
                       flow.doc().mm(3));
    } else {
        for (const ReportConclusion &k : m.conclusions) {
            Table c;
            c.widths = {0.25, 0.75};
            c.boldFirstColumn = true;
            c.headers << k.stage << k.result;
            if (!k.exemplar.isEmpty())
                c.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Exemplar"), k.exemplar};
            c.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "By"),
                                  k.by + QStringLiteral(", ") + utcTime(k.whenUtc, locale)};
            c.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Basis"), k.basis};
            c.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Record SHA-256"), k.sha256};
            for (int i = 0; i < c.rows.size(); ++i)
                c.monoRows << (i == c.rows.size() - 1);
            flow.table(c);
        }
    }

    flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Stage and conflict history"),
                   FontRole::BodyBold);
    if (m.history.isEmpty()) {
        flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "No stage changes recorded."),
                       FontRole::Body, flow.doc().mm(3));
    } else {
        Table h;
        h.headers << QCoreApplication::translate("ridgeline::CaseReportPdf", "Time")
                  << QCoreApplication::translate("ridgeline::CaseReportPdf", "Who")
                  << QCoreApplication::translate("ridgeline::CaseReportPdf", "What");
        h.widths = {0.29, 0.23, 0.48};
        for (const ReportEvent &e : m.history)
            h.rows << QStringList{utcTime(e.whenUtc, locale), e.who, e.what};
        flow.table(h);
    }
    if (!m.withheld.isEmpty()) {
        flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "Withheld from this report"),
                       FontRole::BodyBold);
        flow.bullets(m.withheld, QString());
    }
}

void signOffs(Flow &flow, const CaseReport &r, const QLocale &locale)
{
    flow.heading(QCoreApplication::translate("ridgeline::CaseReportPdf", "Sign-off"));
    flow.paragraph(r.signOffStatus, FontRole::BodyBold);
    for (const ReportSignOff &s : r.signOffs) {
        Table t;
        t.widths = {0.25, 0.75};
        t.boldFirstColumn = true;
        t.headers
            << QCoreApplication::translate("ridgeline::CaseReportPdf", "Revision %1").arg(locale.toString(s.revision))
            << (s.inForce ? QCoreApplication::translate("ridgeline::CaseReportPdf", "In force")
                          : QCoreApplication::translate("ridgeline::CaseReportPdf", "VOIDED"));
        t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Supervisor"), s.supervisor};
        t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Signed"),
                              utcTime(s.signedUtc, locale)};
        t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Marks"),
                              s.marks.join(QStringLiteral(", "))};
        t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Document SHA-256"),
                              s.documentSha256};
        t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Signature key fingerprint"),
                              s.keyFingerprint};
        t.monoRows = {false, false, false, true, true};
        if (!s.inForce) {
            t.rows << QStringList{QCoreApplication::translate("ridgeline::CaseReportPdf", "Voided"), s.voided};
            t.monoRows << false;
        }
        flow.table(t);
    }
}

void auditExcerpt(Flow &flow, const CaseReport &r, const QLocale &locale)
{
    flow.heading(QCoreApplication::translate("ridgeline::CaseReportPdf", "Audit excerpt"));
    flow.paragraph(
        QCoreApplication::translate("ridgeline::CaseReportPdf", "%1 of %2 events shown.")
            .arg(locale.toString(r.audit.size()), locale.toString(std::max<qsizetype>(r.auditTotal, r.audit.size()))));
    if (!r.audit.isEmpty()) {
        Table t;
        t.headers << QCoreApplication::translate("ridgeline::CaseReportPdf", "Time")
                  << QCoreApplication::translate("ridgeline::CaseReportPdf", "User")
                  << QCoreApplication::translate("ridgeline::CaseReportPdf", "Action")
                  << QCoreApplication::translate("ridgeline::CaseReportPdf", "Object")
                  << QCoreApplication::translate("ridgeline::CaseReportPdf", "Detail");
        t.widths = {0.27, 0.11, 0.15, 0.13, 0.34};
        for (const ReportAuditLine &a : r.audit)
            t.rows << QStringList{utcTime(a.whenUtc, locale), a.user, a.action, a.object, a.detail};
        flow.table(t);
    }
    flow.paragraph(r.auditVerification, FontRole::BodyBold);
}

void runningHeader(QPainter &p, const Document &doc, const Page &page, const CaseReport &r)
{
    p.setFont(font(FontRole::Small));
    p.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF box(0, 0, page.size.width(), doc.mm(5));
    p.drawText(box, Qt::AlignLeft | Qt::AlignTop,
               QCoreApplication::translate("ridgeline::CaseReportPdf", "Case report · %1").arg(r.caseReference));
    p.drawText(box, Qt::AlignRight | Qt::AlignTop, r.force);
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), doc.mm(0.2)));
    p.drawLine(QPointF(0, doc.mm(5)), QPointF(page.size.width(), doc.mm(5)));
}

} // namespace

namespace {

Status paintCaseReportWith(QPagedPaintDevice &device, const CaseReport &report, const QLocale &locale,
                           const ReportProgress &progress, PdfImageStore *images)
{
    Document doc(device, images);
    Flow flow(doc, a4Portrait(), doc.mm(9), footerHeight(doc));
    caseDetails(flow, report, locale);
    flow.heading(QCoreApplication::translate("ridgeline::CaseReportPdf", "Exhibits and marks"));
    if (report.marks.isEmpty())
        flow.paragraph(QCoreApplication::translate("ridgeline::CaseReportPdf", "No marks are recorded."));
    for (const ReportMark &m : report.marks)
        markSection(flow, m, locale);
    signOffs(flow, report, locale);
    auditExcerpt(flow, report, locale);
    for (const CourtChart &chart : report.charts)
        addCourtChartPages(doc, chart, locale);
    return doc.paint(
        progress,
        [&](QPainter &p, const Page &page, int number, int total) {
            if (page.runningHeader)
                runningHeader(p, doc, page, report);
            drawFooter(p, doc, page, report.footer, locale, number, total);
        },
        QCoreApplication::translate("ridgeline::CaseReportPdf", "The case report of %1").arg(report.caseReference));
}

} // namespace

Status paintCaseReport(QPagedPaintDevice &device, const CaseReport &report, const QLocale &locale,
                       const ReportProgress &progress)
{
    return paintCaseReportWith(device, report, locale, progress, nullptr);
}

Result<QByteArray> caseReportPdf(const CaseReport &report, const QLocale &locale, const ReportProgress &progress)
{
    return renderPdf(
        QCoreApplication::translate("ridgeline::CaseReportPdf", "Case report: %1").arg(report.caseReference),
        report.footer, [&](QPagedPaintDevice &device, PdfImageStore *images) {
            return paintCaseReportWith(device, report, locale, progress, images);
        });
}

} // namespace ridgeline::reports
