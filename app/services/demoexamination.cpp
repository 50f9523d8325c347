// The demo's one finished examination (issue 8): so the supervisor's dashboard, the court chart and
// the case report have a real record to show, the first demo mark at the comparison stage is taken
// to a signed-off identification through the same steps and rules as any mark. The examiner
// searches the mark against the workspace's exemplars (an audited search, whose scores the
// dashboard plots), charts the strongest candidate's paired minutiae as numbered correspondences
// (the engine's pairs standing in for the examiner's own choice), records the identification and
// submits it; the second examiner verifies blind; the supervisor signs the case off with their own
// key. Nothing is written around the session.
#include "app/core/comparisonbundle.h"
#include "app/imaging/minutia.h"
#include "app/services/democaseload.h"
#include "app/services/demopackages.h"
#include "app/services/exemplarsearch.h"

#include <QCoreApplication>
#include <QImage>

namespace ridgeline {
namespace {

constexpr int kChartedPairs = 12; // a typical court chart's count of marked correspondences

MarkupFeature featureAt(const imaging::Minutia &m, const QString &author, const QDateTime &when, QSize size,
                        bool onMark)
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = m.type == imaging::MinutiaType::Ending ? FeatureType::MinutiaEnding : FeatureType::MinutiaBifurcation;
    f.position =
        QPointF(std::clamp(m.x + 0.5, 0.0, double(size.width())), std::clamp(m.y + 0.5, 0.0, double(size.height())));
    const double degrees = imaging::angleDegrees(m);
    f.direction = degrees < 360.0 ? degrees : 0.0;
    f.confidence = Confidence::High;
    f.author = author;
    f.createdUtc = when;
    f.modifiedUtc = when;
    f.afterExemplar = onMark; // the mark's features were charted with the exemplar in view
    return f;
}

Result<Mark> markAtComparison(LocalWorkspaceSession &session, const QString &reference, const QString &exhibit)
{
    auto cases = session.cases().cases();
    if (!cases)
        return cases.error();
    for (const CaseRecord &c : *cases) {
        if (c.reference.toString() != reference)
            continue;
        auto marks = session.cases().marksOfCase(c.id);
        if (!marks)
            return marks.error();
        for (const Mark &m : *marks)
            if (m.exhibitReference == exhibit && m.state == MarkState::Comparison)
                return m;
    }
    return Error(ErrorCode::NotFound,
                 QStringLiteral("demo mark %1 of %2 is not at comparison").arg(exhibit, reference));
}

} // namespace

Status completeDemoExamination(const QString &databasePath, const SessionOptions &options, const DemoUser &examiner,
                               const DemoUser &verifier, const DemoUser &supervisor)
{
    MarkId markId;
    CaseId caseId;
    QString exhibit;
    {
        auto opened = LocalWorkspaceSession::open(databasePath, examiner.name, examiner.passphrase, options);
        if (!opened)
            return opened.error();
        LocalWorkspaceSession &session = **opened;
        // The clearest of the marks at comparison: the one whose search puts an exemplar of its own
        // case first with the most paired minutiae (a faint mark would make a poor first chart).
        std::optional<Mark> chosen;
        ExemplarSearchResult chosenSearch;
        ExemplarCandidate best;
        for (const auto &[reference, candidateExhibit] : demoMarksMatchingTheirTenprint()) {
            auto mark = markAtComparison(session, reference, candidateExhibit);
            if (!mark)
                continue;
            auto found = ExemplarSearch(session).searchMark(*mark);
            if (!found)
                return found.error();
            if (found->candidates.isEmpty() || !found->candidates.first().exemplar.cases.contains(mark->caseId))
                continue;
            if (!chosen || found->candidates.first().pairs.size() > best.pairs.size()) {
                chosen = *mark;
                best = found->candidates.first();
                chosenSearch = found.value();
            }
        }
        if (!chosen || best.pairs.size() < 8)
            return Error(ErrorCode::Internal, QStringLiteral("no demo mark at comparison found its donor's exemplar"));
        const Mark *mark = &*chosen;
        const ExemplarSearchResult *found = &chosenSearch;
        markId = mark->id;
        caseId = mark->caseId;
        exhibit = mark->exhibitReference;
        auto impressions = session.exemplarImpressionsOfCase(caseId);
        if (!impressions)
            return impressions.error();
        const auto impression =
            std::find_if(impressions->cbegin(), impressions->cend(), [&](const ExemplarImpressionRecord &r) {
                return r.id.toString() == best.exemplar.impressionId;
            });
        if (impression == impressions->cend())
            return Error(ErrorCode::Internal, QStringLiteral("the demo exemplar is not linked to its case"));
        auto casework = session.markCasework(markId);
        if (!casework)
            return casework.error();

        // The mark's size, from its committed markup or the original itself.
        auto original = session.readOriginal(mark->originalSha256, QStringLiteral("mark"), markId.toString());
        if (!original)
            return original.error();
        QImage decoded;
        decoded.loadFromData(*original);
        if (decoded.isNull())
            return Error(ErrorCode::Internal, QStringLiteral("the demo mark %1 could not be decoded").arg(exhibit));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString markSha = QString::fromLatin1(mark->originalSha256.toHex());
        const QString exemplarSha = QString::fromLatin1(impression->originalSha256.toHex());
        ComparisonBundle bundle;
        bundle.mark = Markup::forImage(markSha, decoded.size());
        bundle.mark.exemplarFirstSeenUtc = now;
        bundle.exemplar = Markup::forImage(exemplarSha, impression->size);
        bundle.comparison.id = ComparisonId::create();
        bundle.comparison.leftSha256 = markSha;
        bundle.comparison.rightSha256 = exemplarSha;
        bundle.comparison.exemplar = {impression->person, impression->id, impression->exhibitReference,
                                      impression->fingerPosition};
        bundle.comparison.author = examiner.name;
        bundle.comparison.createdUtc = now;
        int number = 0;
        for (const imaging::MinutiaPair &pair : best.pairs) {
            if (number == kChartedPairs)
                break;
            if (pair.indexA < 0 || pair.indexA >= found->probeMinutiae.size() || pair.indexB < 0 ||
                pair.indexB >= best.exemplarMinutiae.size())
                continue;
            bundle.mark.features << featureAt(found->probeMinutiae.at(pair.indexA), examiner.name, now, decoded.size(),
                                              true);
            bundle.exemplar.features << featureAt(best.exemplarMinutiae.at(pair.indexB), examiner.name, now,
                                                  impression->size, false);
            Correspondence c;
            c.number = ++number;
            c.left = bundle.mark.features.last().id;
            c.right = bundle.exemplar.features.last().id;
            c.author = examiner.name;
            c.createdUtc = now;
            bundle.comparison.pairs << c;
        }
        const QByteArray json = comparisonBundleToJson(bundle);
        if (auto check = comparisonBundleFromJson(json); !check)
            return check.error();
        const QString exemplarRef = impression->id.toString();
        if (Status s = session.saveComparisonDraft(markId, exemplarRef, 0, json); !s)
            return s;
        if (auto committed = session.commitComparison(markId, exemplarRef); !committed)
            return committed.error();
        casework = session.markCasework(markId);
        if (!casework)
            return casework.error();
        ConclusionInput conclusion;
        conclusion.conclusion = ConclusionKind::Identification;
        conclusion.basis =
            QStringLiteral("%1 corresponding minutiae in agreement of type, direction and relative position, with "
                           "no unexplained difference; clarity of the mark sufficient throughout the charted area.")
                .arg(number);
        conclusion.exemplarRef = exemplarRef;
        casework = session.recordConclusion(markId, conclusion, casework->version);
        if (!casework)
            return casework.error();
        casework = session.submitForVerification(markId, casework->version);
        if (!casework)
            return casework.error();
        if (Status s = session.logout(); !s)
            return s;
    }
    {
        auto opened = LocalWorkspaceSession::open(databasePath, verifier.name, verifier.passphrase, options);
        if (!opened)
            return opened.error();
        auto casework = (*opened)->markCasework(markId);
        if (!casework)
            return casework.error();
        auto impressions = (*opened)->exemplarImpressionsOfCase(caseId);
        if (!impressions)
            return impressions.error();
        // The verifier reaches the same exemplar independently (blind): the conclusion's exemplar is
        // withheld from them, so they name the one their own comparison showed.
        QString exemplarRef;
        for (const ConclusionRecord &r : casework->conclusions)
            exemplarRef = r.input.exemplarRef;
        if (exemplarRef.isEmpty()) {
            auto open = (*opened)->cases().marksOfCase(caseId);
            if (!open)
                return open.error();
            const auto mark = std::find_if(open->cbegin(), open->cend(), [&](const Mark &m) { return m.id == markId; });
            if (mark == open->cend())
                return Error(ErrorCode::Internal, QStringLiteral("the demo mark vanished"));
            auto found = ExemplarSearch(**opened).searchMark(*mark);
            if (!found)
                return found.error();
            for (const ExemplarCandidate &c : found->candidates)
                if (c.exemplar.cases.contains(caseId)) {
                    exemplarRef = c.exemplar.impressionId;
                    break;
                }
        }
        ConclusionInput verification;
        verification.conclusion = ConclusionKind::Identification;
        verification.basis = QStringLiteral("Independent blind comparison: sufficient corresponding detail in "
                                            "agreement, no unexplained difference.");
        verification.exemplarRef = exemplarRef;
        casework = (*opened)->recordVerification(markId, verification, casework->version);
        if (!casework)
            return casework.error();
        if (Status s = (*opened)->logout(); !s)
            return s;
    }
    {
        auto opened = LocalWorkspaceSession::open(databasePath, supervisor.name, supervisor.passphrase, options);
        if (!opened)
            return opened.error();
        auto casework = (*opened)->markCasework(markId);
        if (!casework)
            return casework.error();
        if (casework->mark.state != MarkState::TechnicalReview)
            return Error(ErrorCode::Internal, QStringLiteral("the demo mark %1 did not reach technical review (%2)")
                                                  .arg(exhibit, markStateDisplayName(casework->mark.state)));
        auto signedOff =
            (*opened)->signOffCase(caseId, {markId}, {{markId.toString(), casework->version}}, supervisor.passphrase);
        if (!signedOff)
            return signedOff.error();
        if (Status s = (*opened)->logout(); !s)
            return s;
    }
    return {};
}

} // namespace ridgeline
