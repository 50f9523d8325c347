#include "app/core/markup.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace ridgeline;

namespace {

// Answers for one context only, so a lookup under any other context stays English.
class MarkupContextTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) == "ridgeline::Markup" && QByteArrayView(source) == "Delta")
            return QStringLiteral("Delta (cy)");
        return {};
    }
    bool isEmpty() const override { return false; }
};

MarkupFeature minutia()
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = FeatureType::MinutiaEnding;
    f.position = QPointF(10.5, 20.5);
    f.direction = 90.0;
    f.author = QStringLiteral("jholt");
    f.createdUtc = f.modifiedUtc = QDateTime(QDate(2026, 11, 24), QTime(9, 12, 5, 123), Qt::UTC);
    return f;
}

} // namespace

class TestMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasAStableUniqueKeyNameShortcutAndSymbol()
    {
        QSet<QString> keys;
        QSet<QString> names;
        QSet<char> shortcuts;
        QSet<char> symbols;
        QSet<int> shapes;
        for (FeatureType type : kFeatureTypes) {
            const FeatureTypeInfo &info = featureTypeInfo(type);
            QCOMPARE(info.type, type);
            QCOMPARE(featureTypeFromKey(featureTypeKey(type)), std::optional<FeatureType>(type));
            keys.insert(featureTypeKey(type));
            names.insert(featureTypeDisplayName(type));
            QVERIFY(!featureTypeNonePresentText(type).isEmpty());
            QVERIFY2(info.shortcut >= 'A' && info.shortcut <= 'Z', info.key);
            shortcuts.insert(info.shortcut);
            symbols.insert(info.symbol);
            shapes.insert(int(info.shape));
        }
        const qsizetype n = qsizetype(kFeatureTypes.size());
        QCOMPARE(keys.size(), n);
        QCOMPARE(names.size(), n);
        QCOMPARE(shortcuts.size(), n);
        QCOMPARE(symbols.size(), n);
        QCOMPARE(shapes.size(), n); // a colour-blind examiner tells every type apart by shape alone
        // The keys are the file format: changing one breaks every saved markup.
        QCOMPARE(featureTypeKey(FeatureType::MinutiaEnding), QStringLiteral("minutia-ending"));
        QCOMPARE(featureTypeKey(FeatureType::AcquiredFeature), QStringLiteral("acquired-feature"));
        QVERIFY(!featureTypeFromKey(u"minutia").has_value());
        QVERIFY(!featureTypeFromKey(u"Delta").has_value());
    }

    void displayNamesAreLookedUpUnderTheMarkupContext()
    {
        MarkupContextTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString delta = featureTypeDisplayName(FeatureType::Delta);
        const QString core = featureTypeDisplayName(FeatureType::Core);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(delta, QStringLiteral("Delta (cy)"));
        QCOMPARE(core, QStringLiteral("Core"));
        QCOMPARE(featureTypeDisplayName(FeatureType::Delta), QStringLiteral("Delta"));
    }

    void typesDecideDirectionAndGeometry()
    {
        QVERIFY(featureTypeInfo(FeatureType::MinutiaBifurcation).hasDirection);
        QVERIFY(featureTypeInfo(FeatureType::Core).hasDirection);
        QVERIFY(featureTypeInfo(FeatureType::Delta).hasDirection);
        QVERIFY(!featureTypeInfo(FeatureType::Dot).hasDirection);
        QVERIFY(!featureTypeInfo(FeatureType::Scar).hasDirection);
        QVERIFY(featureTypeAllows(FeatureType::Crease, FeatureGeometry::Polyline));
        QVERIFY(!featureTypeAllows(FeatureType::Crease, FeatureGeometry::Polygon));
        QVERIFY(featureTypeAllows(FeatureType::Note, FeatureGeometry::Polygon));
        QVERIFY(!featureTypeAllows(FeatureType::Note, FeatureGeometry::Polyline));
        QVERIFY(!featureTypeAllows(FeatureType::MinutiaEnding, FeatureGeometry::Polyline));
        QVERIFY(featureTypeInfo(FeatureType::AcquiredFeature).footwear);
        QVERIFY(!featureTypeInfo(FeatureType::Scar).footwear);
    }

    void featureValidationGivesTheReason_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no id") << 0 << "has no id";
        QTest::newRow("outside") << 1 << "position (801, 20.5) is outside the image (800 × 750 pixels)";
        QTest::newRow("negative") << 2 << "position (-0.5, 20.5) is outside the image";
        QTest::newRow("dot with direction") << 3 << "a Dot has no direction";
        QTest::newRow("direction 360") << 4 << "direction 360 is outside 0 to 360 degrees";
        QTest::newRow("minutia with polyline") << 5 << "a Ridge ending cannot have a polyline";
        QTest::newRow("short polygon") << 6 << "its polygon has 2 points, at least 3 are needed";
        QTest::newRow("geometry outside") << 7 << "polyline point 2 (10, 751) is outside the image";
        QTest::newRow("subtype on minutia") << 8 << "only footwear features have a subtype";
        QTest::newRow("no author") << 9 << "records no author";
        QTest::newRow("modified first") << 10 << "was modified before it was created";
        QTest::newRow("manual with engine") << 11 << "a manual feature names an engine";
        QTest::newRow("engine without version") << 12 << "must name its engine and the engine's version";
        QTest::newRow("reviewer without time") << 13 << "needs both who reviewed it and when";
        QTest::newRow("not a number") << 14 << "position (nan, 20.5) is outside the image";
    }

    void featureValidationGivesTheReason()
    {
        QFETCH(int, which);
        QFETCH(QString, reason);
        const QSize size(800, 750);
        QVERIFY(validateFeature(minutia(), size).ok());
        MarkupFeature f = minutia();
        switch (which) {
        case 0:
            f.id = {};
            break;
        case 1:
            f.position.setX(801);
            break;
        case 2:
            f.position.setX(-0.5);
            break;
        case 3:
            f.type = FeatureType::Dot;
            break;
        case 4:
            f.direction = 360.0;
            break;
        case 5:
            f.geometryKind = FeatureGeometry::Polyline;
            f.geometry = {{1, 1}, {2, 2}};
            break;
        case 6:
            f.type = FeatureType::Scar;
            f.direction.reset();
            f.geometryKind = FeatureGeometry::Polygon;
            f.geometry = {{1, 1}, {2, 2}};
            break;
        case 7:
            f.type = FeatureType::Crease;
            f.direction.reset();
            f.geometryKind = FeatureGeometry::Polyline;
            f.geometry = {{1, 1}, {10, 751}};
            break;
        case 8:
            f.subtype = QStringLiteral("wear");
            break;
        case 9:
            f.author.clear();
            break;
        case 10:
            f.modifiedUtc = f.createdUtc.addMSecs(-1);
            break;
        case 11:
            f.origin.engine = QStringLiteral("x");
            break;
        case 12:
            f.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), {});
            break;
        case 13:
            f.origin = FeatureOrigin::automatic(QStringLiteral("ridgeline-extractor"), QStringLiteral("3"));
            f.origin.reviewedBy = QStringLiteral("jholt");
            break;
        case 14:
            f.position.setX(qQNaN());
            break;
        }
        const Status status = validateFeature(f, size);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::BadInput);
        QVERIFY2(status.error().message().contains(reason), qPrintable(status.error().message()));
    }

    void imageEdgesAreInsideTheImage()
    {
        MarkupFeature f = minutia();
        f.position = QPointF(800, 750); // the far corner of the last pixel
        QVERIFY(validateFeature(f, QSize(800, 750)).ok());
        f.position = QPointF(0, 0);
        QVERIFY(validateFeature(f, QSize(800, 750)).ok());
    }

    void markupValidationNamesTheFeature()
    {
        Markup m = Markup::forImage(QString(64, QLatin1Char('a')), QSize(800, 750));
        QVERIFY(validateMarkup(m).ok());
        m.features = {minutia(), minutia()};
        m.features[1].position = QPointF(900, 1);
        const Status status = validateMarkup(m);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message().startsWith(
                     QStringLiteral("feature 2 (%1): position (900, 1)").arg(m.features[1].id.toString())),
                 qPrintable(status.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
