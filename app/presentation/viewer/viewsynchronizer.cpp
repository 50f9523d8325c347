#include "app/presentation/viewer/viewsynchronizer.h"

#include <QLineF>

#include <cmath>

namespace ridgeline::viewsync {

ViewTransform follow(const ViewTransform &leader, double leaderPpi, const ViewTransform &follower, double followerPpi)
{
    ViewTransform next = follower;
    next.setRotation(leader.rotation());
    next.setFlipped(leader.isFlipped());
    // Same physical scale: view pixels per mm are equal when zoom / ppi is.
    const bool physical = leaderPpi > 0 && followerPpi > 0;
    next.setZoom(physical ? leader.zoom() * followerPpi / leaderPpi : leader.zoom());
    const QSizeF from = leader.imageSize();
    const QSizeF to = follower.imageSize();
    if (!from.isEmpty() && !to.isEmpty())
        next.centerOn(QPointF(leader.center().x() / from.width() * to.width(),
                              leader.center().y() / from.height() * to.height()));
    return next;
}

ViewTransform followMapped(const ViewTransform &leader, const ViewTransform &follower, const QTransform &map)
{
    const double det = map.m11() * map.m22() - map.m12() * map.m21();
    if (!std::isfinite(det) || std::abs(det) < 1e-12 || follower.imageSize().isEmpty())
        return follower;
    ViewTransform next = follower;
    next.setFlipped(leader.isFlipped() != (det < 0)); // a mirrored map keeps the handedness on screen
    next.setRotation(0);
    next.setZoom(leader.zoom() / std::sqrt(std::abs(det)));
    const QPointF c = leader.center();
    next.centerOn(map.map(c));
    // Turn the follower until the image of a step to the right of the leader's centre points the
    // same way on screen as that step does in the leader.
    const QPointF step = c + QPointF(16.0 / std::max(leader.zoom(), 1e-6), 0);
    const QLineF want(leader.imageToView(c), leader.imageToView(step));
    const QLineF have(next.imageToView(map.map(c)), next.imageToView(map.map(step)));
    // QLineF::angle() is counter-clockwise on a y-down screen; view rotation is clockwise.
    next.setRotation(have.angle() - want.angle());
    next.centerOn(map.map(c));
    return next;
}

} // namespace ridgeline::viewsync
