#pragma once

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ridgeline {

class MarkDocument;
class MeasurementTool;

// Calibration (the ppi and how it was obtained, the scale length the calibration tool uses, a
// typed ppi) and the list of measurements of the open mark. Edits are intents on the document
// or settings of the tool. UI thread.
class MeasurementPanel : public QWidget
{
    Q_OBJECT
public:
    MeasurementPanel(MarkDocument *document, MeasurementTool *tool, QWidget *parent = nullptr);

    QLabel *calibrationLabel() const { return m_calibration; }
    QDoubleSpinBox *scaleLength() const { return m_millimetres; }
    QTreeWidget *measurementList() const { return m_list; }

private:
    void refreshCalibration();
    void refreshMeasurements();

    MarkDocument *m_document;
    MeasurementTool *m_tool;
    QLabel *m_calibration;
    QDoubleSpinBox *m_millimetres;
    QCheckBox *m_refine;
    QDoubleSpinBox *m_ppi;
    QPushButton *m_setPpi;
    QTreeWidget *m_list;
    QPushButton *m_remove;
};

} // namespace ridgeline
