#pragma once

#include "app/core/domain.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace ridgeline {

class SessionController;

// Reports of one case (issue 8): the case report, a court chart of one mark, or a status summary
// for the victim or the prosecutor. The report is built and rendered on the session's thread;
// the dialog shows the pages as they will leave the building (rendered by Poppler), exports
// exactly those bytes to a PDF (recorded in the audit trail with their SHA-256) or prints through
// Qt's print dialog. Long work shows its progress and can be cancelled (Esc or Cancel).
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        CaseReport,
        CourtChart,
        VictimSummary,
        ProsecutorSummary,
    };

    ReportDialog(SessionController *session, const CaseId &caseId, const QString &caseReference,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    // Court chart of `mark` chosen (once the case's chartable marks are known).
    void chooseChart(const MarkId &mark);
    void chooseKind(Kind kind);

    // Builds and shows the preview (the Preview button).
    void preview();
    // Exports the previewed report (building it first when needed) to `path` (the Export button
    // asks for it with a file dialog).
    void exportTo(const QString &path);
    // Paints the report on `printer` (the Print button opens Qt's print dialog for it).
    void printOn(std::shared_ptr<QPrinter> printer);

    bool isBusy() const { return m_busy; }
    int previewPages() const { return m_pageCount; }

Q_SIGNALS:
    void previewReady(int pages);
    void exported(const QString &path, const QString &sha256);
    void printed(int pages);
    void failed(const QString &message);
    void marksLoaded(int count);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    Kind kind() const;
    QString kindKey() const;
    void loadMarks();
    void optionsChanged();
    void setBusy(bool busy, const QString &what);
    void showProgress(int done, int total);
    void fail(const QString &message);
    void chooseFileAndExport();
    void choosePrinterAndPrint();
    void writeExport(const QString &path);

    SessionController *m_session;
    CaseId m_caseId;
    QString m_caseReference;
    QList<Mark> m_marks; // chartable
    MarkId m_wantedChart;

    QComboBox *m_kind = nullptr;
    QComboBox *m_mark = nullptr;
    QCheckBox *m_withCharts = nullptr;
    QCheckBox *m_verify = nullptr;
    QCheckBox *m_original = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QScrollArea *m_pagesArea = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;

    // The previewed report: exported as it is while the options stay the same.
    QByteArray m_pdf;
    QString m_title;
    int m_pageCount = 0;
    QString m_pendingExport; // a path to export to once the preview is built
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace ridgeline
