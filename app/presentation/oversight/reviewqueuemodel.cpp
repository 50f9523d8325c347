#include "app/presentation/oversight/reviewqueuemodel.h"

#include "app/presentation/inbox/inboxmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace ridgeline {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_now(QDateTime::currentDateTimeUtc())
{}

void ReviewQueueModel::setEntries(QList<CaseworkQueueEntry> entries)
{
    // A conflict blocks a sign-off: first. Then the longest waiting; unknown ages last.
    std::stable_sort(entries.begin(), entries.end(), [](const CaseworkQueueEntry &a, const CaseworkQueueEntry &b) {
        const bool ca = a.state == MarkState::Conflict;
        const bool cb = b.state == MarkState::Conflict;
        if (ca != cb)
            return ca;
        if (a.stateSinceUtc.isValid() != b.stateSinceUtc.isValid())
            return a.stateSinceUtc.isValid();
        if (a.stateSinceUtc != b.stateSinceUtc)
            return a.stateSinceUtc < b.stateSinceUtc;
        if (a.caseReference != b.caseReference)
            return a.caseReference < b.caseReference;
        return a.exhibitReference < b.exhibitReference;
    });
    beginResetModel();
    m_entries = std::move(entries);
    m_now = m_clock();
    endResetModel();
}

const CaseworkQueueEntry *ReviewQueueModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ReviewQueueModel::rowOfMark(const MarkId &mark) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).markId == mark)
            return row;
    return -1;
}

QList<CaseworkQueueEntry> ReviewQueueModel::atTechnicalReview(const CaseId &caseId) const
{
    QList<CaseworkQueueEntry> found;
    for (const CaseworkQueueEntry &entry : m_entries)
        if (entry.caseId == caseId && entry.state == MarkState::TechnicalReview)
            found.append(entry);
    std::sort(found.begin(), found.end(), [](const CaseworkQueueEntry &a, const CaseworkQueueEntry &b) {
        return a.exhibitReference < b.exhibitReference;
    });
    return found;
}

void ReviewQueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void ReviewQueueModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    tick();
}

void ReviewQueueModel::tick()
{
    m_now = m_clock();
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Waiting)), index(rowCount() - 1, int(Column::Waiting)));
}

qint64 ReviewQueueModel::secondsWaiting(const CaseworkQueueEntry &entry) const
{
    return entry.stateSinceUtc.isValid() ? std::max<qint64>(0, entry.stateSinceUtc.secsTo(m_now)) : -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ReviewQueueModel::text(const CaseworkQueueEntry &entry, Column column) const
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
    case Column::Examiner:
        return entry.examiner.isEmpty() ? QStringLiteral("—") : entry.examiner;
    case Column::Verifier:
        return entry.verifier.isEmpty() ? QStringLiteral("—") : entry.verifier;
    case Column::Waiting: {
        const qint64 seconds = secondsWaiting(entry);
        return seconds < 0 ? QStringLiteral("—") : InboxModel::formatElapsed(seconds, m_locale);
    }
    case Column::Why:
        return entry.why;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const CaseworkQueueEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(*entry, column);
    case Qt::ToolTipRole:
        if (column == Column::Waiting && entry->stateSinceUtc.isValid())
            return tr("In this stage since %1")
                .arg(m_locale.toString(entry->stateSinceUtc.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Stage && entry->state == MarkState::Conflict)
            return QBrush(QColor(0xa0, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Waiting)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MarkIdRole:
        return entry->markId.toString();
    case CaseIdRole:
        return entry->caseId.toString();
    case StateRole:
        return int(entry->state);
    case SecondsWaitingRole:
        return secondsWaiting(*entry);
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && Column(section) == Column::Waiting)
        return tr("How long the mark has been waiting in its current ACE-V stage");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Case:
        return tr("Case");
    case Column::Exhibit:
        return tr("Exhibit");
    case Column::Kind:
        return tr("Kind");
    case Column::Stage:
        return tr("ACE-V stage");
    case Column::Examiner:
        return tr("Examiner");
    case Column::Verifier:
        return tr("Verifier");
    case Column::Waiting:
        return tr("Waiting");
    case Column::Why:
        return tr("Why listed");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ridgeline
