// The comparison view's alignment: a known transform comes back from exact points to 1e-9, from
// noisy points with a small residual, and with one wrong pair flagged while the rest stay within
// 0.1 px; impossible pair sets are refused with a message naming the pairs.
#include "app/imaging/alignment.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(QList<ridgeline::imaging::PointPair>)

using namespace ridgeline;
using namespace ridgeline::imaging;

namespace {

using Matrix = std::array<double, 6>;

// Mark -> exemplar: scale, counter-clockwise rotation on screen (y down), optional flip top to
// bottom first, translation.
Matrix similarity(double scale, double degrees, double tx, double ty, bool mirror = false)
{
    const double t = degrees * M_PI / 180.0, c = scale * std::cos(t), s = scale * std::sin(t);
    // Counter-clockwise on screen with y down: (1, 0) -> (cos, -sin).
    if (mirror)
        return {c, -s, tx, -s, -c, ty};
    return {c, s, tx, -s, c, ty};
}

QPointF apply(const Matrix &m, QPointF p)
{
    return {m[0] * p.x() + m[1] * p.y() + m[2], m[3] * p.x() + m[4] * p.y() + m[5]};
}

// Well spread mark points, like minutiae over a 600 x 800 px mark.
QList<QPointF> markPoints(int n, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    while (points.size() < n) {
        const QPointF p(50 + random.generateDouble() * 600, 40 + random.generateDouble() * 800);
        bool apart = true;
        for (const QPointF &q : points)
            apart = apart && QLineF(p, q).length() > 30;
        if (apart)
            points.append(p);
    }
    return points;
}

QList<PointPair> pairsThrough(const Matrix &m, const QList<QPointF> &points)
{
    QList<PointPair> pairs;
    for (const QPointF &p : points)
        pairs.append({p, apply(m, p)});
    return pairs;
}

double gaussian(QRandomGenerator &random)
{
    const double u = std::max(random.generateDouble(), 1e-300), v = random.generateDouble();
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
}

bool matrixClose(const Matrix &got, const Matrix &want, double relative)
{
    for (size_t i = 0; i < 6; ++i)
        if (std::abs(got[i] - want[i]) > relative * std::max(1.0, std::abs(want[i])))
            return false;
    return true;
}

QString describe(const Matrix &m)
{
    return QStringLiteral("[%1 %2 %3; %4 %5 %6]")
        .arg(m[0], 0, 'g', 17)
        .arg(m[1], 0, 'g', 17)
        .arg(m[2], 0, 'g', 17)
        .arg(m[3], 0, 'g', 17)
        .arg(m[4], 0, 'g', 17)
        .arg(m[5], 0, 'g', 17);
}

// Largest distance between the estimated and the true map over the given mark points.
double worstError(const Alignment &a, const Matrix &truth, const QList<QPointF> &points)
{
    double worst = 0;
    for (const QPointF &p : points)
        worst = std::max(worst, QLineF(a.map(p), apply(truth, p)).length());
    return worst;
}

} // namespace

class TestAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void similarityFromExactPoints_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("degrees");
        QTest::addColumn<int>("count");
        QTest::newRow("identity, 2 pairs") << 1.0 << 0.0 << 2;
        QTest::newRow("500 to 1000 ppi, 30 deg, 2 pairs") << 2.0 << 30.0 << 2;
        QTest::newRow("0.8, -135 deg, 7 pairs") << 0.8 << -135.0 << 7;
        QTest::newRow("1.25, 180 deg, 30 pairs") << 1.25 << 180.0 << 30;
        QTest::newRow("0.5, 91 deg, 45 pairs (sampled)") << 0.5 << 91.0 << 45;
    }
    void similarityFromExactPoints()
    {
        QFETCH(double, scale);
        QFETCH(double, degrees);
        QFETCH(int, count);
        const Matrix truth = similarity(scale, degrees, 412.5, -37.25);
        const auto a = estimateAlignment(pairsThrough(truth, markPoints(count)));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message()));
        QVERIFY2(matrixClose(a->matrix, truth, 1e-9), qPrintable(describe(a->matrix) + " vs " + describe(truth)));
        QCOMPARE(a->kind, AlignmentKind::Similarity);
        QVERIFY(std::abs(a->scale - scale) <= 1e-9 * scale);
        QVERIFY2(std::abs(a->rotationDegrees - degrees) <= 1e-9 * 180, qPrintable(QString::number(a->rotationDegrees)));
        QVERIFY(!a->mirrored);
        QCOMPARE(a->inlierCount, count);
        QCOMPARE(a->residuals.size(), count);
        QVERIFY(a->rmsResidual < 1e-9);
        // QTransform gives the same map, for QPainter and the overlay.
        const QPointF p(123.5, 456.25);
        QVERIFY(QLineF(a->transform().map(p), apply(truth, p)).length() < 1e-9);
    }

    void affineFromExactPoints_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("3 pairs") << 3;
        QTest::newRow("8 pairs") << 8;
        QTest::newRow("30 pairs") << 30;
        QTest::newRow("50 pairs (sampled)") << 50;
    }
    void affineFromExactPoints()
    {
        QFETCH(int, count);
        // A stretched lift: unequal scales and a shear with a rotation.
        const Matrix truth{1.1, 0.25, -80.0, -0.18, 0.92, 310.0};
        AlignmentOptions options;
        options.kind = AlignmentKind::Affine;
        const auto a = estimateAlignment(pairsThrough(truth, markPoints(count)), options);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message()));
        QVERIFY2(matrixClose(a->matrix, truth, 1e-9), qPrintable(describe(a->matrix)));
        QCOMPARE(a->kind, AlignmentKind::Affine);
        QCOMPARE(a->inlierCount, count);
        QVERIFY(std::abs(a->scale - std::sqrt(1.1 * 0.92 + 0.25 * 0.18)) < 1e-9);
    }

    void mirroredMarkOnlyWhenAllowed()
    {
        const Matrix truth = similarity(1.5, 40.0, 900, 100, true);
        const QList<PointPair> pairs = pairsThrough(truth, markPoints(6));
        const auto refused = estimateAlignment(pairs);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::BadInput);
        QVERIFY2(refused.error().message().contains(QStringLiteral("mirror")), qPrintable(refused.error().message()));

        AlignmentOptions options;
        options.allowMirror = true;
        const auto a = estimateAlignment(pairs, options);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message()));
        QVERIFY(a->mirrored);
        QVERIFY2(matrixClose(a->matrix, truth, 1e-9), qPrintable(describe(a->matrix)));
        QVERIFY(std::abs(a->rotationDegrees - 40.0) < 1e-9);
        QVERIFY(std::abs(a->scale - 1.5) < 1e-9);

        // An ordinary mark stays unmirrored when mirroring is allowed.
        const auto plain = estimateAlignment(pairsThrough(similarity(1.5, 40.0, 900, 100), markPoints(6)), options);
        QVERIFY(plain.ok());
        QVERIFY(!plain->mirrored);

        // Affine: a negative determinant is a mirror too.
        options.kind = AlignmentKind::Affine;
        options.allowMirror = false;
        const auto affine = estimateAlignment(pairs, options);
        QVERIFY(!affine.ok());
        QVERIFY(affine.error().message().contains(QStringLiteral("mirror")));
    }

    void noisyPointsGiveSmallResidual_data()
    {
        QTest::addColumn<bool>("affine");
        QTest::newRow("similarity") << false;
        QTest::newRow("affine") << true;
    }
    void noisyPointsGiveSmallResidual()
    {
        QFETCH(bool, affine);
        const Matrix truth = affine ? Matrix{1.05, 0.1, 20, -0.12, 0.97, -15} : similarity(1.3, -20, 20, -15);
        const QList<QPointF> points = markPoints(12);
        QList<PointPair> pairs = pairsThrough(truth, points);
        QRandomGenerator random(99);
        for (PointPair &p : pairs)
            p.exemplar += QPointF(0.5 * gaussian(random), 0.5 * gaussian(random));
        AlignmentOptions options;
        options.kind = affine ? AlignmentKind::Affine : AlignmentKind::Similarity;
        const auto a = estimateAlignment(pairs, options);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message()));
        qInfo("RMS %.3f px, worst error against the truth %.3f px", a->rmsResidual, worstError(*a, truth, points));
        QCOMPARE(a->inlierCount, 12);
        QVERIFY(a->rmsResidual > 0.2 && a->rmsResidual < 0.8);
        QVERIFY(worstError(*a, truth, points) < 0.6);
    }

    void oneWrongPairIsFlagged_data()
    {
        QTest::addColumn<bool>("affine");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("wrong");
        QTest::newRow("similarity, 3 pairs") << false << 3 << 1;
        QTest::newRow("similarity, 4 pairs") << false << 4 << 2;
        QTest::newRow("similarity, 12 pairs") << false << 12 << 5;
        QTest::newRow("similarity, 40 pairs (sampled)") << false << 40 << 17;
        QTest::newRow("affine, 4 pairs") << true << 4 << 3;
        QTest::newRow("affine, 6 pairs") << true << 6 << 0;
        QTest::newRow("affine, 15 pairs") << true << 15 << 9;
        QTest::newRow("affine, 40 pairs (sampled)") << true << 40 << 11;
    }
    void oneWrongPairIsFlagged()
    {
        QFETCH(bool, affine);
        QFETCH(int, count);
        QFETCH(int, wrong);
        const Matrix truth = affine ? Matrix{0.9, -0.2, 300, 0.15, 1.1, 50} : similarity(0.7, 65, 300, 50);
        QList<QPointF> points = markPoints(count, 11);
        if (count == 3) // a wrong pair between the two right ones (one far out on its own is ambiguous)
            points = {QPointF(100, 100), QPointF(330, 420), QPointF(600, 700)};
        if (count == 4 && affine) // a wrong pair inside the triangle of the right ones
            points = {QPointF(100, 100), QPointF(650, 150), QPointF(350, 800), QPointF(370, 340)};
        QList<PointPair> pairs = pairsThrough(truth, points);
        pairs[wrong].exemplar += QPointF(60, -45); // the examiner paired the wrong minutia
        AlignmentOptions options;
        options.kind = affine ? AlignmentKind::Affine : AlignmentKind::Similarity;
        const auto a = estimateAlignment(pairs, options);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message()));
        QList<QPointF> right;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(a->inliers[i], i != wrong);
            if (i != wrong)
                right.append(points[i]);
        }
        QCOMPARE(a->inlierCount, count - 1);
        QVERIFY(a->residuals[wrong] > 50);
        QVERIFY2(worstError(*a, truth, right) < 0.1, qPrintable(QString::number(worstError(*a, truth, right))));
        QVERIFY(a->rmsResidual < 0.1);
    }

    void wrongPairsAmongNoisyOnes()
    {
        // 20 noisy pairs and three wrong: all three flagged, the fit unharmed.
        const Matrix truth = similarity(1.2, 12, -40, 75);
        const QList<QPointF> points = markPoints(20, 5);
        QList<PointPair> pairs = pairsThrough(truth, points);
        QRandomGenerator random(3);
        for (PointPair &p : pairs)
            p.exemplar += QPointF(0.7 * gaussian(random), 0.7 * gaussian(random));
        for (int wrong : {2, 9, 15})
            pairs[wrong].exemplar += QPointF(-35, 28);
        const auto a = estimateAlignment(pairs);
        QVERIFY(a.ok());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(a->inliers[i], i != 2 && i != 9 && i != 15);
        QVERIFY(worstError(*a, truth, points) < 1.0);
        QVERIFY(a->inlierThreshold >= 3.0);
    }

    void deterministic()
    {
        QList<PointPair> pairs = pairsThrough(similarity(1.1, 5, 3, 4), markPoints(25, 2));
        pairs[4].exemplar += QPointF(80, 0);
        const auto a = estimateAlignment(pairs), b = estimateAlignment(pairs);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->matrix, b->matrix);
        QCOMPARE(a->inliers, b->inliers);
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("affine");
        QTest::addColumn<QList<PointPair>>("pairs");
        QTest::addColumn<QString>("says");
        const Matrix m = similarity(1, 10, 5, 5);
        QTest::newRow("similarity, one pair") << false << pairsThrough(m, {QPointF(1, 2)}) << "at least 2";
        QTest::newRow("similarity, none") << false << QList<PointPair>{} << "at least 2";
        QTest::newRow("affine, two pairs") << true << pairsThrough(m, {QPointF(1, 2), QPointF(50, 60)}) << "at least 3";
        QTest::newRow("same mark point") << false
                                         << QList<PointPair>{{{10, 10}, {20, 20}},
                                                             {{100, 10}, {110, 20}},
                                                             {{10.2, 10.1}, {50, 90}}}
                                         << "Pairs 1 and 3 use the same point on the mark";
        QTest::newRow("same exemplar point")
            << false << QList<PointPair>{{{10, 10}, {20, 20}}, {{100, 10}, {20, 20}}} << "same point on the exemplar";
        QTest::newRow("not a number") << false << QList<PointPair>{{{10, 10}, {20, 20}}, {{qQNaN(), 10}, {110, 20}}}
                                      << "Pair 2";
        QTest::newRow("affine, one line")
            << true << pairsThrough(m, {QPointF(0, 0), QPointF(100, 100), QPointF(200, 200.5), QPointF(300, 300)})
            << "one line";
        QTest::newRow("scale collapses") << false
                                         << QList<PointPair>{{{0, 0}, {10, 10}},
                                                             {{500, 0}, {12, 10}},
                                                             {{0, 500}, {10, 12}}}
                                         << "degenerate";
        QTest::newRow("affine collapses onto a line")
            << true
            << QList<PointPair>{{{0, 0}, {0, 0}}, {{500, 0}, {500, 0}}, {{0, 500}, {1, 1}}, {{500, 500}, {501, 1}}}
            << "";
    }
    void refusals()
    {
        QFETCH(bool, affine);
        QFETCH(QList<PointPair>, pairs);
        QFETCH(QString, says);
        AlignmentOptions options;
        options.kind = affine ? AlignmentKind::Affine : AlignmentKind::Similarity;
        const auto a = estimateAlignment(pairs, options);
        QVERIFY2(!a.ok(), a.ok() ? qPrintable(describe(a->matrix)) : "");
        QCOMPARE(a.error().code(), ErrorCode::BadInput);
        QVERIFY2(a.error().message().contains(says), qPrintable(a.error().message()));
    }

    void rotationIsCounterClockwiseOnScreen()
    {
        // A ridge ending direction pointing right on the mark points up-right on the exemplar.
        const auto a = estimateAlignment({{{0, 0}, {0, 0}}, {{100, 0}, {70.710678118654755, -70.710678118654755}}});
        QVERIFY(a.ok());
        QVERIFY(std::abs(a->rotationDegrees - 45.0) < 1e-9);
        QVERIFY(std::abs(a->scale - 1.0) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
