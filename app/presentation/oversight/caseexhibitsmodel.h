#pragma once

#include "app/core/casework.h"
#include "app/core/domain.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace ridgeline {

// The exhibits of a case as the case officer's overview lists them (issue 7): each mark with its
// kind, ACE-V stage, current result (standingResult: the conclusion that stands once verified or
// resolved, otherwise "In examination"), examiner, verifier and when it was received. Read-only;
// plain values set by whoever asked the session. A mark whose casework could not be read shows its
// stored stage and "—" as result. UI thread.
class CaseExhibitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Exhibit,
        Kind,
        Stage,
        Result,
        Examiner,
        Verifier,
        Received,
        Count
    };
    enum ItemRole
    {
        MarkIdRole = Qt::UserRole + 1, // QString
        StateRole,                     // int: MarkState
    };

    explicit CaseExhibitsModel(QObject *parent = nullptr);

    void setExhibits(QList<Mark> marks, QHash<MarkId, MarkCasework> casework);
    const QList<Mark> &marks() const { return m_marks; }
    const MarkCasework *caseworkOf(const MarkId &mark) const;
    void setLocale(const QLocale &locale) { m_locale = locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const Mark &mark, Column column) const;

    QList<Mark> m_marks;
    QHash<MarkId, MarkCasework> m_casework;
    QLocale m_locale;
};

} // namespace ridgeline
