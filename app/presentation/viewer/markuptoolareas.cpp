// MarkupTool's area modes: the region of interest polygon and the clarity map brush.
#include "app/presentation/viewer/markuptool.h"

#include "app/core/markupdocument.h"

#include <QLineF>

#include <cmath>

namespace ridgeline {

void MarkupTool::setClarityLevel(ClarityLevel level)
{
    if (level == m_level)
        return;
    m_level = level;
    Q_EMIT clarityLevelChanged(level);
}

void MarkupTool::setBrushRadius(double radius)
{
    const double next = std::clamp(radius, kMinBrushRadius, kMaxBrushRadius);
    if (next == m_brushRadius)
        return;
    m_brushRadius = next;
    Q_EMIT brushRadiusChanged(next);
}

// --- Region of interest ---

void MarkupTool::pressRegion(QPointF imagePos)
{
    // A press on the first vertex closes the polygon, as a double-click or Enter does.
    if (m_region.size() >= 3 &&
        QLineF(m_view.imageToView(m_region.first()), m_view.imageToView(imagePos)).length() <= kHitRadius) {
        closeRegion();
        return;
    }
    // A second press on the last point (the second half of a double-click) adds nothing.
    if (!m_region.isEmpty() &&
        QLineF(m_view.imageToView(m_region.last()), m_view.imageToView(imagePos)).length() < kDragThreshold)
        return;
    // A press just outside the image puts the vertex on its edge: the region cannot leave it.
    m_region.append(clampedToImage(imagePos));
    Q_EMIT inProgressChanged();
}

bool MarkupTool::closeRegion()
{
    if (m_mode != Mode::RegionOfInterest || m_region.isEmpty())
        return false;
    if (m_region.size() < 3) {
        Q_EMIT failed(tr("A region of interest needs at least 3 points; %1 so far. Click more points, or press "
                         "Escape to drop it.")
                          .arg(m_region.size()));
        return false;
    }
    const Status status = m_document->setRegionOfInterest(m_region);
    if (!status) {
        Q_EMIT failed(status.error().message());
        return false;
    }
    m_region.clear();
    Q_EMIT inProgressChanged();
    return true;
}

bool MarkupTool::removeLastVertex()
{
    if (m_region.isEmpty())
        return false;
    m_region.removeLast();
    Q_EMIT inProgressChanged();
    return true;
}

bool MarkupTool::clearRegionOfInterest()
{
    if (m_document->regionOfInterest().isEmpty())
        return false;
    const Status status = m_document->setRegionOfInterest({});
    if (!status)
        Q_EMIT failed(status.error().message());
    return bool(status);
}

// --- Clarity ---

void MarkupTool::paintDab(QPointF imagePos)
{
    if (!m_document->markup().contains(imagePos))
        return; // the part of a stroke off the image paints nothing there
    const Status status = m_document->paintClarityDisc(imagePos, m_brushRadius, m_level, m_mergeKey);
    if (!status && !m_strokeFailed) {
        m_strokeFailed = true;
        Q_EMIT failed(status.error().message());
    }
}

// Dabs from the last one to imagePos, at most half a radius apart so the stroke has no gaps
// however fast the mouse moved. All share the stroke's merge key: one undo step.
void MarkupTool::paintStroke(QPointF imagePos)
{
    const QLineF path(m_lastPos, imagePos);
    const double step = std::max(m_brushRadius / 2.0, 0.5);
    const int dabs = int(std::ceil(path.length() / step));
    for (int i = 1; i <= dabs; ++i)
        paintDab(path.pointAt(double(i) / dabs));
    if (dabs > 0)
        m_lastPos = imagePos;
}

} // namespace ridgeline
