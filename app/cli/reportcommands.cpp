// `ridgeline-cli report` (design/CLI.md "Reports", docs/cli.md): the case report, a court chart for
// one mark, or a status summary for a victim or a prosecutor, written to a PDF whole or not at
// all. The report is built as the signed-in user may see the case (blind verification and
// sequestration hold), rendered by app/reports, counted by Poppler, and its SHA-256 recorded in
// the audit trail before the file is written.
#include "app/cli/clisession.h"
#include "app/core/casereference.h"
#include "app/documents/pdfdocument.h"
#include "app/services/reportbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::cli {
namespace {

constexpr auto kReportSynopsis =
    "  report --case REF --out FILE.pdf [--no-charts] [--no-verify] [--audit N]\n"
    "      the case report (exhibits, analyses, conclusions, sign-offs, audit excerpt, court charts)\n"
    "  report --case REF --out FILE.pdf --chart MARK [--exemplar IMPRESSION] [--magnification N] [--original]\n"
    "      a court chart of mark MARK (exhibit reference) with the exemplar of its conclusion\n"
    "  report --case REF --out FILE.pdf --summary victim|prosecutor\n"
    "      a status summary without sensitive detail";

QString text(const char *source, int n = -1)
{
    return QCoreApplication::translate("ridgeline::ReportCommands", source, nullptr, n);
}

int runReport(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    const auto out = takeOption(args, QStringLiteral("--out"));
    const auto chart = takeOption(args, QStringLiteral("--chart"));
    const auto exemplar = takeOption(args, QStringLiteral("--exemplar"));
    const auto magnification = takeOption(args, QStringLiteral("--magnification"));
    const auto summary = takeOption(args, QStringLiteral("--summary"));
    const auto audit = takeOption(args, QStringLiteral("--audit"));
    const bool original = takeFlag(args, QStringLiteral("--original"));
    const bool noCharts = takeFlag(args, QStringLiteral("--no-charts"));
    const bool noVerify = takeFlag(args, QStringLiteral("--no-verify"));
    const QString usage = QStringLiteral("usage:\n") + QString::fromLatin1(kReportSynopsis);
    if (!caseRef || caseRef->isEmpty() || !out || out->isEmpty() || !args.isEmpty() || (chart && summary))
        return context.usage(usage);
    if (!chart && (exemplar || magnification || original))
        return context.usage(usage);
    if ((chart || summary) && (noCharts || noVerify || audit))
        return context.usage(usage);
    double scale = 0.0;
    if (magnification) {
        bool ok = false;
        scale = magnification->toDouble(&ok);
        if (!ok || scale < 0.5 || scale > 20)
            return context.usage(QStringLiteral("--magnification takes a number from 0.5 to 20"));
    }
    int auditCount = 200;
    if (audit) {
        bool ok = false;
        auditCount = audit->toInt(&ok);
        if (!ok || auditCount < 0)
            return context.usage(QStringLiteral("--audit takes a count of events (0 or more)"));
    }
    reports::SummaryAudience audience = reports::SummaryAudience::Victim;
    if (summary) {
        if (*summary == QLatin1String("prosecutor"))
            audience = reports::SummaryAudience::Prosecutor;
        else if (*summary != QLatin1String("victim"))
            return context.usage(QStringLiteral("--summary takes victim or prosecutor"));
    }
    if (Status folder = requireOutputFolder(*out); !folder)
        return context.fail(folder.error());
    const QFileInfo target(*out);

    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto reference = CaseReference::parse(*caseRef);
    if (!reference)
        return finish(context, session, context.fail(reference.error()));
    auto found = session->cases().caseByReference(*reference);
    if (!found)
        return finish(context, session, context.fail(found.error()));

    ReportBuilder builder(*session);
    int pages = 0;
    // The file is written (and shown to open) before the export is recorded, and removed again if
    // the record fails: the audit trail shows exactly the exports that exist.
    builder.setDelivery(
        [&](const QByteArray &bytes) -> Status {
            auto opened = PdfDocument::fromData(bytes, target.fileName());
            if (!opened) // the renderer's own output must open: anything else is a bug
                return opened.error();
            pages = opened->pageCount();
            return writeReportFile(*out, bytes);
        },
        [&] { QFile::remove(*out); });
    QString kind;
    QString markText;
    Result<ExportedReport> exported = Error(ErrorCode::Internal, QString());
    auto progress = [&](int done, int total) {
        if (total > 0)
            context.progress(text("Pages"), done, total);
        return true;
    };
    if (chart) {
        auto mark = findMarkOfCase(*session, *caseRef, *chart);
        if (!mark)
            return finish(context, session, context.fail(mark.error()));
        kind = QStringLiteral("court-chart");
        markText = mark->exhibitReference;
        exported = builder.exportCourtChart({mark->id, exemplar.value_or(QString()), scale, original}, progress);
    } else if (summary) {
        kind = audience == reports::SummaryAudience::Victim ? QStringLiteral("status-summary-victim")
                                                            : QStringLiteral("status-summary-prosecutor");
        exported = builder.exportStatusSummary(found->id, audience);
    } else {
        kind = QStringLiteral("case-report");
        CaseReportOptions options;
        options.withCharts = !noCharts;
        options.verifyWorkspace = !noVerify;
        options.auditExcerpt = auditCount;
        exported = builder.exportCaseReport(found->id, options, progress);
    }
    if (!exported)
        return finish(context, session, context.fail(exported.error()));

    if (context.options().json) {
        QJsonObject json{{QStringLiteral("file"), target.absoluteFilePath()},
                         {QStringLiteral("report"), kind},
                         {QStringLiteral("case"), found->reference.toString()},
                         {QStringLiteral("pages"), pages},
                         {QStringLiteral("bytes"), qint64(exported->pdf.size())},
                         {QStringLiteral("sha256"), exported->sha256},
                         {QStringLiteral("title"), exported->title}};
        if (!markText.isEmpty())
            json.insert(QStringLiteral("mark"), markText);
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out() << text("Wrote %1: %2, %n page(s).", pages)
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath()), exported->title)
                      << '\n'
                      << text("SHA-256 %1 (recorded in the audit trail).").arg(exported->sha256) << '\n';
    }
    context.out().flush();
    return finish(context, session, 0);
}

} // namespace

void registerReportCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("report"), QString::fromLatin1(kReportSynopsis), runReport});
}

} // namespace ridgeline::cli
