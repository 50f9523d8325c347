#include "app/presentation/documents/documentpagesource.h"
#include "tests/app/presentation/documents/samplestatement.h"

#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

namespace {

// Pixels a reader would see as ink: clearly darker than the white paper.
int darkPixels(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            dark += line[x] < 96 ? 1 : 0;
    }
    return dark;
}

bool openSample(DocumentPageSource &source)
{
    QSignalSpy opened(&source, &DocumentPageSource::opened);
    source.open(test::sampleStatementPdf(), QStringLiteral("statement.pdf"));
    return opened.wait(10000);
}

} // namespace

class TestDocumentPageSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithoutBlockingAndReportsPages()
    {
        DocumentPageSource source;
        QSignalSpy opened(&source, &DocumentPageSource::opened);
        source.open(test::sampleStatementPdf(), QStringLiteral("statement.pdf"));
        // The call returns at once; parsing happens on the worker thread.
        QCOMPARE(source.state(), DocumentPageSource::State::Opening);
        QVERIFY(opened.wait(10000));
        QCOMPARE(source.state(), DocumentPageSource::State::Ready);
        QCOMPARE(source.pageCount(), test::kSampleStatementPages);
        // A4 in points.
        QVERIFY(qAbs(source.pageSize(0).width() - 595.3) < 1.0);
        QVERIFY(qAbs(source.pageSize(0).height() - 841.9) < 1.0);
        QVERIFY(source.pageSize(5).isEmpty());
    }

    void rendersFirstPageWithText()
    {
        DocumentPageSource source;
        QVERIFY(openSample(source));
        QSignalSpy rendered(&source, &DocumentPageSource::pageRendered);
        QVERIFY(source.cachedPage(0, 1.0).isNull());
        source.requestPage(0, 1.0);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(rendered.first().at(0).toInt(), 0);
        QCOMPARE(rendered.first().at(1).toDouble(), 1.0);
        const QImage page = source.cachedPage(0, 1.0);
        QVERIFY(!page.isNull());
        // Zoom 1.0 is one pixel per point: A4 is 595 x 842.
        QVERIFY(qAbs(page.width() - 595) <= 1);
        QVERIFY(qAbs(page.height() - 842) <= 1);
        QCOMPARE(QColor(page.pixel(2, 2)), QColor(Qt::white));
        QVERIFY2(darkPixels(page) > 2000, "the statement's text should render as dark pixels");
    }

    void rendersAtTheRequestedZoom()
    {
        DocumentPageSource source;
        QVERIFY(openSample(source));
        QSignalSpy rendered(&source, &DocumentPageSource::pageRendered);
        source.requestPage(1, 2.0);
        QVERIFY(rendered.wait(10000));
        const QImage page = source.cachedPage(1, 2.0);
        QVERIFY(qAbs(page.width() - 1191) <= 2);
        QVERIFY(source.cachedPage(1, 1.0).isNull());
        QCOMPARE(source.closestCachedPage(1, 1.0).size(), page.size());
        QVERIFY(source.closestCachedPage(0, 1.0).isNull());
    }

    void keepsABoundedNumberOfPages()
    {
        DocumentPageSource source;
        source.setCacheLimit(2);
        QVERIFY(openSample(source));
        QSignalSpy rendered(&source, &DocumentPageSource::pageRendered);
        for (int page = 0; page < 3; ++page)
            source.requestPage(page, 0.5);
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 3, 10000);
        QCOMPARE(source.cachedPageCount(), 2);
        // The page rendered first was the first to go.
        const int first = rendered.at(0).at(0).toInt();
        const int last = rendered.at(2).at(0).toInt();
        QVERIFY(source.cachedPage(first, 0.5).isNull());
        QVERIFY(!source.cachedPage(last, 0.5).isNull());
    }

    void skipsPagesScrolledAwayFrom()
    {
        DocumentPageSource source;
        QVERIFY(openSample(source));
        QSignalSpy rendered(&source, &DocumentPageSource::pageRendered);
        source.setWantedPages(0, 0, 1.0);
        source.requestPage(2, 1.0); // out of view by the time it runs
        source.requestPage(0, 1.0);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(rendered.count(), 1);
        QCOMPARE(rendered.first().at(0).toInt(), 0);
        QVERIFY(source.cachedPage(2, 1.0).isNull());
        // Once wanted again it renders: the skipped request did not stay "pending" for ever.
        source.setWantedPages(2, 2, 1.0);
        source.requestPage(2, 1.0);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(rendered.last().at(0).toInt(), 2);
    }

    void refusesWhatIsNotAPdfWithAClearReason()
    {
        DocumentPageSource source;
        QSignalSpy failed(&source, &DocumentPageSource::openFailed);
        QSignalSpy opened(&source, &DocumentPageSource::opened);
        source.open(QByteArray("GIF89a this is not a document"), QStringLiteral("photo.pdf"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("photo.pdf")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not a PDF")), qPrintable(message));
        QCOMPARE(source.state(), DocumentPageSource::State::Failed);
        QCOMPARE(source.errorMessage(), message);
        QCOMPARE(source.pageCount(), 0);
        QCOMPARE(opened.count(), 0);
        source.requestPage(0, 1.0); // harmless on a failed document
    }

    void closingForgetsTheDocument()
    {
        DocumentPageSource source;
        QVERIFY(openSample(source));
        QSignalSpy rendered(&source, &DocumentPageSource::pageRendered);
        source.requestPage(0, 1.0);
        QVERIFY(rendered.wait(10000));
        source.close();
        QCOMPARE(source.state(), DocumentPageSource::State::Empty);
        QCOMPARE(source.pageCount(), 0);
        QCOMPARE(source.cachedPageCount(), 0);
    }

    void destroyingWhileRenderingIsSafe()
    {
        auto source = std::make_unique<DocumentPageSource>();
        QVERIFY(openSample(*source));
        for (int page = 0; page < 3; ++page)
            source->requestPage(page, 3.0);
        source.reset(); // waits for the worker; no result reaches a dead object
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(TestDocumentPageSource)
#include "tst_documentpagesource.moc"
