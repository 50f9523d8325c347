// The recipe stored with a mark round-trips through JSON, and a recipe this version does not
// fully understand is refused whole, naming what it does not know.
#include "app/imaging/enhance/recipe.h"
#include "app/imaging/enhance/syntheticimages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ridgeline::imaging;

class TestRecipe : public QObject
{
    Q_OBJECT

private:
    static Recipe everyStep()
    {
        Recipe r;
        for (const QString &kind : enhancementStepKinds())
            r.steps.append(defaultStep(kind));
        r.steps[0].enabled = false;
        r.steps[0].parameters.insert(QStringLiteral("gamma"), 1.7);
        for (EnhancementStep &s : r.steps) {
            if (s.kind == QStringLiteral("fft"))
                s.parameters.insert(QStringLiteral("peaks"), pointsToVariant({QPointF(0.2, 0.1), QPointF(-0.05, 0.3)}));
            if (s.kind == QStringLiteral("perspective"))
                s.parameters.insert(QStringLiteral("corners"),
                                    pointsToVariant({QPointF(1, 2), QPointF(30, 2), QPointF(31, 40), QPointF(0, 41)}));
        }
        return r;
    }

private Q_SLOTS:
    void registryDescribesEveryStepForTheUi()
    {
        const QStringList expected{
            QStringLiteral("levels"),  QStringLiteral("invert"),     QStringLiteral("channel"),
            QStringLiteral("clahe"),   QStringLiteral("unsharp"),    QStringLiteral("gaussian"),
            QStringLiteral("median"),  QStringLiteral("background"), QStringLiteral("fft"),
            QStringLiteral("rotate"),  QStringLiteral("crop"),       QStringLiteral("perspective"),
            QStringLiteral("resample")};
        QCOMPARE(enhancementStepKinds(), expected);
        for (const StepSpec &spec : enhancementSteps()) {
            QVERIFY(spec.label && *spec.label);
            QVERIFY(spec.description && *spec.description);
            for (const ParameterSpec &p : spec.parameters) {
                QVERIFY2(p.label && *p.label, qPrintable(spec.kind + QLatin1Char('.') + p.name));
                QVERIFY(p.defaultValue.isValid());
                if (p.type == ParameterType::Int || p.type == ParameterType::Double)
                    QVERIFY(p.minimum <= p.defaultValue.toDouble() && p.defaultValue.toDouble() <= p.maximum);
                if (p.type == ParameterType::Choice)
                    QVERIFY(p.choices.contains(p.defaultValue.toString()));
            }
        }
        QVERIFY(findStepSpec(QStringLiteral("rotate"))->changesGeometry);
        QVERIFY(!findStepSpec(QStringLiteral("clahe"))->changesGeometry);
        QVERIFY(validateRecipe(everyStep()).ok());
    }

    void jsonRoundTripKeepsEverything()
    {
        const Recipe recipe = everyStep();
        const QByteArray bytes = recipe.toJsonBytes();
        auto back = Recipe::fromJsonBytes(bytes);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->steps.size(), recipe.steps.size());
        QCOMPARE(back->algorithmVersion, enhancementAlgorithmVersion());
        QCOMPARE(back->openCvVersion, openCvVersionString());
        QVERIFY(back->openCvVersion.startsWith(QLatin1Char('4')));
        QVERIFY(!back->steps[0].enabled);
        QCOMPARE(stepParameter(back->steps[0], QStringLiteral("gamma")).toDouble(), 1.7);
        QCOMPARE(pointsFromVariant(stepParameter(back->steps[8], QStringLiteral("peaks"))),
                 (QList<QPointF>{QPointF(0.2, 0.1), QPointF(-0.05, 0.3)}));
        // Stable: serialising again gives the same bytes, so the stored recipe can be hashed.
        QCOMPARE(back->toJsonBytes(), bytes);
        // Corners the UI set as QPointF are stored as [x, y] too.
        Recipe fromUi = recipe;
        fromUi.steps[11].parameters.insert(
            QStringLiteral("corners"), QVariantList{QPointF(1, 2), QPointF(30, 2), QPointF(31, 40), QPointF(0, 41)});
        QCOMPARE(fromUi.toJsonBytes(), bytes);
    }

    void unknownStepIsRefusedByName()
    {
        QJsonObject json = everyStep().toJson();
        QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        steps.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("dehaze")}});
        json.insert(QStringLiteral("steps"), steps);
        auto r = Recipe::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ridgeline::ErrorCode::BadInput);
        QVERIFY(r.error().message().contains(QStringLiteral("'dehaze'")));
        QVERIFY(r.error().message().contains(QStringLiteral("step 14")));
    }

    void unknownOrBadParameterIsRefusedByName_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << "clahe"
                                 << "strength" << QJsonValue(3) << "unknown parameter 'strength'";
        QTest::newRow("range") << "gaussian"
                               << "sigma" << QJsonValue(500) << "outside";
        QTest::newRow("type") << "invert"
                              << "x" << QJsonValue(true) << "unknown parameter 'x'";
        QTest::newRow("not a number") << "levels"
                                      << "gamma" << QJsonValue(QStringLiteral("2")) << "must be a number";
        QTest::newRow("whole") << "median"
                               << "size" << QJsonValue(3.5) << "whole number";
        QTest::newRow("choice") << "channel"
                                << "channel" << QJsonValue(QStringLiteral("cyan")) << "must be one of";
        QTest::newRow("points") << "perspective"
                                << "corners" << QJsonValue(QJsonArray{1, 2}) << "[x, y]";
        QTest::newRow("bool") << "rotate"
                              << "expand" << QJsonValue(1) << "true or false";
    }
    void unknownOrBadParameterIsRefusedByName()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject json{{QStringLiteral("steps"),
                                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("invert")}},
                                           QJsonObject{{QStringLiteral("kind"), kind},
                                                       {QStringLiteral("parameters"), QJsonObject{{name, value}}}}}}};
        auto r = Recipe::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QVERIFY(r.error().message().contains(QStringLiteral("step 2 (%1)").arg(kind)));
        QVERIFY(r.error().message().contains(name));
    }

    void invalidRecipeIsNotHalfApplied()
    {
        SyntheticPrintOptions o;
        o.size = QSize(64, 64);
        const QImage in = syntheticPrint(o);
        Recipe recipe;
        recipe.steps = {defaultStep(QStringLiteral("invert")),
                        EnhancementStep{QStringLiteral("sharpen-more"), {}, true}};
        auto r = applyRecipe(in, recipe);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("sharpen-more")));
        // A step that fails on the pixels (resample without ppi) also yields no image at all.
        recipe.steps[1] = defaultStep(QStringLiteral("resample"));
        QVERIFY(!applyRecipe(in, recipe).ok());
        QVERIFY(!processRecipe(in, recipe).ok());
    }

    void malformedJsonIsRefused()
    {
        QVERIFY(!Recipe::fromJsonBytes("{\"steps\": [").ok());
        QVERIFY(!Recipe::fromJsonBytes("{\"steps\": 3}").ok());
        QVERIFY(!Recipe::fromJsonBytes("{\"steps\": [], \"extra\": 1}").ok());
        QVERIFY(!Recipe::fromJsonBytes("{\"format\": \"other\", \"steps\": []}").ok());
        QVERIFY(Recipe::fromJsonBytes("{\"steps\": []}").ok());
    }
};

QTEST_GUILESS_MAIN(TestRecipe)
#include "tst_recipe.moc"
