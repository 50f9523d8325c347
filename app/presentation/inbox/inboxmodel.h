#pragma once

#include "app/core/domain.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>

#include <functional>

namespace ridgeline {

// The state of one Inbox row: a package being imported, or a transmission's recorded status.
enum class InboxState
{
    Importing,
    Queued, // waiting for the import before it
    Received,
    Verified,
    Imported,
    Quarantined
};
QString inboxStateDisplayName(InboxState state);

// The Inbox as a table: packages being imported first (with progress), then every transmission
// the workspace has recorded. Holds plain values; whoever watches the intake calls the package*
// slots and setTransmissions(). Times are shown in local time with the locale's short format;
// "time since capture" counts from the clock (setClock), refreshed by tick(). UI thread.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Status,
        Sender,
        Examiner,
        CaseReference,
        Captured,
        Received,
        SinceCapture,
        Reason,
        Count
    };
    enum ItemRole
    {
        StateRole = Qt::UserRole + 1, // int: InboxState
        ProgressRole,                 // int 0-100 while importing, -1 otherwise (queued included)
        TransmissionIdRole,           // QString: the transmission's UUID (empty while importing)
        PackagePathRole,              // QString: the package being imported (empty otherwise)
        SortRole,                     // what the proxy sorts on: dates as dates, elapsed as seconds
    };

    explicit InboxModel(QObject *parent = nullptr);

    void setTransmissions(QList<Transmission> transmissions);
    const QList<Transmission> &transmissions() const { return m_transmissions; }
    // nullptr for rows that are packages being imported.
    const Transmission *transmissionAt(int row) const;
    int rowOfTransmission(const TransmissionId &id) const;
    int importingCount() const { return int(m_importing.size()); }

    void setClock(std::function<QDateTime()> clock);
    void setLocale(const QLocale &locale);

    // "2 h 15 min", "3 d 4 h", "12 min", "under 1 min"; numbers in the locale's digits.
    static QString formatElapsed(qint64 seconds, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // A package waiting its turn: shown as "Queued" until packageStarted().
    void packageQueued(const QString &path);
    void packageStarted(const QString &path);
    // done of total units (bytes or items); unknown packages are started implicitly.
    void packageProgress(const QString &path, qint64 done, qint64 total);
    void packageFinished(const QString &path);
    // Refreshes "time since capture" from the clock.
    void tick();

private:
    struct Importing
    {
        QString path;
        QString name;
        int percent = 0;
        QDateTime startedUtc; // when it arrived; shown as received
        bool running = false;
    };
    int importingRow(const QString &path) const;
    QVariant importingData(const Importing &entry, Column column, int role) const;
    QVariant transmissionData(const Transmission &transmission, Column column, int role) const;
    QString formatTime(const QDateTime &utc) const;
    qint64 secondsSinceCapture(const Transmission &transmission) const;

    QList<Importing> m_importing;
    QList<Transmission> m_transmissions;
    std::function<QDateTime()> m_clock;
    QDateTime m_now;
    QLocale m_locale;
};

} // namespace ridgeline
