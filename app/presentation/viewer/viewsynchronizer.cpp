#include "app/presentation/viewer/viewsynchronizer.h"

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

} // namespace ridgeline::viewsync
