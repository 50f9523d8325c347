// an2k and wsq: the "Interchange" commands of design/CLI.md.
#include "app/cli/command.h"
#include "app/interop/an2kdump.h"
#include "app/interop/an2kreader.h"
#include "app/interop/wsqdecoder.h"
#include "app/interop/wsqencoder.h"
#include "app/interop/wsqimage.h"

#include <QFile>
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

int runAn2k(Context &context, const QStringList &args)
{
    if (args.size() != 2 || args.first() != QLatin1String("dump"))
        return context.usage(QStringLiteral("an2k dump FILE"));
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
    registry.add({QStringLiteral("an2k"), QStringLiteral("  an2k dump FILE"), runAn2k});
    registry.add({QStringLiteral("wsq"),
                  QStringLiteral("  wsq decode IN.wsq OUT.pgm\n"
                                 "  wsq encode IN.pgm OUT.wsq [--bitrate 0.75] [--ppi 500]"),
                  runWsq});
}

} // namespace ridgeline::cli
