#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/measurementtool.h"
#include "viewertestimages.h"

#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

class TestMeasurementTool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<MarkDocument>();
        m_document->setLoaded(LoadedMark{testimages::ridgesAndRuler()}, QStringLiteral("JS-1"));
        m_tool = std::make_unique<MeasurementTool>(m_document.get());
        m_tool->setClickTolerance(2.0);
    }

    void dragMeasuresADistance()
    {
        m_tool->setTool(ViewerTool::Distance);
        QSignalSpy finished(m_tool.get(), &MeasurementTool::finished);
        m_tool->press(QPointF(10, 10));
        m_tool->drag(QPointF(40, 30));
        QCOMPARE(m_tool->points().size(), 2);
        m_tool->release(QPointF(40, 50));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!m_tool->isActive());
        QCOMPARE(m_document->measurements().size(), 1);
        QCOMPARE(m_document->measurements().first().pixels, 50.0);
    }

    void twoClicksMakeALineToo()
    {
        m_tool->setTool(ViewerTool::Distance);
        m_tool->press(QPointF(100, 100));
        m_tool->release(QPointF(100.5, 100));
        QVERIFY(m_tool->isActive()); // waiting for the second click
        QVERIFY(m_document->measurements().isEmpty());
        m_tool->press(QPointF(100, 160));
        m_tool->release(QPointF(100, 160));
        QCOMPARE(m_document->measurements().size(), 1);
        QCOMPARE(m_document->measurements().first().pixels, 60.0);
    }

    void angleTakesAnArmThenAClick()
    {
        m_tool->setTool(ViewerTool::Angle);
        m_tool->press(QPointF(200, 100));
        m_tool->release(QPointF(100, 100)); // first arm: from (200,100) to the vertex
        QCOMPARE(m_tool->points().size(), 3);
        m_tool->press(QPointF(100, 0));
        m_tool->release(QPointF(100, 0));
        QCOMPARE(m_document->measurements().size(), 1);
        QVERIFY(qAbs(m_document->measurements().first().degrees - 90.0) < 1e-6);
    }

    void calibrationUsesTheTypedMillimetres()
    {
        m_tool->setTool(ViewerTool::Calibrate);
        m_tool->setCalibrationMillimetres(5.0);
        m_tool->setRefinesOnRuler(false);
        m_tool->press(QPointF(21, 500));
        m_tool->release(QPointF(221, 500));
        QVERIFY(m_document->isCalibrated());
        QVERIFY(qAbs(m_document->ppi() - 1016.0) < 0.5);
    }

    void switchingToolsDropsTheLineInProgress()
    {
        m_tool->setTool(ViewerTool::Distance);
        m_tool->press(QPointF(1, 1));
        m_tool->drag(QPointF(9, 9));
        m_tool->setTool(ViewerTool::RidgeCount);
        QVERIFY(!m_tool->isActive());
        m_tool->setTool(ViewerTool::Pan);
        m_tool->press(QPointF(1, 1));
        m_tool->release(QPointF(50, 50));
        QVERIFY(m_document->measurements().isEmpty());
    }

private:
    std::unique_ptr<MarkDocument> m_document;
    std::unique_ptr<MeasurementTool> m_tool;
};

QTEST_GUILESS_MAIN(TestMeasurementTool)
#include "tst_measurementtool.moc"
