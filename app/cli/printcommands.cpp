#include "app/cli/command.h"

#include "app/imaging/extractor.h"
#include "app/imaging/imageloader.h"
#include "app/imaging/matcher.h"
#include "app/imaging/scorecalibration.h"
#include "app/imaging/synthesizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <numeric>

namespace ridgeline::cli {

namespace {

using namespace ridgeline::imaging;

// "--name VALUE" where VALUE must be present when the option is.
std::optional<QString> requiredValue(QStringList &args, const QString &name, bool &missing)
{
    const bool present = args.contains(name);
    auto value = takeOption(args, name);
    missing = present && !value;
    return value;
}

bool parseCount(const std::optional<QString> &text, int &out, int lo, int hi)
{
    if (!text)
        return false;
    bool ok = false;
    out = text->toInt(&ok);
    return ok && out >= lo && out <= hi;
}

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

int runSynth(Context &ctx, QStringList args)
{
    bool missing = false;
    const auto out = requiredValue(args, QStringLiteral("--out"), missing);
    const auto fingers = takeOption(args, QStringLiteral("--fingers"));
    const auto impressions = takeOption(args, QStringLiteral("--impressions"));
    const auto seed = takeOption(args, QStringLiteral("--seed"));
    SynthSetOptions options;
    options.latent = takeFlag(args, QStringLiteral("--latent"));
    if (!out || missing || out->isEmpty())
        return ctx.usage(QStringLiteral("synth needs --out DIR"));
    if (!parseCount(fingers, options.fingers, 1, 100000) || !parseCount(impressions, options.impressions, 1, 1000))
        return ctx.usage(QStringLiteral("synth needs --fingers N and --impressions K (positive whole numbers)"));
    if (seed) {
        bool ok = false;
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("--seed needs a whole number, not '%1'").arg(*seed));
    }
    if (!args.isEmpty())
        return ctx.usage(QStringLiteral("synth: unexpected argument '%1'").arg(args.first()));
    const Status written =
        writeSynthSet(*out, options, [&](int done, int total) { ctx.progress(QStringLiteral("synth"), done, total); });
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << "wrote " << options.fingers * options.impressions << " images and truth.json to " << *out << Qt::endl;
    return 0;
}

// Decodes and extracts one image; ppi from --ppi, else the file's resolution tag, else 500.
Result<ExtractionResult> extractFile(const QString &path, double ppiOption)
{
    auto loaded = loadGreyImage(path);
    if (!loaded)
        return loaded.error();
    ExtractionOptions options;
    options.ppi = ppiOption > 0 ? ppiOption : (loaded->ppi >= 250.0 ? loaded->ppi : 500.0);
    auto result = extractMinutiae(loaded->image, options);
    if (!result)
        return result.error().withContext(path);
    return result;
}

bool takePpi(QStringList &args, double &ppi)
{
    ppi = 0.0;
    bool missing = false;
    const auto text = requiredValue(args, QStringLiteral("--ppi"), missing);
    if (missing)
        return false;
    if (text) {
        bool ok = false;
        ppi = text->toDouble(&ok);
        return ok && ppi >= 100.0 && ppi <= 5000.0;
    }
    return true;
}

int runExtract(Context &ctx, QStringList args)
{
    double ppi = 0.0;
    const bool json = takeFlag(args, QStringLiteral("--json")) || ctx.options().json;
    if (!takePpi(args, ppi))
        return ctx.usage(QStringLiteral("--ppi needs a resolution between 100 and 5000"));
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("extract needs exactly one IMAGE"));
    auto result = extractFile(args.first(), ppi);
    if (!result)
        return ctx.fail(result.error());
    const ExtractionResult &r = result.value();
    if (!r.emptyReason.isEmpty())
        ctx.err() << "ridgeline-cli: " << args.first() << ": " << r.emptyReason << Qt::endl;
    if (json) {
        QJsonArray minutiae;
        for (const Minutia &m : r.minutiae)
            minutiae.append(QJsonObject{{QStringLiteral("x"), roundTo(m.x, 1)},
                                        {QStringLiteral("y"), roundTo(m.y, 1)},
                                        {QStringLiteral("angle"), roundTo(angleDegrees(m), 1)},
                                        {QStringLiteral("type"), minutiaTypeName(m.type)},
                                        {QStringLiteral("quality"), roundTo(m.quality, 2)}});
        const QJsonObject root{{QStringLiteral("width"), r.width},
                               {QStringLiteral("height"), r.height},
                               {QStringLiteral("ppi"), r.ppi},
                               {QStringLiteral("minutiae"), minutiae}};
        ctx.out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const Minutia &m : r.minutiae)
            ctx.out() << QString::number(m.x, 'f', 1) << '\t' << QString::number(m.y, 'f', 1) << '\t'
                      << QString::number(angleDegrees(m), 'f', 1) << '\t' << minutiaTypeName(m.type) << '\t'
                      << QString::number(m.quality, 'f', 2) << '\n';
        ctx.out().flush();
    }
    return 0;
}

QString formatScore(double score)
{
    return QString::number(score, 'f', 2);
}

Result<FingerprintTemplate> templateOf(const QString &path, double ppi)
{
    auto r = extractFile(path, ppi);
    if (!r)
        return r.error();
    return FingerprintTemplate::fromMinutiae(r->minutiae, r->ppi);
}

int runMatch(Context &ctx, QStringList args)
{
    double ppi = 0.0;
    const bool explain = takeFlag(args, QStringLiteral("--explain"));
    if (!takePpi(args, ppi))
        return ctx.usage(QStringLiteral("--ppi needs a resolution between 100 and 5000"));
    if (args.size() < 2)
        return ctx.usage(QStringLiteral("match needs a PROBE and at least one CANDIDATE"));
    const auto probe = templateOf(args.first(), ppi);
    if (!probe)
        return ctx.fail(probe.error());
    int exitCode = 0;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const auto candidate = templateOf(args.at(i), ppi);
        if (!candidate) {
            exitCode = ctx.fail(candidate.error());
            continue;
        }
        const MatchResult r = compareTemplates(probe.value(), candidate.value());
        ctx.out() << args.at(i) << '\t' << formatScore(r.score) << '\n';
        if (explain) {
            ctx.out() << "# " << interpretScore(r.score).label << '\n';
            for (const MinutiaPair &p : r.pairs) {
                const Minutia &a = probe->minutiae()[p.indexA];
                const Minutia &b = candidate->minutiae()[p.indexB];
                ctx.out() << "#   " << p.indexA << " (" << qRound(a.x) << ',' << qRound(a.y) << ") <-> " << p.indexB
                          << " (" << qRound(b.x) << ',' << qRound(b.y) << ") similarity "
                          << QString::number(p.similarity, 'f', 2) << '\n';
            }
        }
    }
    ctx.out().flush();
    return exitCode;
}

struct PairLine
{
    QString a, b;
};

// Paths in LISTFILE are taken as written; a relative one that does not exist from the current
// folder is looked up beside LISTFILE.
QString resolvePath(const QString &path, const QDir &listDir)
{
    if (QFileInfo(path).isAbsolute() || QFileInfo::exists(path))
        return path;
    return listDir.filePath(path);
}

struct PairList
{
    QList<PairLine> lines;
    QStringList distinct;      // each image once, in first-seen order
    QHash<QString, int> index; // path as written -> position in distinct
    QDir folder;               // where the list lives (for relative paths)
};

Result<PairList> readPairList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(file.exists() ? ErrorCode::BadInput : ErrorCode::NotFound,
                     QStringLiteral("%1: cannot read the list (%2)").arg(path, file.errorString()));
    PairList list;
    list.folder = QFileInfo(file).absoluteDir();
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        if (line.trimmed().isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 2)
            return Error(ErrorCode::BadInput, QStringLiteral("%1 line %2: expected 'A<TAB>B'").arg(path).arg(lineNo));
        list.lines.append({parts[0], parts[1]});
        for (const QString &p : parts)
            if (!list.index.contains(p)) {
                list.index.insert(p, int(list.distinct.size()));
                list.distinct.append(p);
            }
    }
    return list;
}

int runScorePairs(Context &ctx, QStringList args)
{
    double ppi = 0.0;
    if (!takePpi(args, ppi))
        return ctx.usage(QStringLiteral("--ppi needs a resolution between 100 and 5000"));
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("score-pairs needs exactly one LISTFILE"));
    auto parsed = readPairList(args.first());
    if (!parsed)
        return ctx.fail(parsed.error());
    const QList<PairLine> &lines = parsed->lines;
    const QStringList &distinct = parsed->distinct;
    const QHash<QString, int> &index = parsed->index;
    const QDir listDir = parsed->folder;

    QElapsedTimer timer;
    timer.start();
    const std::function<Result<FingerprintTemplate>(const QString &)> extract = [&](const QString &p) {
        return templateOf(resolvePath(p, listDir), ppi);
    };
    const QList<Result<FingerprintTemplate>> templates = QtConcurrent::blockingMapped(distinct, extract);
    const double extractSeconds = timer.nsecsElapsed() / 1e9;
    int exitCode = 0;
    for (const auto &t : templates)
        if (!t)
            exitCode = ctx.fail(t.error());

    timer.restart();
    QList<int> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    const std::function<double(int)> compare = [&](int i) {
        const auto &a = templates[index.value(lines[i].a)];
        const auto &b = templates[index.value(lines[i].b)];
        return a && b ? compareTemplates(a.value(), b.value()).score : 0.0;
    };
    const QList<double> scores = QtConcurrent::blockingMapped(order, compare);
    const double compareSeconds = timer.nsecsElapsed() / 1e9;
    for (qsizetype i = 0; i < lines.size(); ++i)
        ctx.out() << lines[i].a << '\t' << lines[i].b << '\t' << formatScore(scores[i]) << '\n';
    ctx.out().flush();
    auto rate = [](qsizetype n, double s) { return QString::number(s > 0 ? n / s : 0.0, 'f', 0); };
    ctx.err() << "extracted " << distinct.size() << " images in " << QString::number(extractSeconds, 'f', 2) << " s ("
              << rate(distinct.size(), extractSeconds) << " images/s)\n"
              << "compared " << lines.size() << " pairs in " << QString::number(compareSeconds, 'f', 3) << " s ("
              << rate(lines.size(), compareSeconds) << " comparisons/s)" << Qt::endl;
    return exitCode;
}

} // namespace

void registerPrintCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("synth"),
                  QStringLiteral("synth --out DIR --fingers N --impressions K [--seed S] [--latent]"),
                  [](Context &ctx, const QStringList &args) { return runSynth(ctx, args); }});
    registry.add({QStringLiteral("extract"), QStringLiteral("extract IMAGE [--ppi N] [--json]"),
                  [](Context &ctx, const QStringList &args) { return runExtract(ctx, args); }});
    registry.add({QStringLiteral("match"), QStringLiteral("match PROBE CANDIDATE... [--ppi N] [--explain]"),
                  [](Context &ctx, const QStringList &args) { return runMatch(ctx, args); }});
    registry.add({QStringLiteral("score-pairs"), QStringLiteral("score-pairs LISTFILE [--ppi N]"),
                  [](Context &ctx, const QStringList &args) { return runScorePairs(ctx, args); }});
}

} // namespace ridgeline::cli
