#include "app/core/markupdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoGroup>

using namespace ridgeline;

namespace {

const QString kSha = QStringLiteral("3f6a1c0e9b2d4f7a8c5e1b0d9f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f90");

QDateTime at(qint64 ms)
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addMSecs(ms);
}

// A markup document with a user signed in and a clock that ticks 1 ms per reading.
struct Fixture
{
    MarkupDocument document;
    qint64 ticks = 0;

    Fixture()
    {
        QVERIFY(document.setMarkup(Markup::forImage(kSha, QSize(800, 750))).ok());
        document.setUserName(QStringLiteral("jholt"));
        document.setClock([this] { return at(++ticks); });
    }

    FeatureId add(FeatureType type, QPointF position, std::optional<double> direction = std::nullopt)
    {
        MarkupFeature f;
        f.type = type;
        f.position = position;
        f.direction = direction;
        auto id = document.addFeature(f);
        if (!id.ok())
            qWarning() << id.error().message();
        return id.ok() ? id.value() : FeatureId();
    }

    MarkupFeature get(const FeatureId &id) const { return document.feature(id).value_or(MarkupFeature{}); }
    QUndoStack *stack() { return document.undoStack(); }
};

MarkupFeature engineMinutia(QPointF position, double direction)
{
    MarkupFeature f;
    f.type = FeatureType::MinutiaBifurcation;
    f.position = position;
    f.direction = direction;
    f.confidence = Confidence::Low;
    return f;
}

} // namespace

class TestMarkupDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAddedFeatureRecordsWhoWhenAndHow()
    {
        Fixture fx;
        QSignalSpy added(&fx.document, &MarkupDocument::featureAdded);
        const FeatureId id = fx.add(FeatureType::MinutiaEnding, {100.5, 200.5}, 90.0);
        QVERIFY(!id.isNull());
        const MarkupFeature f = fx.get(id);
        QCOMPARE(f.author, QStringLiteral("jholt"));
        QCOMPARE(f.createdUtc, at(1));
        QCOMPARE(f.modifiedUtc, f.createdUtc);
        QCOMPARE(f.origin, FeatureOrigin::manual());
        QVERIFY(!f.afterExemplar);
        QCOMPARE(f.direction, std::optional<double>(90.0));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0][0].value<FeatureId>(), id);
        QCOMPARE(added[0][1].value<qsizetype>(), qsizetype(0));
        QCOMPARE(fx.stack()->count(), 1);
        QCOMPARE(fx.stack()->undoText(), QStringLiteral("Add Ridge ending"));

        fx.stack()->undo();
        QVERIFY(!fx.document.feature(id));
        fx.stack()->redo();
        QCOMPARE(fx.get(id), f); // the same feature, same id and times
    }

    void badFeaturesAreRefusedAndLeaveNoUndoStep()
    {
        Fixture fx;
        MarkupFeature outside;
        outside.position = {900, 10};
        auto refused = fx.document.addFeature(outside);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::BadInput);
        QVERIFY2(
            refused.error().message().startsWith(QStringLiteral("New Ridge ending: position (900, 10) is outside")),
            qPrintable(refused.error().message()));
        MarkupFeature dot;
        dot.type = FeatureType::Dot;
        dot.position = {10, 10};
        dot.direction = 45;
        QVERIFY(!fx.document.addFeature(dot).ok());
        QCOMPARE(fx.stack()->count(), 0);
        QVERIFY(fx.document.features().isEmpty());

        fx.document.setUserName({});
        auto anonymous = fx.document.addFeature(MarkupFeature{});
        QVERIFY(!anonymous.ok());
        QCOMPARE(anonymous.error().code(), ErrorCode::PermissionDenied);
    }

    void featuresAddedOrChangedAfterAnExemplarWasSeenAreOrange()
    {
        Fixture fx;
        const FeatureId before = fx.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        const FeatureId untouched = fx.add(FeatureType::Core, {20, 20});
        fx.document.setExemplarFirstSeen(at(1000));
        fx.document.setExemplarFirstSeen(at(2000)); // the first exposure counts
        QCOMPARE(fx.document.exemplarFirstSeen(), at(1000));
        const FeatureId after = fx.add(FeatureType::MinutiaBifurcation, {30, 30}, 10);
        QVERIFY(fx.get(after).afterExemplar);
        QVERIFY(!fx.get(before).afterExemplar);
        QVERIFY(fx.document.moveFeature(before, {11, 11}).ok());
        QVERIFY(fx.get(before).afterExemplar);
        QVERIFY(!fx.get(untouched).afterExemplar);
        fx.stack()->undo();
        QVERIFY(!fx.get(before).afterExemplar); // undo puts the analysis-time feature back as it was
    }

    void aDragIsOneUndoStep()
    {
        Fixture fx;
        const FeatureId id = fx.add(FeatureType::MinutiaEnding, {100, 100}, 0);
        const MarkupFeature original = fx.get(id);
        QSignalSpy changed(&fx.document, &MarkupDocument::featureChanged);
        const int drag = MarkupDocument::newMergeKey();
        for (int i = 1; i <= 10; ++i)
            QVERIFY(fx.document.moveFeature(id, QPointF(100 + i * 1.5, 100 - i), drag).ok());
        QCOMPARE(changed.size(), 10);
        QCOMPARE(fx.stack()->count(), 2); // add, one move
        QCOMPARE(fx.get(id).position, QPointF(115, 90));
        fx.stack()->undo();
        QCOMPARE(fx.get(id), original);
        fx.stack()->redo();
        QCOMPARE(fx.get(id).position, QPointF(115, 90));

        // The next drag, even of the same feature, is its own step.
        const int second = MarkupDocument::newMergeKey();
        QVERIFY(second != drag);
        QVERIFY(fx.document.moveFeature(id, {50, 50}, second).ok());
        QVERIFY(fx.document.moveFeature(id, {60, 60}, second).ok());
        QCOMPARE(fx.stack()->count(), 3);
        fx.stack()->undo();
        QCOMPARE(fx.get(id).position, QPointF(115, 90));
        // Moves without a key (arrow keys, typed coordinates) are one step each.
        QVERIFY(fx.document.moveFeature(id, {1, 1}).ok());
        QVERIFY(fx.document.moveFeature(id, {2, 2}).ok());
        QCOMPARE(fx.stack()->count(), 4);
    }

    void aDragNeverMergesAcrossFeatures()
    {
        Fixture fx;
        const FeatureId a = fx.add(FeatureType::MinutiaEnding, {100, 100}, 0);
        const FeatureId b = fx.add(FeatureType::MinutiaEnding, {200, 200}, 0);
        const int key = MarkupDocument::newMergeKey();
        QVERIFY(fx.document.moveFeature(a, {101, 101}, key).ok());
        QVERIFY(fx.document.moveFeature(b, {201, 201}, key).ok());
        QCOMPARE(fx.stack()->count(), 4);
        fx.stack()->undo();
        QCOMPARE(fx.get(a).position, QPointF(101, 101));
        QCOMPARE(fx.get(b).position, QPointF(200, 200));
    }

    void turningADirectionIsOneUndoStepAndNormalised()
    {
        Fixture fx;
        const FeatureId id = fx.add(FeatureType::Delta, {300, 300}, 10);
        const int drag = MarkupDocument::newMergeKey();
        for (double d : {5.0, 0.0, -10.0, -30.0})
            QVERIFY(fx.document.setFeatureDirection(id, d, drag).ok());
        QCOMPARE(fx.get(id).direction, std::optional<double>(330.0));
        QCOMPARE(fx.stack()->count(), 2);
        QCOMPARE(fx.stack()->undoText(), QStringLiteral("Set the direction of Delta"));
        fx.stack()->undo();
        QCOMPARE(fx.get(id).direction, std::optional<double>(10.0));
        QVERIFY(fx.document.setFeatureDirection(id, 720.0).ok());
        QCOMPARE(fx.get(id).direction, std::optional<double>(0.0));
        QVERIFY(fx.document.setFeatureDirection(id, std::nullopt).ok());
        QVERIFY(!fx.get(id).direction);
        const FeatureId dot = fx.add(FeatureType::Dot, {1, 1});
        QVERIFY(!fx.document.setFeatureDirection(dot, 15.0).ok());
    }

    void movingALineMovesItsPointsAndStaysInTheImage()
    {
        Fixture fx;
        MarkupFeature crease;
        crease.type = FeatureType::Crease;
        crease.position = {100, 100};
        crease.geometryKind = FeatureGeometry::Polyline;
        crease.geometry = {{90, 100}, {110, 100}};
        const FeatureId id = fx.document.addFeature(crease).value();
        QVERIFY(fx.document.moveFeature(id, {200, 150}).ok());
        QCOMPARE(fx.get(id).geometry, QList<QPointF>({{190, 150}, {210, 150}}));
        auto refused = fx.document.moveFeature(id, {795, 150}); // the line's end would leave the image
        QVERIFY(!refused.ok());
        QCOMPARE(fx.get(id).position, QPointF(200, 150));
    }

    void anEditKeepsWhoAndWhenItWasMade()
    {
        Fixture fx;
        const FeatureId id = fx.add(FeatureType::MinutiaUnknown, {10, 10}, 30);
        const MarkupFeature original = fx.get(id);
        MarkupFeature edited = original;
        edited.type = FeatureType::MinutiaBifurcation;
        edited.confidence = Confidence::High;
        edited.text = QStringLiteral("clear fork");
        edited.author = QStringLiteral("someone else");
        edited.origin = FeatureOrigin::automatic(QStringLiteral("x"), QStringLiteral("1"));
        QVERIFY(fx.document.editFeature(edited).ok());
        const MarkupFeature now = fx.get(id);
        QCOMPARE(now.type, FeatureType::MinutiaBifurcation);
        QCOMPARE(now.confidence, Confidence::High);
        QCOMPARE(now.text, QStringLiteral("clear fork"));
        QCOMPARE(now.author, original.author);
        QCOMPARE(now.createdUtc, original.createdUtc);
        QCOMPARE(now.origin, original.origin);
        QVERIFY(now.modifiedUtc > original.modifiedUtc);
        QCOMPARE(fx.stack()->undoText(), QStringLiteral("Edit Minutia (type unknown)"));
        // An edit that changes nothing is no undo step.
        QVERIFY(fx.document.editFeature(now).ok());
        QCOMPARE(fx.stack()->count(), 2);
        fx.stack()->undo();
        QCOMPARE(fx.get(id), original);
    }

    void removalUndoPutsTheFeatureBackInItsPlace()
    {
        Fixture fx;
        const FeatureId a = fx.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        const FeatureId b = fx.add(FeatureType::MinutiaEnding, {20, 20}, 0);
        const FeatureId c = fx.add(FeatureType::MinutiaEnding, {30, 30}, 0);
        const MarkupFeature removed = fx.get(b);
        QSignalSpy aboutToRemove(&fx.document, &MarkupDocument::featureAboutToBeRemoved);
        QSignalSpy gone(&fx.document, &MarkupDocument::featureRemoved);
        QSignalSpy added(&fx.document, &MarkupDocument::featureAdded);
        QVERIFY(fx.document.removeFeature(b).ok());
        QCOMPARE(aboutToRemove.size(), 1);
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone[0][1].value<qsizetype>(), qsizetype(1));
        QCOMPARE(fx.document.features().size(), 2);
        fx.stack()->undo();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0][1].value<qsizetype>(), qsizetype(1));
        QCOMPARE(fx.document.features()[0].id, a);
        QCOMPARE(fx.document.features()[1], removed);
        QCOMPARE(fx.document.features()[2].id, c);
        QCOMPARE(fx.document.removeFeature(FeatureId::create()).error().code(), ErrorCode::NotFound);
    }

    void aBrushStrokeIsOneUndoStep()
    {
        Fixture fx;
        QSignalSpy clarity(&fx.document, &MarkupDocument::clarityChanged);
        const int stroke = MarkupDocument::newMergeKey();
        for (int i = 0; i < 5; ++i)
            QVERIFY(fx.document.paintClarityDisc(QPointF(100 + i * 10, 100), 12, ClarityLevel::Green, stroke).ok());
        QCOMPARE(fx.stack()->count(), 1);
        QCOMPARE(clarity.size(), 5);
        QVERIFY(clarity.last()[0].toRect().contains(QPoint(140, 100)));
        QCOMPARE(fx.document.clarityAt({100, 100}), ClarityLevel::Green);
        QCOMPARE(fx.document.clarityAt({140, 100}), ClarityLevel::Green);
        const qsizetype painted = fx.document.clarity().count(ClarityLevel::Green);
        QVERIFY(painted > 10);
        fx.stack()->undo();
        QCOMPARE(fx.document.clarity().count(ClarityLevel::Green), qsizetype(0));
        fx.stack()->redo();
        QCOMPARE(fx.document.clarity().count(ClarityLevel::Green), painted);
        // A polygon is a step of its own.
        QVERIFY(fx.document.paintClarityPolygon({{300, 300}, {400, 300}, {350, 400}}, ClarityLevel::Red).ok());
        QCOMPARE(fx.stack()->count(), 2);
        QCOMPARE(fx.document.clarityAt({350, 330}), ClarityLevel::Red);
        QVERIFY(!fx.document.paintClarityPolygon({{1, 1}, {2, 2}}, ClarityLevel::Red).ok());
    }

    void aStrokeThatChangesNothingLeavesNoStep()
    {
        Fixture fx;
        const int stroke = MarkupDocument::newMergeKey();
        QVERIFY(fx.document.paintClarityDisc({100, 100}, 5, ClarityLevel::Yellow, stroke).ok());
        QVERIFY(fx.document.paintClarityDisc({100, 100}, 5, ClarityLevel::None, stroke).ok());
        QCOMPARE(fx.stack()->count(), 0);
        QVERIFY(fx.document.paintClarityDisc({100, 100}, 5, ClarityLevel::None).ok()); // nothing to erase
        QCOMPARE(fx.stack()->count(), 0);
    }

    void theRegionOfInterestIsOnePolygon()
    {
        Fixture fx;
        QSignalSpy changed(&fx.document, &MarkupDocument::regionOfInterestChanged);
        const QList<QPointF> roi{{10, 10}, {700, 20}, {650, 700}};
        QVERIFY(fx.document.setRegionOfInterest(roi).ok());
        QCOMPARE(fx.document.regionOfInterest(), roi);
        QVERIFY(fx.document.setRegionOfInterest({}).ok());
        QVERIFY(fx.document.regionOfInterest().isEmpty());
        QCOMPARE(changed.size(), 2);
        fx.stack()->undo();
        QCOMPARE(fx.document.regionOfInterest(), roi);
        auto refused = fx.document.setRegionOfInterest({{10, 10}, {20, 20}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("2 points")));
        QVERIFY(!fx.document.setRegionOfInterest({{10, 10}, {20, 20}, {801, 30}}).ok());
    }

    void noneRecordsContradictNoMarkedFeature()
    {
        Fixture fx;
        QSignalSpy changed(&fx.document, &MarkupDocument::nonePresentChanged);
        QVERIFY(fx.document.setNonePresent(FeatureType::Delta, true).ok());
        QVERIFY(fx.document.isNonePresent(FeatureType::Delta));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(fx.stack()->undoText(), QStringLiteral("Record \"No deltas present\""));
        MarkupFeature delta;
        delta.type = FeatureType::Delta;
        delta.position = {5, 5};
        auto refused = fx.document.addFeature(delta);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QVERIFY(refused.error().message().contains(QStringLiteral("No deltas present")));

        const FeatureId core = fx.add(FeatureType::Core, {5, 5});
        auto noCores = fx.document.setNonePresent(FeatureType::Core, true);
        QVERIFY(!noCores.ok());
        QVERIFY2(noCores.error().message().contains(QStringLiteral("feature 1 (%1) is marked").arg(core.toString())),
                 qPrintable(noCores.error().message()));
        MarkupFeature edited = fx.get(core);
        edited.type = FeatureType::Delta;
        QCOMPARE(fx.document.editFeature(edited).error().code(), ErrorCode::Conflict);

        fx.stack()->undo(); // the core
        fx.stack()->undo(); // the record
        QVERIFY(!fx.document.isNonePresent(FeatureType::Delta));
        QVERIFY(fx.document.addFeature(delta).ok());
    }

    void suggestionsStayApartUntilAccepted()
    {
        Fixture fx;
        const FeatureId manual = fx.add(FeatureType::Core, {400, 300});
        QVERIFY(
            fx.document
                .setSuggestions({engineMinutia({10, 10}, 0), engineMinutia({20, 20}, 90), engineMinutia({30, 30}, 180)},
                                QStringLiteral("ridgeline-extractor"), QStringLiteral("3.1"))
                .ok());
        QCOMPARE(fx.document.features().size(), 1);
        QCOMPARE(fx.document.suggestions().size(), 3);
        const MarkupFeature second = fx.document.suggestions()[1];
        QCOMPARE(second.origin, FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), QStringLiteral("3.1")));
        QVERIFY(!second.origin.isReviewed());

        fx.document.setUserName(QStringLiteral("akhan"));
        QVERIFY(fx.document.acceptSuggestion(second.id).ok());
        QCOMPARE(fx.document.suggestions().size(), 2);
        QCOMPARE(fx.document.features().size(), 2);
        const MarkupFeature accepted = fx.get(second.id);
        QCOMPARE(accepted.origin.kind, FeatureOrigin::Kind::Automatic);
        QCOMPARE(accepted.origin.engine, QStringLiteral("ridgeline-extractor"));
        QCOMPARE(accepted.origin.engineVersion, QStringLiteral("3.1"));
        QCOMPARE(accepted.origin.reviewedBy, QStringLiteral("akhan"));
        QVERIFY(accepted.origin.reviewedUtc.isValid());
        QCOMPARE(accepted.position, second.position);
        QCOMPARE(accepted.direction, second.direction);
        QCOMPARE(accepted.author, QStringLiteral("jholt")); // who ran the engine
        QVERIFY(validateMarkup(fx.document.markup()).ok());

        fx.stack()->undo();
        QCOMPARE(fx.document.suggestions().size(), 3);
        QCOMPARE(fx.document.suggestions()[1], second); // back in its place, unreviewed
        QVERIFY(!fx.document.feature(second.id));

        QVERIFY(fx.document.rejectSuggestion(fx.document.suggestions()[0].id).ok());
        QCOMPARE(fx.document.suggestions().size(), 2);
        QVERIFY(fx.document.acceptAllSuggestions().ok());
        QCOMPARE(fx.document.suggestions().size(), 0);
        QCOMPARE(fx.document.features().size(), 3);
        for (const MarkupFeature &f : fx.document.features())
            QVERIFY(f.id == manual || (f.origin.isAutomatic() && f.origin.reviewedBy == QStringLiteral("akhan")));
        QCOMPARE(fx.stack()->undoText(), QStringLiteral("Accept 2 suggestions"));
        fx.stack()->undo(); // accept all: one step
        QCOMPARE(fx.document.suggestions().size(), 2);
        fx.stack()->undo(); // the rejection
        QCOMPARE(fx.document.suggestions().size(), 3);
        QVERIFY(fx.document.rejectAllSuggestions().ok());
        QVERIFY(fx.document.suggestions().isEmpty());
        fx.stack()->undo();
        QCOMPARE(fx.document.suggestions()[1], second);
        fx.stack()->undo(); // the engine run itself
        QVERIFY(fx.document.suggestions().isEmpty());
    }

    void acceptingAfterAnExemplarWasSeenIsOrange()
    {
        Fixture fx;
        QVERIFY(
            fx.document.setSuggestions({engineMinutia({10, 10}, 0)}, QStringLiteral("e"), QStringLiteral("1")).ok());
        fx.document.setExemplarFirstSeen(at(50));
        QVERIFY(fx.document.acceptAllSuggestions().ok());
        QVERIFY(fx.document.features().first().afterExemplar);
    }

    void aRefusedMarkupLeavesTheDocumentAsItWas()
    {
        Fixture fx;
        fx.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        const Markup before = fx.document.markup();
        QSignalSpy reset(&fx.document, &MarkupDocument::markupReset);
        Markup broken = before;
        broken.features.append(broken.features.first()); // a duplicate id
        QVERIFY(!fx.document.setMarkup(broken).ok());
        QCOMPARE(fx.document.markup(), before);
        QCOMPARE(fx.stack()->count(), 1);
        QCOMPARE(reset.size(), 0);
        Markup other = Markup::forImage(kSha, QSize(800, 750));
        QVERIFY(fx.document.setMarkup(other).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(fx.stack()->count(), 0);
    }

    void commandsCanGoToAnotherStack()
    {
        Fixture fx;
        QUndoStack shared;
        fx.document.setCommandStack(&shared);
        const FeatureId id = fx.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        QCOMPARE(shared.count(), 1);
        QCOMPARE(fx.stack()->count(), 0);
        shared.undo();
        QVERIFY(!fx.document.feature(id));
        fx.document.setCommandStack(nullptr);
        fx.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        QCOMPARE(fx.stack()->count(), 1);
    }

    void twoDocumentsShareAnUndoGroup()
    {
        Fixture mark;
        Fixture exemplar;
        QUndoGroup group;
        group.addStack(mark.stack());
        group.addStack(exemplar.stack());
        const FeatureId a = mark.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        const FeatureId b = exemplar.add(FeatureType::MinutiaEnding, {10, 10}, 0);
        group.setActiveStack(exemplar.stack());
        group.undo();
        QVERIFY(!exemplar.document.feature(b));
        QVERIFY(mark.document.feature(a));
        group.setActiveStack(mark.stack());
        QCOMPARE(group.undoText(), QStringLiteral("Add Ridge ending"));
        group.undo();
        QVERIFY(!mark.document.feature(a));
    }
};

QTEST_GUILESS_MAIN(TestMarkupDocument)
#include "tst_markupdocument.moc"
