#include "app/presentation/casework/worklistmodel.h"

#include "app/presentation/inbox/inboxmodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace ridgeline {

WorklistModel::WorklistModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_now(QDateTime::currentDateTimeUtc())
{}

void WorklistModel::setEntries(QList<CaseworkQueueEntry> entries)
{
    // Longest in its stage first; a mark whose stage time is unknown goes last.
    std::stable_sort(entries.begin(), entries.end(), [](const CaseworkQueueEntry &a, const CaseworkQueueEntry &b) {
        if (a.stateSinceUtc.isValid() != b.stateSinceUtc.isValid())
            return a.stateSinceUtc.isValid();
        if (a.stateSinceUtc != b.stateSinceUtc)
            return a.stateSinceUtc < b.stateSinceUtc;
        if (a.caseReference != b.caseReference)
            return a.caseReference.localeAwareCompare(b.caseReference) < 0;
        return a.exhibitReference.localeAwareCompare(b.exhibitReference) < 0;
    });
    beginResetModel();
    m_entries = std::move(entries);
    m_now = m_clock();
    endResetModel();
}

const CaseworkQueueEntry *WorklistModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int WorklistModel::rowOfMark(const MarkId &mark) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).markId == mark)
            return row;
    return -1;
}

void WorklistModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void WorklistModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void WorklistModel::tick()
{
    m_now = m_clock();
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Age)), index(rowCount() - 1, int(Column::Age)));
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

qint64 WorklistModel::secondsInStage(const CaseworkQueueEntry &entry) const
{
    if (!entry.stateSinceUtc.isValid())
        return -1;
    return std::max<qint64>(0, entry.stateSinceUtc.secsTo(m_now));
}

QVariant WorklistModel::textData(const CaseworkQueueEntry &entry, Column column) const
{
    switch (column) {
    case Column::Case:
        return entry.caseReference;
    case Column::Exhibit:
        return entry.exhibitReference;
    case Column::Kind:
        return markKindDisplayName(entry.kind);
    case Column::Stage:
        return markStateDisplayName(entry.state);
    case Column::Age: {
        const qint64 seconds = secondsInStage(entry);
        return seconds < 0 ? QStringLiteral("—") : InboxModel::formatElapsed(seconds, m_locale);
    }
    case Column::Why:
        return entry.why;
    case Column::Count:
        break;
    }
    return {};
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= int(Column::Count))
        return {};
    const CaseworkQueueEntry &entry = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return textData(entry, column);
    case Qt::ToolTipRole:
        if (column == Column::Age)
            return entry.stateSinceUtc.isValid()
                       ? QVariant(tr("%1 since %2")
                                      .arg(markStateDisplayName(entry.state),
                                           m_locale.toString(entry.stateSinceUtc.toLocalTime(), QLocale::ShortFormat)))
                       : QVariant(tr("When the mark entered this stage is not recorded"));
        if (column == Column::Why)
            return entry.why;
        if (column == Column::Exhibit)
            return tr("Double-click or press Enter to open the casework of %1").arg(entry.exhibitReference);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Age)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MarkIdRole:
        return entry.markId.toString();
    case CaseIdRole:
        return entry.caseId.toString();
    case StateRole:
        return int(entry.state);
    case SecondsInStageRole:
        return secondsInStage(entry);
    case SortRole:
        if (column == Column::Age)
            return secondsInStage(entry);
        if (column == Column::Stage)
            return int(entry.state);
        return textData(entry, column);
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Case:
            return tr("Case");
        case Column::Exhibit:
            return tr("Exhibit");
        case Column::Kind:
            return tr("Kind");
        case Column::Stage:
            return tr("ACE-V stage");
        case Column::Age:
            return tr("In stage");
        case Column::Why:
            return tr("Why listed");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole && Column(section) == Column::Age)
        return tr("How long the mark has been in its current ACE-V stage");
    return {};
}

} // namespace ridgeline
