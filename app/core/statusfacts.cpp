#include "app/core/statusfacts.h"

#include <QHash>

namespace ridgeline {
namespace {

bool hasResult(MarkState state)
{
    switch (state) {
    case MarkState::Evaluation:
    case MarkState::Verification:
    case MarkState::Conflict:
    case MarkState::Resolution:
    case MarkState::TechnicalReview:
    case MarkState::SignedOff:
    case MarkState::Closed:
        return true;
    default:
        return false;
    }
}

} // namespace

VictimSummaryFacts victimSummaryFacts(const CaseRecord &record, const QList<Mark> &marks,
                                      const QList<MarkCasework> &casework, const QList<SignOffRecord> &signOffs)
{
    QHash<MarkId, const MarkCasework *> byMark;
    for (const MarkCasework &c : casework)
        byMark.insert(c.mark.id, &c);
    VictimSummaryFacts facts;
    facts.caseReference = record.reference.toString();
    facts.offence = record.offence;
    for (const Mark &mark : marks) {
        if (mark.kind == MarkKind::ScenePhoto)
            continue;
        ++facts.marksReceived;
        const MarkCasework *c = byMark.value(mark.id);
        const MarkState state = c ? c->mark.state : mark.state;
        const bool noValue = c && c->analysis && c->analysis->input.value == ValueDecision::NoValue;
        if (hasResult(state) || noValue)
            ++facts.marksExamined;
        if (state == MarkState::SignedOff || state == MarkState::Closed)
            ++facts.marksSignedOff;
    }
    for (const SignOffRecord &signOff : signOffs)
        if (signOff.inForce() && signOff.signedUtc.isValid()) {
            const QDate day = signOff.signedUtc.toLocalTime().date();
            if (!facts.signedOffOn.isValid() || day > facts.signedOffOn)
                facts.signedOffOn = day;
        }
    return facts;
}

} // namespace ridgeline
