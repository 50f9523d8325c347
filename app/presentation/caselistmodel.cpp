#include "app/presentation/caselistmodel.h"

#include <QColor>
#include <QLocale>

namespace ridgeline {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseListModel::setCases(QList<CaseRecord> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const CaseRecord *CaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= m_cases.size())
        return nullptr;
    return &m_cases[row];
}

int CaseListModel::rowOfCase(const CaseId &id) const
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases[row].id == id)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRecord &record = m_cases[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(record, column);
    case Qt::DecorationRole:
        if (column == Column::Status)
            return statusColour(record.status);
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Updated)
            return QLocale().toString(record.updatedUtc.toLocalTime(), QLocale::LongFormat);
        if (column == Column::Reference && !record.summary.isEmpty())
            return record.summary;
        return displayValue(record, column);
    case CaseIdRole:
        return record.id.toString();
    case StatusRole:
        return int(record.status);
    case SortRole:
        return sortValue(record, column);
    case SearchTextRole:
        return QStringList{record.reference.toString(),          record.force,  record.offence, record.officerInCase,
                           caseStatusDisplayName(record.status), record.summary}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QColor CaseListModel::statusColour(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return QColor(0x25, 0x63, 0xeb);
    case CaseStatus::UnderExamination:
        return QColor(0xd9, 0x77, 0x06);
    case CaseStatus::AwaitingReview:
        return QColor(0x7c, 0x3a, 0xed);
    case CaseStatus::SignedOff:
        return QColor(0x05, 0x96, 0x69);
    case CaseStatus::Closed:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QVariant CaseListModel::displayValue(const CaseRecord &record, Column column) const
{
    switch (column) {
    case Column::Reference:
        return record.reference.toString();
    case Column::Force:
        return record.force;
    case Column::Offence:
        return record.offence;
    case Column::Officer:
        return record.officerInCase;
    case Column::Status:
        return caseStatusDisplayName(record.status);
    case Column::Updated:
        return QLocale().toString(record.updatedUtc.toLocalTime(), QLocale::ShortFormat);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CaseListModel::sortValue(const CaseRecord &record, Column column) const
{
    switch (column) {
    case Column::Reference:
        // Force code, then year, then number: "WYP/2026/000010" after "WYP/2026/000009".
        return QStringLiteral("%1/%2/%3")
            .arg(record.reference.forceCode())
            .arg(record.reference.year(), 4, 10, QLatin1Char('0'))
            .arg(record.reference.number(), 12, 10, QLatin1Char('0'));
    case Column::Status:
        return int(record.status);
    case Column::Updated:
        return record.updatedUtc;
    default:
        return displayValue(record, column).toString().toLower();
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Column::Reference:
        return role == Qt::DisplayRole ? tr("Reference") : tr("Case reference: force code, year and number");
    case Column::Force:
        return role == Qt::DisplayRole ? tr("Force") : tr("The force that owns the case");
    case Column::Offence:
        return tr("Offence");
    case Column::Officer:
        return role == Qt::DisplayRole ? tr("Officer in case") : tr("The officer in charge of the case");
    case Column::Status:
        return tr("Status");
    case Column::Updated:
        return role == Qt::DisplayRole ? tr("Updated") : tr("When the case last changed (local time)");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ridgeline
