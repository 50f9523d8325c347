#include "app/cli/caseworkoutput.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ridgeline::cli {
namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("ridgeline::CaseworkCommands", "(none)") : text;
}

QJsonObject conclusionInputJson(const ConclusionInput &c)
{
    return {{QStringLiteral("conclusion"), conclusionKey(c.conclusion)},
            {QStringLiteral("basis"), c.basis},
            {QStringLiteral("exemplar"), orNull(c.exemplarRef)}};
}

QJsonObject analysisJson(const AnalysisRecord &a)
{
    if (a.withheld) // blind verification: that it exists, by whom and when; nothing more
        return {{QStringLiteral("examiner"), a.examiner},
                {QStringLiteral("withheld"), true},
                {QStringLiteral("committedUtc"), isoTime(a.committedUtc)}};
    return {{QStringLiteral("examiner"), a.examiner},
            {QStringLiteral("value"), valueDecisionKey(a.input.value)},
            {QStringLiteral("substrate"), a.input.substrate},
            {QStringLiteral("method"), a.input.developmentMethod},
            {QStringLiteral("distortion"), a.input.distortionNotes},
            {QStringLiteral("notes"), a.input.notes},
            {QStringLiteral("markupRevision"), a.markupRevision},
            {QStringLiteral("snapshotSha256"), hex(a.snapshotSha256)},
            {QStringLiteral("exposedBeforeUtc"), orNull(isoTime(a.exposedBeforeUtc))},
            {QStringLiteral("committedUtc"), isoTime(a.committedUtc)}};
}

QJsonObject conclusionJson(const ConclusionRecord &c)
{
    QJsonObject json = conclusionInputJson(c.input);
    json.insert(QStringLiteral("stage"), conclusionStageKey(c.stage));
    json.insert(QStringLiteral("examiner"), c.examiner);
    json.insert(QStringLiteral("blind"), c.blind);
    json.insert(QStringLiteral("sha256"), hex(c.sha256));
    json.insert(QStringLiteral("committedUtc"), isoTime(c.committedUtc));
    return json;
}

QJsonObject changeJson(const MarkupChange &c)
{
    QJsonObject json{{QStringLiteral("kind"), markupChangeKindKey(c.kind)},
                     {QStringLiteral("featureId"), c.featureId},
                     {QStringLiteral("featureType"), c.featureType},
                     {QStringLiteral("afterExemplar"), c.afterExemplar}};
    if (c.kind == MarkupChange::Kind::Retyped)
        json.insert(QStringLiteral("previousType"), c.previousType);
    if (c.kind == MarkupChange::Kind::Moved)
        json.insert(QStringLiteral("distance"), c.distance);
    return json;
}

QJsonObject stageChangeJson(const MarkStageChange &h)
{
    return {{QStringLiteral("from"), markStateKey(h.from)},
            {QStringLiteral("to"), markStateKey(h.to)},
            {QStringLiteral("user"), h.user},
            {QStringLiteral("reason"), h.reason},
            {QStringLiteral("whenUtc"), isoTime(h.whenUtc)}};
}

QString conclusionText(const ConclusionInput &c)
{
    QString text = QStringLiteral("%1 [%2]").arg(conclusionDisplayName(c.conclusion), conclusionKey(c.conclusion));
    if (!c.exemplarRef.isEmpty())
        text += QCoreApplication::translate("ridgeline::CaseworkCommands", ", exemplar %1").arg(c.exemplarRef);
    return text;
}

void printAnalysis(QTextStream &out, const AnalysisRecord &a)
{
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Analysis: committed by %1 at %2")
               .arg(a.examiner, shortTime(a.committedUtc))
        << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  value: %1 [%2]")
               .arg(valueDecisionDisplayName(a.input.value), valueDecisionKey(a.input.value))
        << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  substrate: %1").arg(orNone(a.input.substrate))
        << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  development method: %1")
               .arg(orNone(a.input.developmentMethod))
        << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  distortion: %1")
               .arg(orNone(a.input.distortionNotes))
        << '\n';
    if (!a.input.notes.isEmpty())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  notes: %1").arg(a.input.notes) << '\n';
    if (a.markupRevision > 0)
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  markup snapshot: revision %1")
                   .arg(a.markupRevision)
            << '\n';
    else
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  markup snapshot: no features recorded")
            << '\n';
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  snapshot SHA-256: %1")
               .arg(orNone(hex(a.snapshotSha256)))
        << '\n';
    if (a.exposedBeforeUtc.isValid())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands",
                                           "  committed after the examiner first saw an exemplar of the case (%1)")
                   .arg(shortTime(a.exposedBeforeUtc))
            << '\n';
}

void printConclusions(QTextStream &out, const MarkCasework &w)
{
    if (w.conclusions.isEmpty())
        return;
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Conclusions:") << '\n';
    for (const ConclusionRecord &c : w.conclusions) {
        const QString stage = c.blind ? QCoreApplication::translate("ridgeline::CaseworkCommands", "%1 (blind)")
                                            .arg(conclusionStageKey(c.stage))
                                      : conclusionStageKey(c.stage);
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  %1 by %2 at %3: %4")
                   .arg(stage, c.examiner, shortTime(c.committedUtc), conclusionText(c.input))
            << '\n'
            << QCoreApplication::translate("ridgeline::CaseworkCommands", "    basis: %1").arg(c.input.basis) << '\n';
    }
}

void printResolutionAndExemption(QTextStream &out, const MarkCasework &w)
{
    if (w.resolution) {
        const ResolutionRecord &r = *w.resolution;
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Resolution: by %1 at %2")
                   .arg(r.resolver, shortTime(r.committedUtc))
            << '\n'
            << QCoreApplication::translate("ridgeline::CaseworkCommands", "  re-examined: %1").arg(r.reexamined) << '\n'
            << QCoreApplication::translate("ridgeline::CaseworkCommands", "  outcome: %1").arg(r.outcome) << '\n'
            << QCoreApplication::translate("ridgeline::CaseworkCommands", "  conclusion that stands: %1")
                   .arg(conclusionText(r.final))
            << '\n';
    }
    if (!w.exemptionReason.isEmpty())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Verification exempted by %1: %2")
                   .arg(w.exemptedBy, w.exemptionReason)
            << '\n';
}

void printChanges(QTextStream &out, const QList<MarkupChange> &changes)
{
    if (changes.isEmpty())
        return;
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Flagged changes since the analysis (%1):")
               .arg(changes.size())
        << '\n';
    for (const MarkupChange &c : changes) {
        out << "  " << markupChangeKindKey(c.kind).leftJustified(8) << ' ' << c.featureType.leftJustified(20) << ' '
            << c.featureId;
        if (c.kind == MarkupChange::Kind::Retyped)
            out << QCoreApplication::translate("ridgeline::CaseworkCommands", ", was %1").arg(c.previousType);
        if (c.kind == MarkupChange::Kind::Moved)
            out << QCoreApplication::translate("ridgeline::CaseworkCommands", ", %1 px").arg(c.distance, 0, 'f', 1);
        if (c.afterExemplar)
            out << QCoreApplication::translate("ridgeline::CaseworkCommands", ", after exemplar");
        out << '\n';
    }
}

void printHistory(QTextStream &out, const MarkCasework &w)
{
    if (!w.history.isEmpty())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "History:") << '\n';
    for (const MarkStageChange &h : w.history) {
        out << "  " << shortTime(h.whenUtc) << "  " << markStateKey(h.from) << " -> " << markStateKey(h.to) << "  "
            << h.user;
        if (!h.reason.isEmpty())
            out << ": " << h.reason;
        out << '\n';
    }
    if (!w.withheld.isEmpty())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Withheld:") << '\n';
    for (const QString &why : w.withheld)
        out << "  " << why << '\n';
}

} // namespace

QJsonObject caseworkJson(const MarkCasework &w)
{
    QJsonArray conclusions, changes, history;
    for (const ConclusionRecord &c : w.conclusions)
        conclusions.append(conclusionJson(c));
    for (const MarkupChange &c : w.changesSinceAnalysis)
        changes.append(changeJson(c));
    for (const MarkStageChange &h : w.history)
        history.append(stageChangeJson(h));
    QJsonValue resolution(QJsonValue::Null);
    if (w.resolution)
        resolution = QJsonObject{{QStringLiteral("resolver"), w.resolution->resolver},
                                 {QStringLiteral("reexamined"), w.resolution->reexamined},
                                 {QStringLiteral("outcome"), w.resolution->outcome},
                                 {QStringLiteral("final"), conclusionInputJson(w.resolution->final)},
                                 {QStringLiteral("sha256"), hex(w.resolution->sha256)},
                                 {QStringLiteral("committedUtc"), isoTime(w.resolution->committedUtc)}};
    QJsonValue exemption(QJsonValue::Null);
    if (!w.exemptionReason.isEmpty())
        exemption = QJsonObject{{QStringLiteral("reason"), w.exemptionReason}, {QStringLiteral("by"), w.exemptedBy}};
    return {{QStringLiteral("case"), w.caseReference},
            {QStringLiteral("mark"), w.mark.exhibitReference},
            {QStringLiteral("markId"), w.mark.id.toString()},
            {QStringLiteral("kind"), markKindKey(w.mark.kind)},
            {QStringLiteral("state"), markStateKey(w.mark.state)},
            {QStringLiteral("examiner"), orNull(w.examiner)},
            {QStringLiteral("verifier"), orNull(w.verifier)},
            {QStringLiteral("version"), w.version},
            {QStringLiteral("signedOff"), w.signedOff()},
            {QStringLiteral("firstExposureUtc"), orNull(isoTime(w.firstExposureUtc))},
            {QStringLiteral("analysis"), w.analysis ? QJsonValue(analysisJson(*w.analysis)) : QJsonValue()},
            {QStringLiteral("conclusions"), conclusions},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("exemption"), exemption},
            {QStringLiteral("changesSinceAnalysis"), changes},
            {QStringLiteral("history"), history},
            {QStringLiteral("withheld"), QJsonArray::fromStringList(w.withheld)}};
}

void printCaseworkState(QTextStream &out, const MarkCasework &w)
{
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Mark %1 of %2: %3 [%4], version %5")
               .arg(w.mark.exhibitReference, w.caseReference, markStateDisplayName(w.mark.state),
                    markStateKey(w.mark.state))
               .arg(w.version)
        << '\n';
}

void printCasework(QTextStream &out, const MarkCasework &w)
{
    printCaseworkState(out, w);
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  examiner: %1").arg(orNone(w.examiner)) << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  verifier: %1").arg(orNone(w.verifier)) << '\n';
    if (w.firstExposureUtc.isValid())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  first exemplar exposure: %1")
                   .arg(shortTime(w.firstExposureUtc))
            << '\n';
    if (w.analysis)
        printAnalysis(out, *w.analysis);
    else
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Analysis: not committed") << '\n';
    printConclusions(out, w);
    printResolutionAndExemption(out, w);
    printChanges(out, w.changesSinceAnalysis);
    printHistory(out, w);
}

QJsonObject queueEntryJson(const CaseworkQueueEntry &e)
{
    return {{QStringLiteral("case"), e.caseReference},
            {QStringLiteral("mark"), e.exhibitReference},
            {QStringLiteral("markId"), e.markId.toString()},
            {QStringLiteral("kind"), markKindKey(e.kind)},
            {QStringLiteral("state"), markStateKey(e.state)},
            {QStringLiteral("examiner"), orNull(e.examiner)},
            {QStringLiteral("verifier"), orNull(e.verifier)},
            {QStringLiteral("receivedUtc"), isoTime(e.receivedUtc)},
            {QStringLiteral("stateSinceUtc"), isoTime(e.stateSinceUtc)},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("why"), e.why}};
}

void printQueue(QTextStream &out, const QList<CaseworkQueueEntry> &entries)
{
    if (entries.isEmpty()) {
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Nothing on this list.") << '\n';
        return;
    }
    for (const CaseworkQueueEntry &e : entries)
        out << e.caseReference.leftJustified(18) << ' ' << e.exhibitReference.leftJustified(8) << ' '
            << markStateKey(e.state).leftJustified(18) << ' ' << orNone(e.examiner).leftJustified(12) << ' '
            << shortTime(e.stateSinceUtc) << "  " << e.why << '\n';
}

QJsonObject signOffJson(const SignOffRecord &r, const QHash<QString, QString> &exhibits)
{
    QJsonArray marks;
    for (const MarkId &id : r.marks)
        marks.append(QJsonObject{{QStringLiteral("markId"), id.toString()},
                                 {QStringLiteral("mark"), exhibits.value(id.toString(), id.toString())}});
    QJsonValue voided(QJsonValue::Null);
    if (!r.inForce())
        voided = QJsonObject{{QStringLiteral("whenUtc"), isoTime(r.voidedUtc)},
                             {QStringLiteral("by"), r.voidedBy},
                             {QStringLiteral("reason"), r.voidReason}};
    return {{QStringLiteral("revision"), r.revision},
            {QStringLiteral("supervisor"), r.supervisor},
            {QStringLiteral("signedUtc"), isoTime(r.signedUtc)},
            {QStringLiteral("sha256"), hex(r.sha256)},
            {QStringLiteral("publicKey"), hex(r.publicKey)},
            {QStringLiteral("signature"), hex(r.signature)},
            {QStringLiteral("keyFingerprint"), r.keyFingerprint()},
            {QStringLiteral("marks"), marks},
            {QStringLiteral("inForce"), r.inForce()},
            {QStringLiteral("voided"), voided}};
}

void printSignOff(QTextStream &out, const SignOffRecord &r, const QHash<QString, QString> &exhibits)
{
    QStringList marks;
    for (const MarkId &id : r.marks)
        marks << exhibits.value(id.toString(), id.toString());
    out << QCoreApplication::translate("ridgeline::CaseworkCommands", "Revision %1, signed off by %2 at %3: %4")
               .arg(r.revision)
               .arg(r.supervisor, shortTime(r.signedUtc), marks.join(QStringLiteral(", ")))
        << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  SHA-256: %1").arg(hex(r.sha256)) << '\n'
        << QCoreApplication::translate("ridgeline::CaseworkCommands", "  key fingerprint: %1").arg(r.keyFingerprint())
        << '\n';
    if (r.inForce())
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  in force") << '\n';
    else
        out << QCoreApplication::translate("ridgeline::CaseworkCommands", "  VOID since %1, by %2: %3")
                   .arg(shortTime(r.voidedUtc), r.voidedBy, r.voidReason)
            << '\n';
}

} // namespace ridgeline::cli
