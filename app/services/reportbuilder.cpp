#include "app/services/reportbuilder.h"

#include "app/core/comparisonbundle.h"
#include "app/core/markupjson.h"
#include "app/imaging/enhance/evidenceimage.h"
#include "app/imaging/enhance/recipe.h"
#include "app/reports/reportpdf.h"
#include "app/services/localworkspacesession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace ridgeline {
namespace {

QString hex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex());
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, QCoreApplication::translate("ridgeline::ReportBuilder",
                                                                   "The report was cancelled; nothing was written."));
}

// Evidence pixels as a printer takes them: 8 bits per channel, the same pixel grid.
QImage printable(QImage image)
{
    if (image.format() == QImage::Format_Grayscale16)
        return image.convertToFormat(QImage::Format_Grayscale8);
    if (image.format() == QImage::Format_RGBX64)
        return image.convertToFormat(QImage::Format_RGB888);
    return image;
}

// The part of an image a chart shows: every charted point with a margin of a fifth of an inch
// (or 10% of the image when uncalibrated), clamped to the image. The whole image when nothing is
// charted or the points already span most of it.
QRect chartCrop(const QSize &size, const QList<QPointF> &points, double ppi)
{
    const QRect whole(QPoint(0, 0), size);
    if (points.isEmpty())
        return whole;
    QRectF box(points.first(), QSizeF(0, 0));
    for (const QPointF &p : points)
        box = box.united(QRectF(p, QSizeF(0, 0)));
    const double margin = ppi > 0 ? ppi * 0.2 : 0.1 * std::max(size.width(), size.height());
    const QRect crop = box.adjusted(-margin, -margin, margin, margin).toAlignedRect().intersected(whole);
    if (crop.isEmpty() || double(crop.width()) * crop.height() > 0.8 * double(size.width()) * size.height())
        return whole;
    return crop;
}

QString calibrationWords(const MarkCalibrationRecord &work, const Calibration &mark)
{
    if (work.ppi > 0) {
        if (work.method == QLatin1String("two-points"))
            return work.refined
                       ? QCoreApplication::translate("ridgeline::ReportBuilder",
                                                     "two points on the scale in the image, snapped to its graduations")
                       : QCoreApplication::translate("ridgeline::ReportBuilder",
                                                     "two points on the scale in the image");
        if (work.method == QLatin1String("file"))
            return QCoreApplication::translate("ridgeline::ReportBuilder", "the resolution recorded in the image file");
        if (work.method == QLatin1String("manifest"))
            return QCoreApplication::translate("ridgeline::ReportBuilder", "the resolution stated in the transmission");
        return QCoreApplication::translate("ridgeline::ReportBuilder", "entered by the examiner");
    }
    switch (mark.source) {
    case CalibrationSource::FileMetadata:
        return QCoreApplication::translate("ridgeline::ReportBuilder", "the resolution recorded in the image file");
    case CalibrationSource::Manifest:
        return QCoreApplication::translate("ridgeline::ReportBuilder", "the resolution stated in the transmission");
    case CalibrationSource::Ruler:
        return QCoreApplication::translate("ridgeline::ReportBuilder", "two points on the scale in the image");
    case CalibrationSource::Uncalibrated:
        break;
    }
    return QCoreApplication::translate("ridgeline::ReportBuilder", "not calibrated");
}

QString parameterText(const imaging::EnhancementStep &step, const imaging::ParameterSpec &spec, const QLocale &locale)
{
    const QVariant value = imaging::stepParameter(step, spec.name);
    QString text;
    switch (spec.type) {
    case imaging::ParameterType::Bool:
        text = value.toBool() ? QCoreApplication::translate("ridgeline::ReportBuilder", "yes")
                              : QCoreApplication::translate("ridgeline::ReportBuilder", "no");
        break;
    case imaging::ParameterType::Int:
        text = locale.toString(value.toInt());
        break;
    case imaging::ParameterType::Double:
        text = locale.toString(value.toDouble(), 'g', 4);
        break;
    case imaging::ParameterType::Choice:
        text = value.toString();
        break;
    case imaging::ParameterType::PointList: {
        // A plain count: lupdate 6.4 never finishes on a call expression in the count argument.
        const int points = int(imaging::pointsFromVariant(value).size());
        text = QCoreApplication::translate("ridgeline::ReportBuilder", "%n point(s)", nullptr, points);
        break;
    }
    }
    const QString unit = QString::fromUtf8(spec.unit);
    const QString label = QCoreApplication::translate("ridgeline::imaging::Enhancement", spec.label);
    return unit.isEmpty() ? QStringLiteral("%1 %2").arg(label, text)
                          : QStringLiteral("%1 %2 %3").arg(label, text, unit);
}

QStringList recipeLines(const imaging::Recipe &recipe, const QLocale &locale)
{
    QStringList lines;
    int number = 0;
    for (const imaging::EnhancementStep &step : recipe.steps) {
        ++number;
        const imaging::StepSpec *spec = imaging::findStepSpec(step.kind);
        const QString name =
            spec ? QCoreApplication::translate("ridgeline::imaging::Enhancement", spec->label) : step.kind;
        QStringList parameters;
        if (spec)
            for (const imaging::ParameterSpec &p : spec->parameters)
                parameters << parameterText(step, p, locale);
        QString line = parameters.isEmpty()
                           ? QStringLiteral("%1. %2").arg(number).arg(name)
                           : QStringLiteral("%1. %2: %3").arg(number).arg(name, parameters.join(QStringLiteral(", ")));
        if (!step.enabled)
            line += QLatin1Char(' ') +
                    QCoreApplication::translate("ridgeline::ReportBuilder", "(switched off, not applied)");
        lines << line;
    }
    return lines;
}

bool hasEnabledStep(const imaging::Recipe &recipe)
{
    return std::any_of(recipe.steps.cbegin(), recipe.steps.cend(),
                       [](const imaging::EnhancementStep &s) { return s.enabled; });
}

QString changeSentence(const MarkupChange &change, const QLocale &locale)
{
    auto type = [](const QString &key) {
        const std::optional<FeatureType> t = featureTypeFromKey(key);
        return t ? featureTypeDisplayName(*t) : key;
    };
    QString text;
    switch (change.kind) {
    case MarkupChange::Kind::Added:
        text = QCoreApplication::translate("ridgeline::ReportBuilder", "%1 added").arg(type(change.featureType));
        break;
    case MarkupChange::Kind::Moved:
        text = QCoreApplication::translate("ridgeline::ReportBuilder", "%1 moved %2 px")
                   .arg(type(change.featureType), locale.toString(change.distance, 'f', 1));
        break;
    case MarkupChange::Kind::Retyped:
        text = QCoreApplication::translate("ridgeline::ReportBuilder", "%1 changed to %2")
                   .arg(type(change.previousType), type(change.featureType));
        break;
    case MarkupChange::Kind::Deleted:
        text = QCoreApplication::translate("ridgeline::ReportBuilder", "%1 deleted").arg(type(change.featureType));
        break;
    case MarkupChange::Kind::Edited:
        text = QCoreApplication::translate("ridgeline::ReportBuilder", "%1 edited").arg(type(change.featureType));
        break;
    }
    text += QStringLiteral(" (") +
            QCoreApplication::translate("ridgeline::ReportBuilder", "feature %1").arg(change.featureId.left(8)) +
            QLatin1Char(')');
    if (change.afterExemplar)
        text += QStringLiteral(", ") +
                QCoreApplication::translate("ridgeline::ReportBuilder", "flagged: after an exemplar was seen");
    return text;
}

QString featureCountLine(const QByteArray &markupJson, const QLocale &locale)
{
    if (markupJson.isEmpty())
        return QCoreApplication::translate("ridgeline::ReportBuilder", "No features were recorded at analysis.");
    Result<Markup> markup = markupFromJson(markupJson);
    if (!markup)
        return QCoreApplication::translate("ridgeline::ReportBuilder", "The analysis snapshot could not be read: %1")
            .arg(markup.error().message());
    QMap<QString, int> counts;
    for (const MarkupFeature &f : markup->features)
        ++counts[featureTypeDisplayName(f.type)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(locale.toString(it.value()), it.key());
    return QCoreApplication::translate("ridgeline::ReportBuilder", "Features at analysis: %1 (%2).")
        .arg(locale.toString(int(markup->features.size())), parts.join(QStringLiteral(", ")));
}

QString stageName(ConclusionStage stage, bool blind)
{
    switch (stage) {
    case ConclusionStage::Evaluation:
        return QCoreApplication::translate("ridgeline::ReportBuilder", "Examination");
    case ConclusionStage::Verification:
        return blind ? QCoreApplication::translate("ridgeline::ReportBuilder", "Verification (blind)")
                     : QCoreApplication::translate("ridgeline::ReportBuilder", "Verification");
    case ConclusionStage::Resolution:
        return QCoreApplication::translate("ridgeline::ReportBuilder", "Resolution");
    }
    return {};
}

const ConclusionRecord *lastOfStage(const QList<ConclusionRecord> &records, ConclusionStage stage)
{
    const ConclusionRecord *found = nullptr;
    for (const ConclusionRecord &r : records)
        if (r.stage == stage)
            found = &r;
    return found;
}

// The conclusion that stands: the resolution's, else the examiner's.
std::optional<ConclusionInput> standing(const MarkCasework &casework)
{
    if (casework.resolution)
        return casework.resolution->final;
    if (const ConclusionRecord *r = lastOfStage(casework.conclusions, ConclusionStage::Evaluation))
        return r->input;
    return std::nullopt;
}

} // namespace

ReportBuilder::ReportBuilder(WorkspaceSession &session, const QLocale &locale)
    : m_session(session)
    , m_locale(locale)
{}

QString ReportBuilder::when(const QDateTime &utc) const
{
    return utc.isValid() ? m_locale.toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}

QHash<QString, QString> ReportBuilder::userNames()
{
    QHash<QString, QString> names;
    names.insert(m_session.user().name, m_session.user().displayName);
    if (auto all = m_session.userDisplayNames())
        names.insert(*all);
    return names;
}

QString ReportBuilder::person(const QHash<QString, QString> &names, const QString &user) const
{
    if (user.isEmpty())
        return {};
    const QString display = names.value(user);
    return display.isEmpty() || display == user ? user : QStringLiteral("%1 (%2)").arg(display, user);
}

reports::ReportFooter ReportBuilder::footer()
{
    reports::ReportFooter f;
    f.softwareVersion = QStringLiteral("Ridgeline %1").arg(QStringLiteral(RIDGELINE_VERSION));
    f.generatedBy = person(userNames(), m_session.user().name);
    f.generatedUtc = QDateTime::currentDateTimeUtc();
    f.workspaceId = QFileInfo(m_session.databasePath()).fileName();
    return f;
}

Result<QList<Mark>> ReportBuilder::chartableMarks(const CaseId &caseId)
{
    auto marks = m_session.cases().marksOfCase(caseId);
    if (!marks)
        return marks.error();
    QList<Mark> chartable;
    for (const Mark &mark : *marks) {
        if (mark.kind == MarkKind::ScenePhoto)
            continue;
        auto revisions = m_session.comparisonRevisions(mark.id);
        if (revisions && !revisions->isEmpty())
            chartable << mark;
    }
    return chartable;
}

Result<reports::CourtChart> ReportBuilder::courtChart(const CourtChartRequest &request, const std::atomic<bool> *cancel)
{
    if (Status s = m_session.require(Action::ExportReport, QStringLiteral("mark"), request.mark.toString()); !s)
        return s.error();
    auto casework = m_session.markCasework(request.mark);
    if (!casework)
        return casework.error();
    const Mark &mark = casework->mark;

    // Which comparison: the one asked for, else the standing conclusion's, else the newest.
    QString exemplarRef = request.exemplarRef;
    if (exemplarRef.isEmpty())
        if (const std::optional<ConclusionInput> c = standing(*casework); c && !c->exemplarRef.isEmpty())
            exemplarRef = c->exemplarRef;
    auto revisions = m_session.comparisonRevisions(mark.id, exemplarRef);
    if (!revisions)
        return revisions.error();
    if (revisions->isEmpty() && exemplarRef != request.exemplarRef && request.exemplarRef.isEmpty()) {
        exemplarRef.clear();
        revisions = m_session.comparisonRevisions(mark.id);
        if (!revisions)
            return revisions.error();
    }
    if (revisions->isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate(
                         "ridgeline::ReportBuilder",
                         "Mark %1 has no committed comparison to chart. Commit the comparison in the comparison "
                         "window first.")
                         .arg(mark.exhibitReference));
    const ExaminationRevision newest = *std::max_element(
        revisions->cbegin(), revisions->cend(), [](const ExaminationRevision &a, const ExaminationRevision &b) {
            return std::tie(a.savedUtc, a.revision) < std::tie(b.savedUtc, b.revision);
        });
    auto revision = m_session.comparisonRevision(mark.id, newest.exemplarRef, newest.revision);
    if (!revision)
        return revision.error();
    auto bundle = comparisonBundleFromJson(revision->json);
    if (!bundle)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("ridgeline::ReportBuilder",
                                                 "Comparison revision %1 of mark %2 could not be read: %3")
                         .arg(revision->revision)
                         .arg(mark.exhibitReference, bundle.error().message()));
    if (cancelled(cancel))
        return cancelledError();

    // The exemplar: an impression of a person, or another mark (a footwear test impression).
    QByteArray exemplarSha;
    double exemplarPpi = 0.0;
    QString exemplarCaption;
    QString exemplarType = QStringLiteral("exemplar");
    QString exemplarObject = newest.exemplarRef;
    if (newest.exemplarRef.startsWith(QLatin1String("mark:"))) {
        exemplarType = QStringLiteral("mark");
        exemplarObject = newest.exemplarRef.mid(5);
        auto marks = m_session.cases().marksOfCase(mark.caseId);
        if (!marks)
            return marks.error();
        const auto other = std::find_if(marks->cbegin(), marks->cend(),
                                        [&](const Mark &m) { return m.id.toString() == exemplarObject; });
        if (other == marks->cend())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("ridgeline::ReportBuilder",
                                                     "The exhibit compared with mark %1 is no longer in its case.")
                             .arg(mark.exhibitReference));
        exemplarSha = other->originalSha256;
        exemplarPpi = other->calibration.isCalibrated() ? other->calibration.ppi : 0.0;
        exemplarCaption = QCoreApplication::translate("ridgeline::ReportBuilder", "%1, %2")
                              .arg(other->exhibitReference, markKindDisplayName(other->kind));
    } else {
        auto impressions = m_session.exemplarImpressionsOfCase(mark.caseId);
        if (!impressions)
            return impressions.error();
        const auto found =
            std::find_if(impressions->cbegin(), impressions->cend(),
                         [&](const ExemplarImpressionRecord &r) { return r.id.toString() == exemplarObject; });
        if (found == impressions->cend())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("ridgeline::ReportBuilder",
                                                     "The exemplar impression compared with mark %1 is not linked to "
                                                     "its case any more.")
                             .arg(mark.exhibitReference));
        exemplarSha = found->originalSha256;
        exemplarPpi = found->ppi;
        exemplarCaption = QCoreApplication::translate("ridgeline::ReportBuilder", "%1, %2 (%3), card %4")
                              .arg(found->personName, fingerPositionDisplayName(found->fingerPosition),
                                   found->rolled ? QCoreApplication::translate("ridgeline::ReportBuilder", "rolled")
                                                 : QCoreApplication::translate("ridgeline::ReportBuilder", "plain"),
                                   found->exhibitReference);
    }

    auto markBytes = m_session.readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    if (!markBytes)
        return markBytes.error();
    auto exemplarBytes = m_session.readOriginal(exemplarSha, exemplarType, exemplarObject);
    if (!exemplarBytes)
        return exemplarBytes.error();
    if (cancelled(cancel))
        return cancelledError();
    auto markImage = imaging::decodeEvidenceImage(*markBytes, mark.exhibitReference);
    if (!markImage)
        return markImage.error();
    auto exemplarImage = imaging::decodeEvidenceImage(*exemplarBytes, exemplarCaption);
    if (!exemplarImage)
        return exemplarImage.error();

    auto work = m_session.markWork(mark.id);
    MarkWork markWork = work ? work.value() : MarkWork{};
    const double markPpi = markWork.calibration.ppi > 0      ? markWork.calibration.ppi
                           : mark.calibration.isCalibrated() ? mark.calibration.ppi
                                                             : 0.0;

    reports::CourtChart chart;
    chart.caseReference = casework->caseReference;
    chart.exhibitReference = mark.exhibitReference;
    chart.magnification = request.magnification;
    chart.footer = footer();

    // The pixels the mark is printed from: the recipe's output when it keeps the geometry (the
    // features were marked in the original's coordinates) and replays to the recorded hash.
    QImage markPixels = markImage->image;
    QString displayedSha = imaging::imagePixelSha256(markPixels);
    if (!markWork.recipeJson.isEmpty()) {
        auto recipe = imaging::Recipe::fromJsonBytes(markWork.recipeJson);
        if (!recipe) {
            chart.enhancement << QCoreApplication::translate(
                                     "ridgeline::ReportBuilder",
                                     "The stored enhancement could not be read (%1): the original is shown.")
                                     .arg(recipe.error().message());
        } else if (hasEnabledStep(*recipe)) {
            chart.enhancement = recipeLines(*recipe, m_locale);
            if (request.showOriginal) {
                chart.enhancement << QCoreApplication::translate(
                    "ridgeline::ReportBuilder", "The original is shown, as asked, without this enhancement.");
            } else if (imaging::recipeChangesGeometry(*recipe)) {
                chart.enhancement << QCoreApplication::translate(
                    "ridgeline::ReportBuilder", "The enhancement changes the image's geometry, so the chart shows the "
                                                "original, in whose pixels the features were marked.");
            } else {
                imaging::ApplyOptions options;
                options.sourcePpi = markPpi;
                auto output = imaging::applyRecipe(markImage->image, *recipe, options, cancel);
                if (!output) {
                    if (output.error().code() == ErrorCode::Cancelled)
                        return cancelledError();
                    chart.enhancement << QCoreApplication::translate(
                                             "ridgeline::ReportBuilder",
                                             "The enhancement could not be replayed (%1): the original is shown.")
                                             .arg(output.error().message());
                } else {
                    const QString replayed = imaging::imagePixelSha256(*output);
                    if (!markWork.outputSha256.isEmpty() && replayed != markWork.outputSha256) {
                        chart.enhancement << QCoreApplication::translate(
                                                 "ridgeline::ReportBuilder",
                                                 "Replaying the enhancement gave pixels with SHA-256 %1, not the "
                                                 "recorded %2: the original is shown.")
                                                 .arg(replayed, markWork.outputSha256);
                    } else {
                        markPixels = output.value();
                        displayedSha = replayed;
                        chart.enhancement << QCoreApplication::translate(
                                                 "ridgeline::ReportBuilder",
                                                 "Replayed on the original: output pixels SHA-256 %1, as recorded.")
                                                 .arg(replayed);
                    }
                }
            }
        }
    }

    const ComparisonBundle &b = bundle.value();
    QList<QPointF> markPoints;
    QList<QPointF> exemplarPoints;
    for (const Correspondence &pair : b.comparison.pairs) {
        const MarkupFeature *left = b.mark.feature(pair.left);
        const MarkupFeature *right = b.exemplar.feature(pair.right);
        if (!left || !right)
            continue; // validated on reading; kept defensive
        chart.pairs.append({pair.number, left->position, right->position});
        markPoints << left->position;
        exemplarPoints << right->position;
    }
    std::sort(chart.pairs.begin(), chart.pairs.end(),
              [](const reports::ChartPair &a, const reports::ChartPair &c) { return a.number < c.number; });
    for (const ComparisonAnnotation &a : b.comparison.annotations) {
        reports::ChartNote note;
        note.onMark = a.side == ComparisonSide::Left;
        note.points = a.points;
        note.label = a.text.isEmpty()
                         ? comparisonAnnotationKindDisplayName(a.kind)
                         : QStringLiteral("%1: %2").arg(comparisonAnnotationKindDisplayName(a.kind), a.text);
        (note.onMark ? markPoints : exemplarPoints) << a.points;
        chart.notes << note;
    }

    const QRect markCrop = chartCrop(markPixels.size(), markPoints, markPpi);
    chart.mark.image = printable(markPixels.copy(markCrop));
    chart.mark.origin = markCrop.topLeft();
    chart.mark.ppi = markPpi;
    chart.mark.calibration = calibrationWords(markWork.calibration, mark.calibration);
    chart.mark.originalSha256 = hex(mark.originalSha256);
    chart.mark.displayedSha256 = displayedSha;
    chart.mark.caption = QCoreApplication::translate("ridgeline::ReportBuilder", "Mark %1, %2")
                             .arg(mark.exhibitReference, markKindDisplayName(mark.kind));
    if (markCrop.size() != markPixels.size())
        chart.mark.caption += QStringLiteral("; ") +
                              QCoreApplication::translate("ridgeline::ReportBuilder", "area %1 × %2 px from (%3, %4)")
                                  .arg(markCrop.width())
                                  .arg(markCrop.height())
                                  .arg(markCrop.x())
                                  .arg(markCrop.y());

    const QRect exemplarCrop = chartCrop(exemplarImage->image.size(), exemplarPoints, exemplarPpi);
    chart.exemplar.image = printable(exemplarImage->image.copy(exemplarCrop));
    chart.exemplar.origin = exemplarCrop.topLeft();
    chart.exemplar.ppi = exemplarPpi;
    chart.exemplar.calibration =
        exemplarPpi > 0
            ? QCoreApplication::translate("ridgeline::ReportBuilder", "the resolution of the exemplar record")
            : QCoreApplication::translate("ridgeline::ReportBuilder", "not calibrated");
    chart.exemplar.originalSha256 = hex(exemplarSha);
    chart.exemplar.displayedSha256 = imaging::imagePixelSha256(exemplarImage->image);
    chart.exemplar.caption = exemplarCaption;
    if (exemplarCrop.size() != exemplarImage->image.size())
        chart.exemplar.caption += QStringLiteral("; ") + QCoreApplication::translate("ridgeline::ReportBuilder",
                                                                                     "area %1 × %2 px from (%3, %4)")
                                                             .arg(exemplarCrop.width())
                                                             .arg(exemplarCrop.height())
                                                             .arg(exemplarCrop.x())
                                                             .arg(exemplarCrop.y());

    chart.title = QCoreApplication::translate("ridgeline::ReportBuilder", "Court chart: mark %1 and %2")
                      .arg(mark.exhibitReference, exemplarCaption.section(QLatin1Char(';'), 0, 0));
    chart.comparisonRevision =
        QCoreApplication::translate("ridgeline::ReportBuilder", "Comparison revision %1 by %2, %3; SHA-256 %4")
            .arg(revision->revision)
            .arg(revision->author, when(revision->savedUtc), hex(revision->sha256));

    const QHash<QString, QString> names = userNames();
    if (const std::optional<ConclusionInput> c = standing(*casework)) {
        chart.conclusion = conclusionDisplayName(c->conclusion);
        if (!c->exemplarRef.isEmpty() && c->exemplarRef != newest.exemplarRef)
            chart.conclusion += QStringLiteral(" ") +
                                QCoreApplication::translate("ridgeline::ReportBuilder",
                                                            "(reached against another exemplar; this chart shows the "
                                                            "comparison with the exemplar named above)");
    } else {
        chart.conclusion = QCoreApplication::translate("ridgeline::ReportBuilder", "No conclusion recorded yet");
    }
    for (const ConclusionRecord &r : casework->conclusions) {
        if (r.stage == ConclusionStage::Resolution)
            continue;
        chart.attestations.append(
            {r.stage == ConclusionStage::Evaluation
                 ? QCoreApplication::translate("ridgeline::ReportBuilder", "Examiner")
                 : QCoreApplication::translate("ridgeline::ReportBuilder", "Verifier"),
             person(names, r.examiner),
             r.stage == ConclusionStage::Verification && r.blind
                 ? QCoreApplication::translate("ridgeline::ReportBuilder", "Verified blind: %1")
                       .arg(conclusionDisplayName(r.input.conclusion))
                 : conclusionDisplayName(r.input.conclusion),
             r.committedUtc,
             QCoreApplication::translate("ridgeline::ReportBuilder", "record %1").arg(hex(r.sha256).left(16))});
    }
    if (casework->resolution)
        chart.attestations.append({QCoreApplication::translate("ridgeline::ReportBuilder", "Conflict resolved by"),
                                   person(names, casework->resolution->resolver),
                                   conclusionDisplayName(casework->resolution->final.conclusion),
                                   casework->resolution->committedUtc,
                                   QCoreApplication::translate("ridgeline::ReportBuilder", "record %1")
                                       .arg(hex(casework->resolution->sha256).left(16))});
    if (!casework->exemptionReason.isEmpty())
        chart.attestations.append({QCoreApplication::translate("ridgeline::ReportBuilder", "Verification exempted by"),
                                   person(names, casework->exemptedBy),
                                   casework->exemptionReason,
                                   {},
                                   {}});
    if (auto signOffs = m_session.signOffs(mark.caseId)) {
        for (const SignOffRecord &s : *signOffs)
            if (s.inForce() && s.marks.contains(mark.id))
                chart.attestations.append(
                    {QCoreApplication::translate("ridgeline::ReportBuilder", "Supervisor (sign-off)"),
                     person(names, s.supervisor),
                     QCoreApplication::translate("ridgeline::ReportBuilder", "Signed off, case revision %1")
                         .arg(s.revision),
                     s.signedUtc,
                     QCoreApplication::translate("ridgeline::ReportBuilder", "key %1").arg(s.keyFingerprint())});
    }
    if (std::none_of(chart.attestations.cbegin(), chart.attestations.cend(), [](const reports::ChartAttestation &a) {
            return a.role == QCoreApplication::translate("ridgeline::ReportBuilder", "Supervisor (sign-off)");
        }))
        chart.attestations.append({QCoreApplication::translate("ridgeline::ReportBuilder", "Supervisor (sign-off)"),
                                   QString(),
                                   QCoreApplication::translate("ridgeline::ReportBuilder", "Not signed off"),
                                   {},
                                   {}});
    return chart;
}

Result<reports::ReportMark> ReportBuilder::reportMark(const Mark &mark, const QHash<QString, QString> &names,
                                                      const QHash<QString, QString> &exemplars)
{
    reports::ReportMark m;
    m.exhibitReference = mark.exhibitReference;
    m.kind = markKindDisplayName(mark.kind);
    m.state = markStateDisplayName(mark.state);
    m.originalSha256 = hex(mark.originalSha256);
    QStringList provenance;
    if (mark.provenance.capturedUtc.isValid())
        provenance << QCoreApplication::translate("ridgeline::ReportBuilder", "captured %1")
                          .arg(when(mark.provenance.capturedUtc));
    if (!mark.provenance.sceneExaminer.isEmpty())
        provenance
            << QCoreApplication::translate("ridgeline::ReportBuilder", "by %1").arg(mark.provenance.sceneExaminer);
    if (!mark.provenance.place.isEmpty())
        provenance << QCoreApplication::translate("ridgeline::ReportBuilder", "at %1").arg(mark.provenance.place);
    if (!mark.provenance.deviceId.isEmpty())
        provenance
            << QCoreApplication::translate("ridgeline::ReportBuilder", "device %1").arg(mark.provenance.deviceId);
    if (mark.receivedUtc.isValid())
        provenance
            << QCoreApplication::translate("ridgeline::ReportBuilder", "received %1").arg(when(mark.receivedUtc));
    m.provenance = provenance.join(QStringLiteral(", "));
    if (!m.provenance.isEmpty())
        m.provenance[0] = m.provenance[0].toUpper();
    if (mark.kind == MarkKind::ScenePhoto)
        return m;

    auto casework = m_session.markCasework(mark.id);
    if (!casework) {
        if (casework.error().code() == ErrorCode::PermissionDenied) {
            m.withheld << casework.error().message();
            return m;
        }
        return casework.error();
    }
    const MarkCasework &c = casework.value();
    m.state = markStateDisplayName(c.mark.state);
    m.examiner = person(names, c.examiner);
    m.verifier = person(names, c.verifier);
    m.withheld = c.withheld;
    m.firstExposureUtc = c.firstExposureUtc;
    if (c.analysis && !c.analysis->withheld) {
        const AnalysisRecord &a = *c.analysis;
        m.analysed = true;
        m.value = valueDecisionDisplayName(a.input.value);
        if (!a.input.substrate.isEmpty())
            m.analysisLines
                << QCoreApplication::translate("ridgeline::ReportBuilder", "Substrate: %1").arg(a.input.substrate);
        if (!a.input.developmentMethod.isEmpty())
            m.analysisLines << QCoreApplication::translate("ridgeline::ReportBuilder", "Development: %1")
                                   .arg(a.input.developmentMethod);
        if (!a.input.distortionNotes.isEmpty())
            m.analysisLines << QCoreApplication::translate("ridgeline::ReportBuilder", "Distortion: %1")
                                   .arg(a.input.distortionNotes);
        if (!a.input.notes.isEmpty())
            m.analysisLines << QCoreApplication::translate("ridgeline::ReportBuilder", "Notes: %1").arg(a.input.notes);
        m.analysisLines << featureCountLine(a.markupJson, m_locale);
        if (a.markupRevision > 0)
            m.analysisLines << QCoreApplication::translate("ridgeline::ReportBuilder",
                                                           "Markup revision %1 snapshotted.")
                                   .arg(a.markupRevision);
        if (a.exposedBeforeUtc.isValid())
            m.analysisLines << QCoreApplication::translate(
                                   "ridgeline::ReportBuilder",
                                   "Committed after an exemplar of the case was first seen (%1).")
                                   .arg(when(a.exposedBeforeUtc));
        else
            m.analysisLines << QCoreApplication::translate("ridgeline::ReportBuilder",
                                                           "Committed before any exemplar of the case was seen.");
        m.analysisSha256 = hex(a.snapshotSha256);
        m.analysisUtc = a.committedUtc;
        for (const MarkupChange &change : c.changesSinceAnalysis)
            m.changesAfterExposure << changeSentence(change, m_locale);
    } else if (c.analysis) {
        m.analysisLines << QCoreApplication::translate("ridgeline::ReportBuilder",
                                                       "Analysed by %1 on %2; the details are withheld from you.")
                               .arg(person(names, c.analysis->examiner), when(c.analysis->committedUtc));
    }
    for (const ConclusionRecord &r : c.conclusions)
        m.conclusions.append({stageName(r.stage, r.blind), conclusionDisplayName(r.input.conclusion),
                              exemplars.value(r.input.exemplarRef, r.input.exemplarRef), person(names, r.examiner),
                              r.committedUtc, r.input.basis, hex(r.sha256)});
    if (c.resolution)
        m.conclusions.append(
            {stageName(ConclusionStage::Resolution, false), conclusionDisplayName(c.resolution->final.conclusion),
             c.resolution->final.exemplarRef, person(names, c.resolution->resolver), c.resolution->committedUtc,
             QCoreApplication::translate("ridgeline::ReportBuilder", "Re-examined: %1. Outcome: %2. %3")
                 .arg(c.resolution->reexamined, c.resolution->outcome, c.resolution->final.basis),
             hex(c.resolution->sha256)});
    if (!c.exemptionReason.isEmpty())
        m.history.append({{},
                          person(names, c.exemptedBy),
                          QCoreApplication::translate("ridgeline::ReportBuilder", "Verification exempted: %1")
                              .arg(c.exemptionReason)});
    for (const MarkStageChange &s : c.history) {
        QString what = QCoreApplication::translate("ridgeline::ReportBuilder", "%1 → %2")
                           .arg(markStateDisplayName(s.from), markStateDisplayName(s.to));
        if (s.to == MarkState::Conflict)
            what += QStringLiteral(" ") +
                    QCoreApplication::translate("ridgeline::ReportBuilder", "(the verification differed)");
        if (!s.reason.isEmpty())
            what += QStringLiteral(": ") + s.reason;
        m.history.append({s.whenUtc, person(names, s.user), what});
    }
    return m;
}

Result<reports::CaseReport> ReportBuilder::caseReport(const CaseId &caseId, const CaseReportOptions &options,
                                                      const std::atomic<bool> *cancel)
{
    if (Status s = m_session.require(Action::ExportReport, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    auto record = m_session.cases().caseById(caseId);
    if (!record)
        return record.error();
    auto marks = m_session.cases().marksOfCase(caseId);
    if (!marks)
        return marks.error();
    const QHash<QString, QString> names = userNames();

    reports::CaseReport report;
    report.caseReference = record->reference.toString();
    report.force = record->force;
    report.offence = record->offence;
    report.officerInCase = record->officerInCase;
    report.status = caseStatusDisplayName(record->status);
    report.createdUtc = record->createdUtc;
    report.summary = record->summary;
    report.footer = footer();

    if (auto persons = m_session.cases().personsOfCase(caseId)) {
        for (const auto &[p, role] : *persons) {
            QString line = QStringLiteral("%1 (%2)").arg(p.displayName(), personRoleDisplayName(role));
            if (p.dateOfBirth.isValid())
                line += QStringLiteral(", ") + QCoreApplication::translate("ridgeline::ReportBuilder", "born %1")
                                                   .arg(m_locale.toString(p.dateOfBirth, QLocale::LongFormat));
            for (const PersonIdentifier &id : p.identifiers)
                line += QStringLiteral(", %1 %2").arg(id.scheme, id.value);
            report.persons << line;
        }
    } else if (persons.error().code() == ErrorCode::PermissionDenied) {
        report.persons << QCoreApplication::translate("ridgeline::ReportBuilder", "Withheld from you: %1")
                              .arg(persons.error().message());
    } else {
        return persons.error();
    }
    if (auto documents = m_session.cases().documentsOfCase(caseId)) {
        for (const Document &d : *documents)
            report.documents << QCoreApplication::translate("ridgeline::ReportBuilder",
                                                            "%1, %n page(s), added %2, SHA-256 %3", nullptr,
                                                            d.pageCount)
                                    .arg(d.title, when(d.addedUtc), hex(d.sha256));
    } else {
        return documents.error();
    }

    // Exemplars named as a reader knows them: person, finger and card, not the record's id.
    QHash<QString, QString> exemplars;
    if (auto impressions = m_session.exemplarImpressionsOfCase(caseId))
        for (const ExemplarImpressionRecord &r : *impressions)
            exemplars.insert(r.id.toString(),
                             QCoreApplication::translate("ridgeline::ReportBuilder", "%1, %2 (%3)")
                                 .arg(r.personName, fingerPositionDisplayName(r.fingerPosition), r.exhibitReference));
    for (const Mark &other : *marks)
        exemplars.insert(QStringLiteral("mark:") + other.id.toString(), other.exhibitReference);
    for (const Mark &mark : *marks) {
        if (cancelled(cancel))
            return cancelledError();
        auto m = reportMark(mark, names, exemplars);
        if (!m)
            return m.error();
        report.marks << m.value();
    }

    if (auto signOffs = m_session.signOffs(caseId)) {
        QHash<MarkId, QString> exhibits;
        for (const Mark &mark : *marks)
            exhibits.insert(mark.id, mark.exhibitReference);
        QList<SignOffRecord> list = signOffs.value();
        std::sort(list.begin(), list.end(),
                  [](const SignOffRecord &a, const SignOffRecord &b) { return a.revision > b.revision; });
        int inForce = 0;
        for (const SignOffRecord &s : list) {
            reports::ReportSignOff r;
            r.revision = s.revision;
            r.supervisor = person(names, s.supervisor);
            r.signedUtc = s.signedUtc;
            r.documentSha256 = hex(s.sha256);
            r.keyFingerprint = s.keyFingerprint();
            r.inForce = s.inForce();
            if (!s.inForce())
                r.voided = QCoreApplication::translate("ridgeline::ReportBuilder", "Voided %1 by %2: %3")
                               .arg(when(s.voidedUtc), person(names, s.voidedBy), s.voidReason);
            for (const MarkId &id : s.marks)
                r.marks << exhibits.value(id, id.toString());
            inForce += s.inForce() ? 1 : 0;
            report.signOffs << r;
        }
        if (list.isEmpty())
            report.signOffStatus =
                QCoreApplication::translate("ridgeline::ReportBuilder", "The case has not been signed off.");
        else if (inForce > 0)
            report.signOffStatus =
                QCoreApplication::translate("ridgeline::ReportBuilder", "Signed off: revision %1 is in force.")
                    .arg(list.first().revision);
        else
            report.signOffStatus = QCoreApplication::translate(
                "ridgeline::ReportBuilder", "Every sign-off of this case has been voided by later changes; it must be "
                                            "signed off again.");
    } else {
        return signOffs.error();
    }

    // The audit excerpt: the case's events, newest kept when there are more than asked for.
    if (auto *local = dynamic_cast<LocalWorkspaceSession *>(&m_session)) {
        auto events = local->auditEventsOfCase(caseId);
        if (events) {
            report.auditTotal = int(events->size());
            const qsizetype first = std::max<qsizetype>(0, events->size() - std::max(0, options.auditExcerpt));
            for (qsizetype i = first; i < events->size(); ++i) {
                const AuditEvent &e = events->at(i);
                QString detail = e.details;
                if (detail.size() > 160)
                    detail = detail.left(157) + QStringLiteral("…");
                if (e.outcome != AuditOutcome::Success)
                    detail = QCoreApplication::translate("ridgeline::ReportBuilder", "refused") +
                             (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
                report.audit.append({e.timeUtc, e.user, e.action,
                                     QStringLiteral("%1 %2").arg(e.objectType, e.objectId.left(8)), detail});
            }
        } else if (events.error().code() == ErrorCode::PermissionDenied) {
            report.auditVerification =
                QCoreApplication::translate("ridgeline::ReportBuilder", "The audit trail is not open to you: %1")
                    .arg(events.error().message());
        } else {
            return events.error();
        }
    }
    if (options.verifyWorkspace && report.auditVerification.isEmpty()) {
        if (cancelled(cancel))
            return cancelledError();
        auto verified = m_session.verify();
        if (!verified)
            report.auditVerification =
                QCoreApplication::translate("ridgeline::ReportBuilder", "The workspace could not be checked: %1")
                    .arg(verified.error().message());
        else if (verified->ok())
            report.auditVerification =
                QCoreApplication::translate(
                    "ridgeline::ReportBuilder",
                    "Workspace checked %1: %2 audit events in an unbroken chain, %3 checkpoints, %4 originals and %5 "
                    "sign-offs verified.")
                    .arg(when(QDateTime::currentDateTimeUtc()), m_locale.toString(verified->eventsChecked),
                         m_locale.toString(verified->checkpointsChecked), m_locale.toString(verified->originalsChecked),
                         m_locale.toString(verified->signOffsChecked));
        else
            report.auditVerification =
                QCoreApplication::translate("ridgeline::ReportBuilder", "The workspace check FAILED: %1")
                    .arg(verified->problems.join(QStringLiteral("; ")));
    } else if (report.auditVerification.isEmpty()) {
        report.auditVerification =
            QCoreApplication::translate("ridgeline::ReportBuilder", "The workspace was not checked for this report.");
    }

    if (options.withCharts) {
        for (const Mark &mark : *marks) {
            if (mark.kind == MarkKind::ScenePhoto)
                continue;
            auto revisions = m_session.comparisonRevisions(mark.id);
            if (!revisions || revisions->isEmpty())
                continue;
            auto chart = courtChart({mark.id, {}, 0.0, false}, cancel);
            if (!chart) {
                if (chart.error().code() == ErrorCode::Cancelled)
                    return chart.error();
                if (chart.error().code() == ErrorCode::PermissionDenied)
                    continue; // withheld from this reader, as in the window
                return chart.error();
            }
            report.charts << chart.value();
        }
    }
    return report;
}

Result<reports::StatusSummary> ReportBuilder::statusSummary(const CaseId &caseId, reports::SummaryAudience audience,
                                                            const QDate &asOf)
{
    if (Status s = m_session.require(Action::ExportReport, QStringLiteral("case"), caseId.toString()); !s)
        return s.error();
    auto record = m_session.cases().caseById(caseId);
    if (!record)
        return record.error();
    auto marks = m_session.cases().marksOfCase(caseId);
    if (!marks)
        return marks.error();
    QList<MarkCasework> casework;
    for (const Mark &mark : *marks) {
        if (mark.kind == MarkKind::ScenePhoto)
            continue;
        if (auto c = m_session.markCasework(mark.id))
            casework << c.value();
    }
    auto signOffs = m_session.signOffs(caseId);
    if (!signOffs)
        return signOffs.error();
    reports::StatusSummary summary;
    summary.audience = audience;
    summary.facts = victimSummaryFacts(*record, *marks, casework, *signOffs);
    summary.asOf = asOf;
    if (audience == reports::SummaryAudience::Prosecutor)
        summary.contact = record->officerInCase;
    summary.footer = footer();
    return summary;
}

Result<ExportedReport> ReportBuilder::recordExport(const QString &kind, const CaseId &caseId, const MarkId &mark,
                                                   QByteArray pdf, const QString &title)
{
    ExportedReport out;
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    out.pdf = std::move(pdf);
    out.title = title;
    QJsonObject details{{QStringLiteral("report"), kind},
                        {QStringLiteral("sha256"), out.sha256},
                        {QStringLiteral("bytes"), qint64(out.pdf.size())}};
    if (!mark.isNull())
        details.insert(QStringLiteral("mark"), mark.toString());
    if (m_deliver) {
        if (Status delivered = m_deliver(out.pdf); !delivered)
            return delivered.error(); // not delivered: nothing to record
    }
    if (Status s = m_session.recordEvent(QStringLiteral("export-report"), QStringLiteral("case"), caseId.toString(),
                                         AuditOutcome::Success,
                                         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        !s) {
        if (m_deliver && m_undo)
            m_undo(); // an export the audit trail does not show must not exist
        return s.error();
    }
    return out;
}

Result<ExportedReport> ReportBuilder::exportCourtChart(const CourtChartRequest &request, const Progress &progress)
{
    std::atomic<bool> cancel = false;
    auto chart = courtChart(request, &cancel);
    if (!chart)
        return chart.error();
    if (progress && !progress(0, 1))
        return cancelledError();
    auto pdf = reports::courtChartPdf(*chart, m_locale);
    if (!pdf)
        return pdf.error();
    auto mark = m_session.markCasework(request.mark);
    if (!mark)
        return mark.error();
    return recordExport(QStringLiteral("court-chart"), mark->mark.caseId, request.mark, std::move(pdf).value(),
                        chart->title);
}

Result<ExportedReport> ReportBuilder::exportCaseReport(const CaseId &caseId, const CaseReportOptions &options,
                                                       const Progress &progress)
{
    auto report = caseReport(caseId, options);
    if (!report)
        return report.error();
    auto pdf = reports::caseReportPdf(*report, m_locale, progress);
    if (!pdf)
        return pdf.error();
    return recordExport(
        QStringLiteral("case-report"), caseId, {}, std::move(pdf).value(),
        QCoreApplication::translate("ridgeline::ReportBuilder", "Case report %1").arg(report->caseReference));
}

Result<ExportedReport> ReportBuilder::exportStatusSummary(const CaseId &caseId, reports::SummaryAudience audience,
                                                          const QDate &asOf)
{
    auto summary = statusSummary(caseId, audience, asOf);
    if (!summary)
        return summary.error();
    auto pdf = reports::statusSummaryPdf(*summary, m_locale);
    if (!pdf)
        return pdf.error();
    return recordExport(
        audience == reports::SummaryAudience::Victim ? QStringLiteral("status-summary-victim")
                                                     : QStringLiteral("status-summary-prosecutor"),
        caseId, {}, std::move(pdf).value(),
        QCoreApplication::translate("ridgeline::ReportBuilder", "Status summary %1").arg(summary->facts.caseReference));
}

Status ReportBuilder::recordPrinted(const QString &kind, const CaseId &caseId, const MarkId &mark, int pages)
{
    QJsonObject details{{QStringLiteral("report"), kind}, {QStringLiteral("pages"), pages}};
    if (!mark.isNull())
        details.insert(QStringLiteral("mark"), mark.toString());
    return m_session.recordEvent(QStringLiteral("print-report"), QStringLiteral("case"), caseId.toString(),
                                 AuditOutcome::Success,
                                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

Status writeReportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::ReportBuilder",
                                                                "%1 could not be written: %2. Choose another folder.")
                                        .arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, QCoreApplication::translate("ridgeline::ReportBuilder",
                                                                "%1 could not be written: %2. Nothing was saved.")
                                        .arg(path, file.errorString()));
    return {};
}

} // namespace ridgeline
