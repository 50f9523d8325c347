#pragma once

#include "app/core/casework.h"
#include "app/core/error.h"
#include "app/core/intakerecords.h"
#include "app/presentation/casework/caseworksteps.h"

#include <QObject>

#include <optional>

namespace ridgeline {

class SessionController;

// The casework of one mark as the casework panel shows it, and the examiner's steps on it. Reads
// MarkCasework and runs every step through the session on its thread (SessionController::run),
// passing the version last read so a change made meanwhile in another session is refused as a
// conflict; then the record is read again. One step at a time. The offers only enable buttons:
// the session decides. UI thread.
class MarkCaseworkController : public QObject
{
    Q_OBJECT
public:
    MarkCaseworkController(SessionController *session, const MarkId &mark, QObject *parent = nullptr);

    const MarkId &markId() const { return m_mark; }
    // Null until the first read has answered (and after a failed first read).
    const std::optional<MarkCasework> &casework() const { return m_casework; }
    const User &user() const;
    // The workspace policy: verifiers do not see the first examiner's records until they commit theirs.
    bool blindVerification() const;
    bool isBusy() const { return m_busy; }
    bool isLoading() const { return m_loading; }
    // Not enabled while a step or a read is running.
    CaseworkStepOffer offer(CaseworkStep step) const;
    // "JH/1" once read, else the id.
    QString markLabel() const;

    // The exemplar impressions of the mark's case, for the conclusion forms and to name the
    // impression a conclusion refers to. Asked for only when needed: while the examiner's analysis
    // is not committed the session refuses (and audits) the listing.
    const QList<ExemplarImpressionRecord> &exemplars() const { return m_exemplars; }
    bool exemplarsLoaded() const { return m_exemplarsLoaded; }
    // "BROOK, Samuel: Right middle finger (rolled), exhibit TB/3" for an impression's id, else a short form.
    QString exemplarLabel(const QString &exemplarRef) const;

public Q_SLOTS:
    void reload();
    void loadExemplars();

    void startAnalysis();
    void commitAnalysis(const ridgeline::AnalysisInput &input);
    void beginComparison();
    void recordConclusion(const ridgeline::ConclusionInput &input);
    void submitForVerification();
    void recordVerification(const ridgeline::ConclusionInput &input);
    void resolveConflict(const QString &reexamined, const QString &outcome, const ridgeline::ConclusionInput &final);

Q_SIGNALS:
    void busyChanged(bool busy);
    void loadingChanged(bool loading);
    // The record was read or a step answered with it: casework() is current.
    void changed();
    void loadFailed(const QString &message);
    // A step was stored; message says what happened (translated).
    void stepFinished(ridgeline::CaseworkStep step, const QString &message);
    // A step was refused; conflict: another session changed the mark first (the record is read again).
    void stepFailed(ridgeline::CaseworkStep step, const QString &message, bool conflict);
    void exemplarsReady();
    void exemplarsFailed(const QString &message);

private:
    template<class Call> void runStep(CaseworkStep step, Call call);
    void finishStep(CaseworkStep step, const Result<MarkCasework> &result);
    QString stepMessage(CaseworkStep step) const;
    void setBusy(bool busy);
    void loadExemplarsIfReferenced();

    SessionController *m_session;
    MarkId m_mark;
    std::optional<MarkCasework> m_casework;
    QList<ExemplarImpressionRecord> m_exemplars;
    quint64 m_readRequest = 0;
    bool m_busy = false;
    bool m_loading = false;
    bool m_exemplarsLoaded = false;
    bool m_exemplarsLoading = false;
};

} // namespace ridgeline
