#pragma once

#include "app/core/casework.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace ridgeline {

// The sign-offs of a case (issue 7) as a table, newest revision first: revision, supervisor, when,
// the exhibits signed, the SHA-256 of the canonical revision document, the supervisor's key
// fingerprint, and whether it is in force or was voided (when, by whom, why). Plain values; whoever
// asks the session calls setSignOffs(). UI thread.
class SignOffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Revision,
        Supervisor,
        Signed,
        Marks,
        Sha256,
        Key,
        Status,
        Count
    };
    enum ItemRole
    {
        InForceRole = Qt::UserRole + 1, // bool
        RevisionRole,                   // int
    };

    explicit SignOffModel(QObject *parent = nullptr);

    // exhibits: mark id -> exhibit reference, to name the marks signed.
    void setSignOffs(QList<SignOffRecord> signOffs, QHash<QString, QString> exhibits = {});
    const QList<SignOffRecord> &signOffs() const { return m_signOffs; }
    const SignOffRecord *signOffAt(int row) const;
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // "In force", or "Voided 2026-03-14 10:02 by mcollins: JH/1 changed".
    QString statusText(const SignOffRecord &record) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const SignOffRecord &record, Column column) const;

    QList<SignOffRecord> m_signOffs;
    QHash<QString, QString> m_exhibits;
    QLocale m_locale;
};

} // namespace ridgeline
