#include "app/presentation/casework/markcaseworkcontroller.h"

#include "app/presentation/futurewatch.h"
#include "app/presentation/sessioncontroller.h"

namespace ridgeline {

MarkCaseworkController::MarkCaseworkController(SessionController *session, const MarkId &mark, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_mark(mark)
{}

const User &MarkCaseworkController::user() const
{
    return m_session->info().user;
}

bool MarkCaseworkController::blindVerification() const
{
    return m_session->info().policy.blindVerification;
}

CaseworkStepOffer MarkCaseworkController::offer(CaseworkStep step) const
{
    if (!m_casework)
        return {step, false, false, {}};
    CaseworkStepOffer offer = caseworkStepOffer(step, *m_casework, user());
    if (offer.enabled && (m_busy || m_loading)) {
        offer.enabled = false;
        offer.why = m_busy ? tr("Another step on this mark is being stored.") : tr("The record is being read.");
    }
    return offer;
}

QString MarkCaseworkController::markLabel() const
{
    return m_casework ? m_casework->mark.exhibitReference : m_mark.toString();
}

QString MarkCaseworkController::exemplarLabel(const QString &exemplarRef) const
{
    if (exemplarRef.isEmpty())
        return {};
    for (const ExemplarImpressionRecord &e : m_exemplars)
        if (e.id.toString() == exemplarRef)
            return tr("%1: %2 (%3), exhibit %4")
                .arg(e.personName, fingerPositionDisplayName(e.fingerPosition), e.rolled ? tr("rolled") : tr("plain"),
                     e.exhibitReference);
    if (exemplarRef.startsWith(QLatin1String("mark:")))
        return tr("mark %1").arg(exemplarRef.mid(5, 8));
    return tr("impression %1").arg(exemplarRef.left(8));
}

void MarkCaseworkController::reload()
{
    const quint64 request = ++m_readRequest;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    auto read = m_session->run([id = m_mark](WorkspaceSession &s) { return s.markCasework(id); });
    whenFinished(this, read, [this, request](const Result<MarkCasework> &result) {
        if (request != m_readRequest)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!result) {
            Q_EMIT loadFailed(
                tr("The casework of %1 could not be read: %2").arg(markLabel(), result.error().message()));
            return;
        }
        m_casework = result.value();
        Q_EMIT changed();
        loadExemplarsIfReferenced();
    });
}

void MarkCaseworkController::loadExemplars()
{
    if (!m_casework || m_exemplarsLoading)
        return;
    m_exemplarsLoading = true;
    auto listed = m_session->run(
        [caseId = m_casework->mark.caseId](WorkspaceSession &s) { return s.exemplarImpressionsOfCase(caseId); });
    whenFinished(this, listed, [this](const Result<QList<ExemplarImpressionRecord>> &result) {
        m_exemplarsLoading = false;
        if (!result) {
            Q_EMIT exemplarsFailed(
                tr("The exemplars of the case could not be listed: %1").arg(result.error().message()));
            return;
        }
        m_exemplars = result.value();
        m_exemplarsLoaded = true;
        Q_EMIT exemplarsReady();
    });
}

// Conclusions shown name their impression; the listing is asked for only once one refers to one
// (the examiner is then past the analysis, so it is not a sequestered read).
void MarkCaseworkController::loadExemplarsIfReferenced()
{
    if (m_exemplarsLoaded || !m_casework)
        return;
    bool referenced = m_casework->resolution && !m_casework->resolution->final.exemplarRef.isEmpty();
    for (const ConclusionRecord &c : std::as_const(m_casework->conclusions))
        referenced = referenced || !c.input.exemplarRef.isEmpty();
    if (referenced)
        loadExemplars();
}

void MarkCaseworkController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

template<class Call> void MarkCaseworkController::runStep(CaseworkStep step, Call call)
{
    if (m_busy || !m_casework)
        return;
    setBusy(true);
    auto stored = m_session->run([id = m_mark, version = m_casework->version,
                                  call = std::move(call)](WorkspaceSession &s) { return call(s, id, version); });
    whenFinished(this, stored, [this, step](const Result<MarkCasework> &result) { finishStep(step, result); });
}

void MarkCaseworkController::finishStep(CaseworkStep step, const Result<MarkCasework> &result)
{
    setBusy(false);
    if (!result) {
        const bool conflict = result.error().code() == ErrorCode::Conflict;
        QString message =
            tr("%1 on %2 was not stored: %3").arg(caseworkStepDisplayName(step), markLabel(), result.error().message());
        if (conflict)
            message += QLatin1Char(' ') + tr("The record has been read again; check it before trying again.");
        Q_EMIT stepFailed(step, message, conflict);
        if (conflict)
            reload();
        return;
    }
    ++m_readRequest; // a read still on its way is older than this answer
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    m_casework = result.value();
    Q_EMIT changed();
    Q_EMIT stepFinished(step, stepMessage(step));
    loadExemplarsIfReferenced();
}

QString MarkCaseworkController::stepMessage(CaseworkStep step) const
{
    const QString mark = markLabel();
    const MarkState state = m_casework ? m_casework->mark.state : MarkState::Received;
    switch (step) {
    case CaseworkStep::StartAnalysis:
        return tr("Analysis of %1 started. Exemplars of the case stay hidden until the analysis is committed.")
            .arg(mark);
    case CaseworkStep::CommitAnalysis:
        return tr("Analysis of %1 committed; its snapshot is on the record and cannot change.").arg(mark);
    case CaseworkStep::BeginComparison:
        return tr("Comparison of %1 begun: exemplars are visible, later markup changes are flagged.").arg(mark);
    case CaseworkStep::RecordConclusion:
        if (const ConclusionRecord *c =
                m_casework ? caseworkConclusion(*m_casework, ConclusionStage::Evaluation) : nullptr)
            return tr("Conclusion on %1 recorded: %2.").arg(mark, conclusionDisplayName(c->input.conclusion).toLower());
        return tr("Conclusion on %1 recorded.").arg(mark);
    case CaseworkStep::SubmitForVerification:
        return tr("%1 submitted for verification by a second examiner.").arg(mark);
    case CaseworkStep::RecordVerification:
        return state == MarkState::Conflict
                   ? tr("Verification of %1 recorded. It differs from the examiner's conclusion: the mark is in "
                        "conflict.")
                         .arg(mark)
                   : tr("Verification of %1 recorded; the mark goes to technical review.").arg(mark);
    case CaseworkStep::ResolveConflict:
        return tr("Conflict on %1 resolved; the mark goes to technical review.").arg(mark);
    }
    return {};
}

void MarkCaseworkController::startAnalysis()
{
    runStep(CaseworkStep::StartAnalysis,
            [](WorkspaceSession &s, const MarkId &id, int version) { return s.startAnalysis(id, version); });
}

void MarkCaseworkController::commitAnalysis(const AnalysisInput &input)
{
    runStep(CaseworkStep::CommitAnalysis, [input](WorkspaceSession &s, const MarkId &id, int version) {
        return s.commitAnalysis(id, input, version);
    });
}

void MarkCaseworkController::beginComparison()
{
    runStep(CaseworkStep::BeginComparison,
            [](WorkspaceSession &s, const MarkId &id, int version) { return s.beginComparison(id, version); });
}

void MarkCaseworkController::recordConclusion(const ConclusionInput &input)
{
    runStep(CaseworkStep::RecordConclusion, [input](WorkspaceSession &s, const MarkId &id, int version) {
        return s.recordConclusion(id, input, version);
    });
}

void MarkCaseworkController::submitForVerification()
{
    runStep(CaseworkStep::SubmitForVerification,
            [](WorkspaceSession &s, const MarkId &id, int version) { return s.submitForVerification(id, version); });
}

void MarkCaseworkController::recordVerification(const ConclusionInput &input)
{
    runStep(CaseworkStep::RecordVerification, [input](WorkspaceSession &s, const MarkId &id, int version) {
        return s.recordVerification(id, input, version);
    });
}

void MarkCaseworkController::resolveConflict(const QString &reexamined, const QString &outcome,
                                             const ConclusionInput &final)
{
    runStep(CaseworkStep::ResolveConflict,
            [reexamined, outcome, final](WorkspaceSession &s, const MarkId &id, int version) {
                return s.resolveConflict(id, reexamined, outcome, final, version);
            });
}

} // namespace ridgeline
