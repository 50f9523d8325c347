#include "app/gui/reportdialog.h"

#include "app/documents/pdfdocument.h"
#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/reports/reportpdf.h"
#include "app/services/reportbuilder.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ridgeline {
namespace {

constexpr double kPreviewDpi = 60.0;

// Progress of the work on the session thread, read by the dialog's timer (no cross-thread calls
// into the dialog, which may be gone by then).
struct Progress
{
    std::atomic<int> done = 0;
    std::atomic<int> total = 0;
};

struct Built
{
    Error error;
    bool ok = false;
    QByteArray pdf;
    QString title;
    QList<QImage> pages;
};

struct Printed
{
    Error error;
    bool ok = false;
    int pages = 0;
};

struct Options
{
    ReportDialog::Kind kind = ReportDialog::Kind::CaseReport;
    CaseId caseId;
    MarkId mark;
    bool withCharts = true;
    bool verify = true;
    bool original = false;
    QLocale locale;
};

// What the dialog's controls ask for, as the session thread gets it.
Options optionsOf(ReportDialog::Kind kind, const CaseId &caseId, const QComboBox *mark, const QCheckBox *withCharts,
                  const QCheckBox *verify, const QCheckBox *original)
{
    Options o;
    o.kind = kind;
    o.caseId = caseId;
    o.mark = MarkId::fromString(mark->currentData().toString());
    o.withCharts = withCharts->isChecked();
    o.verify = verify->isChecked();
    o.original = original->isChecked();
    return o;
}

// Builds the report's data and paints it on `device` (a QPdfWriter inside the *Pdf functions, or
// a printer). Runs on the session thread.
Status paintReport(WorkspaceSession &session, const Options &o, std::atomic<bool> *cancel,
                   const reports::ReportProgress &progress, QPagedPaintDevice *device, QByteArray *pdf, QString *title)
{
    ReportBuilder builder(session, o.locale);
    switch (o.kind) {
    case ReportDialog::Kind::CaseReport: {
        CaseReportOptions options;
        options.withCharts = o.withCharts;
        options.verifyWorkspace = o.verify;
        auto report = builder.caseReport(o.caseId, options, cancel);
        if (!report)
            return report.error();
        *title = QCoreApplication::translate("ridgeline::ReportDialog", "Case report %1").arg(report->caseReference);
        if (device)
            return reports::paintCaseReport(*device, *report, o.locale, progress);
        auto bytes = reports::caseReportPdf(*report, o.locale, progress);
        if (!bytes)
            return bytes.error();
        *pdf = std::move(bytes).value();
        return {};
    }
    case ReportDialog::Kind::CourtChart: {
        auto chart = builder.courtChart({o.mark, {}, 0.0, o.original}, cancel);
        if (!chart)
            return chart.error();
        *title = chart->title;
        if (progress && !progress(0, 1))
            return Error(ErrorCode::Cancelled, QString());
        Status painted;
        if (device) {
            painted = reports::paintCourtChart(*device, *chart, o.locale);
        } else {
            auto bytes = reports::courtChartPdf(*chart, o.locale);
            if (bytes)
                *pdf = std::move(bytes).value();
            else
                painted = bytes.error();
        }
        if (painted && progress)
            progress(1, 1);
        return painted;
    }
    case ReportDialog::Kind::VictimSummary:
    case ReportDialog::Kind::ProsecutorSummary: {
        const auto audience = o.kind == ReportDialog::Kind::VictimSummary ? reports::SummaryAudience::Victim
                                                                          : reports::SummaryAudience::Prosecutor;
        auto summary = builder.statusSummary(o.caseId, audience);
        if (!summary)
            return summary.error();
        *title = QCoreApplication::translate("ridgeline::ReportDialog", "Status summary %1")
                     .arg(summary->facts.caseReference);
        if (device)
            return reports::paintStatusSummary(*device, *summary, o.locale);
        auto bytes = reports::statusSummaryPdf(*summary, o.locale);
        if (!bytes)
            return bytes.error();
        *pdf = std::move(bytes).value();
        return {};
    }
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(SessionController *session, const CaseId &caseId, const QString &caseReference,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
    , m_caseReference(caseReference)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Reports — %1").arg(caseReference));
    setAttribute(Qt::WA_DeleteOnClose);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Case report"), int(Kind::CaseReport));
    m_kind->addItem(tr("Court chart of one mark"), int(Kind::CourtChart));
    m_kind->addItem(tr("Status summary for the victim"), int(Kind::VictimSummary));
    m_kind->addItem(tr("Status summary for the prosecutor"), int(Kind::ProsecutorSummary));
    m_kind->setToolTip(tr("Which report to make"));
    m_kind->setStatusTip(tr("The case report holds every record of the case; a court chart shows one mark beside "
                            "its exemplar; a status summary gives progress without sensitive detail"));
    m_mark = new QComboBox(this);
    m_mark->setObjectName(QStringLiteral("reportMark"));
    m_mark->setToolTip(tr("The mark to chart: marks with a committed comparison you may see"));
    m_mark->setStatusTip(tr("The chart shows the comparison with the exemplar of the conclusion that stands"));
    m_withCharts = new QCheckBox(tr("Include &court charts"), this);
    m_withCharts->setObjectName(QStringLiteral("reportWithCharts"));
    m_withCharts->setChecked(true);
    m_withCharts->setToolTip(tr("Append a court chart for every mark with a committed comparison"));
    m_verify = new QCheckBox(tr("Check the &workspace first"), this);
    m_verify->setObjectName(QStringLiteral("reportVerify"));
    m_verify->setChecked(true);
    m_verify->setToolTip(tr("Verify the audit chain, the originals and the sign-offs, and print the outcome"));
    m_original = new QCheckBox(tr("Show the &original, not the enhancement"), this);
    m_original->setObjectName(QStringLiteral("reportOriginal"));
    m_original->setToolTip(tr("Print the mark as received even when an enhancement was saved with it"));

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Report:"), this);
    kindLabel->setBuddy(m_kind);
    auto *markLabel = new QLabel(tr("&Mark:"), this);
    markLabel->setBuddy(m_mark);
    form->addRow(kindLabel, m_kind);
    form->addRow(markLabel, m_mark);
    form->addRow(m_withCharts);
    form->addRow(m_verify);
    form->addRow(m_original);

    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("reportPreview"));
    m_previewButton->setToolTip(tr("Build the report and show its pages as they will be printed"));
    m_previewButton->setDefault(true);
    m_exportButton = new QPushButton(tr("&Export PDF…"), this);
    m_exportButton->setObjectName(QStringLiteral("reportExport"));
    m_exportButton->setToolTip(tr("Save the report as a PDF (Ctrl+S); the export and its SHA-256 go in the audit "
                                  "trail"));
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("reportPrint"));
    m_printButton->setToolTip(tr("Print the report through the print dialog (Ctrl+P); recorded in the audit trail"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("reportCancel"));
    m_cancelButton->setToolTip(tr("Stop making the report (Esc); nothing is saved or recorded"));
    m_cancelButton->setEnabled(false);
    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setToolTip(tr("Close this window"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_previewButton);
    left->addWidget(m_exportButton);
    left->addWidget(m_printButton);
    left->addSpacing(12);
    left->addWidget(m_progress);
    left->addWidget(m_cancelButton);
    left->addWidget(m_status);
    left->addStretch(1);
    left->addWidget(closeButton);

    m_pagesArea = new QScrollArea(this);
    m_pagesArea->setObjectName(QStringLiteral("reportPages"));
    m_pagesArea->setWidgetResizable(true);
    m_pagesArea->setBackgroundRole(QPalette::Dark);
    auto *pages = new QWidget(m_pagesArea);
    m_pagesLayout = new QVBoxLayout(pages);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pagesArea->setWidget(pages);
    m_pagesArea->setToolTip(tr("The report's pages as Poppler renders them"));

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addWidget(m_pagesArea, 1);
    resize(1150, 820);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    connect(m_mark, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    connect(m_withCharts, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);
    connect(m_verify, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);
    connect(m_original, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportDialog::chooseFileAndExport);
    connect(m_printButton, &QPushButton::clicked, this, &ReportDialog::choosePrinterAndPrint);
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ReportDialog::chooseFileAndExport);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &ReportDialog::choosePrinterAndPrint);

    optionsChanged();
    loadMarks();
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

ReportDialog::Kind ReportDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

QString ReportDialog::kindKey() const
{
    switch (kind()) {
    case Kind::CaseReport:
        return QStringLiteral("case-report");
    case Kind::CourtChart:
        return QStringLiteral("court-chart");
    case Kind::VictimSummary:
        return QStringLiteral("status-summary-victim");
    case Kind::ProsecutorSummary:
        return QStringLiteral("status-summary-prosecutor");
    }
    return {};
}

void ReportDialog::chooseKind(Kind k)
{
    m_kind->setCurrentIndex(m_kind->findData(int(k)));
}

void ReportDialog::chooseChart(const MarkId &mark)
{
    m_wantedChart = mark;
    chooseKind(Kind::CourtChart);
    const int index = m_mark->findData(mark.toString());
    if (index >= 0)
        m_mark->setCurrentIndex(index);
}

void ReportDialog::loadMarks()
{
    m_mark->setEnabled(false);
    m_mark->addItem(tr("Looking for marks with a comparison…"));
    const CaseId caseId = m_caseId;
    const bool needReference = m_caseReference.isEmpty();
    auto future = m_session->run([caseId, needReference](WorkspaceSession &s) {
        std::pair<QString, Result<QList<Mark>>> answer{QString(), ReportBuilder(s).chartableMarks(caseId)};
        if (needReference)
            if (auto record = s.cases().caseById(caseId))
                answer.first = record->reference.toString();
        return answer;
    });
    whenFinished(this, future, [this](const std::pair<QString, Result<QList<Mark>>> &answer) {
        if (!answer.first.isEmpty()) {
            m_caseReference = answer.first;
            setWindowTitle(tr("Reports — %1").arg(m_caseReference));
        }
        const Result<QList<Mark>> &marks = answer.second;
        m_mark->clear();
        if (!marks) {
            m_mark->addItem(tr("The marks could not be listed"));
            fail(marks.error().message());
            return;
        }
        m_marks = marks.value();
        for (const Mark &m : m_marks)
            m_mark->addItem(
                tr("%1 (%2, %3)").arg(m.exhibitReference, markKindDisplayName(m.kind), markStateDisplayName(m.state)),
                m.id.toString());
        if (m_marks.isEmpty())
            m_mark->addItem(tr("No mark of this case has a committed comparison"));
        if (!m_wantedChart.isNull())
            chooseChart(m_wantedChart);
        optionsChanged();
        Q_EMIT marksLoaded(int(m_marks.size()));
    });
}

void ReportDialog::optionsChanged()
{
    const bool chart = kind() == Kind::CourtChart;
    m_mark->setEnabled(chart && !m_marks.isEmpty() && !m_busy);
    m_withCharts->setEnabled(kind() == Kind::CaseReport && !m_busy);
    m_verify->setEnabled(kind() == Kind::CaseReport && !m_busy);
    m_original->setEnabled(chart && !m_busy);
    const bool ready = !m_busy && (!chart || m_mark->currentData().isValid());
    m_previewButton->setEnabled(ready);
    m_exportButton->setEnabled(ready);
    m_printButton->setEnabled(ready);
    // What was previewed no longer matches: it is made again before an export.
    m_pdf.clear();
    m_pageCount = 0;
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_busy)
        m_status->setText(chart && m_marks.isEmpty() ? tr("No mark of this case has a committed comparison to chart.")
                                                     : tr("Choose the report, then Preview, Export PDF or Print."));
}

void ReportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_kind->setEnabled(!busy);
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_printButton->setEnabled(!busy);
    m_withCharts->setEnabled(!busy && kind() == Kind::CaseReport);
    m_verify->setEnabled(!busy && kind() == Kind::CaseReport);
    m_original->setEnabled(!busy && kind() == Kind::CourtChart);
    m_mark->setEnabled(!busy && kind() == Kind::CourtChart && !m_marks.isEmpty());
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the page count is known
        m_status->setText(what);
    } else {
        m_cancel.reset();
    }
}

void ReportDialog::showProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("Page %1 of %2").arg(done).arg(total));
}

void ReportDialog::fail(const QString &message)
{
    m_status->setText(message);
    Q_EMIT failed(message);
}

void ReportDialog::preview()
{
    if (m_busy)
        return;
    const Options o = optionsOf(kind(), m_caseId, m_mark, m_withCharts, m_verify, m_original);
    if (o.kind == Kind::CourtChart && o.mark.isNull())
        return fail(tr("Choose a mark with a committed comparison first."));
    optionsChanged(); // clears the old preview
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<Progress>();
    setBusy(true, tr("Making the report…"));
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, progress]() { showProgress(progress->done, progress->total); });
    poll->start(100);
    auto cancel = m_cancel;
    auto future = m_session->run([o, cancel, progress](WorkspaceSession &s) {
        Built built;
        auto onPage = [cancel, progress](int done, int total) {
            progress->done = done;
            progress->total = total;
            return !cancel->load();
        };
        Status made = paintReport(s, o, cancel.get(), onPage, nullptr, &built.pdf, &built.title);
        if (!made) {
            built.error = made.error();
            return built;
        }
        // The pages as a reader's viewer will show them: rendered from the bytes by Poppler.
        auto pdf = PdfDocument::fromData(built.pdf, built.title);
        if (!pdf) {
            built.error = pdf.error();
            return built;
        }
        for (int p = 0; p < pdf->pageCount(); ++p) {
            if (cancel->load()) {
                built.error = Error(ErrorCode::Cancelled, QString());
                return built;
            }
            auto page = pdf->renderPage(p, kPreviewDpi);
            if (!page) {
                built.error = page.error();
                return built;
            }
            built.pages << page.value();
        }
        built.ok = true;
        return built;
    });
    whenFinished(this, future, [this, poll](const Built &built) {
        poll->deleteLater();
        setBusy(false, {});
        if (!built.ok) {
            m_pendingExport.clear();
            optionsChanged();
            if (built.error.code() == ErrorCode::Cancelled)
                m_status->setText(tr("Cancelled: nothing was saved or recorded."));
            else
                fail(built.error.message());
            return;
        }
        m_pdf = built.pdf;
        m_title = built.title;
        m_pageCount = int(built.pages.size());
        for (int p = 0; p < built.pages.size(); ++p) {
            auto *label = new QLabel;
            label->setPixmap(QPixmap::fromImage(built.pages.at(p)));
            label->setToolTip(tr("Page %1 of %2").arg(p + 1).arg(built.pages.size()));
            label->setFrameShape(QFrame::Box);
            m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
        }
        m_status->setText(
            tr("%1: %n page(s). Export PDF saves exactly these pages.", nullptr, m_pageCount).arg(m_title));
        Q_EMIT previewReady(m_pageCount);
        if (!m_pendingExport.isEmpty())
            writeExport(std::exchange(m_pendingExport, QString()));
    });
}

void ReportDialog::chooseFileAndExport()
{
    if (m_busy || !m_exportButton->isEnabled())
        return;
    QString name = kindKey() + QLatin1Char('-') + m_caseReference;
    if (kind() == Kind::CourtChart && m_mark->currentIndex() >= 0 && m_mark->currentIndex() < m_marks.size())
        name += QLatin1Char('-') + m_marks.at(m_mark->currentIndex()).exhibitReference;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(folder).filePath(name + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportDialog::exportTo(const QString &path)
{
    if (m_busy)
        return;
    if (m_pdf.isEmpty()) {
        m_pendingExport = path;
        preview();
        return;
    }
    writeExport(path);
}

void ReportDialog::writeExport(const QString &path)
{
    const QByteArray pdf = m_pdf;
    const QString title = m_title;
    const QString kindText = kindKey();
    const CaseId caseId = m_caseId;
    const MarkId mark = kind() == Kind::CourtChart ? MarkId::fromString(m_mark->currentData().toString()) : MarkId();
    setBusy(true, tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    auto future = m_session->run([=](WorkspaceSession &s) -> Result<ExportedReport> {
        // The file first, whole or not at all; then the record. A record that cannot be made takes
        // the file back, so nothing leaves without its entry in the audit trail.
        if (Status written = writeReportFile(path, pdf); !written)
            return written.error();
        auto recorded = ReportBuilder(s).recordExport(kindText, caseId, mark, pdf, title);
        if (!recorded)
            QFile::remove(path);
        return recorded;
    });
    whenFinished(this, future, [this, path](const Result<ExportedReport> &done) {
        setBusy(false, {});
        if (!done)
            return fail(done.error().message());
        m_status->setText(tr("Saved %1 (SHA-256 %2), recorded in the audit trail.")
                              .arg(QDir::toNativeSeparators(path), done->sha256));
        Q_EMIT exported(path, done->sha256);
    });
}

void ReportDialog::choosePrinterAndPrint()
{
    if (m_busy || !m_printButton->isEnabled())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    // The document name is also the print-to-file dialog's proposed file name: no folder separators.
    QString docName = m_title.isEmpty() ? windowTitle() : m_title;
    printer->setDocName(docName.replace(QLatin1Char('/'), QLatin1Char('-')));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(printer);
}

void ReportDialog::printOn(std::shared_ptr<QPrinter> printer)
{
    if (m_busy)
        return;
    const Options o = optionsOf(kind(), m_caseId, m_mark, m_withCharts, m_verify, m_original);
    const QString kindText = kindKey();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<Progress>();
    setBusy(true, tr("Printing…"));
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, progress]() { showProgress(progress->done, progress->total); });
    poll->start(100);
    auto cancel = m_cancel;
    // QPainter may paint on a QPrinter from a worker thread; the printer stays alive with the job.
    auto future = m_session->run([o, kindText, cancel, progress, printer](WorkspaceSession &s) {
        Printed result;
        auto onPage = [cancel, progress](int done, int total) {
            progress->done = done;
            progress->total = total;
            return !cancel->load();
        };
        QByteArray unused;
        QString title;
        Status painted = paintReport(s, o, cancel.get(), onPage, printer.get(), &unused, &title);
        if (!painted) {
            printer->abort();
            result.error = painted.error();
            return result;
        }
        result.pages = std::max(1, progress->total.load());
        if (Status recorded = ReportBuilder(s).recordPrinted(kindText, o.caseId, o.mark, result.pages); !recorded) {
            result.error = recorded.error();
            return result;
        }
        result.ok = true;
        return result;
    });
    whenFinished(this, future, [this, poll](const Printed &job) {
        poll->deleteLater();
        setBusy(false, {});
        if (!job.ok) {
            if (job.error.code() == ErrorCode::Cancelled)
                m_status->setText(tr("Printing cancelled."));
            else
                fail(job.error.message());
            return;
        }
        m_status->setText(tr("Sent %n page(s) to the printer; recorded in the audit trail.", nullptr, job.pages));
        Q_EMIT printed(job.pages);
    });
}

void ReportDialog::reject()
{
    if (m_busy) {
        if (m_cancel)
            m_cancel->store(true); // Esc stops the work first; a second Esc closes
        return;
    }
    QDialog::reject();
}

void ReportDialog::closeEvent(QCloseEvent *event)
{
    if (m_cancel)
        m_cancel->store(true);
    QDialog::closeEvent(event);
}

} // namespace ridgeline
