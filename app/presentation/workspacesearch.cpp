#include "app/presentation/workspacesearch.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

#include <QHash>

namespace ridgeline {

QString searchSnippetHtml(const QString &snippet)
{
    QString html;
    qsizetype from = 0;
    while (from < snippet.size()) {
        const qsizetype open = snippet.indexOf(QLatin1Char('['), from);
        const qsizetype close = open < 0 ? -1 : snippet.indexOf(QLatin1Char(']'), open + 1);
        if (open < 0 || close < 0) {
            html += snippet.mid(from).toHtmlEscaped();
            break;
        }
        html += snippet.mid(from, open - from).toHtmlEscaped();
        html +=
            QStringLiteral("<b>") + snippet.mid(open + 1, close - open - 1).toHtmlEscaped() + QStringLiteral("</b>");
        from = close + 1;
    }
    return html;
}

SearchHitModel::SearchHitModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchHitModel::setHits(QList<WorkspaceSearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

QString SearchHitModel::kindDisplayName(const QString &kind)
{
    if (kind == QLatin1String("case"))
        return tr("Case");
    if (kind == QLatin1String("person"))
        return tr("Person");
    if (kind == QLatin1String("document"))
        return tr("Document");
    return kind;
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const WorkspaceSearchHit &entry = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2").arg(entry.caseReference, kindDisplayName(entry.hit.kind));
    case Qt::ToolTipRole:
        return QString(entry.hit.snippet).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    case CaseIdRole:
        return entry.hit.caseId.toString();
    case CaseReferenceRole:
        return entry.caseReference;
    case KindRole:
        return entry.hit.kind;
    case SnippetHtmlRole:
        return searchSnippetHtml(entry.hit.snippet);
    default:
        return {};
    }
}

WorkspaceSearchController::WorkspaceSearchController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void WorkspaceSearchController::search(const QString &text)
{
    const quint64 request = ++m_request;
    m_text = text.trimmed();
    if (m_text.isEmpty()) {
        m_searching = false;
        m_model.setHits({});
        return;
    }
    m_searching = true;
    Q_EMIT searchStarted(m_text);
    auto future = m_session->run([text = m_text](WorkspaceSession &session) -> Result<QList<WorkspaceSearchHit>> {
        auto hits = session.search(text);
        if (!hits)
            return hits.error();
        QHash<CaseId, QString> references;
        QList<WorkspaceSearchHit> out;
        for (const SearchHit &hit : hits.value()) {
            if (!references.contains(hit.caseId)) {
                auto record = session.cases().caseById(hit.caseId);
                references.insert(hit.caseId, record ? record->reference.toString() : QString());
            }
            out.append({hit, references.value(hit.caseId)});
        }
        return out;
    });
    whenFinished(this, future, [this, request](const Result<QList<WorkspaceSearchHit>> &result) {
        if (request != m_request)
            return;
        m_searching = false;
        if (!result) {
            m_model.setHits({});
            Q_EMIT searchFailed(tr("The search did not run: %1").arg(result.error().message()));
            return;
        }
        m_model.setHits(result.value());
        Q_EMIT searchFinished(m_text, int(result.value().size()));
    });
}

} // namespace ridgeline
