#include "app/presentation/oversight/signoffmodel.h"

#include "app/presentation/oversight/markrecordtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace ridgeline {

SignOffModel::SignOffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SignOffModel::setSignOffs(QList<SignOffRecord> signOffs, QHash<QString, QString> exhibits)
{
    std::stable_sort(signOffs.begin(), signOffs.end(),
                     [](const SignOffRecord &a, const SignOffRecord &b) { return a.revision > b.revision; });
    beginResetModel();
    m_signOffs = std::move(signOffs);
    m_exhibits = std::move(exhibits);
    endResetModel();
}

const SignOffRecord *SignOffModel::signOffAt(int row) const
{
    return row >= 0 && row < m_signOffs.size() ? &m_signOffs.at(row) : nullptr;
}

QString SignOffModel::statusText(const SignOffRecord &record) const
{
    if (record.inForce())
        return tr("In force");
    const QString when = m_locale.toString(record.voidedUtc.toLocalTime(), QLocale::ShortFormat);
    if (record.voidedBy.isEmpty())
        return tr("Voided %1: %2").arg(when, record.voidReason);
    return tr("Voided %1 by %2: %3").arg(when, record.voidedBy, record.voidReason);
}

int SignOffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_signOffs.size());
}

int SignOffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant SignOffModel::text(const SignOffRecord &record, Column column) const
{
    switch (column) {
    case Column::Revision:
        return record.revision;
    case Column::Supervisor:
        return record.supervisor;
    case Column::Signed:
        return m_locale.toString(record.signedUtc.toLocalTime(), QLocale::ShortFormat);
    case Column::Marks: {
        QStringList names;
        for (const MarkId &mark : record.marks)
            names << m_exhibits.value(mark.toString(), mark.toString().left(8));
        names.sort();
        return names.join(QStringLiteral(", "));
    }
    case Column::Sha256:
        return groupedHex(record.sha256.left(8)) + QStringLiteral(" …");
    case Column::Key:
        return record.keyFingerprint();
    case Column::Status:
        return statusText(record);
    case Column::Count:
        break;
    }
    return {};
}

QVariant SignOffModel::data(const QModelIndex &index, int role) const
{
    const SignOffRecord *record = index.isValid() ? signOffAt(index.row()) : nullptr;
    if (!record || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(*record, column);
    case Qt::ToolTipRole:
        if (column == Column::Sha256)
            return tr("SHA-256 of the signed revision document:\n%1").arg(groupedHex(record->sha256));
        if (column == Column::Key)
            return tr("Ed25519 public key of %1:\n%2").arg(record->supervisor, groupedHex(record->publicKey));
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Status)
            return QBrush(record->inForce() ? QColor(0x1d, 0x6b, 0x2f) : QColor(0xa0, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (column == Column::Sha256 || column == Column::Key) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    case InForceRole:
        return record->inForce();
    case RevisionRole:
        return record->revision;
    default:
        return {};
    }
}

QVariant SignOffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Revision:
        return tr("Revision");
    case Column::Supervisor:
        return tr("Supervisor");
    case Column::Signed:
        return tr("Signed");
    case Column::Marks:
        return tr("Marks");
    case Column::Sha256:
        return tr("SHA-256");
    case Column::Key:
        return tr("Key fingerprint");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ridgeline
