#pragma once

#include "app/services/workspacesession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>

#include <functional>

namespace ridgeline {

// An examiner's worklist (issue 7) as a table: the marks caseworkQueue lists for them, with the
// case, the exhibit, the kind of mark, its ACE-V stage, how long it has been in that stage and
// why it is listed. The mark that has waited longest in its stage comes first (ties by case
// reference, then exhibit), so the oldest work is at the top. Holds plain values; whoever asks
// the session calls setEntries(). The age counts from the clock (setClock), refreshed by tick().
// UI thread.
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Case,
        Exhibit,
        Kind,
        Stage,
        Age,
        Why,
        Count
    };
    enum ItemRole
    {
        MarkIdRole = Qt::UserRole + 1, // QString: the mark's UUID
        CaseIdRole,                    // QString: the case's UUID
        StateRole,                     // int: MarkState
        SecondsInStageRole,            // qint64: seconds since the mark entered its stage (-1: unknown)
        SortRole,                      // what a proxy sorts on: the age in seconds, names as text
    };

    explicit WorklistModel(QObject *parent = nullptr);

    void setEntries(QList<CaseworkQueueEntry> entries);
    const QList<CaseworkQueueEntry> &entries() const { return m_entries; }
    const CaseworkQueueEntry *entryAt(int row) const;
    int rowOfMark(const MarkId &mark) const; // -1 when not listed

    void setClock(std::function<QDateTime()> clock);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Reads the clock again and updates the ages.
    void tick();

private:
    qint64 secondsInStage(const CaseworkQueueEntry &entry) const;
    QVariant textData(const CaseworkQueueEntry &entry, Column column) const;

    QList<CaseworkQueueEntry> m_entries;
    std::function<QDateTime()> m_clock;
    QDateTime m_now;
    QLocale m_locale;
};

} // namespace ridgeline
