#include "app/presentation/exemplarsearchcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

namespace ridgeline {
namespace {

struct SearchReply
{
    ExemplarSearchResult result;
    QHash<CaseId, QString> references;
};

} // namespace

ExemplarSearchController::ExemplarSearchController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ExemplarSearchController::poll);
}

ExemplarSearchController::~ExemplarSearchController()
{
    if (m_shared)
        m_shared->cancel = true;
}

void ExemplarSearchController::searchMark(const Mark &mark)
{
    cancel();
    const quint64 request = ++m_request;
    m_shared = std::make_shared<Shared>();
    m_running = true;
    m_model.setCandidates({}, {});
    Q_EMIT started(mark.exhibitReference);
    m_poll.start();
    auto future = m_session->run([mark, shared = m_shared](WorkspaceSession &session) -> Result<SearchReply> {
        auto progress = [shared](const QString &stage, qint64 done, qint64 total) {
            QMutexLocker lock(&shared->mutex);
            shared->stage = stage;
            shared->done = done;
            shared->total = total;
        };
        auto result = ExemplarSearch(session).searchMark(mark, {}, progress, &shared->cancel);
        if (!result)
            return result.error();
        SearchReply reply{*result, {}};
        for (const ExemplarCandidate &candidate : result->candidates) {
            for (const CaseId &id : candidate.exemplar.cases) {
                if (reply.references.contains(id))
                    continue;
                auto record = session.cases().caseById(id);
                reply.references.insert(id, record ? record->reference.toString() : QString());
            }
        }
        return reply;
    });
    whenFinished(this, future, [this, request](const Result<SearchReply> &reply) {
        if (request != m_request)
            return;
        m_poll.stop();
        m_running = false;
        if (!reply) {
            Q_EMIT failed(tr("The exemplar search did not run: %1").arg(reply.error().message()));
            return;
        }
        m_result = reply->result;
        m_model.setCandidates(m_result.candidates, reply->references);
        if (!m_result.probeEmptyReason.isEmpty()) {
            Q_EMIT finished(tr("Nothing to search with: %1").arg(m_result.probeEmptyReason));
        } else if (m_result.cancelled) {
            Q_EMIT finished(tr("Search cancelled after %L1 of %L2 exemplar impressions; the candidates shown are "
                               "from that part only.")
                                .arg(m_result.compared)
                                .arg(m_result.galleryTemplates));
        } else {
            Q_EMIT finished(tr("%L1 exemplar impressions searched with %L2 minutiae of %3; %L4 candidates.")
                                .arg(m_result.galleryTemplates)
                                .arg(m_result.probeMinutiae.size())
                                .arg(m_result.probeLabel)
                                .arg(m_result.candidates.size()));
        }
    });
}

void ExemplarSearchController::cancel()
{
    if (m_shared && m_running)
        m_shared->cancel = true;
}

void ExemplarSearchController::poll()
{
    if (!m_shared)
        return;
    QString stage;
    qint64 done = 0, total = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        stage = m_shared->stage;
        done = m_shared->done;
        total = m_shared->total;
    }
    if (!stage.isEmpty())
        Q_EMIT progressChanged(stage, done, total);
}

} // namespace ridgeline
