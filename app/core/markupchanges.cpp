#include "app/core/markupchanges.h"

#include <QHash>
#include <QLineF>
#include <QSet>

#include <cmath>

namespace ridgeline {
namespace {

double distance(QPointF a, QPointF b)
{
    return QLineF(a, b).length();
}

bool sameDirection(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    const double d = std::fmod(std::abs(*a - *b), 360.0);
    return std::min(d, 360.0 - d) < 1e-9; // 0 and 359.999999999 are one direction
}

bool sameGeometry(const MarkupFeature &a, const MarkupFeature &b)
{
    if (a.geometryKind != b.geometryKind || a.geometry.size() != b.geometry.size())
        return false;
    for (qsizetype i = 0; i < a.geometry.size(); ++i)
        if (distance(a.geometry[i], b.geometry[i]) > kMarkupMoveTolerancePx)
            return false;
    return true;
}

std::optional<MarkupChange> changeOf(const MarkupFeature &before, const MarkupFeature &after)
{
    MarkupChange change;
    change.featureId = after.id.toString();
    change.featureType = featureTypeKey(after.type);
    change.afterExemplar = after.afterExemplar;
    const double moved = distance(before.position, after.position);
    if (before.type != after.type) {
        change.kind = MarkupChange::Kind::Retyped;
        change.previousType = featureTypeKey(before.type);
    } else if (moved > kMarkupMoveTolerancePx) {
        change.kind = MarkupChange::Kind::Moved;
        change.distance = moved;
    } else if (!sameDirection(before.direction, after.direction) || before.confidence != after.confidence ||
               !sameGeometry(before, after) || before.subtype != after.subtype || before.text != after.text) {
        change.kind = MarkupChange::Kind::Edited;
    } else {
        return std::nullopt;
    }
    return change;
}

} // namespace

QList<MarkupChange> markupChangesSince(const Markup &snapshot, const Markup &current)
{
    QHash<FeatureId, qsizetype> inCurrent;
    inCurrent.reserve(current.features.size());
    for (qsizetype i = 0; i < current.features.size(); ++i)
        inCurrent.insert(current.features[i].id, i);

    QList<MarkupChange> changes;
    QSet<FeatureId> inSnapshot;
    inSnapshot.reserve(snapshot.features.size());
    for (const MarkupFeature &before : snapshot.features) {
        inSnapshot.insert(before.id);
        const auto found = inCurrent.constFind(before.id);
        if (found == inCurrent.cend()) {
            MarkupChange deleted;
            deleted.kind = MarkupChange::Kind::Deleted;
            deleted.featureId = before.id.toString();
            deleted.featureType = featureTypeKey(before.type);
            deleted.afterExemplar = before.afterExemplar;
            changes.append(deleted);
        } else if (auto changed = changeOf(before, current.features[*found])) {
            changes.append(*changed);
        }
    }
    for (const MarkupFeature &after : current.features) {
        if (inSnapshot.contains(after.id))
            continue;
        MarkupChange added;
        added.kind = MarkupChange::Kind::Added;
        added.featureId = after.id.toString();
        added.featureType = featureTypeKey(after.type);
        added.afterExemplar = after.afterExemplar;
        changes.append(added);
    }
    return changes;
}

} // namespace ridgeline
