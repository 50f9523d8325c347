#include "app/core/markupcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace ridgeline {

MarkupCommand::MarkupCommand(MarkupDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

AddFeatureCommand::AddFeatureCommand(MarkupDocument *document, const MarkupFeature &feature)
    : MarkupCommand(
          document,
          QCoreApplication::translate("ridgeline::Markup", "Add %1").arg(featureTypeDisplayName(feature.type)))
    , m_taken{feature, document->features().size(), {}}
{}

void AddFeatureCommand::redo()
{
    if (MarkupDocument *d = document())
        insertFeature(d, m_taken);
}

void AddFeatureCommand::undo()
{
    if (MarkupDocument *d = document())
        if (TakenFeature taken = takeFeature(d, m_taken.feature.id); taken.isValid())
            m_taken = std::move(taken);
}

RemoveFeatureCommand::RemoveFeatureCommand(MarkupDocument *document, const MarkupFeature &feature)
    : MarkupCommand(
          document,
          QCoreApplication::translate("ridgeline::Markup", "Remove %1").arg(featureTypeDisplayName(feature.type)))
    , m_id(feature.id)
{}

void RemoveFeatureCommand::redo()
{
    if (MarkupDocument *d = document())
        m_taken = takeFeature(d, m_id);
}

void RemoveFeatureCommand::undo()
{
    if (MarkupDocument *d = document())
        insertFeature(d, m_taken);
}

ChangeFeatureCommand::ChangeFeatureCommand(MarkupDocument *document, const MarkupFeature &before,
                                           const MarkupFeature &after, const QString &text, int mergeKey)
    : MarkupCommand(document, text)
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{}

void ChangeFeatureCommand::redo()
{
    if (MarkupDocument *d = document())
        replaceFeature(d, m_after);
}

void ChangeFeatureCommand::undo()
{
    if (MarkupDocument *d = document())
        replaceFeature(d, m_before);
}

bool ChangeFeatureCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack only offers commands with the same id(), that is of the same class.
    const auto *next = static_cast<const ChangeFeatureCommand *>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

MoveFeatureCommand::MoveFeatureCommand(MarkupDocument *document, const MarkupFeature &before,
                                       const MarkupFeature &after, int mergeKey)
    : ChangeFeatureCommand(
          document, before, after,
          QCoreApplication::translate("ridgeline::Markup", "Move %1").arg(featureTypeDisplayName(before.type)),
          mergeKey)
{}

SetFeatureDirectionCommand::SetFeatureDirectionCommand(MarkupDocument *document, const MarkupFeature &before,
                                                       const MarkupFeature &after, int mergeKey)
    : ChangeFeatureCommand(document, before, after,
                           QCoreApplication::translate("ridgeline::Markup", "Set the direction of %1")
                               .arg(featureTypeDisplayName(before.type)),
                           mergeKey)
{}

EditFeatureCommand::EditFeatureCommand(MarkupDocument *document, const MarkupFeature &before,
                                       const MarkupFeature &after)
    : ChangeFeatureCommand(
          document, before, after,
          QCoreApplication::translate("ridgeline::Markup", "Edit %1").arg(featureTypeDisplayName(before.type)), 0)
{}

PaintClarityCommand::PaintClarityCommand(MarkupDocument *document, const ClarityChange &change, ClarityLevel level,
                                         int mergeKey)
    : MarkupCommand(
          document,
          QCoreApplication::translate("ridgeline::Markup", "Paint clarity: %1").arg(clarityLevelDisplayName(level)))
    , m_change(change)
    , m_mergeKey(mergeKey)
{}

void PaintClarityCommand::redo()
{
    if (MarkupDocument *d = document())
        applyClarity(d, m_change, true);
}

void PaintClarityCommand::undo()
{
    if (MarkupDocument *d = document())
        applyClarity(d, m_change, false);
}

bool PaintClarityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PaintClarityCommand *>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey)
        return false;
    m_change.merge(next->m_change);
    // A stroke that put every cell back as it was is no step at all.
    setObsolete(m_change.isEmpty());
    return true;
}

SetRegionOfInterestCommand::SetRegionOfInterestCommand(MarkupDocument *document, const QList<QPointF> &before,
                                                       const QList<QPointF> &after)
    : MarkupCommand(document, after.isEmpty()
                                  ? QCoreApplication::translate("ridgeline::Markup", "Clear the region of interest")
                                  : QCoreApplication::translate("ridgeline::Markup", "Set the region of interest"))
    , m_before(before)
    , m_after(after)
{}

void SetRegionOfInterestCommand::redo()
{
    if (MarkupDocument *d = document())
        replaceRegionOfInterest(d, m_after);
}

void SetRegionOfInterestCommand::undo()
{
    if (MarkupDocument *d = document())
        replaceRegionOfInterest(d, m_before);
}

SetNonePresentCommand::SetNonePresentCommand(MarkupDocument *document, FeatureType type, bool nonePresent)
    : MarkupCommand(document, (nonePresent ? QCoreApplication::translate("ridgeline::Markup", "Record \"%1\"")
                                           : QCoreApplication::translate("ridgeline::Markup", "Withdraw \"%1\""))
                                  .arg(featureTypeNonePresentText(type)))
    , m_type(type)
    , m_nonePresent(nonePresent)
{}

void SetNonePresentCommand::redo()
{
    if (MarkupDocument *d = document())
        replaceNonePresent(d, m_type, m_nonePresent);
}

void SetNonePresentCommand::undo()
{
    if (MarkupDocument *d = document())
        replaceNonePresent(d, m_type, !m_nonePresent);
}

SetSuggestionsCommand::SetSuggestionsCommand(MarkupDocument *document, const QList<MarkupFeature> &before,
                                             const QList<MarkupFeature> &after)
    : MarkupCommand(document, QCoreApplication::translate("ridgeline::Markup", "Replace the engine's suggestions"))
    , m_before(before)
    , m_after(after)
{}

void SetSuggestionsCommand::redo()
{
    if (MarkupDocument *d = document())
        replaceSuggestions(d, m_after);
}

void SetSuggestionsCommand::undo()
{
    if (MarkupDocument *d = document())
        replaceSuggestions(d, m_before);
}

AcceptSuggestionsCommand::AcceptSuggestionsCommand(MarkupDocument *document, const QList<MarkupFeature> &suggestions,
                                                   const QList<MarkupFeature> &accepted)
    : MarkupCommand(
          document,
          suggestions.size() == 1
              ? QCoreApplication::translate("ridgeline::Markup", "Accept the suggested %1")
                    .arg(featureTypeDisplayName(suggestions.first().type))
              : QCoreApplication::translate("ridgeline::Markup", "Accept %1 suggestions").arg(suggestions.size()))
    , m_suggestions(suggestions)
    , m_accepted(accepted)
    , m_taken(suggestions.size())
{}

void AcceptSuggestionsCommand::redo()
{
    MarkupDocument *d = document();
    if (!d)
        return;
    m_indices.clear();
    for (qsizetype i = 0; i < m_suggestions.size(); ++i) {
        const qsizetype index = d->markup().indexOfSuggestion(m_suggestions[i].id);
        m_indices.append(index);
        if (index < 0)
            continue;
        takeSuggestion(d, index);
        TakenFeature taken = m_taken[i];
        taken.feature = m_accepted[i];
        taken.index = d->features().size();
        insertFeature(d, taken);
    }
}

void AcceptSuggestionsCommand::undo()
{
    MarkupDocument *d = document();
    if (!d)
        return;
    for (qsizetype i = m_suggestions.size() - 1; i >= 0; --i) {
        if (m_indices.value(i, -1) < 0)
            continue;
        m_taken[i] = takeFeature(d, m_accepted[i].id);
        insertSuggestion(d, m_indices[i], m_suggestions[i]);
    }
}

RejectSuggestionsCommand::RejectSuggestionsCommand(MarkupDocument *document, const QList<MarkupFeature> &suggestions)
    : MarkupCommand(
          document,
          suggestions.size() == 1
              ? QCoreApplication::translate("ridgeline::Markup", "Reject the suggested %1")
                    .arg(featureTypeDisplayName(suggestions.first().type))
              : QCoreApplication::translate("ridgeline::Markup", "Reject %1 suggestions").arg(suggestions.size()))
    , m_suggestions(suggestions)
{}

void RejectSuggestionsCommand::redo()
{
    MarkupDocument *d = document();
    if (!d)
        return;
    m_indices.clear();
    for (const MarkupFeature &s : std::as_const(m_suggestions)) {
        const qsizetype index = d->markup().indexOfSuggestion(s.id);
        m_indices.append(index);
        if (index >= 0)
            takeSuggestion(d, index);
    }
}

void RejectSuggestionsCommand::undo()
{
    MarkupDocument *d = document();
    if (!d)
        return;
    for (qsizetype i = m_suggestions.size() - 1; i >= 0; --i)
        if (m_indices.value(i, -1) >= 0)
            insertSuggestion(d, m_indices[i], m_suggestions[i]);
}

} // namespace ridgeline
