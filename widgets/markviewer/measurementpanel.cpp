#include "widgets/markviewer/measurementpanel.h"

#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/measurementtool.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ridgeline {

namespace {
QString kindName(Measurement::Kind kind)
{
    switch (kind) {
    case Measurement::Kind::Distance:
        return MeasurementPanel::tr("Distance");
    case Measurement::Kind::Angle:
        return MeasurementPanel::tr("Angle");
    case Measurement::Kind::RidgeCount:
        return MeasurementPanel::tr("Ridge count");
    }
    return {};
}
} // namespace

MeasurementPanel::MeasurementPanel(MarkDocument *document, MeasurementTool *tool, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tool(tool)
    , m_calibration(new QLabel(this))
    , m_millimetres(new QDoubleSpinBox(this))
    , m_refine(new QCheckBox(tr("Snap to the ruler's &graduations"), this))
    , m_ppi(new QDoubleSpinBox(this))
    , m_setPpi(new QPushButton(tr("Set &ppi"), this))
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove measurement"), this))
{
    setObjectName(QStringLiteral("measurementPanel"));
    m_calibration->setObjectName(QStringLiteral("calibrationLabel"));
    m_calibration->setWordWrap(true);
    m_calibration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_millimetres->setObjectName(QStringLiteral("scaleLength"));
    m_millimetres->setRange(0.1, 1000.0);
    m_millimetres->setDecimals(2);
    m_millimetres->setSuffix(tr(" mm"));
    m_millimetres->setValue(tool->calibrationMillimetres());
    m_millimetres->setToolTip(
        tr("The distance between the two points you mark on the scale with the calibration tool"));
    m_refine->setObjectName(QStringLiteral("refineOnRuler"));
    m_refine->setChecked(tool->refinesOnRuler());
    m_refine->setToolTip(tr("Move your clicks onto the nearest graduations for a precise scale"));
    m_ppi->setObjectName(QStringLiteral("manualPpi"));
    m_ppi->setRange(1.0, 20000.0);
    m_ppi->setDecimals(1);
    m_ppi->setValue(500.0);
    m_ppi->setToolTip(tr("A resolution you know from elsewhere, in pixels per inch"));
    m_setPpi->setObjectName(QStringLiteral("setPpiButton"));

    auto *calibrationBox = new QGroupBox(tr("Calibration"), this);
    auto *form = new QFormLayout(calibrationBox);
    form->addRow(m_calibration);
    form->addRow(tr("Scale &length:"), m_millimetres);
    form->addRow(m_refine);
    auto *ppiRow = new QHBoxLayout;
    ppiRow->addWidget(m_ppi, 1);
    ppiRow->addWidget(m_setPpi);
    auto *ppiLabel = new QLabel(tr("Typed &resolution:"), calibrationBox);
    ppiLabel->setBuddy(m_ppi);
    form->addRow(ppiLabel, ppiRow);

    m_list->setObjectName(QStringLiteral("measurementList"));
    m_list->setHeaderLabels({tr("Measurement"), tr("Value")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Measurements"));
    m_remove->setObjectName(QStringLiteral("removeMeasurementButton"));
    auto *measureBox = new QGroupBox(tr("Measurements"), this);
    auto *measureLayout = new QVBoxLayout(measureBox);
    measureLayout->addWidget(m_list);
    measureLayout->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(calibrationBox);
    layout->addWidget(measureBox, 1);

    connect(m_millimetres, &QDoubleSpinBox::valueChanged, this,
            [this](double mm) { m_tool->setCalibrationMillimetres(mm); });
    connect(m_refine, &QCheckBox::toggled, this, [this](bool on) { m_tool->setRefinesOnRuler(on); });
    connect(m_setPpi, &QPushButton::clicked, this, [this] { (void)m_document->setManualPpi(m_ppi->value()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            m_document->removeMeasurement(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_document, &MarkDocument::calibrationChanged, this, &MeasurementPanel::refreshCalibration);
    connect(m_document, &MarkDocument::measurementsChanged, this, &MeasurementPanel::refreshMeasurements);
    refreshCalibration();
    refreshMeasurements();
}

void MeasurementPanel::refreshCalibration()
{
    m_calibration->setText(m_document->calibrationDescription());
}

void MeasurementPanel::refreshMeasurements()
{
    m_list->clear();
    for (const Measurement &m : m_document->measurements()) {
        auto *item = new QTreeWidgetItem(m_list, {tr("%1 %2").arg(kindName(m.kind)).arg(m.id), m.text()});
        item->setData(0, Qt::UserRole, m.id);
    }
    m_remove->setEnabled(!m_document->measurements().isEmpty());
}

} // namespace ridgeline
