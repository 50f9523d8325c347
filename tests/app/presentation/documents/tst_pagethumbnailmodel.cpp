#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/documents/pagethumbnailmodel.h"
#include "tests/app/presentation/documents/samplestatement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

class TestPageThumbnailModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersThumbnailsLazily()
    {
        DocumentPageSource source;
        PageThumbnailModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy opened(&source, &DocumentPageSource::opened);
        source.open(test::sampleStatementPdf(), QStringLiteral("statement.pdf"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(model.rowCount(), test::kSampleStatementPages);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("Page 2 of 3"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex second = model.index(1);
        QVERIFY(!second.data(PageThumbnailModel::ThumbnailReadyRole).toBool());
        // The placeholder already has the page's shape, so the strip does not jump when it arrives.
        const QImage placeholder = second.data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(placeholder.height(), 128);
        QCOMPARE(placeholder.width(), 90);

        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(0).toModelIndex(), second);
        QVERIFY(second.data(PageThumbnailModel::ThumbnailReadyRole).toBool());
        const QImage thumbnail = second.data(Qt::DecorationRole).value<QImage>();
        QVERIFY(qAbs(thumbnail.height() - 128) <= 1);
        QVERIFY(qAbs(thumbnail.width() - 90) <= 1);
        QVERIFY(thumbnail != placeholder);
        // Only the row that was asked for was rendered.
        QVERIFY(!model.index(2).data(PageThumbnailModel::ThumbnailReadyRole).toBool());
    }

    void followsTheDocument()
    {
        DocumentPageSource source;
        PageThumbnailModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(&source, &DocumentPageSource::opened);
        source.open(test::sampleStatementPdf(), QStringLiteral("statement.pdf"));
        QVERIFY(opened.wait(10000));
        model.setThumbnailSize(64);
        QCOMPARE(model.index(0).data(Qt::DecorationRole).value<QImage>().height(), 64);
        source.close();
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy failed(&source, &DocumentPageSource::openFailed);
        source.open(QByteArray("%PDF-1.4 truncated"), QStringLiteral("broken.pdf"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPageThumbnailModel)
#include "tst_pagethumbnailmodel.moc"
