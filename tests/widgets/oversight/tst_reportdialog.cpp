// The Reports dialog (issue 8) on a real encrypted workspace, offscreen: the supervisor previews the
// case report (pages rendered by Poppler), exports exactly the previewed bytes (the file's SHA-256
// is the one in the audit trail), exports a victim's status summary without a preview, prints
// through a QPrinter (to a PDF file here: the real print path, no printer needed), and cancels a
// report on the way. A case without a committed comparison offers no court chart.
#include "app/documents/pdfdocument.h"
#include "app/gui/reportdialog.h"
#include "tests/widgets/oversight/oversightworkspace.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::testing;

namespace {

QList<AuditEvent> eventsOf(const QString &path, const CaseId &caseId, const QString &action)
{
    auto supervisor = openAs(path, QStringLiteral("supervisor"), OversightWorkspace::supervisorPass);
    QList<AuditEvent> found;
    if (!supervisor)
        return found;
    if (auto events = supervisor->auditEventsOfCase(caseId))
        for (const AuditEvent &e : *events)
            if (e.action == action)
                found << e;
    (void)supervisor->logout(); // a test helper: the events are what matter
    return found;
}

int pagesOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    auto pdf = PdfDocument::fromData(f.readAll(), file);
    return pdf ? pdf->pageCount() : -1;
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    OversightWorkspace m_ws;
    std::unique_ptr<SessionController> m_session;
    QString m_reference;

    ReportDialog *openDialog()
    {
        auto *dialog = new ReportDialog(m_session.get(), m_ws.caseId, m_reference);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = makeOversightWorkspace(m_dir.filePath(QStringLiteral("reports.rlw")),
                                      m_dir.filePath(QStringLiteral("pkg")));
        QVERIFY2(m_ws.error.isEmpty(), qPrintable(m_ws.error));
        m_session = controllerAs(m_ws.path, QStringLiteral("supervisor"), OversightWorkspace::supervisorPass);
        QVERIFY(m_session);
        auto record = m_session->run([id = m_ws.caseId](WorkspaceSession &s) { return s.cases().caseById(id); });
        record.waitForFinished();
        QVERIFY(record.result());
        m_reference = record.result()->reference.toString();
    }

    void previewThenExportTheSameBytes()
    {
        std::unique_ptr<ReportDialog> dialog(openDialog());
        QSignalSpy marks(dialog.get(), &ReportDialog::marksLoaded);
        QVERIFY(marks.wait(10000));
        QCOMPARE(marks.first().first().toInt(), 0); // the mark has a conclusion but no committed comparison
        dialog->chooseKind(ReportDialog::Kind::CourtChart);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reportPreview"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reportExport"))->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("No mark")));

        dialog->chooseKind(ReportDialog::Kind::CaseReport);
        QSignalSpy ready(dialog.get(), &ReportDialog::previewReady);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportPreview")), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QVERIFY(ready.wait(60000));
        const int pages = ready.first().first().toInt();
        QVERIFY(pages >= 2);
        auto *area = dialog->findChild<QScrollArea *>(QStringLiteral("reportPages"));
        QCOMPARE(area->widget()->findChildren<QLabel *>().size(), pages);
        QVERIFY(!area->widget()->findChildren<QLabel *>().first()->pixmap().isNull());

        const QString file = m_dir.filePath(QStringLiteral("case-report.pdf"));
        QSignalSpy exported(dialog.get(), &ReportDialog::exported);
        dialog->exportTo(file);
        QVERIFY(exported.wait(30000));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(exported.first().at(1).toString(), sha);
        QCOMPARE(pagesOf(file), pages); // exactly the previewed document
        const QList<AuditEvent> recorded = eventsOf(m_ws.path, m_ws.caseId, QStringLiteral("export-report"));
        QVERIFY(std::any_of(recorded.cbegin(), recorded.cend(), [&](const AuditEvent &e) {
            return e.details.contains(sha) && e.user == QLatin1String("supervisor");
        }));
    }

    void exportASummaryWithoutPreview()
    {
        std::unique_ptr<ReportDialog> dialog(openDialog());
        dialog->chooseKind(ReportDialog::Kind::VictimSummary);
        const QString file = m_dir.filePath(QStringLiteral("victim.pdf"));
        QSignalSpy exported(dialog.get(), &ReportDialog::exported);
        dialog->exportTo(file);
        QVERIFY(exported.wait(30000));
        QCOMPARE(pagesOf(file), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto pdf = PdfDocument::fromData(f.readAll(), file);
        QVERIFY(pdf);
        const QString text = pdf->pageText(0);
        QVERIFY(text.contains(m_reference));
        QVERIFY2(!text.contains(QStringLiteral("Identification")), qPrintable(text));
        QVERIFY(!text.contains(m_ws.exhibit));
    }

    void printThroughAPrinter()
    {
        std::unique_ptr<ReportDialog> dialog(openDialog());
        dialog->chooseKind(ReportDialog::Kind::ProsecutorSummary);
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer->setOutputFileName(file);
        QSignalSpy printed(dialog.get(), &ReportDialog::printed);
        dialog->printOn(printer);
        QVERIFY(printed.wait(30000));
        QCOMPARE(printed.first().first().toInt(), 1);
        printer.reset(); // ends the job: the file is complete
        QCOMPARE(pagesOf(file), 1);
        const QList<AuditEvent> recorded = eventsOf(m_ws.path, m_ws.caseId, QStringLiteral("print-report"));
        QVERIFY(std::any_of(recorded.cbegin(), recorded.cend(), [](const AuditEvent &e) {
            return e.details.contains(QStringLiteral("status-summary-prosecutor"));
        }));
    }

    void cancelLeavesNothing()
    {
        std::unique_ptr<ReportDialog> dialog(openDialog());
        dialog->chooseKind(ReportDialog::Kind::CaseReport);
        const int before = int(eventsOf(m_ws.path, m_ws.caseId, QStringLiteral("export-report")).size());
        const QString file = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy ready(dialog.get(), &ReportDialog::previewReady);
        dialog->exportTo(file); // builds first: cancelled before it is done
        QVERIFY(dialog->isBusy());
        QTest::keyClick(dialog.get(), Qt::Key_Escape); // Esc stops the work, the window stays
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(ready.size(), 0);
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(int(eventsOf(m_ws.path, m_ws.caseId, QStringLiteral("export-report")).size()), before);
    }

    void cleanupTestCase()
    {
        if (m_session)
            (void)m_session->logout();
        m_session.reset();
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
