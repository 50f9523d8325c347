#include "app/presentation/casework/worklistcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

namespace ridgeline {

WorklistController::WorklistController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_ticker.setInterval(60 * 1000);
    connect(&m_ticker, &QTimer::timeout, &m_model, &WorklistModel::tick);
    m_ticker.start();
}

void WorklistController::refresh()
{
    const quint64 request = ++m_request;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    auto queue = m_session->run([](WorkspaceSession &s) { return s.caseworkQueue(CaseworkQueue::MyWork); });
    whenFinished(this, queue, [this, request](const Result<QList<CaseworkQueueEntry>> &result) {
        if (request != m_request)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!result) {
            Q_EMIT failed(tr("Your worklist could not be read: %1").arg(result.error().message()));
            return;
        }
        m_loaded = true;
        m_model.setEntries(result.value());
        Q_EMIT loaded(int(result.value().size()));
    });
}

} // namespace ridgeline
