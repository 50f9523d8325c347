#include "app/presentation/oversight/markrecordtext.h"

#include "app/core/markupjson.h"

#include <QCoreApplication>

namespace ridgeline {
namespace {

const char *const kFlagged = "#b45309"; // GYRO orange, dark enough to read as text on white

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString when(const QDateTime &utc, const QLocale &locale)
{
    return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:#555;padding-right:8px\">%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), valueHtml);
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : esc(text);
}

QString exemplarName(const QString &ref, const ExemplarNames &exemplars)
{
    if (ref.isEmpty())
        return QStringLiteral("—");
    return esc(exemplars.value(ref, ref));
}

QString conclusionBlock(const QString &title, const QString &who, const ConclusionInput &c, const QDateTime &time,
                        const ExemplarNames &exemplars, const QLocale &locale)
{
    QString html = QStringLiteral("<p><b>%1</b><br><span style=\"font-size:large\">%2</span></p><table>")
                       .arg(title.toHtmlEscaped(), conclusionDisplayName(c.conclusion).toHtmlEscaped());
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "By"), esc(who));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "When"), when(time, locale));
    html +=
        row(QCoreApplication::translate("ridgeline::MarkRecord", "Exemplar"), exemplarName(c.exemplarRef, exemplars));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Basis"), orDash(c.basis));
    return html + QStringLiteral("</table>");
}

bool sameConclusion(const ConclusionInput &a, const ConclusionInput &b)
{
    return a.conclusion == b.conclusion &&
           (a.conclusion == ConclusionKind::Inconclusive || a.exemplarRef == b.exemplarRef);
}

} // namespace

FeatureCounts snapshotFeatureCounts(const QByteArray &markupJson)
{
    FeatureCounts counts;
    if (markupJson.isEmpty())
        return counts;
    Result<Markup> markup = markupFromJson(markupJson);
    if (!markup) {
        counts.error = markup.error().message();
        return counts;
    }
    for (FeatureType type : kFeatureTypes) {
        int n = 0;
        for (const MarkupFeature &f : markup->features)
            n += f.type == type ? 1 : 0;
        if (n > 0)
            counts.counts.append({type, n});
        counts.total += n;
    }
    counts.nonePresent = int(markup->nonePresent.size());
    return counts;
}

QString groupedHex(const QByteArray &raw)
{
    const QString hex = QString::fromLatin1(raw.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString describeMarkupChange(const MarkupChange &change)
{
    const auto type = featureTypeFromKey(change.featureType);
    const QString name = type ? featureTypeDisplayName(*type) : change.featureType;
    const QString id = change.featureId.left(8);
    QString text;
    switch (change.kind) {
    case MarkupChange::Kind::Added:
        text = QCoreApplication::translate("ridgeline::MarkRecord", "%1 %2 added").arg(name, id);
        break;
    case MarkupChange::Kind::Moved:
        text = QCoreApplication::translate("ridgeline::MarkRecord", "%1 %2 moved %3 px")
                   .arg(name, id, QLocale().toString(change.distance, 'f', 1));
        break;
    case MarkupChange::Kind::Retyped: {
        const auto before = featureTypeFromKey(change.previousType);
        text = QCoreApplication::translate("ridgeline::MarkRecord", "%1 %2 retyped from %3")
                   .arg(name, id, before ? featureTypeDisplayName(*before) : change.previousType);
        break;
    }
    case MarkupChange::Kind::Deleted:
        text = QCoreApplication::translate("ridgeline::MarkRecord", "%1 %2 deleted").arg(name, id);
        break;
    case MarkupChange::Kind::Edited:
        text = QCoreApplication::translate("ridgeline::MarkRecord", "%1 %2 edited").arg(name, id);
        break;
    }
    if (change.afterExemplar)
        text = QCoreApplication::translate("ridgeline::MarkRecord", "%1, after exemplar exposure").arg(text);
    return text;
}

std::optional<ConclusionInput> standingConclusion(const MarkCasework &work)
{
    const MarkState state = work.mark.state;
    if (state != MarkState::TechnicalReview && state != MarkState::SignedOff && state != MarkState::Closed)
        return std::nullopt;
    if (work.resolution)
        return work.resolution->final;
    for (qsizetype i = work.conclusions.size() - 1; i >= 0; --i)
        if (work.conclusions.at(i).stage == ConclusionStage::Evaluation)
            return work.conclusions.at(i).input;
    return std::nullopt;
}

QString standingResult(const MarkCasework &work)
{
    if (const auto stands = standingConclusion(work))
        return conclusionDisplayName(stands->conclusion);
    if (work.analysis && work.analysis->input.value == ValueDecision::NoValue)
        return QCoreApplication::translate("ridgeline::MarkRecord", "No value (analysis)");
    if (work.mark.state == MarkState::Received)
        return QCoreApplication::translate("ridgeline::MarkRecord", "Awaiting examination");
    const MarkState state = work.mark.state;
    if (state == MarkState::TechnicalReview || state == MarkState::SignedOff || state == MarkState::Closed)
        return QCoreApplication::translate("ridgeline::MarkRecord", "Not recorded"); // past examination, no record
    return QCoreApplication::translate("ridgeline::MarkRecord", "In examination");
}

namespace {

QString analysisTable(const AnalysisRecord &a, const QLocale &locale)
{
    QString html = QStringLiteral("<table>");
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Examiner"), esc(a.examiner));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Committed"), when(a.committedUtc, locale));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Value"),
                QStringLiteral("<b>%1</b>").arg(valueDecisionDisplayName(a.input.value).toHtmlEscaped()));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Substrate"), orDash(a.input.substrate));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Development method"),
                orDash(a.input.developmentMethod));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Distortion"), orDash(a.input.distortionNotes));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Notes"), orDash(a.input.notes));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Markup revision"),
                a.markupRevision > 0 ? locale.toString(a.markupRevision) : QStringLiteral("—"));
    html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Snapshot SHA-256"),
                QStringLiteral("<code>%1</code>").arg(groupedHex(a.snapshotSha256)));
    if (a.exposedBeforeUtc.isValid())
        html +=
            row(QCoreApplication::translate("ridgeline::MarkRecord", "Exemplar seen before"),
                QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kFlagged, when(a.exposedBeforeUtc, locale)));
    return html + QStringLiteral("</table>");
}

QString countsSection(const AnalysisRecord &a)
{
    const FeatureCounts counts = snapshotFeatureCounts(a.markupJson);
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Features in the snapshot: %1")
                                .arg(counts.total)
                                .toHtmlEscaped());
    if (!counts.error.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(counts.error));
    if (!counts.counts.isEmpty()) {
        html += QStringLiteral("<table>");
        for (const auto &[type, n] : counts.counts)
            html += row(featureTypeDisplayName(type), QLocale().toString(n));
        html += QStringLiteral("</table>");
    }
    return html;
}

// Flagged changes come right after the analysis, where a reviewer cannot miss them.
QString changesSection(const QList<MarkupChange> &changes)
{
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Changes since the snapshot").toHtmlEscaped());
    if (changes.isEmpty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(QCoreApplication::translate("ridgeline::MarkRecord", "None: the markup is as analysed.")
                                   .toHtmlEscaped());
    html += QStringLiteral("<ul style=\"color:%1\">").arg(QLatin1String(kFlagged));
    for (const MarkupChange &change : changes)
        html += QStringLiteral("<li>%1</li>").arg(describeMarkupChange(change).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

QString analysisHtml(const MarkCasework &work, const QLocale &locale)
{
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Examiner's analysis").toHtmlEscaped());
    if (!work.analysis)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("ridgeline::MarkRecord", "No analysis committed.").toHtmlEscaped());
    else
        html += analysisTable(*work.analysis, locale);
    html += changesSection(work.changesSinceAnalysis);
    if (work.analysis)
        html += countsSection(*work.analysis);
    for (const QString &withheld : work.withheld)
        html +=
            QStringLiteral("<p><i>%1</i></p>")
                .arg(
                    QCoreApplication::translate("ridgeline::MarkRecord", "Withheld: %1").arg(withheld).toHtmlEscaped());
    return html;
}

QString conclusionsHtml(const MarkCasework &work, const ExemplarNames &exemplars, const QLocale &locale)
{
    QString html;
    for (const ConclusionRecord &c : work.conclusions) {
        QString title;
        if (c.stage == ConclusionStage::Evaluation)
            title = QCoreApplication::translate("ridgeline::MarkRecord", "Examiner's conclusion");
        else if (c.stage == ConclusionStage::Verification)
            title = c.blind ? QCoreApplication::translate("ridgeline::MarkRecord", "Verifier's conclusion (blind)")
                            : QCoreApplication::translate("ridgeline::MarkRecord", "Verifier's conclusion (not blind)");
        else
            title = QCoreApplication::translate("ridgeline::MarkRecord", "Conclusion after resolution");
        html += conclusionBlock(title, c.examiner, c.input, c.committedUtc, exemplars, locale);
    }
    if (work.conclusions.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("ridgeline::MarkRecord", "No conclusion recorded.").toHtmlEscaped());
    if (!work.exemptionReason.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Exempted from verification by %1")
                             .arg(work.exemptedBy)
                             .toHtmlEscaped(),
                         esc(work.exemptionReason));
    return html;
}

QString conflictHtml(const MarkCasework &work, const ExemplarNames &exemplars, const QLocale &locale)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Conflict history").toHtmlEscaped());
    // A verification that differs from the examiner's conclusion before it is a conflict.
    int conflicts = 0;
    const ConclusionRecord *examined = nullptr;
    for (const ConclusionRecord &c : work.conclusions) {
        if (c.stage == ConclusionStage::Evaluation) {
            examined = &c;
            continue;
        }
        if (c.stage != ConclusionStage::Verification || !examined || sameConclusion(examined->input, c.input))
            continue;
        ++conflicts;
        html += QStringLiteral("<p style=\"color:#a01c1c\">%1</p>")
                    .arg(QCoreApplication::translate("ridgeline::MarkRecord", "%1: %2 (%3) against %4 (%5)")
                             .arg(when(c.committedUtc, locale), conclusionDisplayName(examined->input.conclusion),
                                  examined->examiner, conclusionDisplayName(c.input.conclusion), c.examiner)
                             .toHtmlEscaped());
    }
    if (conflicts == 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("ridgeline::MarkRecord", "No conflict recorded.").toHtmlEscaped());
    if (const auto &r = work.resolution) {
        html += QStringLiteral("<h3>%1</h3><table>")
                    .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Resolution").toHtmlEscaped());
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "By"), esc(r->resolver));
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "When"), when(r->committedUtc, locale));
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Re-examined"), orDash(r->reexamined));
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Outcome"), orDash(r->outcome));
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Conclusion that stands"),
                    QStringLiteral("<b>%1</b>").arg(conclusionDisplayName(r->final.conclusion).toHtmlEscaped()));
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "Exemplar"),
                    exemplarName(r->final.exemplarRef, exemplars));
        html += row(QCoreApplication::translate("ridgeline::MarkRecord", "SHA-256"),
                    QStringLiteral("<code>%1</code>").arg(groupedHex(r->sha256)));
        html += QStringLiteral("</table>");
    } else if (work.mark.state == MarkState::Conflict) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(QCoreApplication::translate("ridgeline::MarkRecord",
                                                     "Not resolved yet: no sign-off until a resolution is recorded.")
                             .toHtmlEscaped());
    }
    return html;
}

QString historyHtml(const MarkCasework &work, const QLocale &locale)
{
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(QCoreApplication::translate("ridgeline::MarkRecord", "Stage history").toHtmlEscaped());
    for (const MarkStageChange &change : work.history) {
        QString what = QCoreApplication::translate("ridgeline::MarkRecord", "%1 → %2 by %3")
                           .arg(markStateDisplayName(change.from), markStateDisplayName(change.to), change.user)
                           .toHtmlEscaped();
        if (!change.reason.isEmpty())
            what += QStringLiteral("<br><i>%1</i>").arg(esc(change.reason));
        html += QStringLiteral("<tr><td style=\"color:#555;padding-right:8px\" valign=\"top\">%1</td><td>%2</td></tr>")
                    .arg(when(change.whenUtc, locale), what);
    }
    return html + QStringLiteral("</table>");
}

} // namespace ridgeline
