#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markupfeaturemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ridgeline;

class TestMarkupFeatureModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<MarkupDocument>();
        QVERIFY(m_document->setMarkup(Markup::forImage(QStringLiteral("cd").repeated(32), QSize(1000, 800))));
        m_document->setUserName(QStringLiteral("examiner1"));
        m_model = std::make_unique<MarkupFeatureModel>(m_document.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void rowsFollowAddRemoveUndoAndRedo()
    {
        const FeatureId a = add(FeatureType::MinutiaEnding, QPointF(100, 50), 30.0);
        const FeatureId b = add(FeatureType::Delta, QPointF(200, 60));
        const FeatureId c = add(FeatureType::Dot, QPointF(300, 70));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->featureId(1), b);
        QCOMPARE(text(0, MarkupFeatureModel::TypeColumn), QStringLiteral("Ridge ending"));
        QCOMPARE(text(0, MarkupFeatureModel::PixelColumn), QStringLiteral("100.0, 50.0 px"));
        QCOMPARE(text(0, MarkupFeatureModel::DirectionColumn), QStringLiteral("30°"));
        QCOMPARE(text(0, MarkupFeatureModel::AuthorColumn), QStringLiteral("examiner1"));
        QCOMPARE(text(0, MarkupFeatureModel::MillimetreColumn), QString()); // uncalibrated

        QVERIFY(m_document->removeFeature(b));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(c), 1);
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toInt(), 2); // c is number 2 now
        QCOMPARE(m_model->index(1, 0).data(MarkupFeatureModel::NumberRole).toInt(), 2);
        m_document->undoStack()->undo(); // b back in its place
        QCOMPARE(m_model->rowOf(b), 1);
        QCOMPARE(m_model->rowOf(c), 2);  // number 3 again
        m_document->undoStack()->undo(); // c's addition
        m_document->undoStack()->undo(); // b's
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->featureId(0), a);
        m_document->undoStack()->redo();
        QCOMPARE(m_model->rowOf(b), 1);
        QCOMPARE(m_model->data(m_model->index(1, 0), MarkupFeatureModel::ImagePositionRole).toPointF(),
                 QPointF(200, 60));
    }

    void changesAndCalibrationShowInTheirRows()
    {
        const FeatureId a = add(FeatureType::Core, QPointF(500, 400));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_document->moveFeature(a, QPointF(250, 200)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(0, MarkupFeatureModel::PixelColumn), QStringLiteral("250.0, 200.0 px"));
        m_model->setPixelsPerInch(1000.0);
        QCOMPARE(text(0, MarkupFeatureModel::MillimetreColumn), QStringLiteral("6.35, 5.08 mm"));
        m_document->setExemplarFirstSeen(QDateTime::currentDateTimeUtc());
        add(FeatureType::Dot, QPointF(10, 10));
        QCOMPARE(text(1, MarkupFeatureModel::AfterExemplarColumn), QStringLiteral("After exemplar"));
        QCOMPARE(text(0, MarkupFeatureModel::AfterExemplarColumn), QString());
    }

    void aNewMarkupResetsTheRows()
    {
        add(FeatureType::Core, QPointF(500, 400));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        Markup other = Markup::forImage(QStringLiteral("ef").repeated(32), QSize(1000, 800));
        QVERIFY(m_document->setMarkup(other));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    // The suggestion layer as its own table: the engine's output, not the features, and accepting
    // or rejecting moves rows out of it (and undo back).
    void theSuggestionLayerListsTheEnginesOutput()
    {
        MarkupFeatureModel suggestions(m_document.get(), MarkupFeatureModel::Layer::Suggestions);
        QAbstractItemModelTester tester(&suggestions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(suggestions.layer(), MarkupFeatureModel::Layer::Suggestions);
        add(FeatureType::Core, QPointF(500, 400));
        QCOMPARE(suggestions.rowCount(), 0);
        MarkupFeature ending;
        ending.type = FeatureType::MinutiaEnding;
        ending.position = QPointF(10.5, 20.5);
        ending.direction = 45.0;
        MarkupFeature fork = ending;
        fork.type = FeatureType::MinutiaBifurcation;
        fork.position = QPointF(30.5, 40.5);
        QVERIFY(m_document->setSuggestions({ending, fork}, QStringLiteral("ridgeline-extractor"), QStringLiteral("2")));
        QCOMPARE(suggestions.rowCount(), 2);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(suggestions.index(1, MarkupFeatureModel::TypeColumn).data().toString(), QStringLiteral("Bifurcation"));
        QCOMPARE(suggestions.index(0, MarkupFeatureModel::PixelColumn).data().toString(),
                 QStringLiteral("10.5, 20.5 px"));
        QCOMPARE(suggestions.index(0, 0).data(MarkupFeatureModel::ImagePositionRole).toPointF(), QPointF(10.5, 20.5));
        QCOMPARE(suggestions.index(0, 0).data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 1),
                 QStringLiteral("Suggested by ridgeline-extractor 2, not reviewed yet"));

        const FeatureId second = suggestions.featureId(1);
        QVERIFY(m_document->acceptSuggestion(second));
        QCOMPARE(suggestions.rowCount(), 1);
        QCOMPARE(suggestions.rowOf(second), -1);
        QCOMPARE(m_model->rowOf(second), 1);
        QCOMPARE(m_model->index(1, 0).data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 1),
                 QStringLiteral("ridgeline-extractor 2, accepted by examiner1"));
        m_document->undoStack()->undo();
        QCOMPARE(suggestions.rowOf(second), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_document->rejectAllSuggestions());
        QCOMPARE(suggestions.rowCount(), 0);
        m_document->undoStack()->undo();
        QCOMPARE(suggestions.rowCount(), 2);
        QVERIFY(m_document->setMarkup(Markup::forImage(QStringLiteral("ef").repeated(32), QSize(1000, 800))));
        QCOMPARE(suggestions.rowCount(), 0);
    }

private:
    FeatureId add(FeatureType type, QPointF at, std::optional<double> direction = {})
    {
        MarkupFeature f;
        f.type = type;
        f.position = at;
        f.direction = direction;
        const Result<FeatureId> id = m_document->addFeature(f);
        if (!id)
            qWarning() << id.error().message();
        return id ? id.value() : FeatureId();
    }
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<MarkupDocument> m_document;
    std::unique_ptr<MarkupFeatureModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestMarkupFeatureModel)
#include "tst_markupfeaturemodel.moc"
