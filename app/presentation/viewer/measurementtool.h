#pragma once

#include <QList>
#include <QObject>
#include <QPointF>

namespace ridgeline {

class MarkDocument;

enum class ViewerTool
{
    Pan,        // drag moves the view (handled by the canvas, no controller work)
    Calibrate,  // a line along the scale; its length in mm comes from calibrationMillimetres()
    Distance,   // a line
    Angle,      // a line from the first arm's end to the vertex, then a click on the second arm
    RidgeCount, // a line across the ridges
};

// Turns presses, drags and releases in IMAGE coordinates (pixels of the original) into intents
// on the document: the canvas maps each mouse event once and calls press/drag/release, so this
// is tested without a display. A line is drawn by dragging, or by two clicks. UI thread.
class MeasurementTool : public QObject
{
    Q_OBJECT
public:
    explicit MeasurementTool(MarkDocument *document, QObject *parent = nullptr);

    ViewerTool tool() const { return m_tool; }
    void setTool(ViewerTool tool);
    // The distance between the two calibration points (typed by the examiner).
    double calibrationMillimetres() const { return m_millimetres; }
    void setCalibrationMillimetres(double millimetres) { m_millimetres = millimetres; }
    bool refinesOnRuler() const { return m_refine; }
    void setRefinesOnRuler(bool refine) { m_refine = refine; }
    // A press and release closer than this (image pixels; the canvas sets a few view pixels'
    // worth at the current zoom) is a click, not a drag.
    void setClickTolerance(double imagePixels) { m_clickTolerance = imagePixels; }

    void press(QPointF imagePos, Qt::KeyboardModifiers modifiers = {});
    void drag(QPointF imagePos);
    void release(QPointF imagePos);
    void cancel();

    // The points of the measurement in progress (for the canvas overlay), image coordinates.
    const QList<QPointF> &points() const { return m_points; }
    bool isActive() const { return !m_points.isEmpty(); }

Q_SIGNALS:
    void pointsChanged();
    // A measurement or calibration was made (message for the status bar) or refused (reason).
    void finished(const QString &message);
    void failed(const QString &message);

private:
    void complete();

    MarkDocument *m_document;
    ViewerTool m_tool = ViewerTool::Pan;
    double m_millimetres = 10.0;
    bool m_refine = true;
    double m_clickTolerance = 1.0;
    QList<QPointF> m_points;
    bool m_dragging = false;
    QPointF m_pressPos;
};

} // namespace ridgeline
