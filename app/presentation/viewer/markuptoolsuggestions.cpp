// MarkupTool's selection of suggestions (the engine's minutiae not yet accepted) and their review.
#include "app/presentation/viewer/markuptool.h"

#include "app/core/markupdocument.h"

namespace ridgeline {

void MarkupTool::selectSuggestion(const FeatureId &id)
{
    const FeatureId next = (id.isNull() || m_document->markup().indexOfSuggestion(id) >= 0) ? id : FeatureId();
    if (!next.isNull())
        clearSelection();
    if (next == m_selectedSuggestion)
        return;
    m_selectedSuggestion = next;
    Q_EMIT suggestionSelected(m_selectedSuggestion);
}

void MarkupTool::setSuggestionsPickable(bool pickable)
{
    m_suggestionsPickable = pickable;
    if (!pickable)
        selectSuggestion(FeatureId());
}

bool MarkupTool::acceptSelectedSuggestion()
{
    if (m_selectedSuggestion.isNull())
        return false;
    const Status status = m_document->acceptSuggestion(m_selectedSuggestion);
    if (!status)
        Q_EMIT failed(status.error().message());
    return bool(status);
}

bool MarkupTool::rejectSelectedSuggestion()
{
    if (m_selectedSuggestion.isNull())
        return false;
    const Status status = m_document->rejectSuggestion(m_selectedSuggestion);
    if (!status)
        Q_EMIT failed(status.error().message());
    return bool(status);
}

void MarkupTool::suggestionsChanged()
{
    if (!m_selectedSuggestion.isNull() && m_document->markup().indexOfSuggestion(m_selectedSuggestion) < 0) {
        m_vanishedSuggestion = m_selectedSuggestion;
        m_selectedSuggestion = FeatureId();
        Q_EMIT suggestionSelected(m_selectedSuggestion);
    }
}

} // namespace ridgeline
