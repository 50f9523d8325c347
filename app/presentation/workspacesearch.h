#pragma once

#include "app/core/intakerecords.h"

#include <QAbstractListModel>
#include <QList>
#include <QObject>
#include <QString>

namespace ridgeline {

class SessionController;

// One full-text hit with the reference of its case (read with it on the session thread).
struct WorkspaceSearchHit
{
    SearchHit hit;
    QString caseReference;
};

// "[matched] words" of a SearchHit snippet as HTML with the matched words bold; the rest escaped.
QString searchSnippetHtml(const QString &snippet);

// The hits of the last workspace search, one row each. DisplayRole "WYP/2026/004117 · Document";
// SnippetHtmlRole the snippet with the matched words bold. UI thread.
class SearchHitModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum ItemRole
    {
        CaseIdRole = Qt::UserRole + 1, // QString: the case's UUID
        CaseReferenceRole,             // QString
        KindRole,                      // QString: "case", "person", "document"
        SnippetHtmlRole,               // QString (HTML)
    };
    explicit SearchHitModel(QObject *parent = nullptr);

    void setHits(QList<WorkspaceSearchHit> hits);
    const QList<WorkspaceSearchHit> &hits() const { return m_hits; }
    static QString kindDisplayName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<WorkspaceSearchHit> m_hits;
};

// Runs WorkspaceSession::search on the session thread and fills a SearchHitModel. A reply that
// arrives after a newer search started is dropped. UI thread.
class WorkspaceSearchController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSearchController(SessionController *session, QObject *parent = nullptr);

    SearchHitModel *model() { return &m_model; }
    QString text() const { return m_text; }
    bool isSearching() const { return m_searching; }

public Q_SLOTS:
    void search(const QString &text);

Q_SIGNALS:
    void searchStarted(const QString &text);
    void searchFinished(const QString &text, int hitCount);
    void searchFailed(const QString &message);

private:
    SessionController *m_session;
    SearchHitModel m_model;
    QString m_text;
    quint64 m_request = 0;
    bool m_searching = false;
};

} // namespace ridgeline
