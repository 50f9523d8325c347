#pragma once

#include "app/presentation/viewer/viewtransform.h"

namespace ridgeline {

// Keeps side-by-side views in step (a mark beside an exemplar, or a mark beside its enhanced
// copy): `follow` gives the follower the leader's rotation, mirror and relative position, and
// its zoom - at the same physical scale when both images are calibrated (1 mm on screen is 1 mm in
// both), at the same zoom otherwise. Pure functions, no thread affinity.
namespace viewsync {

ViewTransform follow(const ViewTransform &leader, double leaderPpi, const ViewTransform &follower, double followerPpi);

} // namespace viewsync

} // namespace ridgeline
