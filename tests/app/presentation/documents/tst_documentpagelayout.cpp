#include "app/presentation/documents/documentpagelayout.h"

#include <QTest>

using namespace ridgeline;

class TestDocumentPageLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stacksAndCentresPages()
    {
        DocumentPageLayout layout;
        layout.setSpacing(10);
        layout.setPageSizes({QSizeF(600, 800), QSizeF(800, 600), QSizeF(600, 800)});
        layout.setScale(0.5);
        // Widest page 400 px plus spacing either side.
        QCOMPARE(layout.contentSize(), QSize(420, 10 + 400 + 10 + 300 + 10 + 400 + 10));
        QCOMPARE(layout.pageRect(0), QRect(60, 10, 300, 400));
        QCOMPARE(layout.pageRect(1), QRect(10, 420, 400, 300));
        QCOMPARE(layout.pageRect(2), QRect(60, 730, 300, 400));
        QVERIFY(layout.pageRect(3).isNull());

        layout.setViewportWidth(1000);
        QCOMPARE(layout.contentSize().width(), 1000);
        QCOMPARE(layout.pageRect(0).left(), 350);
    }

    void findsThePageUnderAPoint()
    {
        DocumentPageLayout layout;
        QCOMPARE(layout.pageAt(0), -1);
        layout.setSpacing(10);
        layout.setPageSizes({QSizeF(100, 100), QSizeF(100, 100), QSizeF(100, 100)});
        QCOMPARE(layout.pageAt(0), 0);
        QCOMPARE(layout.pageAt(50), 0);
        QCOMPARE(layout.pageAt(109), 0); // in the gap, nearer page 1
        QCOMPARE(layout.pageAt(118), 1); // in the gap, nearer page 2
        QCOMPARE(layout.pageAt(200), 1);
        QCOMPARE(layout.pageAt(10000), 2);
    }

    void mapsPointsToPixels()
    {
        DocumentPageLayout layout;
        layout.setSpacing(10);
        layout.setPageSizes({QSizeF(100, 100), QSizeF(100, 200)});
        layout.setScale(2.0);
        QCOMPARE(layout.mapFromPage(1, QRectF(10, 20, 30, 5)), QRectF(10 + 20, 220 + 40, 60, 10));
    }

    void fitsWidthAndPage()
    {
        DocumentPageLayout layout;
        layout.setSpacing(10);
        layout.setPageSizes({QSizeF(500, 1000)});
        QCOMPARE(layout.fitWidthScale(1020), 2.0);
        QCOMPARE(layout.fitPageScale(QSize(1020, 520)), 0.5);
        QCOMPARE(DocumentPageLayout().fitWidthScale(100), 1.0);
    }

    void stepsThroughZoomPresets()
    {
        QCOMPARE(zoomsteps::step(1.0, +1), 1.1);
        QCOMPARE(zoomsteps::step(1.0, -1), 0.9);
        QCOMPARE(zoomsteps::step(1.0999, +1), 1.25);
        QCOMPARE(zoomsteps::step(1.17, -1), 1.1);
        QCOMPARE(zoomsteps::step(4.0, +1), 4.0);
        QCOMPARE(zoomsteps::step(0.5, -1), 0.5);
        QCOMPARE(zoomsteps::step(0.2, +1), 0.5);
        QCOMPARE(zoomsteps::clamp(9.0), 4.0);
    }
};

QTEST_MAIN(TestDocumentPageLayout)
#include "tst_documentpagelayout.moc"
