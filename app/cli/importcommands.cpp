// ridgeline-cli import: transmission packages, single images and PDFs (design/CLI.md "Intake").
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/services/demopackages.h"
#include "app/services/exemplarsearch.h"
#include "app/services/importservice.h"
#include "app/services/inboxwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::cli {
namespace {

bool isPackage(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() || info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0;
}

QJsonObject outcomeJson(const ImportService::Result &r)
{
    QJsonObject o{{QStringLiteral("path"), r.path}};
    if (r.refused()) {
        o.insert(QStringLiteral("status"),
                 r.error->code() == ErrorCode::BadInput ? QStringLiteral("refused") : QStringLiteral("failed"));
        o.insert(QStringLiteral("reason"), r.error->message());
        return o;
    }
    const ImportOutcome &x = *r.outcome;
    o.insert(QStringLiteral("status"),
             x.alreadyImported ? QStringLiteral("already-imported") : QStringLiteral("imported"));
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
        return QStringLiteral("%1 %2: %3")
            .arg(r.error->code() == ErrorCode::BadInput ? QStringLiteral("refused") : QStringLiteral("failed"), r.path,
                 r.error->message());
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
            return context.usage(
                QStringLiteral("--kind must be latent-finger, latent-palm, footwear, scene-photo or document"));
    }
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    ImportService service(*session);
    const QString quarantine =
        QDir(InboxWatcher::inboxPathFor(session->databasePath())).filePath(QStringLiteral(".quarantine"));
    QJsonArray results;
    bool anyRefused = false;
    bool newExemplars = false;
    int otherFailure = 0; // exit code of the first failure that was not the input's fault
    for (const QString &path : args) {
        ImportService::Result r{path, std::nullopt, std::nullopt};
        if (!QFileInfo::exists(path)) {
            r.error = Error(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
        } else if (isAn2kFileName(path)) {
            r = service.importAn2k({path, caseRef.value_or(QString()), session->user().name});
        } else if (isPackage(path)) {
            r = service.importPackage(
                path, [&](qint64 done, qint64 total) { context.progress(QFileInfo(path).fileName(), done, total); });
        } else if (!caseRef) {
            r.error = Error(ErrorCode::BadInput, QStringLiteral("%1 is a single file: say which case it belongs to "
                                                                "with --case REF")
                                                     .arg(path));
        } else {
            const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
            r = service.importFile(
                {path, *caseRef,
                 kind.value_or(pdf ? TransmissionItemKind::Document : TransmissionItemKind::LatentFinger),
                 exhibit.value_or(QString()), session->user().name, ppi ? ppi->toDouble() : 0.0});
        }
        if (r.refused()) {
            if (r.error->code() == ErrorCode::BadInput)
                anyRefused = true;
            else if (otherFailure == 0)
                otherFailure = r.error->exitCode();
            if (r.error->code() == ErrorCode::BadInput) {
                if (auto copy = InboxWatcher::copyIntoQuarantine(quarantine, path, r.error->message()))
                    r.error = Error(ErrorCode::BadInput,
                                    r.error->message() + QStringLiteral(" (copied to quarantine: %1)").arg(*copy));
            }
            if (!context.options().json)
                context.err() << outcomeLine(r) << Qt::endl;
        } else if (!context.options().json) {
            context.out() << outcomeLine(r) << Qt::endl;
        }
        results.append(outcomeJson(r));
        if (r.refused() && r.error->code() == ErrorCode::PermissionDenied)
            return finish(context, session, int(ErrorCode::PermissionDenied));
        newExemplars = newExemplars || (r.outcome && r.outcome->impressions > 0);
    }
    // The search templates of the exemplars just filed (decision 0004), as the window's intake does
    // after an import. Derived data: a failure here is reported but does not fail the import.
    if (newExemplars) {
        auto built = ExemplarSearch(*session).buildTemplates(
            false, [&](const QString &stage, qint64 done, qint64 total) { context.progress(stage, done, total); });
        if (!built)
            context.err() << "ridgeline-cli: search templates not built: " << built.error().message() << Qt::endl;
        else if (!built->failures.isEmpty())
            context.err() << "ridgeline-cli: no search template for " << built->failures.join(QStringLiteral("; "))
                          << Qt::endl;
    }
    if (context.options().json)
        context.out()
            << QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Indented);
    return finish(context, session, anyRefused ? int(ErrorCode::BadInput) : otherFailure);
}

int runDevice(Context &context, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("register")) {
        const auto force = takeOption(args, QStringLiteral("--force"));
        const auto key = takeOption(args, QStringLiteral("--public-key"));
        if (args.size() != 1 || !force || !key)
            return context.usage(QStringLiteral("usage: device register ID --force CODE --public-key HEX"));
        const QByteArray publicKey = QByteArray::fromHex(key->toLatin1());
        int code = 0;
        SessionPtr session = openSession(context, code);
        if (!session)
            return code;
        if (Status s = session->registerDevice({args.first(), force->toUpper(), publicKey, {}, {}, true}); !s)
            return finish(context, session, context.fail(s.error()));
        context.out() << "Registered device " << args.first() << " of " << force->toUpper() << Qt::endl;
        return finish(context, session, 0);
    }
    if (sub == QLatin1String("list") && args.isEmpty()) {
        int code = 0;
        SessionPtr session = openSession(context, code);
        if (!session)
            return code;
        auto devices = session->devices();
        if (!devices)
            return finish(context, session, context.fail(devices.error()));
        QJsonArray list;
        for (const RegisteredDevice &d : *devices) {
            list.append(QJsonObject{{QStringLiteral("device"), d.deviceId},
                                    {QStringLiteral("force"), d.force},
                                    {QStringLiteral("publicKey"), QString::fromLatin1(d.publicKey.toHex())},
                                    {QStringLiteral("registeredBy"), d.registeredBy},
                                    {QStringLiteral("active"), d.active}});
            if (!context.options().json)
                context.out() << d.deviceId.leftJustified(16) << d.force.leftJustified(6)
                              << QString::fromLatin1(d.publicKey.toHex()) << (d.active ? "" : "  (withdrawn)") << '\n';
        }
        if (context.options().json)
            context.out()
                << QJsonDocument(QJsonObject{{QStringLiteral("devices"), list}}).toJson(QJsonDocument::Indented);
        context.out().flush();
        return finish(context, session, 0);
    }
    return context.usage(
        QStringLiteral("usage: device register ID --force CODE --public-key HEX | device list [--json]"));
}

int runDemoPackages(Context &context, QStringList args)
{
    const auto out = takeOption(args, QStringLiteral("--out"));
    const auto cases = takeOption(args, QStringLiteral("--cases"));
    const auto seed = takeOption(args, QStringLiteral("--seed"));
    DemoPackageOptions options;
    options.zip = takeFlag(args, QStringLiteral("--zip"));
    options.tenprints = !takeFlag(args, QStringLiteral("--no-tenprints"));
    if (!out || !args.isEmpty())
        return context.usage(
            QStringLiteral("usage: demo-packages --out DIR [--cases N] [--seed S] [--zip] [--no-tenprints]"));
    bool ok = true;
    if (cases)
        options.cases = cases->toInt(&ok);
    if (!ok || options.cases < 1 || options.cases > 1000)
        return context.usage(QStringLiteral("--cases must be a number from 1 to 1000"));
    if (seed)
        options.seed = seed->toULongLong(&ok);
    if (!ok)
        return context.usage(QStringLiteral("--seed must be a whole number"));
    auto written = writeDemoPackages(
        *out, options, [&](int done, int total) { context.progress(QStringLiteral("packages"), done, total); });
    if (!written)
        return context.fail(written.error());
    for (const QString &path : *written)
        context.out() << path << '\n';
    context.out().flush();
    return 0;
}

} // namespace

void registerImportCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("import"),
                  QStringLiteral(
                      "  import PATH... [--json] [--case REF [--kind KIND] [--exhibit REF] [--ppi N]]\n"
                      "      transmission packages (folder or .zip), ANSI/NIST-ITL files (.an2, .an2k, .eft, .nist);\n"
                      "      single images or PDFs with --case"),
                  runImport});
    registry.add({QStringLiteral("device"),
                  QStringLiteral("  device register ID --force CODE --public-key HEX | device list [--json]\n"
                                 "      scene devices whose signed packages are accepted (admin)"),
                  runDevice});
    registry.add({QStringLiteral("demo-packages"),
                  QStringLiteral("  demo-packages --out DIR [--cases N] [--seed S] [--zip] [--no-tenprints]\n"
                                 "      realistic transmission packages as scene devices send them"),
                  runDemoPackages});
}

} // namespace ridgeline::cli
