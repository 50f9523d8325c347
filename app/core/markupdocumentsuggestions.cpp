// MarkupDocument: the engine's suggestion layer (accept, reject, replace).

#include "app/core/markupcommands.h"
#include "app/core/markupdocument.h"

#include <QCoreApplication>
#include <QSet>

namespace ridgeline {
namespace {

Error notASuggestion(const FeatureId &id)
{
    return Error(
        ErrorCode::NotFound,
        QCoreApplication::translate("ridgeline::Markup", "Suggestion %1 is not there (any more).").arg(id.toString()));
}

} // namespace

Status MarkupDocument::setSuggestions(const QList<MarkupFeature> &suggestions, const QString &engine,
                                      const QString &version)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    if (suggestions.isEmpty() && m_markup.suggestions.isEmpty())
        return {};
    const QDateTime time = now();
    QList<MarkupFeature> after;
    QSet<FeatureId> ids;
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        MarkupFeature s = suggestions[i];
        if (s.id.isNull())
            s.id = FeatureId::create();
        const QString name = describeFeature(i, s.id, true);
        if (ids.contains(s.id) || m_markup.indexOfFeature(s.id) >= 0)
            return refuse(ErrorCode::Conflict,
                          QCoreApplication::translate("ridgeline::Markup", "%1: the id is already used").arg(name));
        ids.insert(s.id);
        s.author = m_userName;
        s.createdUtc = s.modifiedUtc = time;
        s.origin = FeatureOrigin::automatic(engine, version);
        s.afterExemplar = false;
        if (Status ok = validateFeature(s, m_markup.imageSize); !ok)
            return ok.error().withContext(name);
        after.append(s);
    }
    commandStack()->push(new SetSuggestionsCommand(this, m_markup.suggestions, after));
    return {};
}

QList<MarkupFeature> MarkupDocument::acceptedVersions(const QList<MarkupFeature> &suggestions) const
{
    const QDateTime time = now();
    QList<MarkupFeature> accepted;
    for (MarkupFeature f : suggestions) {
        f.origin.reviewedBy = m_userName;
        f.origin.reviewedUtc = time;
        f.modifiedUtc = std::max(time, f.createdUtc);
        f.afterExemplar = m_markup.exemplarFirstSeenUtc.isValid();
        accepted.append(f);
    }
    return accepted;
}

Status MarkupDocument::acceptSuggestion(const FeatureId &id)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    const qsizetype index = m_markup.indexOfSuggestion(id);
    if (index < 0)
        return notASuggestion(id);
    const MarkupFeature &s = m_markup.suggestions[index];
    if (m_markup.isNonePresent(s.type))
        return refuse(ErrorCode::Conflict,
                      QCoreApplication::translate("ridgeline::Markup",
                                                  "The markup records \"%1\"; withdraw that before accepting a %2.")
                          .arg(featureTypeNonePresentText(s.type), featureTypeDisplayName(s.type)));
    commandStack()->push(new AcceptSuggestionsCommand(this, {s}, acceptedVersions({s})));
    return {};
}

Status MarkupDocument::acceptAllSuggestions()
{
    if (Status ok = checkUser(); !ok)
        return ok;
    if (m_markup.suggestions.isEmpty())
        return {};
    for (const MarkupFeature &s : std::as_const(m_markup.suggestions))
        if (m_markup.isNonePresent(s.type))
            return refuse(ErrorCode::Conflict,
                          QCoreApplication::translate(
                              "ridgeline::Markup",
                              "The markup records \"%1\" but the suggestions include a %2; withdraw the record or "
                              "reject those suggestions first.")
                              .arg(featureTypeNonePresentText(s.type), featureTypeDisplayName(s.type)));
    commandStack()->push(
        new AcceptSuggestionsCommand(this, m_markup.suggestions, acceptedVersions(m_markup.suggestions)));
    return {};
}

Status MarkupDocument::rejectSuggestion(const FeatureId &id)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    const qsizetype index = m_markup.indexOfSuggestion(id);
    if (index < 0)
        return notASuggestion(id);
    commandStack()->push(new RejectSuggestionsCommand(this, {m_markup.suggestions[index]}));
    return {};
}

Status MarkupDocument::rejectAllSuggestions()
{
    if (Status ok = checkUser(); !ok)
        return ok;
    if (!m_markup.suggestions.isEmpty())
        commandStack()->push(new RejectSuggestionsCommand(this, m_markup.suggestions));
    return {};
}

} // namespace ridgeline
