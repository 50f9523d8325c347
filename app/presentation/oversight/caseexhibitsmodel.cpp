#include "app/presentation/oversight/caseexhibitsmodel.h"

#include "app/presentation/oversight/markrecordtext.h"

#include <QFont>

#include <algorithm>

namespace ridgeline {

CaseExhibitsModel::CaseExhibitsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseExhibitsModel::setExhibits(QList<Mark> marks, QHash<MarkId, MarkCasework> casework)
{
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Mark &a, const Mark &b) { return a.exhibitReference < b.exhibitReference; });
    beginResetModel();
    m_marks = std::move(marks);
    m_casework = std::move(casework);
    endResetModel();
}

const MarkCasework *CaseExhibitsModel::caseworkOf(const MarkId &mark) const
{
    auto it = m_casework.constFind(mark);
    return it == m_casework.cend() ? nullptr : &it.value();
}

int CaseExhibitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_marks.size());
}

int CaseExhibitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CaseExhibitsModel::text(const Mark &mark, Column column) const
{
    const MarkCasework *work = caseworkOf(mark.id);
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    switch (column) {
    case Column::Exhibit:
        return mark.exhibitReference;
    case Column::Kind:
        return markKindDisplayName(mark.kind);
    case Column::Stage:
        return markStateDisplayName(work ? work->mark.state : mark.state);
    case Column::Result:
        return work ? standingResult(*work) : QStringLiteral("—");
    case Column::Examiner:
        return orDash(work ? work->examiner : QString());
    case Column::Verifier:
        return orDash(work ? work->verifier : QString());
    case Column::Received:
        return mark.receivedUtc.isValid() ? m_locale.toString(mark.receivedUtc.toLocalTime(), QLocale::ShortFormat)
                                          : QStringLiteral("—");
    case Column::Count:
        break;
    }
    return {};
}

QVariant CaseExhibitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_marks.size() || index.column() >= int(Column::Count))
        return {};
    const Mark &mark = m_marks.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(mark, column);
    case Qt::FontRole:
        if (column == Column::Result) {
            const MarkCasework *work = caseworkOf(mark.id);
            if (work && standingConclusion(*work)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Result)
            return tr("The conclusion that stands once a verifier agreed, a supervisor exempted it from "
                      "verification, or a conflict was resolved");
        return {};
    case MarkIdRole:
        return mark.id.toString();
    case StateRole: {
        const MarkCasework *work = caseworkOf(mark.id);
        return int(work ? work->mark.state : mark.state);
    }
    default:
        return {};
    }
}

QVariant CaseExhibitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Exhibit:
        return tr("Exhibit");
    case Column::Kind:
        return tr("Kind");
    case Column::Stage:
        return tr("ACE-V stage");
    case Column::Result:
        return tr("Current result");
    case Column::Examiner:
        return tr("Examiner");
    case Column::Verifier:
        return tr("Verifier");
    case Column::Received:
        return tr("Received");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ridgeline
