#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/documents/documentsearchmodel.h"
#include "app/presentation/documents/pagethumbnailmodel.h"
#include "tests/app/presentation/documents/samplestatement.h"
#include "widgets/documentviewer/documentpageview.h"
#include "widgets/documentviewer/documentsearchbar.h"
#include "widgets/documentviewer/documentviewer.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ridgeline;

class TestDocumentViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<DocumentPageSource>();
        m_viewer = std::make_unique<DocumentViewer>(m_source.get());
        m_viewer->resize(1000, 700);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
        m_viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
        QSignalSpy opened(m_source.get(), &DocumentPageSource::opened);
        m_source->open(test::sampleStatementPdf(), QStringLiteral("statement.pdf"));
        QVERIFY(opened.wait(10000));
        m_viewer->pageView()->setFocus();
    }
    void cleanup()
    {
        m_viewer.reset();
        m_source.reset();
    }

    void showsThePagesOfTheDocument()
    {
        QCOMPARE(m_viewer->pageIndicator()->text(), QStringLiteral("Page 1 of 3"));
        QCOMPARE(m_viewer->thumbnailStrip()->model()->rowCount(), 3);
        QCOMPARE(m_viewer->thumbnailStrip()->currentIndex().row(), 0);
        // The first page arrives from the worker and replaces the placeholder.
        DocumentPageView *view = m_viewer->pageView();
        QTRY_VERIFY_WITH_TIMEOUT(m_source->cachedPageCount() > 0, 10000);
        const QRect page = view->pageRectInViewport(0);
        QVERIFY(page.width() > 500); // fit width in a 1000 px window
        QTRY_VERIFY_WITH_TIMEOUT(darkPixelsIn(view->viewport()->grab().toImage(), page) > 500, 10000);
        // The strip's thumbnails render too.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_viewer->thumbnailModel()->index(0).data(PageThumbnailModel::ThumbnailReadyRole).toBool(), 10000);
    }

    void findsTextAndShowsTheHitsPage()
    {
        DocumentSearchBar *bar = m_viewer->searchBar();
        QVERIFY(!bar->isVisible());
        QTest::keyClick(m_viewer->pageView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), QStringLiteral("crowbar"));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        // "crowbar" is only on page 3.
        QTRY_COMPARE_WITH_TIMEOUT(m_viewer->currentPage(), 2, 10000);
        QCOMPARE(m_viewer->pageIndicator()->text(), QStringLiteral("Page 3 of 3"));
        QCOMPARE(m_viewer->thumbnailStrip()->currentIndex().row(), 2);
        auto *status = bar->findChild<QLabel *>(QStringLiteral("documentSearchStatus"));
        QTRY_COMPARE(status->text(), QStringLiteral("1 of 1"));

        // The hit is in view, painted in the current-hit orange over the page.
        DocumentPageView *view = m_viewer->pageView();
        const DocumentSearchHit hit = m_viewer->searchModel()->currentHit();
        QCOMPARE(hit.page, 2);
        const QRect page = view->pageRectInViewport(2);
        const double scale = page.width() / m_source->pageSize(2).width();
        const QPoint centre = page.topLeft() + (hit.rect.center() * scale).toPoint();
        QVERIFY(view->viewport()->rect().contains(centre));
        QTRY_VERIFY_WITH_TIMEOUT(
            isHighlightOrange(view->viewport()->grab().toImage().pixelColor(centre + QPoint(0, -3))), 10000);

        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_viewer->searchModel()->rowCount(), 0);
        QVERIFY(view->hasFocus());
    }

    void movesBetweenHitsWithF3()
    {
        DocumentSearchBar *bar = m_viewer->searchBar();
        m_viewer->showSearch();
        QTest::keyClicks(bar->field(), QStringLiteral("holroyd"));
        QSignalSpy finished(m_viewer->searchModel(), &DocumentSearchModel::searchFinished);
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        DocumentSearchModel *model = m_viewer->searchModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->currentIndex(), 0);
        QTest::keyClick(bar->field(), Qt::Key_F3);
        QCOMPARE(model->currentIndex(), 1);
        QTest::keyClick(bar->field(), Qt::Key_F3);
        QCOMPARE(model->currentIndex(), 2);
        QTRY_COMPARE(m_viewer->currentPage(), 2);
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(model->currentIndex(), 1);
        QTRY_COMPARE(m_viewer->currentPage(), 0);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(model->currentIndex(), 0);
    }

    void zoomKeysChangeTheZoom()
    {
        DocumentPageView *view = m_viewer->pageView();
        auto *zoomBox = m_viewer->findChild<QComboBox *>(QStringLiteral("zoomBox"));
        QVERIFY(zoomBox);
        QCOMPARE(view->zoomMode(), DocumentPageView::ZoomMode::FitWidth);
        QCOMPARE(zoomBox->currentText(), QStringLiteral("Fit width"));
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.0);
        QCOMPARE(zoomBox->currentText(), QStringLiteral("100%"));
        const int widthAt100 = view->pageRectInViewport(0).width();
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.1);
        QCOMPARE(zoomBox->currentText(), QStringLiteral("110%"));
        QVERIFY(view->pageRectInViewport(0).width() > widthAt100);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 0.9);
        // Ctrl+wheel zooms in a step.
        QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->zoom(), 1.0);
        // Typed percentages are clamped to 50-400 %.
        zoomBox->lineEdit()->setText(QStringLiteral("900%"));
        Q_EMIT zoomBox->lineEdit()->editingFinished();
        QCOMPARE(view->zoom(), 4.0);
        zoomBox->lineEdit()->setText(QStringLiteral("Fit page"));
        Q_EMIT zoomBox->lineEdit()->editingFinished();
        QCOMPARE(view->zoomMode(), DocumentPageView::ZoomMode::FitPage);
        QVERIFY(view->viewport()->rect().contains(view->pageRectInViewport(0)));
    }

    void keyboardAndThumbnailsNavigate()
    {
        DocumentPageView *view = m_viewer->pageView();
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 1);
        QCOMPARE(m_viewer->pageIndicator()->text(), QStringLiteral("Page 2 of 3"));
        QCOMPARE(view->pageRectInViewport(1).top(), 16);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(m_viewer->currentPage(), 2);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(m_viewer->currentPage(), 0);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 0);

        QListView *strip = m_viewer->thumbnailStrip();
        const QModelIndex third = strip->model()->index(2, 0);
        QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, strip->visualRect(third).center());
        QCOMPARE(m_viewer->currentPage(), 2);
        QCOMPARE(m_viewer->pageIndicator()->text(), QStringLiteral("Page 3 of 3"));
        // Scrolling by hand updates the page and the strip.
        view->verticalScrollBar()->setValue(0);
        QCOMPARE(m_viewer->currentPage(), 0);
        QCOMPARE(strip->currentIndex().row(), 0);
    }

    void showsWhyADocumentCannotBeOpened()
    {
        QSignalSpy failed(m_source.get(), &DocumentPageSource::openFailed);
        m_source->open(QByteArray("not a pdf at all"), QStringLiteral("scan.pdf"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_viewer->pageIndicator()->text(), QStringLiteral("No pages"));
        QCOMPARE(m_viewer->thumbnailStrip()->model()->rowCount(), 0);
        QCOMPARE(m_viewer->pageView()->pageCount(), 0);
    }

private:
    static int darkPixelsIn(const QImage &image, const QRect &rect)
    {
        int dark = 0;
        const QRect area = rect.intersected(image.rect());
        for (int y = area.top(); y <= area.bottom(); y += 2)
            for (int x = area.left(); x <= area.right(); x += 2)
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        return dark;
    }
    static bool isHighlightOrange(const QColor &colour)
    {
        return colour.red() > 200 && colour.green() > 120 && colour.green() < 220 && colour.blue() < 150;
    }

    std::unique_ptr<DocumentPageSource> m_source;
    std::unique_ptr<DocumentViewer> m_viewer;
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
