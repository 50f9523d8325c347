#pragma once

#include "app/core/domain.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace ridgeline {

// The case list as a table: one row per case, the columns of Column. Holds plain CaseRecord values
// (no database handle); CaseBrowserController fills it from the session on a worker thread.
// Lives on the UI thread.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Reference,
        Force,
        Offence,
        Officer,
        Status,
        Updated,
        Count
    };
    enum ItemRole
    {
        CaseIdRole = Qt::UserRole + 1, // QString: the case's UUID
        StatusRole,                    // int: CaseStatus
        SortRole,                      // value the proxy sorts on (reference in number order, dates as dates)
        SearchTextRole,                // every searchable text of the row, joined
    };

    explicit CaseListModel(QObject *parent = nullptr);

    void setCases(QList<CaseRecord> cases);
    const QList<CaseRecord> &cases() const { return m_cases; }
    const CaseRecord *caseAt(int row) const;
    int rowOfCase(const CaseId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour that marks a status in lists (the Status column's decoration).
    static QColor statusColour(CaseStatus status);

private:
    QVariant displayValue(const CaseRecord &record, Column column) const;
    QVariant sortValue(const CaseRecord &record, Column column) const;

    QList<CaseRecord> m_cases;
};

} // namespace ridgeline
