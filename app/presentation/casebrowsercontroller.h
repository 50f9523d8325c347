#pragma once

#include "app/presentation/casedetails.h"
#include "app/presentation/casefilterproxymodel.h"
#include "app/presentation/caselistmodel.h"

#include <QObject>

namespace ridgeline {

class SessionController;

// The case list and the selected case's details, loaded through the session on its worker
// thread. Owns the models the case browser shows. UI thread; a reply that arrives after a newer
// request was made is dropped, so a quick change of selection never shows the wrong case.
class CaseBrowserController : public QObject
{
    Q_OBJECT
public:
    explicit CaseBrowserController(SessionController *session, QObject *parent = nullptr);

    CaseListModel *caseModel() { return &m_cases; }
    CaseFilterProxyModel *filterModel() { return &m_filter; }
    int caseCount() const { return int(m_cases.cases().size()); }
    bool isLoading() const { return m_loadingList; }

public Q_SLOTS:
    void refresh();
    // An invalid id clears the details.
    void selectCase(const ridgeline::CaseId &id);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void casesLoaded(int count);
    void casesFailed(const QString &message);
    void detailsCleared();
    void detailsLoading(const ridgeline::CaseId &id);
    void detailsLoaded(const ridgeline::CaseDetails &details);
    void detailsFailed(const QString &message);

private:
    SessionController *m_session;
    CaseListModel m_cases;
    CaseFilterProxyModel m_filter;
    quint64 m_listRequest = 0;
    quint64 m_detailsRequest = 0;
    bool m_loadingList = false;
};

} // namespace ridgeline
