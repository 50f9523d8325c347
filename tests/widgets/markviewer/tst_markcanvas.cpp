#include "app/presentation/viewer/enhancementpreview.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "tests/app/presentation/viewer/viewertestimages.h"
#include "widgets/markviewer/canvassynchronizer.h"
#include "widgets/markviewer/markcanvas.h"
#include "widgets/markviewer/recipepanel.h"

#include <QListWidget>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <thread>

using namespace ridgeline;

namespace {

// 2000 x 1500: a mark large enough for several levels, with the ruler image in its top-left.
QImage bigMark()
{
    QImage image(2000, 1500, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.scanLine(y)[x] = uchar(60 + (x / 40 + y / 40) % 2 * 120);
    const QImage ruler = testimages::ridgesAndRuler();
    for (int y = 0; y < ruler.height(); ++y)
        std::memcpy(image.scanLine(y), ruler.constScanLine(y), size_t(ruler.width()));
    return image;
}

// Occupies every thread of QThreadPool::globalInstance() (as a decode or an enhancement preview
// does) until released.
class GlobalPoolBlocker
{
public:
    GlobalPoolBlocker()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i)
            QThreadPool::globalInstance()->start([this] {
                m_started.release();
                m_release.acquire();
            });
        m_started.acquire(m_threads);
    }
    ~GlobalPoolBlocker()
    {
        release();
        QThreadPool::globalInstance()->waitForDone();
    }
    void release()
    {
        if (!m_released.exchange(true))
            m_release.release(m_threads);
    }

private:
    const int m_threads;
    QSemaphore m_started;
    QSemaphore m_release;
    std::atomic<bool> m_released{false};
};

bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

class TestMarkCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<MarkDocument>();
        m_document->setLoaded(LoadedMark{bigMark()}, QStringLiteral("JS-1"));
        m_canvas = std::make_unique<MarkCanvas>(m_document.get(), 64LL * 1024 * 1024);
        m_canvas->resize(800, 600);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->setFocus();
    }
    void cleanup()
    {
        m_canvas.reset();
        m_document.reset();
    }

    void opensAtFitAndPaintsTheImage()
    {
        QCOMPARE(m_canvas->view().zoom(), m_canvas->view().fitZoom());
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        m_canvas->repaint();
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        const QImage frame = m_canvas->grab().toImage();
        // The ruler's light background shows in the top-left of the fitted image, not the canvas grey.
        const QPoint rulerArea = m_canvas->view().imageToView(QPointF(400, 510)).toPoint();
        QVERIFY2(qGray(frame.pixel(rulerArea)) > 200, qPrintable(QString::number(qGray(frame.pixel(rulerArea)))));
        QVERIFY(!m_canvas->lastPaint().wanted.isEmpty() || m_canvas->lastPaint().complete());
    }

    void keyboardZoomsPansAndFits()
    {
        const double fit = m_canvas->view().zoom();
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QVERIFY(m_canvas->view().zoom() > fit * 1.2);
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        QCOMPARE(m_canvas->view().zoom(), 1.0);
        const QPointF centre = m_canvas->view().center();
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QVERIFY(m_canvas->view().center().x() > centre.x());
        QTest::keyClick(m_canvas.get(), Qt::Key_Down);
        QVERIFY(m_canvas->view().center().y() > centre.y());
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
        QVERIFY(m_canvas->view().zoom() < 1.0);
        QTest::keyClick(m_canvas.get(), Qt::Key_0);
        QCOMPARE(m_canvas->view().zoom(), fit);
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QTest::keyClick(m_canvas.get(), Qt::Key_F);
        QCOMPARE(m_canvas->view().zoom(), fit);
    }

    void wheelZoomsAboutTheCursor()
    {
        const QPointF cursor(200, 150);
        const QPointF under = m_canvas->view().viewToImage(cursor);
        QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_canvas.get(), &wheel);
        QVERIFY(m_canvas->view().zoom() > m_canvas->view().fitZoom() * 1.5);
        QVERIFY(near(m_canvas->view().imageToView(under), cursor, 1e-6));
    }

    void dragPansWithThePanTool()
    {
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        const QPointF before = m_canvas->view().center();
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseMove(m_canvas.get(), QPoint(250, 280));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(250, 280));
        QVERIFY(near(m_canvas->view().center(), before + QPointF(50, 20), 1e-6));
    }

    void spaceDragPansEvenWithAMeasuringTool()
    {
        m_canvas->tool()->setTool(ViewerTool::Distance);
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        const QPointF before = m_canvas->view().center();
        QTest::keyPress(m_canvas.get(), Qt::Key_Space);
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseMove(m_canvas.get(), QPoint(340, 330));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(340, 330));
        QTest::keyRelease(m_canvas.get(), Qt::Key_Space);
        QVERIFY(near(m_canvas->view().center(), before - QPointF(40, 30), 1e-6));
        QVERIFY(m_document->measurements().isEmpty());
    }

    void clickOnTheOverviewJumpsThere()
    {
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        const QRect inset = m_canvas->overviewRect();
        QVERIFY(!inset.isEmpty());
        // A quarter of the way across and down the inset is (500, 375) in the image.
        const QPoint click = inset.topLeft() + QPoint(inset.width() / 4, inset.height() / 4);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, click);
        QVERIFY(near(m_canvas->view().center(), QPointF(500, 375), 2000.0 / inset.width() + 1));
        // The click went to the overview, not to a tool.
        QVERIFY(m_document->measurements().isEmpty());
    }

    void distanceToolMeasuresInImagePixels()
    {
        m_canvas->tool()->setTool(ViewerTool::Distance);
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        const QPoint a = m_canvas->view().imageToView(QPointF(900, 700)).toPoint();
        const QPoint b = a + QPoint(0, 120);
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, a);
        QTest::mouseMove(m_canvas.get(), b);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, b);
        QCOMPARE(m_document->measurements().size(), 1);
        QVERIFY(qAbs(m_document->measurements().first().pixels - 120.0) < 1.5);
    }

    void rotationAndFlipChangeTheView()
    {
        QSignalSpy changed(m_canvas.get(), &MarkCanvas::viewChanged);
        m_canvas->rotateBy(90);
        QCOMPARE(m_canvas->view().rotation(), 90.0);
        m_canvas->setRotation(12.5);
        QCOMPARE(m_canvas->view().rotation(), 12.5);
        m_canvas->setFlipped(true);
        QVERIFY(m_canvas->view().isFlipped());
        QCOMPARE(changed.count(), 3);
        m_canvas->repaint(); // painting a turned view must not request tiles outside the image
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
    }

    void synchronisedCanvasesMoveTogether()
    {
        MarkDocument other;
        other.setLoaded(LoadedMark{bigMark()}, QStringLiteral("JS-2"));
        MarkCanvas second(&other, 16LL * 1024 * 1024);
        second.resize(800, 600);
        CanvasSynchronizer sync;
        sync.addCanvas(m_canvas.get());
        sync.addCanvas(&second);
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        m_canvas->rotateBy(90);
        QCOMPARE(second.view().zoom(), 1.0);
        QCOMPARE(second.view().rotation(), 90.0);
        QCOMPARE(second.view().center(), m_canvas->view().center());
        // And the other way round.
        second.zoomIn();
        QCOMPARE(m_canvas->view().zoom(), second.view().zoom());
        sync.setEnabled(false);
        second.zoomIn();
        QVERIFY(m_canvas->view().zoom() < second.view().zoom());
    }

    void recipeStepShowsAsPreview()
    {
        RecipePanel panel(m_document.get());
        QTest::keyClick(m_canvas.get(), Qt::Key_1);
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        m_canvas->repaint();
        QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        const QPoint probe(400, 300);
        const int before = qGray(m_canvas->grab().toImage().pixel(probe));
        QSignalSpy preview(m_canvas->preview(), &EnhancementPreview::previewChanged);
        panel.addStep(QStringLiteral("invert"));
        QCOMPARE(panel.stepList()->count(), 1);
        QCOMPARE(m_document->recipe().steps.size(), 1);
        QVERIFY(preview.wait(10000));
        const int after = qGray(m_canvas->grab().toImage().pixel(probe));
        QVERIFY2(qAbs(after - (255 - before)) <= 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // Unticking the step hides the preview again.
        panel.stepList()->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!m_document->recipe().steps.first().enabled);
        QTRY_COMPARE(qGray(m_canvas->grab().toImage().pixel(probe)), before);
    }

    void paintsWithoutWaitingForTheGlobalThreadPool()
    {
        // A magnified view with the pixel grid, a reduced turned one (filtered tiles), with the
        // loupe and the overview: each once with every tile cached.
        QList<ViewTransform> views;
        ViewTransform view = m_canvas->view();
        view.setZoom(10.0);
        view.centerOn(QPointF(1500, 1000));
        views << view;
        view.setZoom(0.6);
        view.setRotation(30);
        views << view;
        m_canvas->setShowLoupe(true);
        QTest::mouseMove(m_canvas.get(), QPoint(700, 500)); // the loupe then sits left of and above the cursor
        for (const ViewTransform &v : std::as_const(views)) {
            m_canvas->setView(v);
            m_canvas->repaint();
            QVERIFY(m_canvas->scheduler()->waitForIdle(10000));
        }
        QImage frame(m_canvas->size(), QImage::Format_ARGB32_Premultiplied);
        QList<QImage> frames;
        std::atomic<bool> rescued{false};
        {
            // Qt's raster engine would hand long blends to this pool and wait: with the pool busy,
            // the frame would wait for the watchdog.
            GlobalPoolBlocker blocker;
            QSemaphore painted;
            std::thread watchdog([&] {
                if (!painted.tryAcquire(1, 10000)) {
                    rescued = true;
                    blocker.release();
                }
            });
            for (const ViewTransform &v : std::as_const(views)) {
                m_canvas->setView(v);
                m_canvas->render(&frame);
                frames << frame;
                QVERIFY(m_canvas->lastPaint().complete());
                m_canvas->repaint();
            }
            painted.release();
            watchdog.join();
        }
        QVERIFY2(!rescued, "painting waited for QThreadPool::globalInstance()");

        // The grid is drawn across every band: a line is lighter than the middle of the image
        // pixel beside it, in a square of even grey, on every row (bands are 64 rows).
        const ViewTransform &magnified = views.first();
        const double lineX = magnified.imageToView(QPointF(1495, 1000)).x();
        const double middleX = magnified.imageToView(QPointF(1495.5, 1000)).x();
        for (int y = 40; y < 460; ++y) {
            if (std::fmod(magnified.viewToImage(QPointF(lineX, y + 0.5)).y(), 1.0) < 0.2)
                continue; // a horizontal line crosses here
            const int line = qGray(frames.first().pixel(int(lineX), y));
            const int middle = qGray(frames.first().pixel(int(middleX), y));
            QVERIFY2(line > middle + 10, qPrintable(QStringLiteral("row %1: %2 vs %3").arg(y).arg(line).arg(middle)));
        }
    }

private:
    std::unique_ptr<MarkDocument> m_document;
    std::unique_ptr<MarkCanvas> m_canvas;
};

QTEST_MAIN(TestMarkCanvas)
#include "tst_markcanvas.moc"
