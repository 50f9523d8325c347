#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ridgeline;

namespace {

const QString kMarkSha = QStringLiteral("3f6a1c0e9b2d4f7a8c5e1b0d9f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f90");
const QString kExemplarSha = QStringLiteral("0b2d4f6a8c1e3b5d7f903f6a1c0e9b2d4f7a8c5e1b0d9f2a4c6e8b1d3f5a7c9e");

QDateTime at(qint64 ms)
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC).addMSecs(ms);
}

// A mark and an exemplar markup with a few minutiae each, and their comparison.
struct Fixture
{
    MarkupDocument mark;
    MarkupDocument exemplar;
    std::unique_ptr<MarkupComparisonDocument> comparison;
    QList<FeatureId> left;
    QList<FeatureId> right;
    qint64 ticks = 0;

    explicit Fixture(int features = 5)
    {
        QVERIFY(mark.setMarkup(Markup::forImage(kMarkSha, QSize(800, 750))).ok());
        QVERIFY(exemplar.setMarkup(Markup::forImage(kExemplarSha, QSize(512, 512))).ok());
        for (MarkupDocument *d : {&mark, &exemplar}) {
            d->setUserName(QStringLiteral("jholt"));
            d->setClock([this] { return at(++ticks); });
        }
        for (int i = 0; i < features; ++i) {
            left.append(add(mark, {10.0 + i * 20, 10.0 + i * 15}));
            right.append(add(exemplar, {20.0 + i * 18, 30.0 + i * 12}));
        }
        comparison = std::make_unique<MarkupComparisonDocument>(&mark, &exemplar);
        comparison->setUserName(QStringLiteral("jholt"));
        comparison->setClock([this] { return at(++ticks); });
    }

    static FeatureId add(MarkupDocument &d, QPointF position)
    {
        MarkupFeature f;
        f.type = FeatureType::MinutiaEnding;
        f.position = position;
        f.direction = 45;
        return d.addFeature(f).value();
    }

    int link(int i, int j) { return comparison->linkPair(left[i], right[j]).value(); }
    QList<int> numbers() const
    {
        QList<int> out;
        for (const Correspondence &p : comparison->pairs())
            out.append(p.number);
        return out;
    }
    bool consistent() const
    {
        return validateComparison(comparison->comparison(), mark.markup(), exemplar.markup()).ok();
    }
};

} // namespace

class TestMarkupComparisonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsAreNumberedFromOneAndReuseTheLowestFreeNumber()
    {
        Fixture fx;
        QSignalSpy changed(fx.comparison.get(), &MarkupComparisonDocument::pairsChanged);
        QCOMPARE(fx.link(0, 0), 1);
        QCOMPARE(fx.link(1, 1), 2);
        QCOMPARE(fx.link(2, 2), 3);
        QCOMPARE(changed.size(), 3);
        const Correspondence second = fx.comparison->pair(2).value();
        QCOMPARE(second.left, fx.left[1]);
        QCOMPARE(second.right, fx.right[1]);
        QCOMPARE(second.author, QStringLiteral("jholt"));
        QVERIFY(second.createdUtc.isValid());
        QVERIFY(fx.comparison->unlinkPair(2).ok());
        QCOMPARE(fx.numbers(), QList<int>({1, 3})); // the others keep their numbers
        QCOMPARE(fx.link(3, 3), 2);
        QCOMPARE(fx.numbers(), QList<int>({1, 2, 3}));
        QCOMPARE(fx.link(4, 4), 4);
        QCOMPARE(fx.comparison->undoStack()->count(), 6);
        QCOMPARE(fx.comparison->undoStack()->undoText(), QStringLiteral("Link pair 4"));
    }

    void numbersChangeOnlyWhenRenumbered()
    {
        Fixture fx;
        for (int i = 0; i < 4; ++i)
            fx.link(i, i);
        QVERIFY(fx.comparison->setAlignment(AlignmentKind::Affine, {1.1, 0.1, 5, -0.2, 0.9, 7}, {3, 4}).ok());
        QVERIFY(fx.comparison->unlinkPair(1).ok());
        QVERIFY(fx.comparison->unlinkPair(2).ok());
        QCOMPARE(fx.numbers(), QList<int>({3, 4}));
        QVERIFY(fx.comparison->alignment().has_value()); // computed from pairs 3 and 4, both still there
        QVERIFY(fx.comparison->renumberPairs().ok());
        QCOMPARE(fx.numbers(), QList<int>({1, 2}));
        QCOMPARE(fx.comparison->pair(1)->left, fx.left[2]);
        QCOMPARE(fx.comparison->alignment()->pairs, QList<int>({1, 2}));
        QVERIFY(fx.consistent());
        fx.comparison->undoStack()->undo();
        QCOMPARE(fx.numbers(), QList<int>({3, 4}));
        QCOMPARE(fx.comparison->alignment()->pairs, QList<int>({3, 4}));
        const int steps = fx.comparison->undoStack()->count();
        fx.comparison->undoStack()->redo();
        QVERIFY(fx.comparison->renumberPairs().ok()); // already 1..n: nothing to do
        QCOMPARE(fx.comparison->undoStack()->count(), steps);
    }

    void aFeatureIsInAtMostOnePair()
    {
        Fixture fx;
        fx.link(0, 0);
        auto again = fx.comparison->linkPair(fx.left[0], fx.right[1]);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(again.error().message(),
                 QStringLiteral("Feature %1 of the mark is already in pair 1; unlink that pair first.")
                     .arg(fx.left[0].toString()));
        auto exemplarSide = fx.comparison->linkPair(fx.left[1], fx.right[0]);
        QVERIFY(!exemplarSide.ok());
        QVERIFY(exemplarSide.error().message().contains(QStringLiteral("of the exemplar is already in pair 1")));
        QCOMPARE(fx.comparison->pairs().size(), 1);
        QCOMPARE(fx.comparison->undoStack()->count(), 1);
    }

    void onlyFeaturesOfTheMarkupsCanBePaired()
    {
        Fixture fx;
        QVERIFY(fx.exemplar.setSuggestions({}, QStringLiteral("e"), QStringLiteral("1")).ok());
        MarkupFeature s;
        s.position = {5, 5};
        QVERIFY(fx.exemplar.setSuggestions({s}, QStringLiteral("e"), QStringLiteral("1")).ok());
        const FeatureId suggestion = fx.exemplar.suggestions().first().id;
        auto refused = fx.comparison->linkPair(fx.left[0], suggestion);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("suggestion; accept it before pairing it")));
        auto missing = fx.comparison->linkPair(FeatureId::create(), fx.right[0]);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        // Sides are not interchangeable: an exemplar feature is not in the mark's markup.
        QVERIFY(!fx.comparison->linkPair(fx.right[0], fx.left[0]).ok());
        QVERIFY(fx.comparison->pairs().isEmpty());
    }

    void removingAFeatureRemovesItsPairAndUndoRestoresBoth()
    {
        Fixture fx;
        fx.link(0, 0);
        fx.link(1, 1);
        fx.link(2, 2);
        QSignalSpy pairs(fx.comparison.get(), &MarkupComparisonDocument::pairsChanged);
        const MarkupFeature feature = fx.mark.feature(fx.left[1]).value();
        QVERIFY(fx.mark.removeFeature(fx.left[1]).ok());
        QVERIFY(!fx.mark.feature(fx.left[1]));
        QCOMPARE(fx.numbers(), QList<int>({1, 3}));
        QVERIFY(!fx.comparison->pairOf(ComparisonSide::Right, fx.right[1]));
        QCOMPARE(pairs.size(), 1);
        QVERIFY(fx.consistent());

        fx.mark.undoStack()->undo(); // one step brings back the feature and its pair
        QCOMPARE(fx.mark.feature(fx.left[1]).value(), feature);
        QCOMPARE(fx.numbers(), QList<int>({1, 2, 3}));
        QCOMPARE(fx.comparison->pair(2)->right, fx.right[1]);
        QVERIFY(fx.consistent());

        fx.mark.undoStack()->redo();
        QCOMPARE(fx.numbers(), QList<int>({1, 3}));
        QVERIFY(fx.consistent());

        // The same from the exemplar's side.
        QVERIFY(fx.exemplar.removeFeature(fx.right[2]).ok());
        QCOMPARE(fx.numbers(), QList<int>({1}));
        fx.exemplar.undoStack()->undo();
        QCOMPARE(fx.numbers(), QList<int>({1, 3}));
        QVERIFY(fx.consistent());
    }

    void removingAPairTheAlignmentWasMadeFromRemovesTheAlignment()
    {
        Fixture fx;
        for (int i = 0; i < 3; ++i)
            fx.link(i, i);
        QVERIFY(fx.comparison->setAlignment(AlignmentKind::Similarity, {0.5, -0.1, 3, 0.1, 0.5, 4}, {1, 2, 3}).ok());
        QSignalSpy alignment(fx.comparison.get(), &MarkupComparisonDocument::alignmentChanged);
        QVERIFY(fx.mark.removeFeature(fx.left[0]).ok());
        QVERIFY(!fx.comparison->alignment());
        QCOMPARE(alignment.size(), 1);
        QVERIFY(fx.consistent());
        fx.mark.undoStack()->undo();
        QVERIFY(fx.comparison->alignment());
        QCOMPARE(fx.comparison->alignment()->pairs, QList<int>({1, 2, 3}));
        QVERIFY(fx.comparison->unlinkPair(2).ok());
        QVERIFY(!fx.comparison->alignment());
        fx.comparison->undoStack()->undo();
        QVERIFY(fx.comparison->alignment());
        QVERIFY(fx.consistent());
    }

    void undoingTheAdditionOfAPairedFeatureTakesThePairToo()
    {
        Fixture fx;
        const FeatureId late = Fixture::add(fx.mark, {300, 300});
        fx.comparison->linkPair(late, fx.right[4]).value();
        fx.mark.undoStack()->undo(); // the addition, on the mark's own stack
        QVERIFY(!fx.mark.feature(late));
        QVERIFY(fx.comparison->pairs().isEmpty());
        QVERIFY(fx.consistent());
        fx.mark.undoStack()->redo();
        QCOMPARE(fx.comparison->pairOf(ComparisonSide::Left, late)->number, 1);
        QVERIFY(fx.consistent());
    }

    void oneHistoryForTheWholeComparisonView()
    {
        Fixture fx(0);
        QUndoStack *history = fx.comparison->undoStack();
        fx.mark.setCommandStack(history);
        fx.exemplar.setCommandStack(history);
        const FeatureId a = Fixture::add(fx.mark, {100, 100});
        const FeatureId b = Fixture::add(fx.exemplar, {200, 200});
        QCOMPARE(fx.comparison->linkPair(a, b).value(), 1);
        QVERIFY(fx.mark.removeFeature(a).ok());
        QCOMPARE(history->count(), 4);
        QVERIFY(fx.comparison->pairs().isEmpty());
        history->undo(); // the removal
        QCOMPARE(fx.comparison->pairs().size(), 1);
        history->undo(); // the pair
        QVERIFY(fx.comparison->pairs().isEmpty());
        history->undo(); // the exemplar feature
        QVERIFY(!fx.exemplar.feature(b));
        history->undo(); // the mark feature
        QVERIFY(fx.mark.features().isEmpty());
        QCOMPARE(fx.mark.undoStack()->count(), 0);
        for (int i = 0; i < 4; ++i)
            history->redo();
        QVERIFY(fx.comparison->pairs().isEmpty());
        QVERIFY(fx.exemplar.feature(b));
    }

    void randomEditingNeverLeavesADanglingPair_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("a stack per document") << false; // undo on one stack while another moved on
        QTest::newRow("one history") << true;
    }

    void randomEditingNeverLeavesADanglingPair()
    {
        QFETCH(bool, shared);
        const quint32 seed = QRandomGenerator::global()->generate();
        const QByteArray context = "seed " + QByteArray::number(seed);
        QRandomGenerator random(seed);
        Fixture fx(8);
        if (shared) {
            fx.mark.setCommandStack(fx.comparison->undoStack());
            fx.exemplar.setCommandStack(fx.comparison->undoStack());
        }
        QList<QUndoStack *> stacks{fx.comparison->undoStack(), fx.mark.undoStack(), fx.exemplar.undoStack()};
        for (int step = 0; step < 2000; ++step) {
            MarkupDocument &side = random.bounded(2) ? fx.mark : fx.exemplar;
            switch (random.bounded(7)) {
            case 0:
                Fixture::add(side, {random.bounded(500.0), random.bounded(500.0)});
                break;
            case 1:
                if (!side.features().isEmpty())
                    (void)side.removeFeature(side.features()[random.bounded(int(side.features().size()))].id);
                break;
            case 2:
                if (!fx.mark.features().isEmpty() && !fx.exemplar.features().isEmpty())
                    (void)fx.comparison->linkPair(
                        fx.mark.features()[random.bounded(int(fx.mark.features().size()))].id,
                        fx.exemplar.features()[random.bounded(int(fx.exemplar.features().size()))].id);
                break;
            case 3:
                if (!fx.comparison->pairs().isEmpty())
                    (void)fx.comparison->unlinkPair(
                        fx.comparison->pairs()[random.bounded(int(fx.comparison->pairs().size()))].number);
                break;
            case 4:
                stacks[random.bounded(int(stacks.size()))]->undo();
                break;
            case 5:
                stacks[random.bounded(int(stacks.size()))]->redo();
                break;
            case 6:
                if (random.bounded(10) == 0)
                    (void)fx.comparison->renumberPairs();
                break;
            }
            const Status ok = validateComparison(fx.comparison->comparison(), fx.mark.markup(), fx.exemplar.markup());
            QVERIFY2(ok.ok(), qPrintable(QStringLiteral("%1, step %2: %3")
                                             .arg(QLatin1String(context))
                                             .arg(step)
                                             .arg(ok.ok() ? QString() : ok.error().message())));
        }
    }

    void annotationsMarkPointsAndAreasOnEitherSide()
    {
        Fixture fx;
        QSignalSpy changed(fx.comparison.get(), &MarkupComparisonDocument::annotationsChanged);
        auto point = fx.comparison->markNonCorrespondence(ComparisonSide::Left, {{100.25, 200.5}},
                                                          QStringLiteral("ending here, none in the exemplar"));
        QVERIFY(point.ok());
        auto area = fx.comparison->markUnclear(ComparisonSide::Right, {{10, 10}, {100, 10}, {50, 90}});
        QVERIFY(area.ok());
        QCOMPARE(fx.comparison->annotations().size(), 2);
        const ComparisonAnnotation first = fx.comparison->annotations().first();
        QCOMPARE(first.kind, ComparisonAnnotationKind::NonCorrespondence);
        QCOMPARE(first.side, ComparisonSide::Left);
        QCOMPARE(first.author, QStringLiteral("jholt"));
        QCOMPARE(fx.comparison->annotations()[1].kind, ComparisonAnnotationKind::Unclear);
        QCOMPARE(changed.size(), 2);

        auto outside = fx.comparison->markUnclear(ComparisonSide::Right, {{10, 10}, {600, 10}, {50, 90}});
        QVERIFY(!outside.ok()); // 600 is inside the mark but outside the 512-pixel exemplar
        QVERIFY2(outside.error().message().contains(QStringLiteral("is outside the exemplar (512 × 512 pixels)")),
                 qPrintable(outside.error().message()));
        QVERIFY(!fx.comparison->markUnclear(ComparisonSide::Left, {{10, 10}, {20, 20}}).ok());

        QVERIFY(fx.comparison->removeAnnotation(point.value()).ok());
        QCOMPARE(fx.comparison->annotations().size(), 1);
        fx.comparison->undoStack()->undo();
        QCOMPARE(fx.comparison->annotations().first(), first);
        QCOMPARE(fx.comparison->removeAnnotation(AnnotationId::create()).error().code(), ErrorCode::NotFound);
    }

    void anAlignmentMustBeWhatItSaysAndComeFromPairs()
    {
        Fixture fx;
        fx.link(0, 0);
        fx.link(1, 1);
        const double c = 0.8 * std::cos(0.2);
        const double s = 0.8 * std::sin(0.2);
        QVERIFY(fx.comparison->setAlignment(AlignmentKind::Similarity, {c, -s, 10, s, c, -5}, {2, 1, 2}).ok());
        const Alignment alignment = fx.comparison->alignment().value();
        QCOMPARE(alignment.pairs, QList<int>({1, 2}));
        QCOMPARE(alignment.author, QStringLiteral("jholt"));
        QCOMPARE(alignment.map({0, 0}), QPointF(10, -5));
        QCOMPARE(alignment.transform().map(QPointF(3, 4)), alignment.map({3, 4}));
        auto notSimilar = fx.comparison->setAlignment(AlignmentKind::Similarity, {1, 0.5, 0, 0, 1, 0}, {1});
        QVERIFY(!notSimilar.ok());
        QVERIFY(notSimilar.error().message().contains(QStringLiteral("not one")));
        QVERIFY(!fx.comparison->setAlignment(AlignmentKind::Affine, {1, 0, 0, 0, 1, 0}, {1, 5}).ok());
        QVERIFY(!fx.comparison->setAlignment(AlignmentKind::Affine, {qInf(), 0, 0, 0, 1, 0}, {1}).ok());
        QCOMPARE(fx.comparison->alignment().value(), alignment);
        QVERIFY(fx.comparison->clearAlignment().ok());
        QVERIFY(!fx.comparison->alignment());
        fx.comparison->undoStack()->undo();
        QCOMPARE(fx.comparison->alignment().value(), alignment);
    }

    void aSavedComparisonIsCheckedAgainstTheOpenMarkups()
    {
        Fixture fx;
        fx.link(0, 0);
        MarkupComparison saved = fx.comparison->comparison();
        saved.pairs.append({2, fx.left[1], FeatureId::create(), QStringLiteral("jholt"), at(1)});
        QSignalSpy reset(fx.comparison.get(), &MarkupComparisonDocument::comparisonReset);
        auto refused = fx.comparison->setComparison(saved);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().startsWith(QStringLiteral("pair 2: the exemplar feature")));
        QCOMPARE(fx.comparison->pairs().size(), 1);
        QCOMPARE(reset.size(), 0);
        saved.pairs.removeLast();
        QVERIFY(fx.comparison->setComparison(saved).ok());
        QCOMPARE(fx.comparison->undoStack()->count(), 0);
        QCOMPARE(reset.size(), 1);

        // Nor can a markup be swapped under an open comparison for one without the paired features.
        auto swapped = fx.mark.setMarkup(Markup::forImage(kMarkSha, QSize(800, 750)));
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().code(), ErrorCode::Conflict);
        QVERIFY(fx.mark.feature(fx.left[0]));
    }

    void aClosedMarkupIsReportedNotCrashedOn()
    {
        Fixture fx;
        fx.link(0, 0);
        QUndoStack *history = fx.comparison->undoStack();
        auto exemplar = std::make_unique<MarkupDocument>();
        QVERIFY(exemplar->setMarkup(fx.exemplar.markup()).ok());
        {
            MarkupComparisonDocument other(&fx.mark, exemplar.get());
            other.setUserName(QStringLiteral("jholt"));
            exemplar.reset();
            auto refused = other.linkPair(fx.left[1], fx.right[1]);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code(), ErrorCode::NotFound);
        }
        // The closed comparison detached itself: removing a feature still works and keeps the open one whole.
        QVERIFY(fx.mark.removeFeature(fx.left[0]).ok());
        QVERIFY(fx.comparison->pairs().isEmpty());
        history->undo();
        history->redo();
        QVERIFY(fx.consistent());
        // The same markup on both sides is no comparison.
        MarkupComparisonDocument self(&fx.mark, &fx.mark);
        self.setUserName(QStringLiteral("jholt"));
        QVERIFY(!self.linkPair(fx.left[1], fx.left[2]).ok());
    }
};

QTEST_GUILESS_MAIN(TestMarkupComparisonDocument)
#include "tst_markupcomparisondocument.moc"
