#include "app/core/markupclaritymap.h"

#include <QPolygonF>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ridgeline;

namespace {

QPointF cellCentre(const ClarityMap &map, int column, int row)
{
    return QRectF(map.cellRect(column, row)).center();
}

// The cells whose centre passes `inside`, counted the slow way (the oracle).
template<class Inside> qsizetype expectedCells(const ClarityMap &map, Inside inside)
{
    qsizetype n = 0;
    for (int row = 0; row < map.rows(); ++row)
        for (int column = 0; column < map.columns(); ++column)
            n += inside(cellCentre(map, column, row)) ? 1 : 0;
    return n;
}

} // namespace

class TestMarkupClarityMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewMapCoversTheImageAndIsUnassessed()
    {
        const ClarityMap map(QSize(800, 750), 8);
        QVERIFY(!map.isNull());
        QCOMPARE(map.columns(), 100);
        QCOMPARE(map.rows(), 94); // the last row is 6 pixels high
        QCOMPARE(map.cellRect(99, 93), QRect(792, 744, 8, 6));
        QCOMPARE(map.count(ClarityLevel::None), qsizetype(9400));
        QCOMPARE(map.levelAt(QPointF(400, 400)), ClarityLevel::None);
        QVERIFY(ClarityMap(QSize(800, 750), 0).isNull());
        QVERIFY(ClarityMap(QSize(0, 750), 8).isNull());
    }

    void theDefaultCellGrowsForHugeImages()
    {
        QCOMPARE(ClarityMap::defaultCellSize(QSize(800, 750)), 8);
        const QSize huge(100000, 100000);
        const int cell = ClarityMap::defaultCellSize(huge);
        const ClarityMap map(huge, cell);
        QVERIFY(!map.isNull());
        QVERIFY(qsizetype(map.columns()) * map.rows() <= (qsizetype(1) << 22));
    }

    void aDiscPaintsTheCellsWhoseCentreIsInside()
    {
        ClarityMap map(QSize(800, 750), 8);
        const QPointF centre(101.3, 99.7);
        const double radius = 23.0;
        map.apply(map.discChange(centre, radius, ClarityLevel::Green));
        const qsizetype expected =
            expectedCells(map, [&](QPointF c) { return std::hypot(c.x() - centre.x(), c.y() - centre.y()) <= radius; });
        QVERIFY(expected > 20);
        QCOMPARE(map.count(ClarityLevel::Green), expected);
        QCOMPARE(map.levelAt(centre), ClarityLevel::Green);
        QCOMPARE(map.levelAt(QPointF(127.9, 99.7)), ClarityLevel::Green); // its cell's centre (124, 100) is 22.7 away
        QCOMPARE(map.levelAt(QPointF(128.1, 99.7)), ClarityLevel::None);  // (132, 100) is 30.7 away
    }

    void aClickPaintsAtLeastTheCellUnderIt()
    {
        ClarityMap map(QSize(800, 750), 8);
        map.apply(map.discChange(QPointF(3.9, 3.9), 0.1, ClarityLevel::Red));
        QCOMPARE(map.count(ClarityLevel::Red), qsizetype(1));
        QCOMPARE(map.cellLevel(0, 0), ClarityLevel::Red);
        // On the far edge of the image the click lands in the last, partial cell.
        map.apply(map.discChange(QPointF(800, 750), 0.0, ClarityLevel::Yellow));
        QCOMPARE(map.cellLevel(99, 93), ClarityLevel::Yellow);
        QCOMPARE(map.levelAt(QPointF(800, 750)), ClarityLevel::Yellow);
        QCOMPARE(map.levelAt(QPointF(800.01, 750)), ClarityLevel::None);
    }

    void aPolygonPaintsTheCellsWhoseCentreIsInside_data()
    {
        QTest::addColumn<QPolygonF>("polygon");
        QTest::newRow("triangle") << QPolygonF({{10.3, 10.1}, {300.7, 40.2}, {120.1, 333.3}});
        QTest::newRow("concave U") << QPolygonF({{50.3, 50.1},
                                                 {250.7, 50.2},
                                                 {250.9, 400.3},
                                                 {200.1, 400.2},
                                                 {200.3, 100.1},
                                                 {100.7, 100.3},
                                                 {100.9, 400.7},
                                                 {50.1, 400.9}});
        QTest::newRow("over the edge") << QPolygonF({{-50.3, -20.1}, {900.7, 30.2}, {700.1, 800.3}});
    }

    void aPolygonPaintsTheCellsWhoseCentreIsInside()
    {
        QFETCH(QPolygonF, polygon);
        ClarityMap map(QSize(800, 750), 8);
        map.apply(map.polygonChange(polygon, ClarityLevel::Yellow));
        const qsizetype expected =
            expectedCells(map, [&](QPointF c) { return polygon.containsPoint(c, Qt::OddEvenFill); });
        QVERIFY(expected > 50);
        QCOMPARE(map.count(ClarityLevel::Yellow), expected);
    }

    void aChangeRemembersWhatItReplaced()
    {
        ClarityMap map(QSize(800, 750), 8);
        map.apply(map.discChange(QPointF(100, 100), 30, ClarityLevel::Green));
        const ClarityMap green = map;
        const ClarityChange red = map.discChange(QPointF(130, 100), 30, ClarityLevel::Red);
        for (const ClarityChange::Cell &cell : red.cells)
            QCOMPARE(cell.before, ClarityLevel(green.cellLevel(cell.index % 100, cell.index / 100)));
        map.apply(red);
        QCOMPARE(map.levelAt(QPointF(130, 100)), ClarityLevel::Red);
        QCOMPARE(map.levelAt(QPointF(80, 100)), ClarityLevel::Green);
        map.revert(red);
        QCOMPARE(map, green);
        QVERIFY(map.imageRect(red).contains(QPoint(130, 100)));
        QVERIFY(!map.imageRect(red).contains(QPoint(60, 100)));
    }

    void mergedChangesKeepTheFirstBeforeAndTheLastAfter()
    {
        using C = ClarityChange::Cell;
        ClarityChange first{
            {C{1, ClarityLevel::None, ClarityLevel::Green}, C{2, ClarityLevel::None, ClarityLevel::Green}}};
        const ClarityChange later{
            {C{2, ClarityLevel::Green, ClarityLevel::Red}, C{3, ClarityLevel::Yellow, ClarityLevel::Red}}};
        first.merge(later);
        const QList<C> expected{C{1, ClarityLevel::None, ClarityLevel::Green},
                                C{2, ClarityLevel::None, ClarityLevel::Red},
                                C{3, ClarityLevel::Yellow, ClarityLevel::Red}};
        QCOMPARE(first.cells, expected);
        // Painting and then erasing the same cell in one stroke changes nothing.
        first.merge(ClarityChange{{C{1, ClarityLevel::Green, ClarityLevel::None}}});
        QCOMPARE(first.cells.size(), 2);
        QCOMPARE(first.cells.first().index, 2);
    }

    void rowStringsAreRunLengths()
    {
        ClarityMap map(QSize(20, 10), 4); // 5 columns, 3 rows (the last 2 pixels high)
        map.apply(map.discChange(QPointF(2, 2), 0, ClarityLevel::Green));
        map.apply(map.polygonChange({{7.5, 3.5}, {20, 3.5}, {20, 8.5}, {7.5, 8.5}}, ClarityLevel::Orange));
        QCOMPARE(map.toRowStrings(),
                 QStringList({QStringLiteral("g4."), QStringLiteral("2.3o"), QStringLiteral("5.")}));
        auto back = ClarityMap::fromRowStrings(QSize(20, 10), 4, map.toRowStrings());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), map);
    }

    void randomMapsRoundTripThroughRowStrings()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        ClarityMap map(QSize(1013, 777), 7);
        for (int i = 0; i < 60; ++i)
            map.apply(map.discChange(QPointF(random.bounded(1013.0), random.bounded(777.0)), random.bounded(80.0),
                                     ClarityLevel(random.bounded(5))));
        auto back = ClarityMap::fromRowStrings(map.imageSize(), map.cellSize(), map.toRowStrings());
        QVERIFY2(back.ok(), qPrintable(QStringLiteral("seed %1").arg(seed)));
        QVERIFY2(back.value() == map, qPrintable(QStringLiteral("seed %1").arg(seed)));
    }

    void badRowStringsAreRefusedWithTheRowAndReason_data()
    {
        QTest::addColumn<int>("cellSize");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rows missing") << 4 << QStringList{"5.", "5."} << "2 rows given, the grid of the image has 3";
        QTest::newRow("unknown letter") << 4 << QStringList{"5.", "2.x2.", "5."}
                                        << "row 2: unknown level 'x' at character 3";
        QTest::newRow("too long") << 4 << QStringList{"5.", "6g", "5."} << "row 2 holds more than the 5 cells of a row";
        QTest::newRow("too short") << 4 << QStringList{"5.", "5.", "4."} << "row 3 holds 4 cells, a row has 5";
        QTest::newRow("count without level") << 4 << QStringList{"5.", "4.1", "5."} << "row 2 holds 4 cells";
        QTest::newRow("leading zero") << 4 << QStringList{"05.", "5.", "5."}
                                      << "row 1: a run count starts with 0 at character 1";
        QTest::newRow("cell size 0") << 0 << QStringList{} << "cell size 0 is outside 1..4096 pixels";
        QTest::newRow("cell size huge") << 5000 << QStringList{"1."} << "cell size 5000 is outside";
    }

    void badRowStringsAreRefusedWithTheRowAndReason()
    {
        QFETCH(int, cellSize);
        QFETCH(QStringList, rows);
        QFETCH(QString, reason);
        auto map = ClarityMap::fromRowStrings(QSize(20, 10), cellSize, rows);
        QVERIFY(!map.ok());
        QCOMPARE(map.error().code(), ErrorCode::BadInput);
        QVERIFY2(map.error().message().contains(reason), qPrintable(map.error().message()));
        QVERIFY(map.error().message().startsWith(QStringLiteral("clarity map: ")));
    }
};

QTEST_GUILESS_MAIN(TestMarkupClarityMap)
#include "tst_markupclaritymap.moc"
