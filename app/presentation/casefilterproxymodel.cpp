#include "app/presentation/casefilterproxymodel.h"

#include "app/presentation/caselistmodel.h"

namespace ridgeline {

CaseFilterProxyModel::CaseFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CaseFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_words = simplified.isEmpty() ? QStringList{} : simplified.split(QLatin1Char(' '));
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void CaseFilterProxyModel::setStatusFilter(std::optional<CaseStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(CaseListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(CaseListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ridgeline
