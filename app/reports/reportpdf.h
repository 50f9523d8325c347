#pragma once

// The renderers of issue 8: the court chart of one mark against one exemplar impression, the case
// report and the status summary, painted page after page onto any QPagedPaintDevice (QPdfWriter for
// export, QPrinter from Qt's print dialog for printing) from the plain values of reportdata.h. They
// never reach back into the workspace. Every visible string goes through
// QCoreApplication::translate; dates and numbers through the QLocale given; times are printed in
// UTC and say so.
//
// Page layout: the renderers set the page size, orientation and margins on the device themselves
// (court chart: A3 landscape; case report and status summary: A4 portrait, the case report's chart
// pages A3 landscape) and lay out in the device's own resolution, so they work at any dpi.
// Evidence images are embedded at their full pixel size, never resampled, every sample as it is.
// In the PDFs of courtChartPdf/caseReportPdf Ridgeline encodes them itself (pdfimagestore.h:
// Flate, one byte a pixel for grayscale, on the thread pool while the pages are painted); on other
// devices they are drawn with QPainter::LosslessImageRendering, so Qt's engine uses Flate, not JPEG.
//
// Thread affinity: none (no QObject); call from a worker thread for long reports. A device must not
// be painted by anybody else while a renderer runs, and must not already have an active painter.

#include "app/core/error.h"
#include "app/reports/reportdata.h"

#include <QByteArray>
#include <QLocale>
#include <QPagedPaintDevice>

#include <functional>

namespace ridgeline::reports {

// Return false to cancel (the renderer then returns ErrorCode::Cancelled and writes nothing).
// Called once with (0, total) after the layout and before anything is painted, then after each page.
// With a printer, pages painted before a cancel may already have been handed to the print engine:
// call QPrinter::abort() on Cancelled.
using ReportProgress = std::function<bool(int pagesDone, int pagesTotal)>;

// Paint onto any paged device — QPdfWriter for export, QPrinter (from Qt's print dialog) for
// printing — page after page.
Status paintCourtChart(QPagedPaintDevice &device, const CourtChart &chart, const QLocale &locale);
Status paintCaseReport(QPagedPaintDevice &device, const CaseReport &report, const QLocale &locale,
                       const ReportProgress &progress = {});
Status paintStatusSummary(QPagedPaintDevice &device, const StatusSummary &summary, const QLocale &locale);

// The PDF bytes (QPdfWriter into a QBuffer; PDF/A-1b; title, creator = software version).
Result<QByteArray> courtChartPdf(const CourtChart &chart, const QLocale &locale);
Result<QByteArray> caseReportPdf(const CaseReport &report, const QLocale &locale, const ReportProgress &progress = {});
Result<QByteArray> statusSummaryPdf(const StatusSummary &summary, const QLocale &locale);

} // namespace ridgeline::reports
