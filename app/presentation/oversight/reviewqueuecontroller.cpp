#include "app/presentation/oversight/reviewqueuecontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

#include <QCoreApplication>

namespace ridgeline {
namespace {

constexpr int kTickMs = 60 * 1000;

Result<MarkReview> readMarkReview(WorkspaceSession &s, const MarkId &mark)
{
    auto casework = s.markCasework(mark);
    if (!casework)
        return casework.error();
    MarkReview review;
    review.casework = std::move(casework).value();
    const CaseId caseId = review.casework.mark.caseId;
    if (auto exemplars = s.exemplarImpressionsOfCase(caseId)) {
        for (const ExemplarImpressionRecord &e : *exemplars)
            review.exemplars.insert(
                e.id.toString(),
                QCoreApplication::translate("ridgeline::ReviewQueueController", "%1: %2 (%3)")
                    .arg(e.personName, fingerPositionDisplayName(e.fingerPosition),
                         e.rolled ? QCoreApplication::translate("ridgeline::ReviewQueueController", "rolled")
                                  : QCoreApplication::translate("ridgeline::ReviewQueueController", "plain")));
    } else {
        review.problems << QCoreApplication::translate("ridgeline::ReviewQueueController",
                                                       "The exemplars of the case could not be listed: %1")
                               .arg(exemplars.error().message());
    }
    if (auto marks = s.cases().marksOfCase(caseId))
        for (const Mark &m : *marks)
            review.exhibits.insert(m.id.toString(), m.exhibitReference);
    if (auto signOffs = s.signOffs(caseId))
        review.signOffs = std::move(signOffs).value();
    else
        review.problems << QCoreApplication::translate("ridgeline::ReviewQueueController",
                                                       "The sign-offs of the case could not be read: %1")
                               .arg(signOffs.error().message());
    return review;
}

} // namespace

ReviewQueueController::ReviewQueueController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, &m_queue, &ReviewQueueModel::tick);
    m_tick.start();
}

void ReviewQueueController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

MarkState ReviewQueueController::selectedState() const
{
    return m_review ? m_review->casework.mark.state : MarkState::Received;
}

bool ReviewQueueController::canReturnForRework() const
{
    return m_review && selectedState() == MarkState::TechnicalReview;
}

bool ReviewQueueController::canExempt() const
{
    return m_review && selectedState() == MarkState::Evaluation;
}

bool ReviewQueueController::canResolve() const
{
    return m_review && (selectedState() == MarkState::Conflict || selectedState() == MarkState::Resolution);
}

QList<CaseworkQueueEntry> ReviewQueueController::signOffCandidates() const
{
    if (!m_review)
        return {};
    return m_queue.atTechnicalReview(m_review->casework.mark.caseId);
}

void ReviewQueueController::refresh()
{
    const quint64 request = ++m_queueRequest;
    auto future = m_session->run([](WorkspaceSession &s) { return s.caseworkQueue(CaseworkQueue::ReviewQueue); });
    whenFinished(this, future, [this, request](const Result<QList<CaseworkQueueEntry>> &result) {
        if (request != m_queueRequest)
            return;
        if (!result) {
            Q_EMIT queueFailed(tr("The review queue could not be read: %1").arg(result.error().message()));
            return;
        }
        m_queue.setEntries(result.value());
        Q_EMIT queueLoaded(int(result.value().size()));
    });
}

void ReviewQueueController::select(const MarkId &mark)
{
    const quint64 request = ++m_reviewRequest;
    m_selected = mark;
    if (mark.isNull()) {
        m_review.reset();
        m_signOffs.setSignOffs({});
        Q_EMIT reviewCleared();
        return;
    }
    Q_EMIT reviewLoading();
    auto future = m_session->run([mark](WorkspaceSession &s) { return readMarkReview(s, mark); });
    whenFinished(this, future, [this, request](const Result<MarkReview> &result) {
        if (request != m_reviewRequest)
            return;
        if (!result) {
            m_review.reset();
            m_signOffs.setSignOffs({});
            Q_EMIT reviewFailed(tr("The record of the mark could not be read: %1").arg(result.error().message()));
            return;
        }
        m_review = result.value();
        m_signOffs.setSignOffs(m_review->signOffs, m_review->exhibits);
        Q_EMIT reviewLoaded();
    });
}

void ReviewQueueController::reload()
{
    refresh();
    select(m_selected);
}

void ReviewQueueController::runStep(const QString &doneText, const QString &failedText, Step step)
{
    if (!m_review || m_busy) {
        Q_EMIT stepFailed(failedText.arg(tr("select a mark in the queue first, and wait for the step under way")));
        return;
    }
    setBusy(true);
    const MarkId mark = m_review->casework.mark.id;
    const int version = m_review->casework.version;
    auto future =
        m_session->run([step = std::move(step), mark, version](WorkspaceSession &s) { return step(s, mark, version); });
    whenFinished(this, future, [this, doneText, failedText](const Result<MarkCasework> &result) {
        setBusy(false);
        if (result)
            Q_EMIT stepDone(doneText);
        else
            Q_EMIT stepFailed(failedText.arg(result.error().message()));
        reload(); // the record as it now stands, whichever way it went
    });
}

void ReviewQueueController::returnForRework(const QString &reason)
{
    const QString exhibit = m_review ? m_review->casework.mark.exhibitReference : QString();
    runStep(tr("%1 returned to the examiner for rework.").arg(exhibit),
            tr("%1 was not returned for rework: %2").arg(exhibit),
            [reason](WorkspaceSession &s, const MarkId &mark, int version) {
                return s.returnForRework(mark, reason, version);
            });
}

void ReviewQueueController::exemptFromVerification(const QString &reason)
{
    const QString exhibit = m_review ? m_review->casework.mark.exhibitReference : QString();
    runStep(tr("%1 exempted from verification; it is now at technical review.").arg(exhibit),
            tr("%1 was not exempted from verification: %2").arg(exhibit),
            [reason](WorkspaceSession &s, const MarkId &mark, int version) {
                return s.exemptFromVerification(mark, reason, version);
            });
}

void ReviewQueueController::resolveConflict(const QString &reexamined, const QString &outcome,
                                            const ConclusionInput &final)
{
    const QString exhibit = m_review ? m_review->casework.mark.exhibitReference : QString();
    runStep(tr("The conflict on %1 is resolved; the mark is at technical review.").arg(exhibit),
            tr("The conflict on %1 was not resolved: %2").arg(exhibit),
            [reexamined, outcome, final](WorkspaceSession &s, const MarkId &mark, int version) {
                return s.resolveConflict(mark, reexamined, outcome, final, version);
            });
}

} // namespace ridgeline
