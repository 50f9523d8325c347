#pragma once

#include "app/services/workspacesession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>

#include <functional>

namespace ridgeline {

// The supervisor's review queue (issue 7) as a table: the marks caseworkQueue(ReviewQueue) lists
// (at technical review, in conflict, or concluded and waiting for an exemption decision) with the
// case, exhibit, stage, examiner, verifier, how long each has waited in its stage and why it is
// listed. Marks in conflict come first, then the longest waiting. Plain values; whoever asks the
// session calls setEntries(). Ages count from the clock (setClock), refreshed by tick(). UI thread.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Case,
        Exhibit,
        Kind,
        Stage,
        Examiner,
        Verifier,
        Waiting,
        Why,
        Count
    };
    enum ItemRole
    {
        MarkIdRole = Qt::UserRole + 1, // QString: the mark's UUID
        CaseIdRole,                    // QString: the case's UUID
        StateRole,                     // int: MarkState
        SecondsWaitingRole,            // qint64: seconds in the current stage (-1: unknown)
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setEntries(QList<CaseworkQueueEntry> entries);
    const QList<CaseworkQueueEntry> &entries() const { return m_entries; }
    const CaseworkQueueEntry *entryAt(int row) const;
    int rowOfMark(const MarkId &mark) const; // -1 when not listed
    // The entries of one case at technical review: what a sign-off of that case may include.
    QList<CaseworkQueueEntry> atTechnicalReview(const CaseId &caseId) const;

    void setClock(std::function<QDateTime()> clock);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void tick();

private:
    qint64 secondsWaiting(const CaseworkQueueEntry &entry) const;
    QVariant text(const CaseworkQueueEntry &entry, Column column) const;

    QList<CaseworkQueueEntry> m_entries;
    std::function<QDateTime()> m_clock;
    QDateTime m_now;
    QLocale m_locale;
};

} // namespace ridgeline
