#include "app/presentation/sessioncontroller.h"

namespace ridgeline {

SessionController::SessionController(std::unique_ptr<WorkspaceSession> session, SessionInfo info, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_info(std::move(info))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ridgeline-session"));
}

SessionController::~SessionController()
{
    if (!m_loggedOut)
        (void)logout();
    m_pool.waitForDone();
}

QFuture<Result<QList<CaseRecord>>> SessionController::loadCases()
{
    return run([](WorkspaceSession &session) -> Result<QList<CaseRecord>> {
        if (Status allowed = session.require(Action::ViewCaseList); !allowed)
            return allowed.error();
        return session.cases().cases();
    });
}

QFuture<Result<CaseDetails>> SessionController::loadDetails(const CaseId &id)
{
    return run([id](WorkspaceSession &session) -> Result<CaseDetails> {
        if (Status allowed = session.require(Action::ViewCase, QStringLiteral("case"), id.toString()); !allowed)
            return allowed.error();
        CaseRepository &cases = session.cases();
        auto record = cases.caseById(id);
        if (!record)
            return record.error();
        auto marks = cases.marksOfCase(id);
        if (!marks)
            return marks.error();
        auto persons = cases.personsOfCase(id);
        if (!persons)
            return persons.error();
        auto documents = cases.documentsOfCase(id);
        if (!documents)
            return documents.error();
        auto exemplars = session.exemplarCountsOfCase(id);
        if (!exemplars)
            return exemplars.error();
        return CaseDetails{std::move(record).value(), std::move(marks).value(), std::move(persons).value(),
                           std::move(documents).value(), std::move(exemplars).value()};
    });
}

QFuture<Status> SessionController::lock()
{
    return run([](WorkspaceSession &session) { return session.lock(); });
}

QFuture<Status> SessionController::unlock(QByteArray passphrase)
{
    return run([passphrase = std::move(passphrase)](WorkspaceSession &session) mutable {
        Status status = session.unlock(passphrase);
        passphrase.fill('\0');
        return status;
    });
}

Status SessionController::logout()
{
    if (m_loggedOut)
        return {};
    m_loggedOut = true;
    // The calls already queued (a closing window's last draft, a thumbnail being stored) run first,
    // in order, on the session's thread. Waiting on the pool rather than on the future matters:
    // QFuture::waitForFinished runs a task that has not started yet on the CALLING thread, which
    // would put the logout ahead of them and beside whatever the session's thread is doing.
    QFuture<Status> future = run([](WorkspaceSession &session) { return session.logout(); });
    m_pool.waitForDone();
    return future.result();
}

} // namespace ridgeline
