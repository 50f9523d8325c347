#include "app/core/markupdocument.h"

#include "app/core/markupcommands.h"
#include "app/core/markupcomparisondocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>

namespace ridgeline {
namespace {

// Directions as stored: [0, 360), never -0.
std::optional<double> normalisedDirection(std::optional<double> degrees)
{
    if (!degrees || !std::isfinite(*degrees))
        return degrees;
    double d = std::fmod(*degrees, 360.0);
    if (d < 0)
        d += 360.0;
    if (d >= 360.0)
        d = 0.0;
    return d + 0.0;
}

} // namespace

MarkupDocument::MarkupDocument(QObject *parent)
    : QObject(parent)
{
    setClock({});
}

MarkupDocument::~MarkupDocument() = default;

Status MarkupDocument::setMarkup(Markup markup)
{
    if (Status ok = validateMarkup(markup); !ok)
        return ok;
    for (MarkupComparisonDocument *comparison : std::as_const(m_comparisons)) {
        const ComparisonSide side = comparison->sideOf(this);
        const MarkupComparison &c = comparison->comparison();
        if ((side == ComparisonSide::Left ? c.leftSha256 : c.rightSha256) != markup.imageSha256)
            return refuse(ErrorCode::Conflict,
                          QCoreApplication::translate("ridgeline::Markup",
                                                      "An open comparison is of another image; close it first."));
        for (const Correspondence &p : c.pairs)
            if (!markup.feature(side == ComparisonSide::Left ? p.left : p.right))
                return refuse(ErrorCode::Conflict,
                              QCoreApplication::translate("ridgeline::Markup",
                                                          "Pair %1 of an open comparison uses a feature this markup "
                                                          "does not have; close the comparison first.")
                                  .arg(p.number));
    }
    m_markup = std::move(markup);
    commandStack()->clear(); // a shared stack too: its steps refer to the old markup
    Q_EMIT markupReset();
    return {};
}

std::optional<MarkupFeature> MarkupDocument::feature(const FeatureId &id) const
{
    const MarkupFeature *f = m_markup.feature(id);
    return f ? std::optional(*f) : std::nullopt;
}

void MarkupDocument::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime MarkupDocument::now() const
{
    return m_clock().toUTC();
}

void MarkupDocument::setExemplarFirstSeen(const QDateTime &utc)
{
    if (!utc.isValid() || (m_markup.exemplarFirstSeenUtc.isValid() && m_markup.exemplarFirstSeenUtc <= utc))
        return;
    m_markup.exemplarFirstSeenUtc = utc.toUTC();
    Q_EMIT exemplarFirstSeenChanged();
}

int MarkupDocument::newMergeKey()
{
    static int key = 0; // UI thread only
    key = key == INT_MAX ? 1 : key + 1;
    return key;
}

Status MarkupDocument::refuse(ErrorCode code, const QString &reason) const
{
    return Error(code, reason);
}

Status MarkupDocument::checkUser() const
{
    if (m_userName.isEmpty())
        return refuse(ErrorCode::PermissionDenied,
                      QCoreApplication::translate("ridgeline::Markup",
                                                  "No examiner is signed in, and the markup records who changes it. "
                                                  "Sign in and try again."));
    return {};
}

Result<MarkupFeature> MarkupDocument::changed(const FeatureId &id) const
{
    if (Status ok = checkUser(); !ok)
        return ok.error();
    const MarkupFeature *f = m_markup.feature(id);
    if (!f)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ridgeline::Markup", "Feature %1 is not in the markup (any more).")
                         .arg(id.toString()));
    MarkupFeature after = *f;
    after.modifiedUtc = now();
    after.afterExemplar = after.afterExemplar || m_markup.exemplarFirstSeenUtc.isValid();
    return after;
}

Result<FeatureId> MarkupDocument::addFeature(MarkupFeature f)
{
    if (Status ok = checkUser(); !ok)
        return ok.error();
    if (f.id.isNull())
        f.id = FeatureId::create();
    else if (m_markup.indexOfFeature(f.id) >= 0 || m_markup.indexOfSuggestion(f.id) >= 0)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::Markup", "The markup already has a feature %1.")
                         .arg(f.id.toString()));
    if (m_markup.isNonePresent(f.type))
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ridgeline::Markup",
                                                 "The markup records \"%1\"; withdraw that before marking a %2.")
                         .arg(featureTypeNonePresentText(f.type), featureTypeDisplayName(f.type)));
    f.author = m_userName;
    f.createdUtc = f.modifiedUtc = now();
    f.origin = FeatureOrigin::manual();
    f.afterExemplar = m_markup.exemplarFirstSeenUtc.isValid();
    f.direction = normalisedDirection(f.direction);
    if (Status ok = validateFeature(f, m_markup.imageSize); !ok)
        return ok.error().withContext(
            QCoreApplication::translate("ridgeline::Markup", "New %1").arg(featureTypeDisplayName(f.type)));
    commandStack()->push(new AddFeatureCommand(this, f));
    return f.id;
}

Status MarkupDocument::removeFeature(const FeatureId &id)
{
    auto f = changed(id);
    if (!f)
        return f.error();
    commandStack()->push(new RemoveFeatureCommand(this, *m_markup.feature(id)));
    return {};
}

Status MarkupDocument::moveFeature(const FeatureId &id, QPointF position, int mergeKey)
{
    auto after = changed(id);
    if (!after)
        return after.error();
    const MarkupFeature &before = *m_markup.feature(id);
    const QPointF delta = position - before.position;
    after->position = position;
    for (QPointF &p : after->geometry)
        p += delta;
    if (Status ok = validateFeature(*after, m_markup.imageSize); !ok)
        return ok.error().withContext(featureTypeDisplayName(before.type));
    commandStack()->push(new MoveFeatureCommand(this, before, *after, mergeKey));
    return {};
}

Status MarkupDocument::setFeatureDirection(const FeatureId &id, std::optional<double> degrees, int mergeKey)
{
    auto after = changed(id);
    if (!after)
        return after.error();
    const MarkupFeature &before = *m_markup.feature(id);
    after->direction = normalisedDirection(degrees);
    if (Status ok = validateFeature(*after, m_markup.imageSize); !ok)
        return ok.error().withContext(featureTypeDisplayName(before.type));
    commandStack()->push(new SetFeatureDirectionCommand(this, before, *after, mergeKey));
    return {};
}

Status MarkupDocument::editFeature(const MarkupFeature &edited)
{
    auto stamped = changed(edited.id);
    if (!stamped)
        return stamped.error();
    const MarkupFeature &before = *m_markup.feature(edited.id);
    MarkupFeature after = edited;
    after.author = before.author;
    after.createdUtc = before.createdUtc;
    after.origin = before.origin;
    after.modifiedUtc = before.modifiedUtc;
    after.afterExemplar = before.afterExemplar;
    after.direction = normalisedDirection(after.direction);
    if (after == before)
        return {};
    after.modifiedUtc = stamped->modifiedUtc;
    after.afterExemplar = stamped->afterExemplar;
    if (after.type != before.type && m_markup.isNonePresent(after.type))
        return refuse(ErrorCode::Conflict,
                      QCoreApplication::translate("ridgeline::Markup",
                                                  "The markup records \"%1\"; withdraw that before marking a %2.")
                          .arg(featureTypeNonePresentText(after.type), featureTypeDisplayName(after.type)));
    if (Status ok = validateFeature(after, m_markup.imageSize); !ok)
        return ok.error().withContext(featureTypeDisplayName(before.type));
    commandStack()->push(new EditFeatureCommand(this, before, after));
    return {};
}

Status MarkupDocument::paintClarityDisc(QPointF centre, double radius, ClarityLevel level, int mergeKey)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    const ClarityChange change = m_markup.clarity.discChange(centre, radius, level);
    if (!change.isEmpty())
        commandStack()->push(new PaintClarityCommand(this, change, level, mergeKey));
    return {};
}

Status MarkupDocument::paintClarityPolygon(const QList<QPointF> &polygon, ClarityLevel level)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    if (polygon.size() < 3)
        return refuse(ErrorCode::BadInput,
                      QCoreApplication::translate("ridgeline::Markup", "A clarity area needs at least 3 points."));
    const ClarityChange change = m_markup.clarity.polygonChange(polygon, level);
    if (!change.isEmpty())
        commandStack()->push(new PaintClarityCommand(this, change, level, 0));
    return {};
}

Status MarkupDocument::setRegionOfInterest(const QList<QPointF> &polygon)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    if (Status ok = validateRegionOfInterest(polygon, m_markup.imageSize); !ok)
        return ok;
    if (polygon == m_markup.regionOfInterest)
        return {};
    commandStack()->push(new SetRegionOfInterestCommand(this, m_markup.regionOfInterest, polygon));
    return {};
}

Status MarkupDocument::setNonePresent(FeatureType type, bool nonePresent)
{
    if (Status ok = checkUser(); !ok)
        return ok;
    if (nonePresent == m_markup.isNonePresent(type))
        return {};
    if (nonePresent) {
        const auto it = std::find_if(m_markup.features.cbegin(), m_markup.features.cend(),
                                     [type](const MarkupFeature &f) { return f.type == type; });
        if (it != m_markup.features.cend())
            return refuse(
                ErrorCode::Conflict,
                QCoreApplication::translate("ridgeline::Markup", "Cannot record \"%1\": %2 is marked; remove it first.")
                    .arg(featureTypeNonePresentText(type), describeFeature(it - m_markup.features.cbegin(), it->id)));
    }
    commandStack()->push(new SetNonePresentCommand(this, type, nonePresent));
    return {};
}

// Raw mutations -------------------------------------------------------------------------------

void MarkupDocument::insertFeature(const TakenFeature &taken)
{
    // Nothing comes back twice (only possible when another stack changed the markup meanwhile).
    if (!taken.isValid() || m_markup.indexOfFeature(taken.feature.id) >= 0 ||
        m_markup.indexOfSuggestion(taken.feature.id) >= 0)
        return;
    const qsizetype index = std::min(taken.index, m_markup.features.size());
    m_markup.features.insert(index, taken.feature);
    Q_EMIT featureAdded(taken.feature.id, index);
    for (const auto &[comparison, drop] : taken.pairs)
        if (comparison)
            comparison->restorePairs(drop);
}

TakenFeature MarkupDocument::takeFeature(const FeatureId &id)
{
    TakenFeature taken;
    taken.index = m_markup.indexOfFeature(id);
    if (taken.index < 0)
        return taken;
    taken.feature = m_markup.features[taken.index];
    Q_EMIT featureAboutToBeRemoved(id, taken.index);
    // The pairs go first, so nobody ever sees a pair without its feature.
    for (MarkupComparisonDocument *comparison : std::as_const(m_comparisons)) {
        PairsDrop drop = comparison->dropPairsOf(this, id);
        if (!drop.isEmpty())
            taken.pairs.append({comparison, std::move(drop)});
    }
    m_markup.features.removeAt(taken.index);
    Q_EMIT featureRemoved(id, taken.index);
    return taken;
}

void MarkupDocument::replaceFeature(const MarkupFeature &feature)
{
    const qsizetype index = m_markup.indexOfFeature(feature.id);
    if (index < 0)
        return;
    m_markup.features[index] = feature;
    Q_EMIT featureChanged(feature.id, index);
}

void MarkupDocument::insertSuggestion(qsizetype index, const MarkupFeature &suggestion)
{
    if (m_markup.indexOfFeature(suggestion.id) >= 0 || m_markup.indexOfSuggestion(suggestion.id) >= 0)
        return;
    m_markup.suggestions.insert(std::clamp(index, qsizetype(0), m_markup.suggestions.size()), suggestion);
    Q_EMIT suggestionsChanged();
}

MarkupFeature MarkupDocument::takeSuggestion(qsizetype index)
{
    if (index < 0 || index >= m_markup.suggestions.size())
        return {};
    MarkupFeature taken = m_markup.suggestions.takeAt(index);
    Q_EMIT suggestionsChanged();
    return taken;
}

void MarkupDocument::replaceSuggestions(const QList<MarkupFeature> &suggestions)
{
    m_markup.suggestions.clear();
    for (const MarkupFeature &s : suggestions)
        if (m_markup.indexOfFeature(s.id) < 0)
            m_markup.suggestions.append(s);
    Q_EMIT suggestionsChanged();
}

void MarkupDocument::applyClarity(const ClarityChange &change, bool forward)
{
    if (forward)
        m_markup.clarity.apply(change);
    else
        m_markup.clarity.revert(change);
    Q_EMIT clarityChanged(m_markup.clarity.imageRect(change));
}

void MarkupDocument::replaceRegionOfInterest(const QList<QPointF> &polygon)
{
    m_markup.regionOfInterest = polygon;
    Q_EMIT regionOfInterestChanged();
}

void MarkupDocument::replaceNonePresent(FeatureType type, bool nonePresent)
{
    QList<FeatureType> &types = m_markup.nonePresent;
    types.removeAll(type);
    if (nonePresent) {
        types.append(type);
        std::sort(types.begin(), types.end());
    }
    Q_EMIT nonePresentChanged(type, nonePresent);
}

void MarkupDocument::attach(MarkupComparisonDocument *comparison)
{
    if (!m_comparisons.contains(comparison))
        m_comparisons.append(comparison);
}

void MarkupDocument::detach(MarkupComparisonDocument *comparison)
{
    m_comparisons.removeAll(comparison);
}

} // namespace ridgeline
