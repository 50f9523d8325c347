#pragma once

#include "app/core/ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ridgeline {

class CaseFilterProxyModel;

// The case list: a search field, a status filter and a sortable table over a
// CaseFilterProxyModel (which it does not own). Emits the selected case; knows nothing of where
// cases come from.
class CaseBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CaseBrowser(CaseFilterProxyModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    CaseId currentCase() const;
    // Selects the case's row if it is shown; false when it is not.
    bool selectCase(const CaseId &id);
    // Selects the first visible row when nothing is selected.
    void selectFirstIfNone();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentCaseChanged(const ridgeline::CaseId &id);

private:
    void updateCount();
    // Sizes the columns to the first cases shown, unless a saved layout was restored.
    void fitColumnsOnce();

    CaseFilterProxyModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_count;
    CaseId m_beforeReset;
    bool m_columnsFitted = false;
};

} // namespace ridgeline
