#include "app/presentation/oversight/auditsentence.h"

#include "app/core/domain.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ridgeline {
namespace {

// The exhibit, title or reference an event is about; "mark 1a2b3c4d" when the case no longer lists it.
QString objectName(const AuditEvent &e, const AuditObjectNames &names)
{
    if (e.objectType == QLatin1String("mark"))
        return names.marks.value(e.objectId, e.objectId.left(8));
    if (e.objectType == QLatin1String("document"))
        return names.documents.value(e.objectId, e.objectId.left(8));
    if (e.objectType == QLatin1String("case") && !names.caseReference.isEmpty())
        return names.caseReference;
    return e.objectId.left(8);
}

// "the case WYP/2026/4117", "mark JH/1", "document MG11": for refusals and unknown keys.
QString objectPhrase(const AuditEvent &e, const AuditObjectNames &names)
{
    const QString name = objectName(e, names);
    if (e.objectType == QLatin1String("mark"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "mark %1").arg(name);
    if (e.objectType == QLatin1String("document"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "document %1").arg(name);
    if (e.objectType == QLatin1String("case"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "case %1").arg(name);
    return QStringLiteral("%1 %2").arg(e.objectType, name);
}

// The "from -> to" of a casework step ("JH/1: verification -> conflict; version 7").
std::optional<MarkState> stepTarget(const QString &details)
{
    static const QRegularExpression arrow(QStringLiteral("-> ([a-z-]+)"));
    const QRegularExpressionMatch m = arrow.match(details);
    return m.hasMatch() ? markStateFromKey(m.captured(1)) : std::nullopt;
}

QString caseSentence(const AuditEvent &e, const AuditObjectNames &names)
{
    const QString &a = e.action;
    const QString ref = objectName(e, names);
    if (a == QLatin1String("create"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Case %1 opened from a transmission").arg(ref);
    if (a == QLatin1String("create-case"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Case %1 opened").arg(ref);
    if (a == QLatin1String("edit-case"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Case details edited");
    if (a == QLatin1String("state-change")) {
        static const QRegularExpression change(QStringLiteral("([a-z-]+) -> ([a-z-]+)"));
        const QRegularExpressionMatch m = change.match(e.details);
        const auto from = m.hasMatch() ? caseStatusFromKey(m.captured(1)) : std::nullopt;
        const auto to = m.hasMatch() ? caseStatusFromKey(m.captured(2)) : std::nullopt;
        if (from && to)
            return QCoreApplication::translate("ridgeline::AuditSentence", "Case status changed from %1 to %2")
                .arg(caseStatusDisplayName(*from), caseStatusDisplayName(*to));
        return QCoreApplication::translate("ridgeline::AuditSentence", "Case status changed");
    }
    if (a == QLatin1String("link-person")) {
        static const QRegularExpression as(QStringLiteral(" as ([a-z]+)$"));
        const QRegularExpressionMatch m = as.match(e.details);
        if (const auto role = m.hasMatch() ? personRoleFromKey(m.captured(1)) : std::nullopt)
            return QCoreApplication::translate("ridgeline::AuditSentence", "Person linked to the case (%1)")
                .arg(personRoleDisplayName(*role));
        return QCoreApplication::translate("ridgeline::AuditSentence", "Person linked to the case");
    }
    if (a == QLatin1String("add-note"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Case note added");
    if (a.startsWith(QLatin1String("sign-off")))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Case signed off by a supervisor");
    if (a.startsWith(QLatin1String("void")))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Sign-off of the case voided by a later change");
    return {};
}

QString documentSentence(const AuditEvent &e, const AuditObjectNames &names)
{
    const QString &a = e.action;
    const QString title = objectName(e, names);
    if (a == QLatin1String("create"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Document \"%1\" filed").arg(title);
    if (a == QLatin1String("attach-document"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Document \"%1\" attached").arg(title);
    if (a == QLatin1String("read-evidence"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Document \"%1\" opened").arg(title);
    if (a == QLatin1String("import-original"))
        return QCoreApplication::translate("ridgeline::AuditSentence", "Document \"%1\" stored").arg(title);
    return {};
}

QString markupSentence(const QString &a, const QString &mark)
{
    struct Row
    {
        const char *key;
        const char *text;
    };
    static constexpr Row rows[] = {
        {"create-markup-draft", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Markup of %1 started")},
        {"discard-markup-draft", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Markup draft of %1 discarded")},
        {"commit-markup", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Markup of %1 committed")},
        {"read-markup", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Markup of %1 read")},
        {"read-markup-draft", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Markup of %1 read")},
        {"create-comparison-draft", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Comparison of %1 started")},
        {"discard-comparison-draft", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Comparison draft of %1 discarded")},
        {"commit-comparison", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Comparison of %1 committed")},
        {"read-comparison", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Comparison of %1 read")},
        {"read-comparison-draft", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Comparison of %1 read")},
        {"create", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Mark %1 received")},
        {"import", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Mark %1 filed")},
        {"import-original", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Image of mark %1 stored")},
        {"read-evidence", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Image of mark %1 opened")},
        {"save-mark-work",
         QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Enhancement, calibration and measurements of %1 saved")},
        {"replay-mark-work", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Enhancement of %1 replayed and checked")},
        {"assign-examiner", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Mark %1 assigned to an examiner")},
        {"start-analysis", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Analysis of %1 started")},
        {"commit-analysis", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Analysis of %1 committed")},
        {"begin-comparison", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Comparison of %1 with exemplars begun")},
        {"record-conclusion", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Conclusion on %1 recorded")},
        {"submit-for-verification", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "%1 submitted for verification")},
        {"exempt-from-verification",
         QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "%1 exempted from verification by a supervisor")},
        {"resolve-conflict", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "Conflict on %1 resolved")},
        {"return-for-rework", QT_TRANSLATE_NOOP("ridgeline::AuditSentence", "%1 returned to the examiner for rework")},
    };
    for (const Row &row : rows)
        if (a == QLatin1String(row.key))
            return QCoreApplication::translate("ridgeline::AuditSentence", row.text).arg(mark);
    return {};
}

QString markSentence(const AuditEvent &e, const AuditObjectNames &names)
{
    const QString mark = objectName(e, names);
    if (e.action == QLatin1String("record-verification")) {
        if (stepTarget(e.details) == MarkState::Conflict)
            return QCoreApplication::translate("ridgeline::AuditSentence",
                                               "Verification of %1 recorded: the conclusions differ (conflict)")
                .arg(mark);
        return QCoreApplication::translate("ridgeline::AuditSentence",
                                           "Verification of %1 recorded: the conclusions agree")
            .arg(mark);
    }
    if (e.action.startsWith(QLatin1String("sign-off")))
        return QCoreApplication::translate("ridgeline::AuditSentence", "%1 signed off by a supervisor").arg(mark);
    return markupSentence(e.action, mark);
}

} // namespace

QString auditActionWords(const QString &action)
{
    return QString(action).replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString describeAuditEvent(const AuditEvent &event, const AuditObjectNames &names)
{
    if (event.outcome == AuditOutcome::Refused) {
        if (event.action == QLatin1String("sequestration"))
            return QCoreApplication::translate("ridgeline::AuditSentence",
                                               "Exemplar material withheld from the examiner while their analysis "
                                               "was open (ACE-V sequestration)");
        return QCoreApplication::translate("ridgeline::AuditSentence", "Refused: %1 on %2")
            .arg(auditActionWords(event.action), objectPhrase(event, names));
    }
    if (event.outcome == AuditOutcome::Failure)
        return QCoreApplication::translate("ridgeline::AuditSentence", "Failed: %1 on %2")
            .arg(auditActionWords(event.action), objectPhrase(event, names));
    QString sentence;
    if (event.objectType == QLatin1String("case"))
        sentence = caseSentence(event, names);
    else if (event.objectType == QLatin1String("mark"))
        sentence = markSentence(event, names);
    else if (event.objectType == QLatin1String("document"))
        sentence = documentSentence(event, names);
    if (!sentence.isEmpty())
        return sentence;
    QString words = auditActionWords(event.action);
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return QCoreApplication::translate("ridgeline::AuditSentence", "%1: %2").arg(words, objectPhrase(event, names));
}

} // namespace ridgeline
