// ridgeline-cli import: transmission packages, single images and PDFs (design/CLI.md "Intake").
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/services/importservice.h"
#include "app/services/inboxwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::cli {
namespace {

bool isAnsiNist(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("an2"), QStringLiteral("an2k"), QStringLiteral("eft"),
                                      QStringLiteral("nist")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

bool isPackage(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() || info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0;
}

QJsonObject outcomeJson(const ImportService::Result &r)
{
    QJsonObject o{{QStringLiteral("path"), r.path}};
    if (r.refused()) {
        o.insert(QStringLiteral("status"), QStringLiteral("refused"));
        o.insert(QStringLiteral("reason"), r.error->message());
        return o;
    }
    const ImportOutcome &x = *r.outcome;
    o.insert(QStringLiteral("status"), x.alreadyImported ? QStringLiteral("already-imported") : QStringLiteral("imported"));
    o.insert(QStringLiteral("transmission"), x.transmission.toString());
    o.insert(QStringLiteral("case"), x.caseReference);
    o.insert(QStringLiteral("caseCreated"), x.caseCreated);
    o.insert(QStringLiteral("marks"), x.marks);
    o.insert(QStringLiteral("exemplars"), x.impressions);
    o.insert(QStringLiteral("documents"), x.documents);
    o.insert(QStringLiteral("persons"), x.persons);
    o.insert(QStringLiteral("personsLinked"), x.personsLinked);
    o.insert(QStringLiteral("personLinksProposed"), int(x.proposals.size()));
    o.insert(QStringLiteral("originalsStored"), x.blobsStored);
    o.insert(QStringLiteral("originalsAlreadyHeld"), x.blobsAlreadyPresent);
    return o;
}

QString outcomeLine(const ImportService::Result &r)
{
    if (r.refused())
        return QStringLiteral("refused %1: %2").arg(r.path, r.error->message());
    const ImportOutcome &x = *r.outcome;
    if (x.alreadyImported)
        return QStringLiteral("already imported %1 (case %2); nothing duplicated").arg(r.path, x.caseReference);
    return QStringLiteral("imported %1 into %2%3: %4 marks, %5 exemplars, %6 documents, %7 new persons (%8 linked, "
                          "%9 proposed for review)")
        .arg(r.path, x.caseReference, x.caseCreated ? QStringLiteral(" (new case)") : QString())
        .arg(x.marks)
        .arg(x.impressions)
        .arg(x.documents)
        .arg(x.persons)
        .arg(x.personsLinked)
        .arg(x.proposals.size());
}

int runImport(Context &context, QStringList args)
{
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    const auto kindKey = takeOption(args, QStringLiteral("--kind"));
    const auto exhibit = takeOption(args, QStringLiteral("--exhibit"));
    const auto ppi = takeOption(args, QStringLiteral("--ppi"));
    if (args.isEmpty())
        return context.usage(QStringLiteral("import needs at least one PATH"));
    std::optional<TransmissionItemKind> kind;
    if (kindKey) {
        kind = transmissionItemKindFromKey(*kindKey);
        if (!kind || *kind == TransmissionItemKind::TenprintImpression)
            return context.usage(QStringLiteral("--kind must be latent-finger, latent-palm, footwear, scene-photo or document"));
    }
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    ImportService service(*session);
    const QString quarantine = QDir(InboxWatcher::inboxPathFor(session->databasePath())).filePath(QStringLiteral(".quarantine"));
    QJsonArray results;
    bool anyRefused = false;
    for (const QString &path : args) {
        ImportService::Result r{path, std::nullopt, std::nullopt};
        if (!QFileInfo::exists(path)) {
            r.error = Error(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
        } else if (isAnsiNist(path)) {
            r.error = Error(ErrorCode::BadInput, QStringLiteral("%1: ANSI/NIST-ITL transactions can be read with "
                                                                "'an2k dump' but not yet imported")
                                                     .arg(path));
        } else if (isPackage(path)) {
            r = service.importPackage(path, [&](qint64 done, qint64 total) {
                context.progress(QFileInfo(path).fileName(), done, total);
            });
        } else if (!caseRef) {
            r.error = Error(ErrorCode::BadInput, QStringLiteral("%1 is a single file: say which case it belongs to "
                                                                "with --case REF").arg(path));
        } else {
            const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
            r = service.importFile({path, *caseRef,
                                    kind.value_or(pdf ? TransmissionItemKind::Document : TransmissionItemKind::LatentFinger),
                                    exhibit.value_or(QString()), session->user().name, ppi ? ppi->toDouble() : 0.0});
        }
        if (r.refused()) {
            anyRefused = true;
            if (r.error->code() == ErrorCode::BadInput) {
                if (auto copy = InboxWatcher::copyIntoQuarantine(quarantine, path, r.error->message()))
                    r.error = Error(ErrorCode::BadInput, r.error->message() + QStringLiteral(" (copied to quarantine: %1)").arg(*copy));
            }
            if (!context.options().json)
                context.err() << outcomeLine(r) << Qt::endl;
        } else if (!context.options().json) {
            context.out() << outcomeLine(r) << Qt::endl;
        }
        results.append(outcomeJson(r));
        if (r.refused() && r.error->code() == ErrorCode::PermissionDenied)
            return finish(context, session, int(ErrorCode::PermissionDenied));
    }
    if (context.options().json)
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Indented);
    return finish(context, session, anyRefused ? int(ErrorCode::BadInput) : 0);
}

} // namespace

void registerImportCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("import"),
                  QStringLiteral("  import PATH... [--json] [--case REF [--kind KIND] [--exhibit REF] [--ppi N]]\n"
                                 "      transmission packages (folder or .zip); single images or PDFs with --case"),
                  runImport});
}

} // namespace ridgeline::cli
