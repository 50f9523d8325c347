// The examiner's work stored with a mark, from the command line: `mark show` and `mark replay`
// (docs/cli.md). Replay is the reproducibility check of issue 5: the stored recipe applied to the
// original must give pixels whose SHA-256 is the one recorded when the work was saved.
#include "app/cli/clisession.h"
#include "app/cli/command.h"
#include "app/core/casereference.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline::cli {
namespace {

constexpr auto kUsage = "usage: mark show --case REF --mark EXHIBIT [--json]\n"
                        "       mark replay --case REF --mark EXHIBIT [--out FILE] [--json]";

QJsonArray pointsJson(const QList<QPointF> &points)
{
    QJsonArray array;
    for (const QPointF &p : points)
        array.append(QJsonArray{p.x(), p.y()});
    return array;
}

QJsonObject workJson(const Mark &mark, const MarkWork &work, int revisions)
{
    QJsonArray measurements;
    for (const MarkMeasurementRecord &m : work.measurements)
        measurements.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("kind"), m.kind},
                                        {QStringLiteral("points"), pointsJson(m.points)},
                                        {QStringLiteral("pixels"), m.pixels},
                                        {QStringLiteral("millimetres"), m.millimetres},
                                        {QStringLiteral("degrees"), m.degrees},
                                        {QStringLiteral("ridges"), m.ridges}});
    const MarkCalibrationRecord &c = work.calibration;
    return {{QStringLiteral("mark"), mark.exhibitReference},
            {QStringLiteral("markId"), mark.id.toString()},
            {QStringLiteral("originalSha256"), QString::fromLatin1(mark.originalSha256.toHex())},
            {QStringLiteral("revision"), work.revision},
            {QStringLiteral("revisions"), revisions},
            {QStringLiteral("savedBy"), work.savedBy},
            {QStringLiteral("savedUtc"), work.savedUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("recipe"), QJsonDocument::fromJson(work.recipeJson).object()},
            {QStringLiteral("outputSha256"), work.outputSha256},
            {QStringLiteral("calibration"), QJsonObject{{QStringLiteral("method"), c.method},
                                                        {QStringLiteral("ppi"), c.ppi},
                                                        {QStringLiteral("points"), pointsJson(c.points)},
                                                        {QStringLiteral("millimetres"), c.millimetres},
                                                        {QStringLiteral("refined"), c.refined},
                                                        {QStringLiteral("graduations"), c.graduations}}},
            {QStringLiteral("measurements"), measurements}};
}

void printWorkText(Context &context, const Mark &mark, const MarkWork &work, int revisions)
{
    QTextStream &out = context.out();
    out << "Mark " << mark.exhibitReference << " (" << mark.id.toString() << ")\n"
        << "  original SHA-256: " << mark.originalSha256.toHex() << '\n'
        << "  saved work: revision " << work.revision << " of " << revisions << ", by " << work.savedBy << ", "
        << work.savedUtc.toString(Qt::ISODate) << '\n';
    const MarkCalibrationRecord &c = work.calibration;
    out << "  calibration: " << c.method;
    if (c.ppi > 0)
        out << ", " << QString::number(c.ppi, 'f', 2) << " ppi";
    if (c.method == QLatin1String("two-points") && c.points.size() == 2)
        out << ", points (" << c.points[0].x() << ", " << c.points[0].y() << ") and (" << c.points[1].x() << ", "
            << c.points[1].y() << ") " << c.millimetres << " mm apart"
            << (c.refined ? QStringLiteral(", refined on %1 graduations").arg(c.graduations) : QString());
    out << '\n';
    auto recipe = imaging::Recipe::fromJsonBytes(work.recipeJson);
    if (recipe) {
        out << "  recipe: " << recipe->steps.size() << " steps, algorithm " << recipe->algorithmVersion << ", OpenCV "
            << recipe->openCvVersion << '\n';
        int index = 1;
        for (const imaging::EnhancementStep &step : recipe->steps) {
            out << "    " << index++ << ". " << step.kind << (step.enabled ? "" : " (disabled)");
            for (auto it = step.parameters.cbegin(); it != step.parameters.cend(); ++it)
                out << ' ' << it.key() << '=' << it.value().toString();
            out << '\n';
        }
    } else {
        out << "  recipe: not readable by this version: " << recipe.error().message() << '\n';
    }
    out << "  output SHA-256: " << (work.outputSha256.isEmpty() ? QStringLiteral("(none)") : work.outputSha256) << '\n';
    out << "  measurements: " << work.measurements.size() << '\n';
    for (const MarkMeasurementRecord &m : work.measurements) {
        out << "    " << m.id << ". " << m.kind << ": ";
        if (m.kind == QLatin1String("angle"))
            out << QString::number(m.degrees, 'f', 1) << " degrees";
        else
            out << QString::number(m.pixels, 'f', 1) << " px, " << QString::number(m.millimetres, 'f', 2) << " mm";
        if (m.kind == QLatin1String("ridge-count"))
            out << ", " << m.ridges << " ridges";
        out << '\n';
    }
    out.flush();
}

struct MarkArguments
{
    QString caseRef;
    QString exhibit;
    QString out;
};

int runShow(Context &context, LocalWorkspaceSession &session, const Mark &mark, const MarkWork &work)
{
    auto history = session.markWorkHistory(mark.id);
    if (!history)
        return context.fail(history.error());
    if (context.options().json) {
        QJsonArray revisions;
        for (const MarkWork &old : *history)
            revisions.append(QJsonObject{{QStringLiteral("revision"), old.revision},
                                         {QStringLiteral("savedBy"), old.savedBy},
                                         {QStringLiteral("savedUtc"), old.savedUtc.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("outputSha256"), old.outputSha256}});
        QJsonObject json = workJson(mark, work, int(history->size()));
        json.insert(QStringLiteral("history"), revisions);
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        context.out().flush();
    } else {
        printWorkText(context, mark, work, int(history->size()));
    }
    return 0;
}

// Replays the stored recipe on the original; 0 when the output hash is the stored one, 1 when not.
int runReplay(Context &context, LocalWorkspaceSession &session, const Mark &mark, const MarkWork &work,
              const QString &outPath)
{
    auto recipe = imaging::Recipe::fromJsonBytes(work.recipeJson);
    if (!recipe)
        return context.fail(
            recipe.error().withContext(QStringLiteral("The stored recipe of %1").arg(mark.exhibitReference)));
    auto bytes = session.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    if (!bytes)
        return context.fail(bytes.error());
    auto decoded = imaging::decodeEvidenceImage(bytes.value(), mark.exhibitReference);
    if (!decoded)
        return context.fail(decoded.error());
    imaging::ApplyOptions options;
    options.sourcePpi = work.calibration.ppi; // what the viewer replayed with when it saved
    auto processed = imaging::processRecipe(decoded->image, recipe.value(), options);
    if (!processed)
        return context.fail(processed.error().withContext(QStringLiteral("Replaying %1").arg(mark.exhibitReference)));
    processed->report.sourceName = mark.exhibitReference;
    processed->report.sourceFileSha256 = QString::fromLatin1(mark.originalSha256.toHex());
    if (!outPath.isEmpty()) {
        auto written = imaging::saveProcessedImage(processed.value(), outPath);
        if (!written)
            return context.fail(written.error());
        processed->report = written.value();
    }
    const QString replayed = processed->report.outputSha256;
    const bool equal = !work.outputSha256.isEmpty() && replayed.compare(work.outputSha256, Qt::CaseInsensitive) == 0;
    const bool versionsDiffer = recipe->algorithmVersion != imaging::enhancementAlgorithmVersion() ||
                                recipe->openCvVersion != imaging::openCvVersionString();
    if (Status s = session.recordEvent(
            QStringLiteral("replay-mark-work"), QStringLiteral("mark"), mark.id.toString(),
            equal ? AuditOutcome::Success : AuditOutcome::Failure,
            QStringLiteral("revision=%1; stored=%2; replayed=%3").arg(work.revision).arg(work.outputSha256, replayed));
        !s)
        return context.fail(s.error());
    if (context.options().json) {
        QJsonObject json{{QStringLiteral("mark"), mark.exhibitReference},
                         {QStringLiteral("revision"), work.revision},
                         {QStringLiteral("storedSha256"), work.outputSha256},
                         {QStringLiteral("replayedSha256"), replayed},
                         {QStringLiteral("identical"), equal},
                         {QStringLiteral("recipeAlgorithmVersion"), recipe->algorithmVersion},
                         {QStringLiteral("recipeOpenCvVersion"), recipe->openCvVersion},
                         {QStringLiteral("runningAlgorithmVersion"), imaging::enhancementAlgorithmVersion()},
                         {QStringLiteral("runningOpenCvVersion"), imaging::openCvVersionString()},
                         {QStringLiteral("report"), processed->report.toJson()}};
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out() << "Mark " << mark.exhibitReference << ", saved work revision " << work.revision << '\n'
                      << "  stored output SHA-256:   " << work.outputSha256 << '\n'
                      << "  replayed output SHA-256: " << replayed << '\n'
                      << (equal ? "  identical: the stored recipe reproduces the stored output\n"
                                : "  MISMATCH: replaying the stored recipe on the original gives other pixels\n");
        if (versionsDiffer)
            context.out() << "  note: saved with algorithm " << recipe->algorithmVersion << " / OpenCV "
                          << recipe->openCvVersion << ", replayed with " << imaging::enhancementAlgorithmVersion()
                          << " / OpenCV " << imaging::openCvVersionString() << '\n';
        if (!outPath.isEmpty())
            context.out() << "  wrote " << outPath << " and " << outPath << ".report.json\n";
    }
    context.out().flush();
    return equal ? 0 : 1;
}

int runMark(Context &context, const QStringList &arguments)
{
    QStringList args = arguments;
    MarkArguments parsed;
    parsed.caseRef = takeOption(args, QStringLiteral("--case")).value_or(QString());
    parsed.exhibit = takeOption(args, QStringLiteral("--mark")).value_or(QString());
    parsed.out = takeOption(args, QStringLiteral("--out")).value_or(QString());
    const QString sub = args.value(0);
    if (args.size() != 1 || parsed.caseRef.isEmpty() || parsed.exhibit.isEmpty() ||
        (sub != QLatin1String("show") && sub != QLatin1String("replay")) ||
        (sub == QLatin1String("show") && !parsed.out.isEmpty()))
        return context.usage(QString::fromLatin1(kUsage));
    int code = 0;
    SessionPtr session = openSession(context, code);
    if (!session)
        return code;
    auto mark = findMarkOfCase(*session, parsed.caseRef, parsed.exhibit);
    if (!mark)
        return finish(context, session, context.fail(mark.error()));
    auto work = session->markWork(mark->id);
    if (!work)
        return finish(context, session, context.fail(work.error()));
    const int result = sub == QLatin1String("show") ? runShow(context, *session, *mark, *work)
                                                    : runReplay(context, *session, *mark, *work, parsed.out);
    return finish(context, session, result);
}

} // namespace

void registerMarkCommands(CommandRegistry &registry)
{
    registry.add(
        {QStringLiteral("mark"),
         QStringLiteral("  mark show --case REF --mark EXHIBIT [--json]\n"
                        "      the work saved with a mark: recipe, output hash, calibration, measurements\n"
                        "  mark replay --case REF --mark EXHIBIT [--out FILE] [--json]\n"
                        "      replay the stored recipe on the original and compare output hashes (exit 1 when "
                        "they differ)"),
         runMark});
}

} // namespace ridgeline::cli
