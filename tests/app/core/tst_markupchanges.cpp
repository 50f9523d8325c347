// The flagged-changes list of a mark (issue 7): what the verifier and the supervisor are shown as
// changed in the markup since the examiner's committed analysis, feature by feature.
#include "app/core/markupchanges.h"

#include <QTest>

#include <algorithm>

using namespace ridgeline;
using Kind = MarkupChange::Kind;

namespace {

const QDateTime kAnalysed(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

MarkupFeature feature(FeatureType type, QPointF position)
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = type;
    f.position = position;
    f.author = QStringLiteral("aokafor");
    f.createdUtc = f.modifiedUtc = kAnalysed;
    return f;
}

// The analysis snapshot: an ending, a bifurcation, a core, a delta, a scar (polyline) and a note.
Markup snapshotMarkup()
{
    Markup m = Markup::forImage(QString(64, QLatin1Char('a')), QSize(800, 600));
    MarkupFeature ending = feature(FeatureType::MinutiaEnding, {100, 100});
    ending.direction = 45.0;
    MarkupFeature bifurcation = feature(FeatureType::MinutiaBifurcation, {200, 150});
    bifurcation.direction = 270.0;
    MarkupFeature core = feature(FeatureType::Core, {400, 300});
    MarkupFeature delta = feature(FeatureType::Delta, {500, 420});
    MarkupFeature scar = feature(FeatureType::Scar, {300, 500});
    scar.geometryKind = FeatureGeometry::Polyline;
    scar.geometry = {QPointF(280, 490), QPointF(320, 510)};
    MarkupFeature note = feature(FeatureType::Note, {600, 80});
    note.text = QStringLiteral("smudged at the top");
    m.features = {ending, bifurcation, core, delta, scar, note};
    return m;
}

MarkupFeature &in(Markup &m, qsizetype i)
{
    return m.features[i];
}

QString idOf(const Markup &m, qsizetype i)
{
    return m.features[i].id.toString();
}

} // namespace

class TestMarkupChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalMarkupsHaveNoChanges()
    {
        const Markup snapshot = snapshotMarkup();
        QVERIFY(markupChangesSince(snapshot, snapshot).isEmpty());
        QVERIFY(markupChangesSince(Markup(), Markup()).isEmpty());
    }

    void reopeningAndSavingAgainIsNoChange()
    {
        // The same features touched without a change of substance: a later modification time, a
        // sub-pixel nudge of the marker, the flag of a later exposure, an engine's review stamp.
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        in(current, 0).modifiedUtc = kAnalysed.addSecs(600);
        in(current, 1).position += QPointF(0.3, -0.3); // 0.42 px
        in(current, 2).afterExemplar = true;
        in(current, 4).geometry[1] += QPointF(0.2, 0.4); // 0.45 px
        in(current, 5).author = QStringLiteral("someone-else");
        QVERIFY(markupChangesSince(snapshot, current).isEmpty());
    }

    void eachKindIsReported()
    {
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        in(current, 0).position += QPointF(3, 4); // moved 5 px
        in(current, 0).afterExemplar = true;
        in(current, 1).type = FeatureType::MinutiaEnding; // retyped
        current.features.removeAt(2);                     // the core deleted
        MarkupFeature added = feature(FeatureType::Dot, {700, 500});
        added.afterExemplar = true;
        current.features.append(added);

        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes[0].kind, Kind::Moved);
        QCOMPARE(changes[0].featureId, idOf(snapshot, 0));
        QCOMPARE(changes[0].featureType, QStringLiteral("minutia-ending"));
        QCOMPARE(changes[0].distance, 5.0);
        QVERIFY(changes[0].afterExemplar);
        QCOMPARE(changes[1].kind, Kind::Retyped);
        QCOMPARE(changes[1].featureId, idOf(snapshot, 1));
        QCOMPARE(changes[1].featureType, QStringLiteral("minutia-ending"));
        QCOMPARE(changes[1].previousType, QStringLiteral("minutia-bifurcation"));
        QVERIFY(!changes[1].afterExemplar);
        QCOMPARE(changes[2].kind, Kind::Deleted);
        QCOMPARE(changes[2].featureId, idOf(snapshot, 2));
        QCOMPARE(changes[2].featureType, QStringLiteral("core"));
        QCOMPARE(changes[3].kind, Kind::Added);
        QCOMPARE(changes[3].featureId, added.id.toString());
        QCOMPARE(changes[3].featureType, QStringLiteral("dot"));
        QVERIFY(changes[3].afterExemplar);
        for (const MarkupChange &c : changes)
            if (c.kind != Kind::Retyped)
                QVERIFY(c.previousType.isEmpty());
    }

    void everyOtherDifferenceIsAnEdit_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("edit");
        QTest::newRow("direction turned") << 0 << QStringLiteral("direction");
        QTest::newRow("direction removed") << 0 << QStringLiteral("no direction");
        QTest::newRow("direction added") << 2 << QStringLiteral("direction");
        QTest::newRow("confidence") << 3 << QStringLiteral("confidence");
        QTest::newRow("geometry point moved") << 4 << QStringLiteral("geometry point");
        QTest::newRow("geometry point added") << 4 << QStringLiteral("geometry extended");
        QTest::newRow("subtype") << 3 << QStringLiteral("subtype");
        QTest::newRow("text") << 5 << QStringLiteral("text");
    }

    void everyOtherDifferenceIsAnEdit()
    {
        QFETCH(int, index);
        QFETCH(QString, edit);
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        MarkupFeature &f = in(current, index);
        if (edit == QLatin1String("direction"))
            f.direction = f.direction.value_or(0.0) + 5.0;
        else if (edit == QLatin1String("no direction"))
            f.direction.reset();
        else if (edit == QLatin1String("confidence"))
            f.confidence = Confidence::Low;
        else if (edit == QLatin1String("geometry point"))
            f.geometry[0] += QPointF(0, 2);
        else if (edit == QLatin1String("geometry extended"))
            f.geometry.append(QPointF(340, 520));
        else if (edit == QLatin1String("subtype"))
            f.subtype = QStringLiteral("cut");
        else if (edit == QLatin1String("text"))
            f.text = QStringLiteral("smudged, lower left");
        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Edited);
        QCOMPARE(changes[0].featureId, idOf(snapshot, index));
        QCOMPARE(changes[0].featureType, featureTypeKey(snapshot.features[index].type));
        QCOMPARE(changes[0].distance, 0.0);
    }

    void aMoveJustOverHalfAPixelCounts()
    {
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        in(current, 3).position += QPointF(0.6, 0);
        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Moved);
        QVERIFY(qAbs(changes[0].distance - 0.6) < 1e-9);
    }

    void oneEntryPerFeatureRetypedBeforeMovedBeforeEdited()
    {
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        // Retyped, moved and turned at once: reported once, as retyped.
        in(current, 0).type = FeatureType::MinutiaUnknown;
        in(current, 0).position += QPointF(10, 0);
        in(current, 0).direction = 90.0;
        // Moved and turned: reported once, as moved.
        in(current, 1).position += QPointF(0, 8);
        in(current, 1).direction = 10.0;
        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].kind, Kind::Retyped);
        QCOMPARE(changes[0].featureType, QStringLiteral("minutia-unknown"));
        QCOMPARE(changes[0].previousType, QStringLiteral("minutia-ending"));
        QCOMPARE(changes[1].kind, Kind::Moved);
        QCOMPARE(changes[1].distance, 8.0);
    }

    void orderIsTheSnapshotsThenTheAdditionsInTheirOrder()
    {
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        // The current markup in another order: additions first and last, survivors reversed.
        const MarkupFeature first = feature(FeatureType::Dot, {10, 10});
        const MarkupFeature second = feature(FeatureType::IncipientRidge, {20, 20});
        std::reverse(current.features.begin(), current.features.end());
        current.features.prepend(first);
        current.features.append(second);
        current.features.removeIf([&](const MarkupFeature &f) { return f.id == snapshot.features[4].id; });
        for (MarkupFeature &f : current.features)
            if (f.id == snapshot.features[1].id || f.id == snapshot.features[5].id)
                f.confidence = Confidence::High;

        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QStringList order;
        for (const MarkupChange &c : changes)
            order << markupChangeKindKey(c.kind) + QLatin1Char(' ') + c.featureId;
        const QStringList expected{
            QStringLiteral("edited ") + idOf(snapshot, 1),   QStringLiteral("deleted ") + idOf(snapshot, 4),
            QStringLiteral("edited ") + idOf(snapshot, 5),   QStringLiteral("added ") + first.id.toString(),
            QStringLiteral("added ") + second.id.toString(),
        };
        QCOMPARE(order, expected);
    }

    void deletedFeatureKeepsTheSnapshotsFlag()
    {
        Markup snapshot = snapshotMarkup();
        in(snapshot, 2).afterExemplar = true; // an analysis made after seeing an exemplar of the case
        Markup current = snapshot;
        current.features.removeAt(2);
        current.features.removeAt(0);
        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QCOMPARE(changes.size(), 2);
        QVERIFY(!changes[0].afterExemplar);
        QVERIFY(changes[1].afterExemplar);
    }

    void suggestionsAreNotFeatures()
    {
        const Markup snapshot = snapshotMarkup();
        Markup current = snapshot;
        MarkupFeature suggestion = feature(FeatureType::MinutiaEnding, {50, 50});
        suggestion.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), QStringLiteral("1"));
        current.suggestions.append(suggestion);
        QVERIFY(markupChangesSince(snapshot, current).isEmpty());
        // Accepted, it becomes a feature: an addition.
        current.suggestions.clear();
        current.features.append(suggestion);
        const QList<MarkupChange> changes = markupChangesSince(snapshot, current);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Added);
    }

    void everythingFromNothing()
    {
        const Markup snapshot = Markup::forImage(QString(64, QLatin1Char('a')), QSize(800, 600));
        const Markup current = snapshotMarkup();
        const QList<MarkupChange> added = markupChangesSince(snapshot, current);
        QCOMPARE(added.size(), current.features.size());
        for (qsizetype i = 0; i < added.size(); ++i) {
            QCOMPARE(added[i].kind, Kind::Added);
            QCOMPARE(added[i].featureId, idOf(current, i));
        }
        const QList<MarkupChange> deleted = markupChangesSince(current, snapshot);
        QCOMPARE(deleted.size(), current.features.size());
        for (const MarkupChange &c : deleted)
            QCOMPARE(c.kind, Kind::Deleted);
    }
};

QTEST_GUILESS_MAIN(TestMarkupChanges)
#include "tst_markupchanges.moc"
