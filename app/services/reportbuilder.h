#pragma once

// Fills the reports of issue 8 (app/reports/reportdata.h) from the workspace, as the signed-in
// user may see it: the session's own rules apply (blind verification, sequestration), so a report
// never shows what its reader could not open in the window. Exports go through here too: the PDF
// is rendered (app/reports/reportpdf.h) and its SHA-256 recorded in the audit trail
// ("export-report"), so a report that leaves the building can be matched to the workspace later.
// Blocking: call from a worker thread (SessionController::run) or the CLI.

#include "app/reports/reportdata.h"
#include "app/services/workspacesession.h"

#include <QLocale>

#include <atomic>
#include <functional>

namespace ridgeline {

struct CourtChartRequest
{
    MarkId mark;
    // The exemplar impression (or "mark:<id>") the chart is with. Empty: the exemplar of the
    // conclusion that stands (resolution, else the examiner's), else the newest comparison.
    QString exemplarRef;
    double magnification = 0.0; // 0: the renderer chooses (reportdata.h)
    bool showOriginal = false;  // print the original even when the mark has an enhancement
};

struct CaseReportOptions
{
    bool withCharts = true;      // a court chart for every mark with a comparison
    bool verifyWorkspace = true; // run the workspace check and print its outcome
    int auditExcerpt = 200;      // newest events of the case printed (all when fewer)
};

// A report rendered and recorded: the PDF and what the audit trail now says about it.
struct ExportedReport
{
    QByteArray pdf;
    QString sha256; // hex, as recorded in the audit event
    QString title;
};

class ReportBuilder
{
public:
    // `locale` formats the dates and numbers the builder writes into sentences.
    explicit ReportBuilder(WorkspaceSession &session, const QLocale &locale = QLocale());

    // NotFound when the mark has no comparison (with that exemplar); PermissionDenied when the
    // user may not see it (blind verification, sequestration).
    Result<reports::CourtChart> courtChart(const CourtChartRequest &request, const std::atomic<bool> *cancel = nullptr);
    Result<reports::CaseReport> caseReport(const CaseId &caseId, const CaseReportOptions &options = {},
                                           const std::atomic<bool> *cancel = nullptr);
    Result<reports::StatusSummary> statusSummary(const CaseId &caseId, reports::SummaryAudience audience,
                                                 const QDate &asOf = QDate::currentDate());

    // The marks of a case that have a comparison the user may see: what `--chart` and the
    // window's chart menu offer.
    Result<QList<Mark>> chartableMarks(const CaseId &caseId);

    // Build, render and record (audit "export-report" with kind, case, mark, pages and SHA-256).
    // `progress` as in reportpdf.h: false cancels, nothing is recorded then.
    using Progress = std::function<bool(int done, int total)>;
    Result<ExportedReport> exportCourtChart(const CourtChartRequest &request, const Progress &progress = {});
    Result<ExportedReport> exportCaseReport(const CaseId &caseId, const CaseReportOptions &options = {},
                                            const Progress &progress = {});
    Result<ExportedReport> exportStatusSummary(const CaseId &caseId, reports::SummaryAudience audience,
                                               const QDate &asOf = QDate::currentDate());
    // Records an export of `pdf` made by the caller from this builder's data (the window's
    // preview, exported as seen): the same audit event as the export functions.
    Result<ExportedReport> recordExport(const QString &kind, const CaseId &caseId, const MarkId &mark, QByteArray pdf,
                                        const QString &title);
    // Where an export goes before it is recorded: `deliver` (e.g. writing the file) runs first and
    // its failure means nothing is recorded; when recording then fails, `undo` takes the delivery
    // back (removes the file). Without a delivery the caller keeps the bytes and writes them itself.
    void setDelivery(std::function<Status(const QByteArray &pdf)> deliver, std::function<void()> undo = {})
    {
        m_deliver = std::move(deliver);
        m_undo = std::move(undo);
    }
    // Records that a report was sent to a printer (audit "print-report"); the GUI calls it after
    // the print dialog's job was painted.
    Status recordPrinted(const QString &kind, const CaseId &caseId, const MarkId &mark, int pages);

    reports::ReportFooter footer();

private:
    Result<reports::ReportMark> reportMark(const Mark &mark, const QHash<QString, QString> &names,
                                           const QHash<QString, QString> &exemplars);
    QString when(const QDateTime &utc) const;
    QString person(const QHash<QString, QString> &names, const QString &user) const;
    QHash<QString, QString> userNames();

    WorkspaceSession &m_session;
    QLocale m_locale;
    std::function<Status(const QByteArray &)> m_deliver;
    std::function<void()> m_undo;
};

// Writes `bytes` to `path` whole or not at all (QSaveFile); Io naming the file and the reason.
Status writeReportFile(const QString &path, const QByteArray &bytes);

} // namespace ridgeline
