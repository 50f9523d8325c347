#pragma once

#include "app/presentation/inbox/inboxmodel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ridgeline {

// Shows the Inbox rows of one state (or all) and sorts on InboxModel::SortRole, so dates sort as
// dates and "time since capture" as seconds. UI thread.
class InboxFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InboxFilterProxyModel(QObject *parent = nullptr);

    std::optional<InboxState> stateFilter() const { return m_state; }
    void setStateFilter(std::optional<InboxState> state);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<InboxState> m_state;
};

} // namespace ridgeline
