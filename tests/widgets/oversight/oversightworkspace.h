#pragma once

// A real encrypted workspace for the case officer's and the supervisor's windows (issue 7):
// makeSearchWorkspace's users and case, plus a verifier ("verifier", Gwen Prys) and a supervisor
// ("supervisor", Margaret Collins), and the case's first mark taken through the session calls from
// received to technical review: the examiner's analysis with a markup of 8 minutiae, comparison,
// an identification with the exemplar it names, submitted, and a blind verification that agrees
// (or, asked to, differs: the mark is then in conflict).

#include "app/core/markupjson.h"
#include "app/presentation/sessioncontroller.h"
#include "tests/app/services/searchworkspace.h"

#include <QImage>

namespace ridgeline::testing {

struct OversightWorkspace : SearchWorkspace
{
    static inline const QByteArray verifierPass = "verifier second pair of eyes";
    static inline const QByteArray supervisorPass = "supervisor signs with care";
    MarkId mark;
    QString exhibit;
    QString exemplar;
    ConclusionInput identification;
    AnalysisInput analysis;
};

inline std::unique_ptr<LocalWorkspaceSession> openAs(const QString &path, const QString &user, const QByteArray &pass)
{
    auto session = LocalWorkspaceSession::open(path, user, pass, fastOptions());
    return session ? std::move(*session) : nullptr;
}

inline std::unique_ptr<SessionController> controllerAs(const QString &path, const QString &user, const QByteArray &pass)
{
    auto session = openAs(path, user, pass);
    if (!session)
        return nullptr;
    SessionInfo info{session->user(), path, session->policy()};
    return std::make_unique<SessionController>(std::move(session), info);
}

// The examiner's markup of the mark: 5 ridge endings and 3 bifurcations.
inline QByteArray eightMinutiae(const Mark &mark, const QByteArray &image)
{
    const QImage decoded = QImage::fromData(image);
    Markup markup = Markup::forImage(QString::fromLatin1(mark.originalSha256.toHex()), decoded.size());
    for (int i = 0; i < 8; ++i) {
        MarkupFeature f;
        f.id = FeatureId::create();
        f.type = i < 5 ? FeatureType::MinutiaEnding : FeatureType::MinutiaBifurcation;
        f.position = QPointF(40 + 25 * i, 60 + 15 * i);
        f.direction = 45.0 * i;
        f.author = QStringLiteral("examiner");
        f.createdUtc = QDateTime::currentDateTimeUtc();
        f.modifiedUtc = f.createdUtc;
        markup.features.append(f);
    }
    return markupToJson(markup);
}

// disagree: the verifier concludes inconclusive, so the mark ends in conflict instead.
inline OversightWorkspace makeOversightWorkspace(const QString &path, const QString &packageFolder,
                                                 bool disagree = false)
{
    OversightWorkspace ws;
    static_cast<SearchWorkspace &>(ws) = makeSearchWorkspace(path, packageFolder);
    if (!ws.error.isEmpty())
        return ws;
    const auto fail = [&](const QString &why) {
        ws.error = why;
        return ws;
    };
    {
        auto admin = openAs(path, QStringLiteral("admin"), SearchWorkspace::adminPass);
        if (!admin ||
            !admin->addUser(QStringLiteral("verifier"), QStringLiteral("Gwen Prys"), Role::Examiner,
                            OversightWorkspace::verifierPass) ||
            !admin->addUser(QStringLiteral("supervisor"), QStringLiteral("Margaret Collins"), Role::Supervisor,
                            OversightWorkspace::supervisorPass) ||
            !admin->logout())
            return fail(QStringLiteral("the verifier and the supervisor could not be added"));
    }
    auto examiner = openAs(path, QStringLiteral("examiner"), SearchWorkspace::examinerPass);
    if (!examiner)
        return fail(QStringLiteral("the examiner could not sign in"));
    auto marks = examiner->cases().marksOfCase(ws.caseId);
    if (!marks || marks->isEmpty())
        return fail(QStringLiteral("the case has no mark"));
    const Mark mark = marks->first();
    ws.mark = mark.id;
    ws.exhibit = mark.exhibitReference;
    auto image = examiner->readOriginal(mark.originalSha256, QStringLiteral("mark"), mark.id.toString());
    if (!image)
        return fail(image.error().message());
    auto work = examiner->markCasework(mark.id);
    const auto step = [&](Result<MarkCasework> next) {
        work = std::move(next);
        return work.ok();
    };
    ws.analysis.value = ValueDecision::OfValueForIdentification;
    ws.analysis.substrate = QStringLiteral("glass, smooth, non-porous");
    ws.analysis.developmentMethod = QStringLiteral("aluminium powder, lifted");
    ws.analysis.distortionNotes = QStringLiteral("slight lateral slippage at the tip");
    if (!work || !step(examiner->startAnalysis(mark.id, work->version)) ||
        !examiner->saveMarkupDraft(mark.id, 0, eightMinutiae(mark, *image)) ||
        !step(examiner->commitAnalysis(mark.id, ws.analysis, work->version)))
        return fail(work ? QStringLiteral("the markup draft was refused") : work.error().message());
    auto impressions = examiner->exemplarImpressionsOfCase(ws.caseId);
    if (!impressions || impressions->isEmpty())
        return fail(QStringLiteral("the case has no exemplar"));
    ws.exemplar = impressions->first().id.toString();
    ws.identification = {ConclusionKind::Identification,
                         QStringLiteral("12 corresponding minutiae in agreement, no discrepancy"), ws.exemplar};
    if (!step(examiner->beginComparison(mark.id, work->version)) ||
        !step(examiner->recordConclusion(mark.id, ws.identification, work->version)) ||
        !step(examiner->submitForVerification(mark.id, work->version)) || !examiner->logout())
        return fail(work ? QStringLiteral("the examiner could not log out") : work.error().message());
    auto verifier = openAs(path, QStringLiteral("verifier"), OversightWorkspace::verifierPass);
    if (!verifier)
        return fail(QStringLiteral("the verifier could not sign in"));
    auto blind = verifier->markCasework(mark.id);
    const ConclusionInput inconclusive{
        ConclusionKind::Inconclusive, QStringLiteral("Ridge flow unclear below the core; cannot confirm"), {}};
    if (!blind ||
        !step(verifier->recordVerification(mark.id, disagree ? inconclusive : ws.identification, blind->version)))
        return fail(blind ? work.error().message() : blind.error().message());
    if (work->mark.state != (disagree ? MarkState::Conflict : MarkState::TechnicalReview))
        return fail(QStringLiteral("the mark is at %1").arg(markStateKey(work->mark.state)));
    if (!verifier->logout())
        return fail(QStringLiteral("the verifier could not log out"));
    return ws;
}

} // namespace ridgeline::testing
