#pragma once

#include "app/core/importplan.h"
#include "app/presentation/inbox/inboxmodel.h"
#include "app/services/postimport.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace ridgeline {

class InboxWatcher;
class SessionController;

// Intake in the window: watches the workspace's inbox folder ("<database>.inbox") and imports each
// complete package through ImportService on the session's thread, one at a time, in the order they
// arrived. Feeds the InboxModel it owns (progress while importing, then the recorded
// transmissions), and afterwards moves an inbox package into ".imported" or, when refused, into
// ".quarantine" with its reason. Packages the user picked from elsewhere are imported in place
// and never moved.
//
// Thread affinity: UI thread; the watcher lives here too. Progress from the worker is posted back.
// The SessionController must outlive this object's pending work: it waits for its pool when
// destroyed, so making both children of the window (the session destroyed first) is enough.
class IntakeController : public QObject
{
    Q_OBJECT
public:
    explicit IntakeController(SessionController *session, QObject *parent = nullptr);
    ~IntakeController() override;

    InboxModel *model() { return &m_model; }
    InboxWatcher *watcher() const { return m_watcher; }
    // Whether the signed-in user's role may import (Action::ImportTransmission).
    bool canImport() const;
    bool isWatching() const { return m_watcher != nullptr; }
    bool isBusy() const { return m_running; }
    int queuedCount() const { return int(m_queue.size()); }
    QString inboxPath() const;
    QString quarantinePath() const;

    // Starts watching the inbox (creates its folders) when the user may import; loads the
    // transmission list either way. Emits failed() when the inbox cannot be created.
    void start();
    // Imports a package (folder or .zip) that the user picked; it stays where it is.
    void importPackage(const QString &path);
    // Asks a running import to stop and drops the queue (the window is closing). The package that
    // was being imported stays in the inbox for the next start.
    void cancelAll();
    // While paused (the workstation is locked) packages are queued but not imported.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Derived data after each committed import (postimport.h): thumbnails from the start; the mark
    // viewer adds its tile pyramids here. Each imported original is handed to every hook in its own
    // session job, after the import, so the window's other requests interleave with the work.
    void addPostImportHook(std::shared_ptr<PostImportHook> hook);
    const PostImportHooks &postImportHooks() const { return m_hooks; }
    // Originals still waiting for (or in) their post-import work.
    int derivedPending() const { return int(m_derivedQueue.size()) + (m_deriving ? 1 : 0); }

public Q_SLOTS:
    void refreshTransmissions();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A one-line account for the status bar, e.g. "Imported WYP/2026/004117: 3 marks, 1 document".
    void statusMessage(const QString &message);
    void packageImported(const QString &path, const ridgeline::ImportOutcome &outcome);
    // fromInbox: the package was moved into quarantine; otherwise the user picked it.
    void packageRefused(const QString &path, const QString &reason, bool fromInbox);
    // Cases were created or changed: the case list should be read again.
    void casesChanged();
    void transmissionsLoaded(int count);
    void failed(const QString &message);
    // The post-import hooks have run for this original (a new thumbnail may be there to show).
    void derivedDataBuilt(const QByteArray &sha256);
    // All post-import work queued so far is done.
    void derivedDataIdle();

private:
    struct Job
    {
        QString path;
        bool fromInbox = true;
    };
    struct Outcome;
    void enqueue(const QString &path, bool fromInbox);
    void runNext();
    void finish(const Job &job, const Outcome &outcome);
    void fileAway(const Job &job, const Outcome &outcome);
    void setRunning(bool running);
    void runNextDerived();

    SessionController *m_session;
    InboxModel m_model;
    InboxWatcher *m_watcher = nullptr;
    QList<Job> m_queue;
    bool m_running = false;
    bool m_paused = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    PostImportHooks m_hooks;
    QList<ImportedOriginal> m_derivedQueue;
    bool m_deriving = false;
};

} // namespace ridgeline
