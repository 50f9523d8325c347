#pragma once

#include <QImage>

namespace ridgeline {

// Pictures for the demo packages that the fingerprint engine does not make: a footwear mark in
// dust (a sole with zig-zag and block tread, worn and damaged in places) and a scene photograph of
// a surface with a lifted mark beside an L-shaped photographic scale. Deterministic for a seed.
QImage demoFootwearMark(quint64 seed);
QImage demoScenePhoto(quint64 seed);

} // namespace ridgeline
