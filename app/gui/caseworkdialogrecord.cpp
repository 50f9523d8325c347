// CaseworkDialog: the record of the mark as the session let the signed-in user see it - the
// header (stage, examiner, verifier, version), the committed analysis, the conclusions and any
// resolution, the markup changes since the analysis snapshot (GYRO orange when made after an
// exemplar was seen) and the stage history.
#include "app/core/markup.h"
#include "app/gui/caseworkdialog.h"
#include "app/presentation/casework/markcaseworkcontroller.h"
#include "app/presentation/inbox/inboxmodel.h"

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTabWidget>
#include <QTreeWidget>

#include <algorithm>

namespace ridgeline {

namespace {

const QColor kFlagged(255, 140, 0); // GYRO orange, as the markup overlay draws features changed after an exemplar

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString shortHash(const QByteArray &sha256)
{
    const QString hex = QString::fromLatin1(sha256.left(8).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' ')) + QStringLiteral("…");
}

QString featureTypeName(const QString &key)
{
    const std::optional<FeatureType> type = featureTypeFromKey(key);
    return type ? featureTypeDisplayName(*type) : key;
}

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QString stageColour(MarkState state)
{
    switch (state) {
    case MarkState::Conflict:
        return QStringLiteral("#a4161a");
    case MarkState::TechnicalReview:
    case MarkState::SignedOff:
    case MarkState::Closed:
        return QStringLiteral("#2d6a4f");
    default:
        return QStringLiteral("#2b5d8f");
    }
}

} // namespace

void CaseworkDialog::fillHeader(const MarkCasework &casework)
{
    const Mark &mark = casework.mark;
    setWindowTitle(tr("Mark Casework — %1").arg(mark.exhibitReference));
    m_title->setText(tr("%1 · %2").arg(mark.exhibitReference, markKindDisplayName(mark.kind)));
    m_caseLine->setText(tr("Case %1, received %2").arg(casework.caseReference, when(mark.receivedUtc)));
    m_stage->setText(markStateDisplayName(mark.state));
    m_stage->setToolTip(tr("The mark's ACE-V stage"));
    m_stage->setStyleSheet(QStringLiteral("background: %1; color: #ffffff; border: 1px solid #f1faee; "
                                          "border-radius: 10px; padding: 3px 12px; font-weight: 700;")
                               .arg(stageColour(mark.state)));
    const QDateTime since = casework.history.isEmpty() ? mark.receivedUtc : casework.history.last().whenUtc;
    m_stageSince->setText(
        since.isValid()
            ? tr("for %1, since %2")
                  .arg(InboxModel::formatElapsed(since.secsTo(QDateTime::currentDateTimeUtc())), when(since))
            : QString());
    m_examiner->setText(tr("Examiner: %1").arg(orDash(casework.examiner)));
    m_verifier->setText(tr("Verifier: %1").arg(orDash(casework.verifier)));
    m_version->setText(tr("Version %1").arg(casework.version));
    m_version->setToolTip(tr("Each step names the version it was based on; a change made meanwhile in another "
                             "session is refused, never overwritten"));
    const QString waiting = caseworkWaitingText(casework, m_controller->user());
    m_waiting->setText(waiting);
    m_waiting->setVisible(!waiting.isEmpty());
    m_withheld->setText(casework.withheld.isEmpty()
                            ? QString()
                            : tr("Withheld from you: %1.").arg(casework.withheld.join(QStringLiteral("; "))));
    m_withheld->setVisible(!casework.withheld.isEmpty());
}

void CaseworkDialog::fillAnalysis(const MarkCasework &casework)
{
    const bool withheld = casework.analysis &&
                          caseworkAnalysisWithheld(casework, m_controller->user(), m_controller->blindVerification());
    const bool committed = casework.analysis.has_value() && !withheld;
    m_analysisForm->setVisible(committed);
    m_analysisEmpty->setVisible(!committed);
    if (withheld) {
        m_analysisEmpty->setText(tr("The analysis %1 committed on %2 (snapshot SHA-256 %3) is withheld from you until "
                                    "you have recorded your own verification: blind verification.")
                                     .arg(casework.analysis->examiner, when(casework.analysis->committedUtc),
                                          shortHash(casework.analysis->snapshotSha256)));
        return;
    }
    if (!committed) {
        m_analysisEmpty->setText(casework.mark.state == MarkState::Received ||
                                         casework.mark.state == MarkState::Analysis
                                     ? tr("The analysis has not been committed yet. Mark up the features in the mark "
                                          "viewer, then commit the analysis here with the value decision; exemplars of "
                                          "the case stay hidden until then.")
                                     : tr("The analysis is not shown to you."));
        return;
    }
    const AnalysisRecord &a = *casework.analysis;
    const auto set = [this](const char *key, const QString &text) {
        m_analysisFields.value(QLatin1String(key))->setText(orDash(text));
    };
    set("value", valueDecisionDisplayName(a.input.value));
    set("substrate", a.input.substrate);
    set("development", a.input.developmentMethod);
    set("distortion", a.input.distortionNotes);
    set("notes", a.input.notes);
    set("examiner", a.examiner);
    set("committed", when(a.committedUtc));
    set("snapshot",
        a.markupRevision > 0 ? tr("markup revision %1").arg(a.markupRevision) : tr("no markup was recorded"));
    set("hash", shortHash(a.snapshotSha256));
    m_analysisFields.value(QStringLiteral("hash"))->setToolTip(QString::fromLatin1(a.snapshotSha256.toHex()));
    set("exposure",
        a.exposedBeforeUtc.isValid()
            ? tr("Yes: an exemplar of the case was first seen %1, before this analysis").arg(when(a.exposedBeforeUtc))
            : tr("No exemplar of the case had been seen"));
    set("firstSeen", casework.firstExposureUtc.isValid() ? when(casework.firstExposureUtc)
                                                         : tr("No exemplar of the case has been seen"));
}

void CaseworkDialog::fillConclusions(const MarkCasework &casework)
{
    m_conclusions->clear();
    for (const ConclusionRecord &c : casework.conclusions) {
        const MarkState stage = c.stage == ConclusionStage::Evaluation     ? MarkState::Evaluation
                                : c.stage == ConclusionStage::Verification ? MarkState::Verification
                                                                           : MarkState::Resolution;
        QString stageText = markStateDisplayName(stage);
        if (c.stage == ConclusionStage::Verification && c.blind)
            stageText = tr("%1 (blind)").arg(stageText);
        auto *item =
            new QTreeWidgetItem(m_conclusions, {stageText, conclusionDisplayName(c.input.conclusion), c.examiner,
                                                orDash(m_controller->exemplarLabel(c.input.exemplarRef)),
                                                when(c.committedUtc), c.input.basis.simplified()});
        item->setToolTip(5, c.input.basis);
        item->setData(0, Qt::UserRole,
                      tr("Basis of the %1 by %2: %3").arg(stageText.toLower(), c.examiner, c.input.basis));
    }
    m_conclusions->setCurrentItem(m_conclusions->topLevelItem(m_conclusions->topLevelItemCount() - 1));
    m_basis->setVisible(m_conclusions->currentItem() != nullptr);
    for (int column = 0; column < 5; ++column)
        m_conclusions->resizeColumnToContents(column);
    QStringList notes;
    if (casework.conclusions.isEmpty())
        notes << tr("No conclusion you may see has been recorded.");
    if (const std::optional<ResolutionRecord> &r = casework.resolution)
        notes << tr("<b>Resolution</b> by %1, %2.<br>Re-examined: %3<br>Outcome: %4<br>The conclusion that stands: "
                    "<b>%5</b> %6")
                     .arg(r->resolver.toHtmlEscaped(), when(r->committedUtc), r->reexamined.toHtmlEscaped(),
                          r->outcome.toHtmlEscaped(), conclusionDisplayName(r->final.conclusion),
                          r->final.exemplarRef.isEmpty()
                              ? QString()
                              : tr("(%1)").arg(m_controller->exemplarLabel(r->final.exemplarRef).toHtmlEscaped()));
    if (!casework.exemptionReason.isEmpty())
        notes << tr("Verification exempted by %1: %2")
                     .arg(casework.exemptedBy.toHtmlEscaped(), casework.exemptionReason.toHtmlEscaped());
    m_resolution->setText(notes.join(QStringLiteral("<br><br>")));
    m_resolution->setVisible(!notes.isEmpty());
    m_tabs->setTabText(1, casework.conclusions.isEmpty() ? tr("Co&nclusions")
                                                         : tr("Co&nclusions (%1)").arg(casework.conclusions.size()));
}

void CaseworkDialog::fillChanges(const MarkCasework &casework)
{
    // Every change since the snapshot is a deviation from the committed analysis, so every one is
    // flagged orange; the last column says whether the feature itself carries the after-exemplar
    // mark (added or changed once an exemplar had been seen).
    m_changes->clear();
    const QList<MarkupChange> &changes = casework.changesSinceAnalysis;
    for (const MarkupChange &change : changes) {
        QString detail;
        if (change.kind == MarkupChange::Kind::Moved)
            detail = tr("moved %1 px").arg(QLocale().toString(change.distance, 'f', 1));
        else if (change.kind == MarkupChange::Kind::Retyped)
            detail = tr("was %1").arg(featureTypeName(change.previousType));
        auto *item = new QTreeWidgetItem(m_changes, {markupChangeDisplayName(change.kind), change.featureId.left(8),
                                                     featureTypeName(change.featureType), detail,
                                                     change.afterExemplar ? tr("Yes") : tr("No")});
        item->setIcon(0, dot(kFlagged));
        item->setToolTip(1, tr("Feature %1").arg(change.featureId));
        if (change.afterExemplar)
            item->setForeground(4, kFlagged.darker(140));
    }
    for (int column = 0; column < 4; ++column)
        m_changes->resizeColumnToContents(column);
    const int revision = casework.analysis ? casework.analysis->markupRevision : 0;
    m_changesNote->setText(
        !casework.analysis ? tr("Changes are listed against the analysis snapshot once the analysis is committed.")
        : changes.isEmpty()
            ? tr("The newest committed markup is as the analysis snapshot recorded it (revision %1). Changes kept "
                 "only as your draft are listed once committed.")
                  .arg(revision)
            : tr("Changes in the newest committed markup since the analysis snapshot (revision %1): %2, each flagged.")
                  .arg(revision)
                  .arg(QLocale().toString(int(changes.size()))));
    m_tabs->setTabText(2, changes.isEmpty() ? tr("Flagged C&hanges") : tr("Flagged C&hanges (%1)").arg(changes.size()));
    m_tabs->setTabIcon(2, changes.isEmpty() ? QIcon() : dot(kFlagged));
}

void CaseworkDialog::fillHistory(const MarkCasework &casework)
{
    m_history->clear();
    for (const MarkStageChange &change : casework.history) {
        auto *item =
            new QTreeWidgetItem(m_history, {when(change.whenUtc), change.user, markStateDisplayName(change.from),
                                            markStateDisplayName(change.to), change.reason.simplified()});
        item->setToolTip(4, change.reason);
    }
    for (int column = 0; column < 4; ++column)
        m_history->resizeColumnToContents(column);
    m_historyTitle->setText(tr("H&istory (%1)").arg(casework.history.size()));
    m_history->scrollToBottom();
}

} // namespace ridgeline
