// Local exemplar search from the command line: `templates build` and `search` (docs/cli.md).
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/core/casereference.h"
#include "app/services/exemplarsearch.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::cli {
namespace {

ExemplarSearch::Progress progressTo(Context &context)
{
    return [&context](const QString &stage, qint64 done, qint64 total) { context.progress(stage, done, total); };
}

void printJsonDocument(Context &context, const QJsonObject &object)
{
    context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    context.out().flush();
}

int runTemplates(Context &context, QStringList args)
{
    const bool rebuild = takeFlag(args, QStringLiteral("--rebuild"));
    if (args != QStringList{QStringLiteral("build")})
        return context.usage(QStringLiteral("usage: templates build [--rebuild] [--json]"));
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    ExemplarSearch search(*session);
    auto report = search.buildTemplates(rebuild, progressTo(context));
    if (!report)
        return finish(context, session, context.fail(report.error()));
    if (context.options().json) {
        printJsonDocument(context, {{QStringLiteral("algorithm"), report->algorithm},
                                    {QStringLiteral("impressions"), report->impressions},
                                    {QStringLiteral("alreadyCurrent"), report->alreadyCurrent},
                                    {QStringLiteral("built"), report->built},
                                    {QStringLiteral("failures"), QJsonArray::fromStringList(report->failures)}});
    } else {
        context.out() << "Templates (" << report->algorithm << "): " << report->impressions << " exemplar impressions, "
                      << report->built << " built, " << report->alreadyCurrent << " already current, "
                      << report->failures.size() << " failed\n";
        for (const QString &failure : report->failures)
            context.out() << "  failed: " << failure << '\n';
        context.out().flush();
    }
    return finish(context, session, report->failures.isEmpty() ? 0 : int(ErrorCode::BadInput));
}

QJsonObject candidateJson(const ExemplarCandidate &c, const QHash<CaseId, QString> &references)
{
    QJsonArray cases;
    for (const CaseId &id : c.exemplar.cases)
        cases.append(references.value(id, id.toString()));
    QJsonArray pairs;
    for (const imaging::MinutiaPair &p : c.pairs)
        pairs.append(QJsonObject{{QStringLiteral("probe"), p.indexA}, {QStringLiteral("exemplar"), p.indexB}});
    return {{QStringLiteral("rank"), c.rank},
            {QStringLiteral("score"), c.score},
            {QStringLiteral("personId"), c.exemplar.person.toString()},
            {QStringLiteral("person"), c.exemplar.personName},
            {QStringLiteral("fingerPosition"), c.exemplar.fingerPosition},
            {QStringLiteral("finger"), fingerPositionDisplayName(c.exemplar.fingerPosition)},
            {QStringLiteral("exhibit"), c.exemplar.exhibitReference},
            {QStringLiteral("impressionId"), c.exemplar.impressionId},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("pairedMinutiae"), int(c.pairs.size())},
            {QStringLiteral("pairs"), pairs},
            {QStringLiteral("falseMatchRate"), c.interpretation.falseMatchRate},
            {QStringLiteral("likelihoodRatio"), c.interpretation.likelihoodRatio},
            {QStringLiteral("interpretation"), c.interpretation.label}};
}

int printResult(Context &context, LocalWorkspaceSession &session, const ExemplarSearchResult &result)
{
    QHash<CaseId, QString> references;
    if (auto all = session.cases().cases()) {
        for (const CaseRecord &record : *all)
            references.insert(record.id, record.reference.toString());
    }
    if (context.options().json) {
        QJsonArray candidates;
        for (const ExemplarCandidate &c : result.candidates)
            candidates.append(candidateJson(c, references));
        QJsonObject out{{QStringLiteral("probe"), result.probeLabel},
                        {QStringLiteral("probeMinutiae"), int(result.probeMinutiae.size())},
                        {QStringLiteral("searched"), result.galleryTemplates},
                        {QStringLiteral("withoutTemplate"), result.exemplarsWithoutTemplate},
                        {QStringLiteral("compared"), result.compared},
                        {QStringLiteral("cancelled"), result.cancelled},
                        {QStringLiteral("candidates"), candidates}};
        if (!result.probeEmptyReason.isEmpty())
            out.insert(QStringLiteral("emptyReason"), result.probeEmptyReason);
        printJsonDocument(context, out);
        return 0;
    }
    if (!result.probeEmptyReason.isEmpty()) {
        context.out() << "No search: " << result.probeEmptyReason << '\n';
        context.out().flush();
        return 0;
    }
    context.out() << "Probe " << result.probeLabel << ": " << result.probeMinutiae.size() << " minutiae, "
                  << result.galleryTemplates << " exemplar impressions searched\n";
    for (const ExemplarCandidate &c : result.candidates) {
        QStringList cases;
        for (const CaseId &id : c.exemplar.cases)
            cases << references.value(id, id.toString());
        context.out() << c.rank << '\t' << QString::number(c.score, 'f', 1) << '\t' << c.exemplar.personName << '\t'
                      << fingerPositionDisplayName(c.exemplar.fingerPosition) << '\t' << c.exemplar.exhibitReference
                      << '\t' << c.pairs.size() << " paired\t" << c.interpretation.label << '\t' << cases.join(u' ')
                      << '\n';
    }
    context.out() << "Scores and likelihood ratios are tool-derived (docs/matching.md), not an examiner's "
                     "conclusion.\n";
    context.out().flush();
    return 0;
}

int runSearch(Context &context, QStringList args)
{
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    const auto exhibit = takeOption(args, QStringLiteral("--mark"));
    const auto ppiText = takeOption(args, QStringLiteral("--ppi"));
    const auto maxText = takeOption(args, QStringLiteral("--max"));
    const QString usage = QStringLiteral("usage: search IMAGE [--ppi N] [--max N] [--json] | "
                                         "search --case REF --mark EXHIBIT [--max N] [--json]");
    const bool byMark = caseRef && exhibit;
    if ((byMark && !args.isEmpty()) || (!byMark && (args.size() != 1 || caseRef || exhibit)))
        return context.usage(usage);
    ExemplarSearchOptions options;
    bool ok = true;
    if (maxText)
        options.maxCandidates = maxText->toInt(&ok);
    if (!ok || options.maxCandidates < 1 || options.maxCandidates > 1000)
        return context.usage(QStringLiteral("--max must be a number from 1 to 1000"));
    double ppi = 0.0;
    if (ppiText)
        ppi = ppiText->toDouble(&ok);
    if (!ok || (ppiText && (ppi < 100.0 || ppi > 5000.0)))
        return context.usage(QStringLiteral("--ppi must be a resolution from 100 to 5000"));
    QByteArray probeBytes;
    if (!byMark) {
        QFile file(args.first());
        if (!file.exists())
            return context.fail(Error(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(args.first())));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                Error(ErrorCode::BadInput, QStringLiteral("%1: %2").arg(args.first(), file.errorString())));
        probeBytes = file.readAll();
    }
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    ExemplarSearch search(*session);
    Result<ExemplarSearchResult> result = Error(ErrorCode::Internal, QString());
    if (byMark) {
        auto mark = findMarkOfCase(*session, *caseRef, *exhibit);
        if (!mark)
            return finish(context, session, context.fail(mark.error()));
        result = search.searchMark(*mark, options, progressTo(context));
    } else {
        result = search.searchImage(probeBytes, args.first(), ppi, options, progressTo(context));
    }
    if (!result)
        return finish(context, session, context.fail(result.error()));
    return finish(context, session, printResult(context, *session, *result));
}

} // namespace

void registerSearchCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("templates"),
                  QStringLiteral("  templates build [--rebuild] [--json]\n"
                                 "      build the stored search templates of exemplar impressions that lack one"),
                  runTemplates});
    registry.add({QStringLiteral("search"),
                  QStringLiteral("  search IMAGE [--ppi N] [--max N] [--json]\n"
                                 "  search --case REF --mark EXHIBIT [--max N] [--json]\n"
                                 "      ranked exemplar candidates for a probe image or a mark of a case"),
                  runSearch});
}

} // namespace ridgeline::cli
