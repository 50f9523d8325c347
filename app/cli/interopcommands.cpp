// an2k and wsq: the "Interchange" commands of design/CLI.md; `an2k export` writes a mark or a
// person's exemplars as an ANSI/NIST-ITL transaction (app/services/an2kexport.h).
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/core/casereference.h"
#include "app/interop/an2kdump.h"
#include "app/interop/an2kreader.h"
#include "app/interop/wsqdecoder.h"
#include "app/interop/wsqencoder.h"
#include "app/interop/wsqimage.h"
#include "app/services/an2kexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace ridgeline::cli {

namespace {

// Dump values are the file's raw bytes (any character set), so they bypass the UTF-8 text stream.
bool writeStdout(Context &context, const QByteArray &bytes)
{
    context.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    return out.write(bytes) == bytes.size();
}

constexpr auto kAn2kSynopsis = "  an2k dump FILE\n"
                               "  an2k export --case REF --mark EXHIBIT --out FILE.an2 [--ori ID] [--dai ID]\n"
                               "      the mark's committed features (Type-9 EFS) and original image (Type-13)\n"
                               "  an2k export --case REF --person NAME|ID --out FILE.an2 [--ori ID] [--dai ID]\n"
                               "      the person's exemplar impressions (Type-14), NAME as listed (\"FAMILY, Given\")";

// Agency identifiers go into the file as they are: letters, digits and a few marks only.
bool isAgencyId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

void printExport(Context &context, const An2kExport &exported, const QString &path)
{
    if (context.options().json) {
        QJsonObject json{{QStringLiteral("file"), path},
                         {QStringLiteral("export"), exported.what},
                         {QStringLiteral("case"), exported.caseReference},
                         {QStringLiteral("records"), exported.records},
                         {QStringLiteral("images"), exported.images},
                         {QStringLiteral("bytes"), qint64(exported.bytes.size())},
                         {QStringLiteral("sha256"), exported.sha256}};
        if (exported.what == QLatin1String("mark")) {
            json.insert(QStringLiteral("mark"), exported.subject);
            json.insert(QStringLiteral("features"), exported.features);
            json.insert(QStringLiteral("ppi"), exported.ppi);
            json.insert(QStringLiteral("markupRevision"), exported.markupRevision);
            json.insert(QStringLiteral("markupSource"), exported.markupSource);
        } else {
            json.insert(QStringLiteral("person"), exported.subject);
        }
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (exported.what == QLatin1String("mark")) {
        context.out() << QCoreApplication::translate(
                             "ridgeline::InteropCommands",
                             "Wrote %1: mark %2 of case %3, %4 features of %5, image at %6 ppi, "
                             "%7 records, %8 bytes.")
                             .arg(QDir::toNativeSeparators(path), exported.subject, exported.caseReference)
                             .arg(exported.features)
                             .arg(exported.markupSource)
                             .arg(exported.ppi, 0, 'f', 1)
                             .arg(exported.records)
                             .arg(exported.bytes.size())
                      << '\n';
    } else {
        context.out() << QCoreApplication::translate(
                             "ridgeline::InteropCommands",
                             "Wrote %1: %2 of case %3, %4 exemplar impressions, %5 records, %6 bytes.")
                             .arg(QDir::toNativeSeparators(path), exported.subject, exported.caseReference)
                             .arg(exported.images)
                             .arg(exported.records)
                             .arg(exported.bytes.size())
                      << '\n';
    }
    if (!context.options().json)
        context.out() << QCoreApplication::translate("ridgeline::InteropCommands",
                                                     "SHA-256 %1 (recorded in the audit trail).")
                             .arg(exported.sha256)
                      << '\n';
    context.out().flush();
}

// Built, validated and read back by the service; written here to a temporary file in the same
// folder and renamed (QSaveFile); removed again if the audit record fails.
int runAn2kExport(Context &context, QStringList args)
{
    const auto caseRef = takeOption(args, QStringLiteral("--case"));
    const auto markRef = takeOption(args, QStringLiteral("--mark"));
    const auto person = takeOption(args, QStringLiteral("--person"));
    const auto out = takeOption(args, QStringLiteral("--out"));
    const auto ori = takeOption(args, QStringLiteral("--ori"));
    const auto dai = takeOption(args, QStringLiteral("--dai"));
    const QString usage = QStringLiteral("usage:\n") + QString::fromLatin1(kAn2kSynopsis);
    if (!caseRef || caseRef->isEmpty() || !out || out->isEmpty() || !args.isEmpty() || bool(markRef) == bool(person) ||
        (markRef && markRef->isEmpty()) || (person && person->isEmpty()))
        return context.usage(usage);
    An2kExportOptions options;
    for (const auto &[value, target] :
         {std::pair{ori, &options.originatingAgency}, std::pair{dai, &options.destinationAgency}}) {
        if (!value)
            continue;
        if (!isAgencyId(*value))
            return context.usage(QCoreApplication::translate(
                "ridgeline::InteropCommands", "--ori and --dai take 1 to 32 letters, digits, '.', '_' or '-'"));
        *target = value->toLatin1();
    }
    if (Status folder = requireOutputFolder(*out); !folder)
        return context.fail(folder.error());
    const QFileInfo target(*out);
    const QString path = target.absoluteFilePath();
    options.deliver = [&](const QByteArray &bytes) -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::InteropCommands",
                                                                    "Cannot write %1: %2; nothing was written.")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    };
    options.undo = [&] { QFile::remove(path); };

    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    Result<An2kExport> exported = Error(ErrorCode::Internal, QString());
    if (markRef) {
        auto mark = findMarkOfCase(*session, *caseRef, *markRef);
        if (!mark)
            return finish(context, session, context.fail(mark.error()));
        exported = exportMarkAn2k(*session, mark->id, options);
    } else {
        auto reference = CaseReference::parse(*caseRef);
        if (!reference)
            return finish(context, session, context.fail(reference.error()));
        auto found = session->cases().caseByReference(*reference);
        if (!found)
            return finish(context, session, context.fail(found.error()));
        exported = exportPersonExemplarsAn2k(*session, found->id, *person, options);
    }
    if (!exported)
        return finish(context, session, context.fail(exported.error()));
    printExport(context, *exported, path);
    return finish(context, session, 0);
}

int runAn2k(Context &context, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("export"))
        return runAn2kExport(context, arguments.mid(1));
    const QStringList &args = arguments;
    if (args.size() != 2 || args.first() != QLatin1String("dump"))
        return context.usage(QStringLiteral("usage:\n") + QString::fromLatin1(kAn2kSynopsis));
    const auto transaction = interop::An2kReader().readFile(args.at(1));
    if (!transaction)
        return context.fail(transaction.error());
    if (!writeStdout(context, interop::an2kDump(*transaction)))
        return context.fail(Error(ErrorCode::Io, QStringLiteral("cannot write the dump to standard output")));
    return 0;
}

// Image files are read whole; anything this large is not a fingerprint image.
constexpr qint64 kMaxImageFileBytes = qint64(512) << 20;

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxImageFileBytes)
        return Error(ErrorCode::BadInput, QStringLiteral("%1 is %2 bytes, more than the %3 an image file may have")
                                              .arg(path)
                                              .arg(file.size())
                                              .arg(kMaxImageFileBytes));
    return file.readAll();
}

// Written whole or not at all: a half-written image never replaces an earlier one.
Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int runWsqDecode(Context &context, const QStringList &args)
{
    if (args.size() != 2)
        return context.usage(QStringLiteral("wsq decode IN.wsq OUT.pgm"));
    const auto data = readWholeFile(args.at(0));
    if (!data)
        return context.fail(data.error());
    const auto image = interop::WsqDecoder().decode(*data);
    if (!image)
        return context.fail(image.error().withContext(args.at(0)));
    if (auto written = writeWholeFile(args.at(1), interop::writePgm(*image)); !written)
        return context.fail(written.error());
    return 0;
}

// Prints the ratio and the error against the original, decoding our own output as any reader would.
int runWsqEncode(Context &context, QStringList args)
{
    interop::WsqEncoder::Options options;
    bool ok = true;
    if (const auto rate = takeOption(args, QStringLiteral("--bitrate")))
        options.bitsPerPixel = rate->toDouble(&ok);
    if (const auto ppi = takeOption(args, QStringLiteral("--ppi")); ok && ppi)
        options.ppi = ppi->toInt(&ok);
    if (!ok || args.size() != 2 || options.ppi <= 0)
        return context.usage(QStringLiteral("wsq encode IN.pgm OUT.wsq [--bitrate 0.75] [--ppi 500]"));
    const auto data = readWholeFile(args.at(0));
    if (!data)
        return context.fail(data.error());
    const auto image = interop::readPgm(*data);
    if (!image)
        return context.fail(image.error().withContext(args.at(0)));
    const auto encoded = interop::WsqEncoder(options).encode(*image);
    if (!encoded)
        return context.fail(encoded.error().withContext(args.at(0)));
    if (auto written = writeWholeFile(args.at(1), *encoded); !written)
        return context.fail(written.error());
    const auto decoded = interop::WsqDecoder().decode(*encoded);
    if (!decoded)
        return context.fail(Error(ErrorCode::Internal,
                                  QStringLiteral("our own WSQ output does not decode: ") + decoded.error().message()));
    const double pixels = double(image->pixels.size());
    context.err() << QStringLiteral("%1: %2 x %3, %4 bytes, ratio %5:1, %6 bits per pixel (target %7), PSNR %8 dB")
                         .arg(args.at(1))
                         .arg(image->width)
                         .arg(image->height)
                         .arg(encoded->size())
                         .arg(pixels / double(encoded->size()), 0, 'f', 2)
                         .arg(8.0 * double(encoded->size()) / pixels, 0, 'f', 3)
                         .arg(options.bitsPerPixel)
                         .arg(interop::peakSignalToNoise(*image, *decoded), 0, 'f', 2)
                  << Qt::endl;
    return 0;
}

int runWsq(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("decode"))
        return runWsqDecode(context, args);
    if (verb == QLatin1String("encode"))
        return runWsqEncode(context, args);
    return context.usage(
        QStringLiteral("wsq decode IN.wsq OUT.pgm | wsq encode IN.pgm OUT.wsq [--bitrate 0.75] [--ppi 500]"));
}

} // namespace

void registerInteropCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("an2k"), QString::fromLatin1(kAn2kSynopsis), runAn2k});
    registry.add({QStringLiteral("wsq"),
                  QStringLiteral("  wsq decode IN.wsq OUT.pgm\n"
                                 "  wsq encode IN.pgm OUT.wsq [--bitrate 0.75] [--ppi 500]"),
                  runWsq});
}

} // namespace ridgeline::cli
