#include "app/presentation/inbox/intakecontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"
#include "app/services/importservice.h"
#include "app/services/inboxwatcher.h"
#include "app/services/thumbnails.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <optional>

namespace ridgeline {

struct IntakeController::Outcome
{
    std::optional<ImportOutcome> imported;
    std::optional<Error> error;
    QList<ImportedOriginal> originals;
};

IntakeController::IntakeController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_hooks.append(std::make_shared<ThumbnailHook>());
}

void IntakeController::addPostImportHook(std::shared_ptr<PostImportHook> hook)
{
    m_hooks.append(std::move(hook));
}

IntakeController::~IntakeController()
{
    cancelAll();
}

bool IntakeController::canImport() const
{
    return isAllowed(m_session->info().user.role, Action::ImportTransmission);
}

QString IntakeController::inboxPath() const
{
    return InboxWatcher::inboxPathFor(m_session->info().databasePath);
}

QString IntakeController::quarantinePath() const
{
    return m_watcher ? m_watcher->quarantinePath() : QDir(inboxPath()).filePath(QStringLiteral(".quarantine"));
}

void IntakeController::start()
{
    if (!m_watcher && canImport()) {
        m_watcher = new InboxWatcher(inboxPath(), std::chrono::seconds(5), this);
        connect(m_watcher, &InboxWatcher::packageReady, this, [this](const QString &path) { enqueue(path, true); });
        if (Status started = m_watcher->start(); !started) {
            Q_EMIT failed(tr("The inbox is not watched: %1").arg(started.error().message()));
            delete m_watcher;
            m_watcher = nullptr;
        }
    }
    refreshTransmissions();
}

void IntakeController::importPackage(const QString &path)
{
    enqueue(QFileInfo(path).absoluteFilePath(), false);
}

void IntakeController::cancelAll()
{
    for (const Job &job : std::as_const(m_queue)) {
        m_model.packageFinished(job.path);
        if (job.fromInbox && m_watcher)
            m_watcher->forget(job.path);
    }
    m_queue.clear();
    m_derivedQueue.clear(); // derived data is rebuilt on demand; nothing is lost
    m_cancel->store(true);
}

void IntakeController::setPaused(bool paused)
{
    m_paused = paused;
    runNext();
    runNextDerived();
}

void IntakeController::enqueue(const QString &path, bool fromInbox)
{
    for (const Job &job : std::as_const(m_queue)) {
        if (job.path == path)
            return;
    }
    // A new cancel flag for work queued after a cancel (a window that stays open after all).
    if (!m_running && m_queue.isEmpty() && m_cancel->load())
        m_cancel = std::make_shared<std::atomic_bool>(false);
    m_queue.append({path, fromInbox});
    m_model.packageQueued(path);
    runNext();
}

void IntakeController::runNext()
{
    if (m_running || m_paused || m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    setRunning(true);
    m_model.packageStarted(job.path);
    QPointer<IntakeController> self(this);
    // Items checked and filed count up to 95 %; the commit (fsync) is the last stretch.
    auto progress = [self, path = job.path, lastPercent = -1](qint64 items, qint64 itemCount) mutable {
        const qint64 done = items * 95, total = itemCount * 100;
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        // Posted to the UI thread; dropped there if the controller has gone meanwhile.
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, done, total]() {
                if (self)
                    self->m_model.packageProgress(path, done, total);
            },
            Qt::QueuedConnection);
    };
    auto future = m_session->run([path = job.path, cancel = m_cancel, progress](WorkspaceSession &session) {
        ImportService service(session);
        ImportService::Result result = service.importPackage(path, progress, cancel.get());
        return Outcome{result.outcome, result.error, result.originals};
    });
    whenFinished(this, future, [this, job](const Outcome &outcome) { finish(job, outcome); });
}

void IntakeController::finish(const Job &job, const Outcome &outcome)
{
    m_model.packageFinished(job.path);
    fileAway(job, outcome);
    setRunning(false);
    refreshTransmissions();
    if (outcome.imported && !outcome.imported->alreadyImported)
        Q_EMIT casesChanged();
    m_derivedQueue.append(outcome.originals);
    runNext();
    runNextDerived();
}

void IntakeController::runNextDerived()
{
    if (m_deriving || m_paused)
        return;
    if (m_derivedQueue.isEmpty() || m_hooks.isEmpty()) {
        m_derivedQueue.clear();
        Q_EMIT derivedDataIdle();
        return;
    }
    const ImportedOriginal original = m_derivedQueue.takeFirst();
    m_deriving = true;
    auto future = m_session->run([hooks = m_hooks, original](WorkspaceSession &session) {
        QStringList problems;
        for (const auto &hook : hooks) {
            if (Status s = hook->process(session, original); !s)
                problems.append(tr("%1 of %2 %3: %4")
                                    .arg(hook->name(), original.objectType, original.objectId, s.error().message()));
        }
        return problems;
    });
    whenFinished(this, future, [this, sha = original.sha256](const QStringList &problems) {
        m_deriving = false;
        // Derived data is rebuilt when it is first needed: a problem here is worth a line in the
        // status bar, never a failed import.
        if (!problems.isEmpty())
            Q_EMIT statusMessage(problems.join(QLatin1Char(' ')));
        else
            Q_EMIT derivedDataBuilt(sha);
        runNextDerived();
    });
}

void IntakeController::fileAway(const Job &job, const Outcome &outcome)
{
    const QString name = QFileInfo(job.path).fileName();
    if (outcome.imported) {
        const ImportOutcome &done = *outcome.imported;
        if (job.fromInbox && m_watcher) {
            if (auto moved = m_watcher->moveToImported(job.path); !moved)
                Q_EMIT failed(tr("%1 was imported but could not be moved out of the inbox: %2")
                                  .arg(name, moved.error().message()));
        }
        if (done.alreadyImported) {
            Q_EMIT statusMessage(
                tr("%1 was already imported into %2; nothing was duplicated").arg(name, done.caseReference));
        } else {
            Q_EMIT statusMessage(tr("Imported %1: %2, %3")
                                     .arg(done.caseReference, tr("%n mark(s)", nullptr, done.marks),
                                          tr("%n document(s)", nullptr, done.documents)));
        }
        Q_EMIT packageImported(job.path, done);
        return;
    }
    const Error error = outcome.error.value_or(Error(ErrorCode::Internal, tr("no result")));
    if (error.code() != ErrorCode::BadInput) {
        // Cancelled, disk full, session locked: the package itself may be fine, so it waits.
        if (error.code() != ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("%1 was not imported and stays where it is: %2").arg(name, error.message()));
        if (job.fromInbox && m_watcher)
            m_watcher->forget(job.path); // tried again at the next scan
        else
            Q_EMIT packageRefused(job.path, error.message(), false);
        return;
    }
    if (job.fromInbox && m_watcher) {
        if (auto moved = m_watcher->moveToQuarantine(job.path, error.message()); !moved)
            Q_EMIT failed(
                tr("%1 was refused but could not be moved into quarantine: %2").arg(name, moved.error().message()));
        Q_EMIT statusMessage(tr("Quarantined %1: %2").arg(name, error.message()));
    } else {
        Q_EMIT statusMessage(tr("Refused %1: %2").arg(name, error.message()));
    }
    Q_EMIT packageRefused(job.path, error.message(), job.fromInbox);
}

void IntakeController::refreshTransmissions()
{
    auto future = m_session->run([](WorkspaceSession &session) { return session.transmissions(); });
    whenFinished(this, future, [this](const Result<QList<Transmission>> &result) {
        if (!result) {
            Q_EMIT failed(tr("The transmission list could not be read: %1").arg(result.error().message()));
            return;
        }
        m_model.setTransmissions(result.value());
        Q_EMIT transmissionsLoaded(int(result.value().size()));
    });
}

void IntakeController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT busyChanged(running);
}

} // namespace ridgeline
