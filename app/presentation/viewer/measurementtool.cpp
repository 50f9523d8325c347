#include "app/presentation/viewer/measurementtool.h"

#include "app/presentation/viewer/markdocument.h"

#include <QLineF>

namespace ridgeline {

MeasurementTool::MeasurementTool(MarkDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{}

void MeasurementTool::setTool(ViewerTool tool)
{
    if (tool == m_tool)
        return;
    cancel();
    m_tool = tool;
}

void MeasurementTool::press(QPointF imagePos, Qt::KeyboardModifiers)
{
    if (m_tool == ViewerTool::Pan)
        return;
    m_pressPos = imagePos;
    m_dragging = true;
    if (m_points.isEmpty())
        m_points = {imagePos, imagePos};
    else
        m_points.last() = imagePos; // second click of a two-click line, or the angle's second arm
    Q_EMIT pointsChanged();
}

void MeasurementTool::drag(QPointF imagePos)
{
    if (m_points.isEmpty())
        return;
    m_points.last() = imagePos;
    Q_EMIT pointsChanged();
}

void MeasurementTool::release(QPointF imagePos)
{
    if (m_points.isEmpty() || !m_dragging)
        return;
    m_dragging = false;
    m_points.last() = imagePos;
    const bool click = QLineF(m_pressPos, imagePos).length() <= m_clickTolerance;
    const bool firstPointOnly = click && QLineF(m_points.first(), imagePos).length() <= m_clickTolerance;
    if (firstPointOnly) {
        Q_EMIT pointsChanged(); // wait for the second click
        return;
    }
    if (m_tool == ViewerTool::Angle && m_points.size() == 2) {
        m_points.append(imagePos); // the first arm is drawn; the next click sets the second
        Q_EMIT pointsChanged();
        return;
    }
    complete();
}

void MeasurementTool::cancel()
{
    m_dragging = false;
    if (m_points.isEmpty())
        return;
    m_points.clear();
    Q_EMIT pointsChanged();
}

void MeasurementTool::complete()
{
    const QList<QPointF> points = m_points;
    m_points.clear();
    Q_EMIT pointsChanged();
    switch (m_tool) {
    case ViewerTool::Calibrate: {
        const Status status = m_document->calibrateFromPoints(points[0], points[1], m_millimetres, m_refine);
        if (!status)
            Q_EMIT failed(status.error().message());
        else
            Q_EMIT finished(m_document->calibrationDescription());
        break;
    }
    case ViewerTool::Distance:
        m_document->addDistance(points[0], points[1]);
        Q_EMIT finished(m_document->measurements().last().text());
        break;
    case ViewerTool::Angle:
        m_document->addAngle(points[0], points[1], points[2]);
        Q_EMIT finished(m_document->measurements().last().text());
        break;
    case ViewerTool::RidgeCount: {
        const Result<int> id = m_document->addRidgeCount(points[0], points[1]);
        if (!id)
            Q_EMIT failed(id.error().message());
        else
            Q_EMIT finished(m_document->measurements().last().text());
        break;
    }
    case ViewerTool::Pan:
        break;
    }
}

} // namespace ridgeline
