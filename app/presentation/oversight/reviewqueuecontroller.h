#pragma once

#include "app/presentation/oversight/markrecordtext.h"
#include "app/presentation/oversight/reviewqueuemodel.h"
#include "app/presentation/oversight/signoffmodel.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ridgeline {

class SessionController;

// The full record of one mark as the supervisor reviews it, read in one go on the session's thread.
struct MarkReview
{
    MarkCasework casework;
    ExemplarNames exemplars;          // the exemplar impressions of the case, by id
    QList<SignOffRecord> signOffs;    // of the mark's case
    QHash<QString, QString> exhibits; // mark id -> exhibit reference, of the case
    QStringList problems;             // parts that could not be read
};

// The supervisor's review queue (issue 7): loads caseworkQueue(ReviewQueue) into a ReviewQueueModel,
// the selected mark's full record (MarkReview) and the sign-offs of its case, and takes the
// supervisor's steps on it - return for rework, exempt from verification, resolve a conflict - each
// with the version last read, so a change made meanwhile in another session is refused as a
// conflict and nothing is overwritten. Everything runs on the session's thread; one step at a time;
// a reply that arrives after a newer request is dropped. UI thread.
class ReviewQueueController : public QObject
{
    Q_OBJECT
public:
    explicit ReviewQueueController(SessionController *session, QObject *parent = nullptr);

    ReviewQueueModel *model() { return &m_queue; }
    SignOffModel *signOffModel() { return &m_signOffs; }
    const std::optional<MarkReview> &review() const { return m_review; }
    const MarkId &selected() const { return m_selected; }
    bool isBusy() const { return m_busy; }
    // Which supervisor steps the selected mark's stage offers (the session still decides).
    bool canReturnForRework() const;
    bool canExempt() const;
    bool canResolve() const;
    // The marks of the selected mark's case at technical review, as the queue lists them.
    QList<CaseworkQueueEntry> signOffCandidates() const;

public Q_SLOTS:
    void refresh();
    void select(const ridgeline::MarkId &mark); // a null id clears the record
    void returnForRework(const QString &reason);
    void exemptFromVerification(const QString &reason);
    void resolveConflict(const QString &reexamined, const QString &outcome, const ridgeline::ConclusionInput &final);
    // After a sign-off made elsewhere (the sign-off dialog): reads queue and record again.
    void reload();

Q_SIGNALS:
    void queueLoaded(int count);
    void queueFailed(const QString &message);
    void reviewLoading();
    void reviewLoaded();
    void reviewCleared();
    void reviewFailed(const QString &message);
    void busyChanged(bool busy);
    void stepDone(const QString &message);
    void stepFailed(const QString &message);

private:
    using Step = std::function<Result<MarkCasework>(WorkspaceSession &, const MarkId &, int)>;
    void runStep(const QString &doneText, const QString &failedText, Step step);
    void setBusy(bool busy);
    MarkState selectedState() const;

    SessionController *m_session;
    ReviewQueueModel m_queue;
    SignOffModel m_signOffs;
    QTimer m_tick;
    MarkId m_selected;
    std::optional<MarkReview> m_review;
    quint64 m_queueRequest = 0;
    quint64 m_reviewRequest = 0;
    bool m_busy = false;
};

} // namespace ridgeline
