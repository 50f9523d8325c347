#pragma once

#include "app/core/ids.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace ridgeline {

class WorklistController;

// The examiner's worklist tab (issue 7): the marks WorklistController lists, oldest in its stage
// first, sortable by any column; double-click or Enter opens a mark's casework. Keeps the selected
// mark selected across refreshes. Display only.
class WorklistView : public QWidget
{
    Q_OBJECT
public:
    explicit WorklistView(WorklistController *controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    // The mark of the current row, if any.
    std::optional<MarkId> currentMark() const;
    // The button that runs the given refresh action.
    void setRefreshAction(QAction *action);

Q_SIGNALS:
    void markActivated(const ridgeline::MarkId &mark);

private:
    void rememberSelection();
    void restoreSelection();

    WorklistController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QToolButton *m_refresh;
    std::optional<MarkId> m_selected;
};

} // namespace ridgeline
