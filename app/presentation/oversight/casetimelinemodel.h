#pragma once

#include "app/presentation/oversight/auditsentence.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace ridgeline {

// The timeline of a case (issue 7) as a table: one row per audit event about the case or anything
// in it, newest first, with when (local time), who (login name) and what happened in a sentence
// (describeAuditEvent). Reads of evidence and records can be hidden. The event's raw key and
// details are in the tooltip; refusals and failures are coloured. Holds plain values; whoever asks
// the session calls setEvents(). UI thread.
class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        When,
        Who,
        What,
        Count
    };
    enum ItemRole
    {
        SequenceRole = Qt::UserRole + 1, // qint64: the event's sequence in the audit trail
        ActionRole,                      // QString: the event's stable key
        OutcomeRole,                     // int: AuditOutcome
    };

    explicit CaseTimelineModel(QObject *parent = nullptr);

    void setEvents(QList<AuditEvent> events, AuditObjectNames names);
    void setShowReads(bool show);
    bool showsReads() const { return m_showReads; }
    void setLocale(const QLocale &locale);
    // Every event held, shown or not, oldest first.
    const QList<AuditEvent> &events() const { return m_events; }
    const AuditEvent *eventAt(int row) const;
    // Rows shown / events held.
    int hiddenCount() const { return int(m_events.size() - m_rows.size()); }

    // A read (evidence, markup, a draft): routine, hidden on request.
    static bool isRead(const AuditEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString toolTip(const AuditEvent &event) const;

    QList<AuditEvent> m_events;
    AuditObjectNames m_names;
    QList<qsizetype> m_rows; // indexes into m_events, newest first
    bool m_showReads = true;
    QLocale m_locale;
};

} // namespace ridgeline
