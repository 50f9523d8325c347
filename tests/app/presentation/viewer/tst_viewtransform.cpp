#include "app/presentation/viewer/viewsynchronizer.h"
#include "app/presentation/viewer/viewtransform.h"

#include <QLineF>
#include <QTest>

using ridgeline::ViewTransform;
namespace viewsync = ridgeline::viewsync;

namespace {
bool near(QPointF a, QPointF b, double tolerance = 1e-6)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}
} // namespace

class TestViewTransform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fitShowsTheWholeImageCentred()
    {
        const ViewTransform view(QSize(10000, 5000), QSize(1000, 800));
        QCOMPARE(view.zoom(), 0.1);
        QVERIFY(near(view.imageToView(QPointF(5000, 2500)), QPointF(500, 400)));
        QVERIFY(near(view.imageToView(QPointF(0, 2500)), QPointF(0, 400)));
        QCOMPARE(view.visibleImageRect(), QRectF(0, 0, 10000, 5000));
    }

    void roundTripsAtAnyState_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("flipped");
        QTest::newRow("plain") << 1.0 << 0.0 << false;
        QTest::newRow("zoomed") << 7.5 << 0.0 << false;
        QTest::newRow("turned 90") << 2.0 << 90.0 << false;
        QTest::newRow("turned 33 flipped") << 3.0 << 33.0 << true;
    }
    void roundTripsAtAnyState()
    {
        QFETCH(double, zoom);
        QFETCH(double, rotation);
        QFETCH(bool, flipped);
        ViewTransform view(QSize(4000, 3000), QSize(1200, 900));
        view.setRotation(rotation);
        view.setFlipped(flipped);
        view.setZoom(zoom);
        view.panBy(QPointF(37, -12));
        for (const QPointF p : {QPointF(0, 0), QPointF(1234.5, 876.25), QPointF(3999, 2999)})
            QVERIFY(near(view.viewToImage(view.imageToView(p)), p, 1e-6));
    }

    void zoomAboutAPointKeepsItFixed()
    {
        ViewTransform view(QSize(4000, 3000), QSize(1200, 900));
        view.setRotation(20);
        const QPointF cursor(300, 200);
        const QPointF under = view.viewToImage(cursor);
        view.zoomBy(4.0, cursor);
        QVERIFY(view.zoom() > view.fitZoom() * 3.9);
        QVERIFY(near(view.imageToView(under), cursor, 1e-6));
        view.zoomBy(0.5, QPointF(1000, 700));
        QVERIFY(near(view.viewToImage(QPointF(1000, 700)), view.viewToImage(QPointF(1000, 700))));
    }

    void zoomIsClampedFromFitTo32()
    {
        ViewTransform view(QSize(4000, 3000), QSize(1200, 900));
        view.setZoom(1000);
        QCOMPARE(view.zoom(), ViewTransform::kMaxZoom);
        view.setZoom(0.0001);
        QCOMPARE(view.zoom(), view.fitZoom());
    }

    void rotationAndFlipMapCorners()
    {
        ViewTransform view(QSize(200, 100), QSize(100, 100));
        view.setZoom(1.0);
        // Unrotated: the top-left corner is 100 px left of and 50 px above the centre (50, 50).
        QVERIFY(near(view.imageToView(QPointF(0, 0)), QPointF(-50, 0)));
        view.setRotation(90); // clockwise: the top-left corner goes to the top-right
        QVERIFY(near(view.imageToView(QPointF(0, 0)), QPointF(100, -50)));
        view.setRotation(0);
        view.setFlipped(true); // mirrored: the top-left corner is now on the right
        QVERIFY(near(view.imageToView(QPointF(0, 0)), QPointF(150, 0)));
        view.setRotation(-90);
        QCOMPARE(view.rotation(), 270.0);
    }

    void fitAccountsForRotation()
    {
        ViewTransform view(QSize(2000, 1000), QSize(1000, 1000));
        QCOMPARE(view.fitZoom(), 0.5);
        view.setRotation(90);
        QCOMPARE(view.fitZoom(), 0.5);
        view.setRotation(45);
        QVERIFY(view.fitZoom() < 0.5);
        // After fit the rotated image's corners are all on screen.
        view.fit();
        for (const QPointF p : {QPointF(0, 0), QPointF(2000, 0), QPointF(0, 1000), QPointF(2000, 1000)}) {
            const QPointF v = view.imageToView(p);
            QVERIFY(v.x() >= -1e-6 && v.x() <= 1000 + 1e-6 && v.y() >= -1e-6 && v.y() <= 1000 + 1e-6);
        }
    }

    void panMovesContentWithTheDrag()
    {
        ViewTransform view(QSize(4000, 3000), QSize(1000, 1000));
        view.setZoom(1.0);
        const QPointF before = view.imageToView(QPointF(2000, 1500));
        view.panBy(QPointF(50, -20));
        QVERIFY(near(view.imageToView(QPointF(2000, 1500)), before + QPointF(50, -20)));
        // The view cannot lose the image: the centre stays on it.
        view.panBy(QPointF(100000, 100000));
        QCOMPARE(view.center(), QPointF(0, 0));
    }

    void synchronisedViewsShareScaleTurnAndPlace()
    {
        ViewTransform mark(QSize(2000, 2000), QSize(800, 600));
        mark.setZoom(2.0);
        mark.setRotation(30);
        mark.setFlipped(true);
        mark.centerOn(QPointF(500, 1500));
        const ViewTransform exemplar(QSize(1000, 1000), QSize(800, 600));
        // 1000 ppi mark beside a 500 ppi exemplar: half the zoom shows both at the same size.
        const ViewTransform followed = viewsync::follow(mark, 1000, exemplar, 500);
        QCOMPARE(followed.zoom(), 1.0);
        QCOMPARE(followed.rotation(), 30.0);
        QVERIFY(followed.isFlipped());
        QCOMPARE(followed.center(), QPointF(250, 750));
        // Uncalibrated: the same zoom.
        QCOMPARE(viewsync::follow(mark, 0, exemplar, 500).zoom(), 2.0);
    }

    void aMappedFollowerShowsTheCorrespondingPointsInTheSamePlaces_data()
    {
        QTest::addColumn<double>("turn");  // degrees, the map's rotation
        QTest::addColumn<double>("scale"); // exemplar px per mark px
        QTest::addColumn<bool>("mirror");  // the map flips the image
        QTest::addColumn<double>("leaderRotation");
        QTest::addColumn<bool>("leaderFlipped");
        QTest::newRow("plain") << 0.0 << 1.0 << false << 0.0 << false;
        QTest::newRow("turned and scaled") << 23.0 << 1.7 << false << 0.0 << false;
        QTest::newRow("leader turned and flipped") << -61.0 << 0.8 << false << 135.0 << true;
        QTest::newRow("mirrored map") << 40.0 << 1.2 << true << 30.0 << false;
        QTest::newRow("mirrored map, flipped leader") << 170.0 << 2.5 << true << 290.0 << true;
    }

    void aMappedFollowerShowsTheCorrespondingPointsInTheSamePlaces()
    {
        QFETCH(double, turn);
        QFETCH(double, scale);
        QFETCH(bool, mirror);
        QFETCH(double, leaderRotation);
        QFETCH(bool, leaderFlipped);
        ViewTransform leader(QSize(4000, 3000), QSize(800, 600));
        leader.setRotation(leaderRotation);
        leader.setFlipped(leaderFlipped);
        leader.setZoom(0.9);
        leader.centerOn(QPointF(1500, 1200));
        QTransform map;
        map.translate(2400, 2600); // the leader's centre lands inside the follower's image
        map.rotate(turn);
        map.scale(scale, mirror ? -scale : scale);
        map.translate(-1500, -1200);
        const ViewTransform follower(QSize(5000, 5000), QSize(800, 600));
        const ViewTransform next = viewsync::followMapped(leader, follower, map);
        QCOMPARE(next.isFlipped(), leaderFlipped != mirror);
        for (const QPointF p : {QPointF(1500, 1200), QPointF(1700, 1100), QPointF(1350, 1450)}) {
            const QPointF want = leader.imageToView(p);
            const QPointF got = next.imageToView(map.map(p));
            QVERIFY2(QLineF(want, got).length() < 1e-6 * 1000,
                     qPrintable(
                         QStringLiteral("(%1, %2) vs (%3, %4)").arg(want.x()).arg(want.y()).arg(got.x()).arg(got.y())));
        }
    }

    void physicalZoomIsScreenDpiOverImagePpi()
    {
        QCOMPARE(ViewTransform::physicalZoom(1000, 96), 0.096);
        QCOMPARE(ViewTransform::physicalZoom(0, 96), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestViewTransform)
#include "tst_viewtransform.moc"
