// `ridgeline-cli template` (docs/cli.md "template", docs/formats/iso19794-2.md): ISO/IEC
// 19794-2:2005 finger minutiae records. `export` writes the mark's newest committed markup as a
// record, `import` saves a record's points as the mark's markup draft (suggestions for the
// examiner), `show` prints a record for people. Export and import go through TemplateService, as
// the signed-in user may see and change the mark, and are audited.
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/services/templateservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ridgeline::cli {
namespace {

constexpr auto kSynopsis = "  template export --case REF --mark EXHIBIT --out FILE.fmr\n"
                           "      the mark's newest committed markup as an ISO/IEC 19794-2:2005 minutiae record\n"
                           "  template import --case REF --mark EXHIBIT FILE.fmr [--replace]\n"
                           "      a record's minutiae, cores and deltas as the mark's markup draft (suggestions)\n"
                           "  template show FILE.fmr\n"
                           "      the record's header and every minutia, for people";

// Anything larger is not a minutiae record: 255 views of 255 minutiae and 64 KiB of extended data
// each stay below 17 MiB.
constexpr qint64 kMaxTemplateBytes = qint64(17) << 20;

QString text(const char *source)
{
    return QCoreApplication::translate("ridgeline::TemplateCommands", source);
}

int usage(Context &context)
{
    return context.usage(text("usage:") + QLatin1Char('\n') + QString::fromLatin1(kSynopsis));
}

Result<QByteArray> readTemplateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     text("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxTemplateBytes)
        return Error(ErrorCode::BadInput, text("%1 is %2 bytes, more than a minutiae record can be")
                                              .arg(QDir::toNativeSeparators(path))
                                              .arg(file.size()));
    return file.readAll();
}

QJsonObject recordJson(const interop::Iso19794Record &r)
{
    QJsonArray views;
    for (const interop::Iso19794FingerView &v : r.views) {
        QJsonArray minutiae;
        for (const interop::Iso19794Minutia &m : v.minutiae)
            minutiae.append(QJsonObject{{QStringLiteral("type"), interop::iso19794MinutiaTypeName(m.type)},
                                        {QStringLiteral("x"), m.x},
                                        {QStringLiteral("y"), m.y},
                                        {QStringLiteral("angle"), m.angle},
                                        {QStringLiteral("degrees"), m.angle * interop::kIso19794AngleUnit},
                                        {QStringLiteral("quality"), m.quality}});
        views.append(QJsonObject{{QStringLiteral("fingerPosition"), v.fingerPosition},
                                 {QStringLiteral("impressionType"), v.impressionType},
                                 {QStringLiteral("quality"), v.fingerQuality},
                                 {QStringLiteral("minutiae"), minutiae},
                                 {QStringLiteral("cores"), int(v.cores.size())},
                                 {QStringLiteral("deltas"), int(v.deltas.size())}});
    }
    return {{QStringLiteral("format"), QStringLiteral("ISO/IEC 19794-2:2005")},
            {QStringLiteral("width"), r.width},
            {QStringLiteral("height"), r.height},
            {QStringLiteral("resolutionX"), r.resolutionX},
            {QStringLiteral("resolutionY"), r.resolutionY},
            {QStringLiteral("views"), views}};
}

int runShow(Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return usage(context);
    const auto bytes = readTemplateFile(args.first());
    if (!bytes)
        return context.fail(bytes.error());
    const auto record = interop::readIso19794(*bytes);
    if (!record)
        return context.fail(record.error().withContext(QDir::toNativeSeparators(args.first())));
    if (context.options().json)
        context.out() << QJsonDocument(recordJson(*record)).toJson(QJsonDocument::Indented);
    else
        context.out() << interop::iso19794Text(*record);
    return 0;
}

int runExport(Context &context, QStringList args)
{
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    const auto exhibit = takeOption(args, QStringLiteral("--mark"));
    const auto out = takeOption(args, QStringLiteral("--out"));
    if (!caseRef || !exhibit || !out || out->isEmpty() || !args.isEmpty())
        return usage(context);
    if (Status folder = requireOutputFolder(*out); !folder)
        return context.fail(folder.error());
    const QFileInfo target(*out);
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto mark = findMarkOfCase(*session, *caseRef, *exhibit);
    if (!mark)
        return finish(context, session, context.fail(mark.error()));
    auto exported = TemplateService(*session).exportTemplate(*mark);
    if (!exported)
        return finish(context, session, context.fail(exported.error()));
    QSaveFile file(*out);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported->bytes) != exported->bytes.size() || !file.commit())
        return finish(
            context, session,
            context.fail(Error(ErrorCode::Io,
                               text("Cannot write %1: %2").arg(QDir::toNativeSeparators(*out), file.errorString()))));
    const int minutiae = int(exported->record.views.first().minutiae.size());
    if (exported->suggestionsLeftOut > 0)
        context.err() << text("Note: %1 suggested points of mark %2 are not accepted yet and are not in the template.")
                             .arg(exported->suggestionsLeftOut)
                             .arg(mark->exhibitReference)
                      << Qt::endl;
    if (context.options().json) {
        QJsonObject json = recordJson(exported->record);
        json.insert(QStringLiteral("file"), target.absoluteFilePath());
        json.insert(QStringLiteral("mark"), mark->exhibitReference);
        json.insert(QStringLiteral("revision"), exported->revision);
        json.insert(QStringLiteral("bytes"), qint64(exported->bytes.size()));
        json.insert(QStringLiteral("sha256"), exported->sha256);
        json.insert(QStringLiteral("suggestionsLeftOut"), exported->suggestionsLeftOut);
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out() << text("Wrote %1: %2 minutiae of mark %3 (markup revision %4), %5 bytes, SHA-256 %6")
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath()))
                             .arg(minutiae)
                             .arg(mark->exhibitReference)
                             .arg(exported->revision)
                             .arg(exported->bytes.size())
                             .arg(exported->sha256)
                      << Qt::endl;
    }
    return finish(context, session, 0);
}

int runImport(Context &context, QStringList args)
{
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    const auto exhibit = takeOption(args, QStringLiteral("--mark"));
    const bool replace = takeFlag(args, QStringLiteral("--replace"));
    if (!caseRef || !exhibit || args.size() != 1)
        return usage(context);
    const auto bytes = readTemplateFile(args.first());
    if (!bytes)
        return context.fail(bytes.error());
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto mark = findMarkOfCase(*session, *caseRef, *exhibit);
    if (!mark)
        return finish(context, session, context.fail(mark.error()));
    auto imported = TemplateService(*session).importTemplate(*mark, *bytes, replace);
    if (!imported) {
        Error error = imported.error().withContext(QDir::toNativeSeparators(args.first()));
        if (error.code() == ErrorCode::Conflict)
            error = Error(error.code(), error.message() + text(" (--replace replaces it)."));
        return finish(context, session, context.fail(error));
    }
    if (context.options().json) {
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("mark"), mark->exhibitReference},
                                                   {QStringLiteral("suggestions"), imported->suggestions},
                                                   {QStringLiteral("baseRevision"), imported->baseRevision},
                                                   {QStringLiteral("replacedDraft"), imported->replacedDraft},
                                                   {QStringLiteral("sha256"), imported->sha256}})
                             .toJson(QJsonDocument::Indented);
    } else {
        context.out() << text("Saved %1 points of %2 as suggestions in the markup draft of mark %3 (on markup "
                              "revision %4); accept them in the mark's markup before committing.")
                             .arg(imported->suggestions)
                             .arg(QDir::toNativeSeparators(args.first()), mark->exhibitReference)
                             .arg(imported->baseRevision)
                      << Qt::endl;
    }
    return finish(context, session, 0);
}

int runTemplate(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("show"))
        return runShow(context, args);
    if (verb == QLatin1String("export"))
        return runExport(context, args);
    if (verb == QLatin1String("import"))
        return runImport(context, args);
    return usage(context);
}

} // namespace

void registerTemplateCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("template"), QString::fromLatin1(kSynopsis), runTemplate});
}

} // namespace ridgeline::cli
