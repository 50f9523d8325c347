#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/documents/documentsearchmodel.h"
#include "tests/app/presentation/documents/samplestatement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

class TestDocumentSearchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<DocumentPageSource>();
        m_model = std::make_unique<DocumentSearchModel>(m_source.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(m_source.get(), &DocumentPageSource::opened);
        m_source->open(test::sampleStatementPdf(), QStringLiteral("statement.pdf"));
        QVERIFY(opened.wait(10000));
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_source.reset();
    }

    void findsAWordOnItsPage()
    {
        QSignalSpy finished(m_model.get(), &DocumentSearchModel::searchFinished);
        m_model->search(QStringLiteral("vauxhall")); // case-insensitive
        QVERIFY(m_model->isSearching());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        const DocumentSearchHit hit = m_model->hits().first();
        QCOMPARE(hit.page, 1);
        const QRectF page(QPointF(0, 0), m_source->pageSize(1));
        QVERIFY(!hit.rect.isEmpty());
        QVERIFY(page.contains(hit.rect));
        // One word of 10 pt text: a few tens of points wide, about a line high.
        QVERIFY(hit.rect.width() > 20 && hit.rect.width() < 80);
        QVERIFY(hit.rect.height() > 5 && hit.rect.height() < 20);
        QVERIFY2(hit.snippet.contains(QStringLiteral("Vauxhall Corsa")), qPrintable(hit.snippet));
        QCOMPARE(m_model->currentIndex(), 0);
        QCOMPARE(m_model->index(0).data(DocumentSearchModel::PageRole).toInt(), 1);
        QVERIFY(m_model->index(0).data().toString().startsWith(QStringLiteral("p. 2: ")));
        QCOMPARE(m_model->hitsOnPage(1).size(), 1);
        QVERIFY(m_model->hitsOnPage(0).isEmpty());
        QVERIFY(!m_model->isSearching());
    }

    void startsAtTheReadersPageAndWraps()
    {
        QSignalSpy finished(m_model.get(), &DocumentSearchModel::searchFinished);
        // The witness's name: twice on page 1 (header, signature), once on page 3 (signature).
        m_model->search(QStringLiteral("holroyd"), 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->hits().at(0).page, 0);
        QCOMPARE(m_model->hits().at(1).page, 0);
        QCOMPARE(m_model->hits().at(2).page, 2);
        QCOMPARE(m_model->currentIndex(), 2);
        QSignalSpy current(m_model.get(), &DocumentSearchModel::currentHitChanged);
        m_model->next();
        QCOMPARE(m_model->currentHit().page, 0);
        QCOMPARE(m_model->currentIndex(), 0);
        m_model->previous();
        QCOMPARE(m_model->currentIndex(), 2);
        m_model->previous();
        QCOMPARE(m_model->currentIndex(), 1);
        QCOMPARE(current.count(), 3);
        QVERIFY(m_model->hits().at(0).rect.top() < m_model->hits().at(1).rect.top());
    }

    void reportsNoHits()
    {
        QSignalSpy finished(m_model.get(), &DocumentSearchModel::searchFinished);
        m_model->search(QStringLiteral("sawn-off"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(m_model->currentIndex(), -1);
        m_model->next(); // nothing to move to
        QCOMPARE(m_model->currentIndex(), -1);
    }

    void aNewSearchAbandonsTheOldOne()
    {
        QSignalSpy finished(m_model.get(), &DocumentSearchModel::searchFinished);
        m_model->search(QStringLiteral("the"));
        m_model->search(QStringLiteral("crowbar"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_model->text(), QStringLiteral("crowbar"));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->hits().first().page, 2);
        // No late results of "the" arrive afterwards.
        QTest::qWait(200);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void clearingRemovesHits()
    {
        QSignalSpy finished(m_model.get(), &DocumentSearchModel::searchFinished);
        m_model->search(QStringLiteral("gate"));
        QVERIFY(finished.wait(10000));
        QVERIFY(m_model->rowCount() > 3);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->currentIndex(), -1);
        QVERIFY(m_model->text().isEmpty());
    }

private:
    std::unique_ptr<DocumentPageSource> m_source;
    std::unique_ptr<DocumentSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestDocumentSearchModel)
#include "tst_documentsearchmodel.moc"
