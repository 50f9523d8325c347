#include "app/presentation/inbox/inboxmodel.h"

#include "app/presentation/inbox/inboxstatusicon.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace ridgeline {

namespace {

InboxState stateOf(TransmissionStatus status)
{
    switch (status) {
    case TransmissionStatus::Received:
        return InboxState::Received;
    case TransmissionStatus::Verified:
        return InboxState::Verified;
    case TransmissionStatus::Imported:
        return InboxState::Imported;
    case TransmissionStatus::Quarantined:
        return InboxState::Quarantined;
    }
    return InboxState::Received;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

} // namespace

QString inboxStateDisplayName(InboxState state)
{
    switch (state) {
    case InboxState::Importing:
        return QCoreApplication::translate("ridgeline::InboxModel", "Importing");
    case InboxState::Queued:
        return QCoreApplication::translate("ridgeline::InboxModel", "Queued");
    case InboxState::Received:
        return transmissionStatusDisplayName(TransmissionStatus::Received);
    case InboxState::Verified:
        return transmissionStatusDisplayName(TransmissionStatus::Verified);
    case InboxState::Imported:
        return transmissionStatusDisplayName(TransmissionStatus::Imported);
    case InboxState::Quarantined:
        return transmissionStatusDisplayName(TransmissionStatus::Quarantined);
    }
    return {};
}

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_now(QDateTime::currentDateTimeUtc())
{}

void InboxModel::setTransmissions(QList<Transmission> transmissions)
{
    // Newest first, the order a reader of an inbox expects before they sort.
    std::stable_sort(transmissions.begin(), transmissions.end(),
                     [](const Transmission &a, const Transmission &b) { return a.receivedUtc > b.receivedUtc; });
    beginResetModel();
    m_transmissions = std::move(transmissions);
    m_now = m_clock();
    endResetModel();
}

const Transmission *InboxModel::transmissionAt(int row) const
{
    const int index = row - importingCount();
    return index >= 0 && index < m_transmissions.size() ? &m_transmissions.at(index) : nullptr;
}

int InboxModel::rowOfTransmission(const TransmissionId &id) const
{
    for (int i = 0; i < m_transmissions.size(); ++i) {
        if (m_transmissions.at(i).id == id)
            return importingCount() + i;
    }
    return -1;
}

void InboxModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void InboxModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QString InboxModel::formatElapsed(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        return QCoreApplication::translate("ridgeline::InboxModel", "in the future",
                                           "capture time later than now: a device clock is wrong");
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return QCoreApplication::translate("ridgeline::InboxModel", "under 1 min");
    if (minutes < 60)
        return QCoreApplication::translate("ridgeline::InboxModel", "%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("ridgeline::InboxModel", "%1 h %2 min")
            .arg(locale.toString(hours), locale.toString(minutes % 60));
    return QCoreApplication::translate("ridgeline::InboxModel", "%1 d %2 h")
        .arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

void InboxModel::packageQueued(const QString &path)
{
    if (importingRow(path) >= 0)
        return;
    const int row = importingCount();
    beginInsertRows({}, row, row);
    m_importing.append({path, QFileInfo(path).fileName(), 0, m_clock(), false});
    endInsertRows();
}

void InboxModel::packageStarted(const QString &path)
{
    int row = importingRow(path);
    if (row < 0) {
        packageQueued(path);
        row = importingRow(path);
    }
    if (m_importing.at(row).running)
        return;
    m_importing[row].running = true;
    m_importing[row].percent = 0;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, StateRole, ProgressRole, SortRole});
}

void InboxModel::packageProgress(const QString &path, qint64 done, qint64 total)
{
    int row = importingRow(path);
    if (row < 0) {
        packageStarted(path);
        row = importingRow(path);
    }
    if (!m_importing.at(row).running)
        packageStarted(path); // progress means it runs
    const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
    if (m_importing[row].percent == percent)
        return;
    m_importing[row].percent = percent;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, ProgressRole, SortRole});
}

void InboxModel::packageFinished(const QString &path)
{
    const int row = importingRow(path);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_importing.removeAt(row);
    endRemoveRows();
}

void InboxModel::tick()
{
    m_now = m_clock();
    if (rowCount() == 0)
        return;
    const int column = int(Column::SinceCapture);
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

int InboxModel::importingRow(const QString &path) const
{
    for (int i = 0; i < m_importing.size(); ++i) {
        if (m_importing.at(i).path == path)
            return i;
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_importing.size() + m_transmissions.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = Column(index.column());
    if (index.row() < importingCount())
        return importingData(m_importing.at(index.row()), column, role);
    return transmissionData(m_transmissions.at(index.row() - importingCount()), column, role);
}

QVariant InboxModel::importingData(const Importing &entry, Column column, int role) const
{
    const InboxState state = entry.running ? InboxState::Importing : InboxState::Queued;
    switch (role) {
    case StateRole:
        return int(state);
    case ProgressRole:
        return entry.running ? entry.percent : -1;
    case PackagePathRole:
        return entry.path;
    case TransmissionIdRole:
        return QString();
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (column) {
    case Column::Status:
        if (role == Qt::DecorationRole)
            return inboxStateIcon(state);
        if (!entry.running) {
            if (role == Qt::DisplayRole)
                return inboxStateDisplayName(InboxState::Queued);
            if (role == Qt::ToolTipRole)
                return QCoreApplication::translate("ridgeline::InboxModel",
                                                   "%1 is queued: it is imported after the packages before it")
                    .arg(entry.name);
        }
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate("ridgeline::InboxModel", "Importing %1%")
                .arg(m_locale.toString(entry.percent));
        if (role == Qt::ToolTipRole)
            return QCoreApplication::translate("ridgeline::InboxModel", "Importing %1: %2% done")
                .arg(entry.name, m_locale.toString(entry.percent));
        if (role == SortRole)
            return int(state);
        break;
    case Column::Received:
        if (display)
            return formatTime(entry.startedUtc);
        if (role == SortRole)
            return entry.startedUtc;
        break;
    case Column::Reason:
        if (display)
            return QCoreApplication::translate("ridgeline::InboxModel", "Package %1").arg(entry.name);
        break;
    default:
        if (role == Qt::DisplayRole)
            return QStringLiteral("\u2014");
        break;
    }
    return {};
}

QVariant InboxModel::transmissionData(const Transmission &t, Column column, int role) const
{
    const InboxState state = stateOf(t.status);
    switch (role) {
    case StateRole:
        return int(state);
    case ProgressRole:
        return -1;
    case TransmissionIdRole:
        return t.id.toString();
    case PackagePathRole:
        return QString();
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (column) {
    case Column::Status:
        if (role == Qt::DecorationRole)
            return inboxStateIcon(state);
        if (role == Qt::DisplayRole)
            return inboxStateDisplayName(state);
        if (role == Qt::ToolTipRole)
            return state == InboxState::Quarantined
                       ? QCoreApplication::translate("ridgeline::InboxModel", "Quarantined: %1").arg(orDash(t.reason))
                       : inboxStateDisplayName(state);
        if (role == SortRole)
            return int(state);
        break;
    case Column::Sender:
        if (display || role == SortRole)
            return t.deviceId.isEmpty() ? orDash(t.senderForce)
                                        : QCoreApplication::translate("ridgeline::InboxModel", "%1 \u00b7 %2")
                                              .arg(orDash(t.senderForce), t.deviceId);
        break;
    case Column::Examiner:
        if (display || role == SortRole)
            return orDash(t.sceneExaminer);
        break;
    case Column::CaseReference:
        if (display || role == SortRole)
            return orDash(t.caseReference);
        break;
    case Column::Captured:
        if (display)
            return formatTime(t.capturedUtc);
        if (role == SortRole)
            return t.capturedUtc;
        break;
    case Column::Received:
        if (display)
            return formatTime(t.receivedUtc);
        if (role == SortRole)
            return t.receivedUtc;
        break;
    case Column::SinceCapture:
        if (!t.capturedUtc.isValid())
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("\u2014")) : QVariant();
        if (display)
            return formatElapsed(secondsSinceCapture(t), m_locale);
        if (role == SortRole)
            return secondsSinceCapture(t);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Column::Reason:
        if (role == Qt::DisplayRole)
            return t.reason.simplified();
        if (role == Qt::ToolTipRole)
            return t.reason.isEmpty() ? QVariant() : QVariant(t.reason);
        if (role == SortRole)
            return t.reason;
        break;
    case Column::Count:
        break;
    }
    return {};
}

QString InboxModel::formatTime(const QDateTime &utc) const
{
    return utc.isValid() ? m_locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("\u2014");
}

qint64 InboxModel::secondsSinceCapture(const Transmission &transmission) const
{
    return transmission.capturedUtc.secsTo(m_now);
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Status"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Sender"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Scene examiner"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Case"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Captured"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Received"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Since capture"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Reason"),
    };
    static const char *const tips[] = {
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Received, verified, imported, or quarantined with a reason"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Sending force and scene device"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Scene examiner who captured the marks"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Case reference given in the package"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "When the marks were captured at the scene (local time)"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "When the package arrived at this workstation (local time)"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Time since capture at the scene"),
        QT_TRANSLATE_NOOP("ridgeline::InboxModel", "Why a package was quarantined"),
    };
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("ridgeline::InboxModel", titles[section]);
    if (role == Qt::ToolTipRole)
        return QCoreApplication::translate("ridgeline::InboxModel", tips[section]);
    return {};
}

} // namespace ridgeline
