#include "app/presentation/oversight/casetimelinemodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace ridgeline {

CaseTimelineModel::CaseTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseTimelineModel::setEvents(QList<AuditEvent> events, AuditObjectNames names)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const AuditEvent &a, const AuditEvent &b) { return a.sequence < b.sequence; });
    beginResetModel();
    m_events = std::move(events);
    m_names = std::move(names);
    endResetModel();
    rebuild();
}

void CaseTimelineModel::setShowReads(bool show)
{
    if (show == m_showReads)
        return;
    m_showReads = show;
    rebuild();
}

void CaseTimelineModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool CaseTimelineModel::isRead(const AuditEvent &event)
{
    return event.outcome == AuditOutcome::Success && event.action.startsWith(QLatin1String("read-"));
}

void CaseTimelineModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = m_events.size() - 1; i >= 0; --i)
        if (m_showReads || !isRead(m_events.at(i)))
            m_rows.append(i);
    endResetModel();
}

const AuditEvent *CaseTimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_events.at(m_rows.at(row)) : nullptr;
}

int CaseTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString CaseTimelineModel::toolTip(const AuditEvent &event) const
{
    QString tip =
        tr("Audit event %1: %2 on %3 %4").arg(event.sequence).arg(event.action, event.objectType, event.objectId);
    if (!event.details.isEmpty())
        tip += QLatin1Char('\n') + event.details;
    if (!event.workstation.isEmpty())
        tip += QLatin1Char('\n') + tr("Workstation: %1").arg(event.workstation);
    return tip;
}

QVariant CaseTimelineModel::data(const QModelIndex &index, int role) const
{
    const AuditEvent *event = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!event || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::When)
            return m_locale.toString(event->timeUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (column == Column::Who)
            return event->user.isEmpty() ? tr("(system)") : event->user;
        return describeAuditEvent(*event, m_names);
    case Qt::ToolTipRole:
        return toolTip(*event);
    case Qt::ForegroundRole:
        if (event->outcome == AuditOutcome::Refused)
            return QBrush(QColor(0xa0, 0x1c, 0x1c));
        if (event->outcome == AuditOutcome::Failure)
            return QBrush(QColor(0xa0, 0x5a, 0x00));
        return {};
    case SequenceRole:
        return event->sequence;
    case ActionRole:
        return event->action;
    case OutcomeRole:
        return int(event->outcome);
    default:
        return {};
    }
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::When:
        return tr("When");
    case Column::Who:
        return tr("Who");
    case Column::What:
        return tr("What happened");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ridgeline
