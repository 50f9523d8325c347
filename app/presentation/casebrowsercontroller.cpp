#include "app/presentation/casebrowsercontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

namespace ridgeline {

CaseBrowserController::CaseBrowserController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_filter.setSourceModel(&m_cases);
}

void CaseBrowserController::refresh()
{
    const quint64 request = ++m_listRequest;
    if (!m_loadingList) {
        m_loadingList = true;
        Q_EMIT loadingChanged(true);
    }
    whenFinished(this, m_session->loadCases(), [this, request](const Result<QList<CaseRecord>> &result) {
        if (request != m_listRequest)
            return;
        m_loadingList = false;
        Q_EMIT loadingChanged(false);
        if (!result) {
            Q_EMIT casesFailed(result.error().message());
            return;
        }
        m_cases.setCases(result.value());
        Q_EMIT casesLoaded(int(result.value().size()));
    });
}

void CaseBrowserController::selectCase(const CaseId &id)
{
    const quint64 request = ++m_detailsRequest;
    if (id.isNull()) {
        Q_EMIT detailsCleared();
        return;
    }
    // Asking anyway would only add a refusal to the audit trail at every click.
    const Role role = m_session->info().user.role;
    if (!isAllowed(role, Action::ViewCase)) {
        Q_EMIT detailsFailed(tr("Your role (%1) may see the case list but not open cases.").arg(roleDisplayName(role)));
        return;
    }
    Q_EMIT detailsLoading(id);
    whenFinished(this, m_session->loadDetails(id), [this, request](const Result<CaseDetails> &result) {
        if (request != m_detailsRequest)
            return;
        if (!result) {
            Q_EMIT detailsFailed(tr("The case could not be loaded: %1").arg(result.error().message()));
            return;
        }
        Q_EMIT detailsLoaded(result.value());
    });
}

} // namespace ridgeline
