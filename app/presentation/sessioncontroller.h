#pragma once

#include "app/presentation/casedetails.h"
#include "app/services/workspacesession.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <type_traits>

namespace ridgeline {

// What the window needs to know about a signed-in session without touching it on the UI thread.
struct SessionInfo
{
    User user;
    QString databasePath;
    WorkspacePolicy policy;
};

// Owns one unlocked WorkspaceSession and runs every call on it on a private pool of one thread,
// so the session is never used by two threads at once and never on the UI thread. Lives on the
// UI thread; the futures it returns finish on the pool and are observed with QFutureWatcher.
// Destroying it waits for queued calls to finish.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(std::unique_ptr<WorkspaceSession> session, SessionInfo info, QObject *parent = nullptr);
    ~SessionController() override;

    const SessionInfo &info() const { return m_info; }

    // Runs fn(WorkspaceSession &) on the session thread.
    template<class Fn> auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, WorkspaceSession &>>
    {
        return QtConcurrent::run(&m_pool, [session = m_session, fn = std::move(fn)]() mutable { return fn(*session); });
    }

    QFuture<Result<QList<CaseRecord>>> loadCases();
    QFuture<Result<CaseDetails>> loadDetails(const CaseId &id);
    QFuture<Status> lock();
    // Takes the passphrase over (pass it with std::move so no shared copy is left behind) and wipes
    // it once the session has seen it.
    QFuture<Status> unlock(QByteArray passphrase);
    // Signs the closing checkpoint and closes the database; waits for it.
    Status logout();

private:
    std::shared_ptr<WorkspaceSession> m_session;
    SessionInfo m_info;
    QThreadPool m_pool;
    bool m_loggedOut = false;
};

// The text of every error of a Result, for messages.
template<class T> QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message();
}

} // namespace ridgeline
