#pragma once

#include "app/presentation/viewer/viewtransform.h"

namespace ridgeline {

// Keeps side-by-side views in step (a mark beside an exemplar, or a mark beside its enhanced
// copy): `follow` gives the follower the leader's rotation, mirror and relative position, and
// its zoom - at the same physical scale when both images are calibrated (1 mm on screen is 1 mm in
// both), at the same zoom otherwise. Pure functions, no thread affinity.
namespace viewsync {

ViewTransform follow(const ViewTransform &leader, double leaderPpi, const ViewTransform &follower, double followerPpi);

// Through a map between the two images' pixels (the comparison's alignment, mark -> exemplar, or
// its inverse): the follower centres on the image of the leader's centre and turns, mirrors and
// zooms so that a point near it appears at the same place in both viewports - the same ridge
// under the cursor in both panes. For a map that is not a similarity (an affine alignment) the
// nearest similarity at the centre is used. A singular map leaves the follower as it was.
ViewTransform followMapped(const ViewTransform &leader, const ViewTransform &follower,
                           const QTransform &leaderToFollower);

} // namespace viewsync

} // namespace ridgeline
