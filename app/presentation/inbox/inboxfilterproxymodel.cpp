#include "app/presentation/inbox/inboxfilterproxymodel.h"

namespace ridgeline {

InboxFilterProxyModel::InboxFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InboxModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InboxFilterProxyModel::setStateFilter(std::optional<InboxState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool InboxFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_state)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(InboxModel::StateRole).toInt() == int(*m_state);
}

} // namespace ridgeline
