#pragma once

#include "app/presentation/exemplarcandidatemodel.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace ridgeline {

class SessionController;

// Runs an exemplar search for a mark on the session thread (comparisons on all cores), reports its
// progress, lets the examiner cancel, and fills an ExemplarCandidateModel. One search at a time; a
// new one replaces (and cancels) the running one. UI thread.
class ExemplarSearchController : public QObject
{
    Q_OBJECT
public:
    explicit ExemplarSearchController(SessionController *session, QObject *parent = nullptr);
    ~ExemplarSearchController() override;

    ExemplarCandidateModel *model() { return &m_model; }
    bool isRunning() const { return m_running; }
    // The probe's minutiae and what was searched, from the last finished search.
    const ExemplarSearchResult &lastResult() const { return m_result; }

public Q_SLOTS:
    void searchMark(const ridgeline::Mark &mark);
    void cancel();

Q_SIGNALS:
    void started(const QString &probe);
    // stage: "Building templates", "Comparing"; total 0 while unknown.
    void progressChanged(const QString &stage, qint64 done, qint64 total);
    // summary: one sentence for the status bar.
    void finished(const QString &summary);
    void failed(const QString &message);

private:
    // Written by the session thread, read by the UI thread's poll timer.
    struct Shared
    {
        std::atomic<bool> cancel{false};
        QMutex mutex;
        QString stage;
        qint64 done = 0;
        qint64 total = 0;
    };
    void poll();

    SessionController *m_session;
    ExemplarCandidateModel m_model;
    ExemplarSearchResult m_result;
    std::shared_ptr<Shared> m_shared;
    QTimer m_poll;
    quint64 m_request = 0;
    bool m_running = false;
};

} // namespace ridgeline
