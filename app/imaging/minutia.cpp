#include "app/imaging/minutia.h"

#include <cmath>
#include <numbers>

namespace ridgeline::imaging {

QString minutiaTypeName(MinutiaType type)
{
    return type == MinutiaType::Ending ? QStringLiteral("ending") : QStringLiteral("bifurcation");
}

double angleDegrees(const Minutia &m)
{
    double deg = m.angle * 180.0 / std::numbers::pi;
    deg = std::fmod(deg, 360.0);
    if (deg < 0)
        deg += 360.0;
    return deg;
}

} // namespace ridgeline::imaging
