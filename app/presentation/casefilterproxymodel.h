#pragma once

#include "app/core/domain.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ridgeline {

// Filters the case list by free text (every word must appear somewhere in the row, case and
// accent of letters ignored as far as QString::contains does) and optionally by one status, and
// sorts on CaseListModel::SortRole. UI thread.
class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CaseFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    std::optional<CaseStatus> statusFilter() const { return m_status; }
    void setStatusFilter(std::optional<CaseStatus> status);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    std::optional<CaseStatus> m_status;
};

} // namespace ridgeline
