#pragma once

#include <QList>
#include <QString>

namespace ridgeline::imaging {

enum class MinutiaType
{
    Ending,
    Bifurcation
};

// One minutia in image pixel coordinates (origin top-left, y down).
// angle: radians in [0, 2*pi), counter-clockwise as seen on screen (atan2(-dy, dx)). It points
// from the minutia into its ridge for an ending, and into the fork (away from the single stem) for
// a bifurcation, so a ridge ending that touches its neighbour keeps its direction as a
// bifurcation. quality: 0..1, higher is more reliable.
struct Minutia
{
    float x = 0.0f;
    float y = 0.0f;
    float angle = 0.0f;
    MinutiaType type = MinutiaType::Ending;
    float quality = 1.0f;
};

using MinutiaList = QList<Minutia>;

QString minutiaTypeName(MinutiaType type); // "ending" / "bifurcation"
double angleDegrees(const Minutia &m);     // angle in degrees [0, 360)

} // namespace ridgeline::imaging
