#include "widgets/markviewer/markcanvas.h"

#include "app/core/markupdocument.h"
#include "app/presentation/viewer/enhancementpreview.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/measurementtool.h"
#include "app/presentation/viewer/tilescheduler.h"
#include "app/presentation/viewer/viewerstatus.h"
#include "widgets/markviewer/markupoverlay.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace ridgeline {

namespace {
constexpr double kZoomStep = 1.25;
} // namespace

MarkCanvas::MarkCanvas(MarkDocument *document, qint64 cacheBudgetBytes, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scheduler(new TileScheduler(cacheBudgetBytes, this))
    , m_tool(new MeasurementTool(document, this))
    , m_preview(new EnhancementPreview(this))
{
    setObjectName(QStringLiteral("markCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Mark image"));
    setToolTip(tr("Wheel: zoom about the cursor · drag: pan or measure with the chosen tool · Space+drag: pan\n"
                  "+ / −: zoom · 1: actual pixels · 0 or F: fit · arrows: pan"));
    connect(m_scheduler, &TileScheduler::tileReady, this, qOverload<>(&QWidget::update));
    connect(m_tool, &MeasurementTool::pointsChanged, this, qOverload<>(&QWidget::update));
    connect(m_preview, &EnhancementPreview::previewChanged, this, qOverload<>(&QWidget::update));
    connect(m_document, &MarkDocument::loaded, this, &MarkCanvas::documentLoaded);
    connect(m_document, &MarkDocument::previewLoaded, this, &MarkCanvas::documentLoaded);
    connect(m_document, &MarkDocument::measurementsChanged, this, qOverload<>(&QWidget::update));
    connect(m_document, &MarkDocument::calibrationChanged, this, &MarkCanvas::updateStatus);
    connect(m_document, &MarkDocument::recipeChanged, this, [this] { m_preview->setRecipe(m_document->recipe()); });
    if (m_document->isViewable())
        documentLoaded();
}

MarkCanvas::~MarkCanvas() = default;

qint64 MarkCanvas::cacheBudget() const
{
    return m_scheduler->cache().budget();
}

void MarkCanvas::setCacheBudget(qint64 bytes)
{
    m_scheduler->cache().setBudget(bytes);
    update();
}

void MarkCanvas::documentLoaded()
{
    m_scheduler->setWindow(m_document->initialWindow());
    m_scheduler->setPyramid(m_document->pyramid());
    m_preview->setSource(m_document->image(), m_document->ppi());
    m_preview->setRecipe(m_document->recipe());
    // The original replacing its preview keeps whatever view the examiner has already chosen.
    if (m_view.imageSize() != m_document->imageSize())
        changeView([this](ViewTransform &view) { view = ViewTransform(m_document->imageSize(), size()); });
    update();
    updateStatus();
}

void MarkCanvas::setView(const ViewTransform &view)
{
    changeView([&view](ViewTransform &v) { v = view; });
}

void MarkCanvas::changeView(const std::function<void(ViewTransform &)> &change)
{
    ViewTransform next = m_view;
    change(next);
    if (next == m_view)
        return;
    m_view = next;
    m_tool->setClickTolerance(4.0 / std::max(m_view.zoom(), 1e-6));
    if (m_markup)
        m_markup->setView(m_view);
    m_preview->setRegion(m_view.visibleImageRect(), m_view.zoom());
    update();
    updateStatus();
    Q_EMIT viewChanged();
}

QRect MarkCanvas::overviewRect() const
{
    if (!m_overview || !m_document->isViewable())
        return {};
    const QSize image = m_document->imageSize();
    const QSize inset = image.scaled(kOverviewSide, kOverviewSide, Qt::KeepAspectRatio).expandedTo(QSize(8, 8));
    return QRect(QPoint(width() - inset.width() - 12, height() - inset.height() - 12), inset);
}

double MarkCanvas::screenDpi() const
{
    const QScreen *s = screen();
    return s ? s->physicalDotsPerInch() / devicePixelRatioF() : 96.0;
}

QString MarkCanvas::statusText() const
{
    if (!m_document->isViewable())
        return m_document->isLoading() ? tr("Loading %1…").arg(m_document->name()) : QString();
    const QString view = viewerstatus::statusText(m_view.zoom(), m_cursorImage ? &*m_cursorImage : nullptr,
                                                  m_document->imageSize(), m_document->ppi());
    return m_markupMode && m_markup ? view + QStringLiteral(" · ") + markupStatusText() : view;
}

void MarkCanvas::updateStatus()
{
    Q_EMIT statusTextChanged(statusText());
}

void MarkCanvas::zoomIn()
{
    changeView([](ViewTransform &v) {
        v.zoomBy(kZoomStep, QPointF(v.viewportSize().width() / 2.0, v.viewportSize().height() / 2.0));
    });
}

void MarkCanvas::zoomOut()
{
    changeView([](ViewTransform &v) {
        v.zoomBy(1.0 / kZoomStep, QPointF(v.viewportSize().width() / 2.0, v.viewportSize().height() / 2.0));
    });
}

void MarkCanvas::fitToWindow()
{
    changeView([](ViewTransform &v) { v.fit(); });
}

void MarkCanvas::actualPixels()
{
    changeView([](ViewTransform &v) { v.setZoom(1.0); });
}

void MarkCanvas::lifeSize()
{
    const double zoom = ViewTransform::physicalZoom(m_document->ppi(), screenDpi());
    if (zoom > 0)
        changeView([zoom](ViewTransform &v) { v.setZoom(zoom); });
}

void MarkCanvas::rotateBy(double degrees)
{
    changeView([degrees](ViewTransform &v) { v.rotateBy(degrees); });
}

void MarkCanvas::setRotation(double degrees)
{
    changeView([degrees](ViewTransform &v) { v.setRotation(degrees); });
}

void MarkCanvas::setFlipped(bool flipped)
{
    changeView([flipped](ViewTransform &v) { v.setFlipped(flipped); });
}

void MarkCanvas::setShowGrid(bool show)
{
    m_grid = show;
    update();
}

void MarkCanvas::setShowOverview(bool show)
{
    m_overview = show;
    update();
}

void MarkCanvas::setShowLoupe(bool show)
{
    m_loupe = show;
    update();
}

void MarkCanvas::setShowEnhancement(bool show)
{
    m_showEnhancement = show;
    update();
}

bool MarkCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && takesOverShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept(); // the key comes to keyPressEvent instead of the window's action
        return true;
    }
    if (event->type() == QEvent::ToolTip && m_markup && m_document->isViewable()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = m_view.viewToImage(help->pos());
        const MarkupDocument *markup = m_markup->document();
        QString text;
        if (const FeatureId id = m_markup->featureAt(at); !id.isNull()) {
            const qsizetype index = markup->markup().indexOfFeature(id);
            text = MarkupOverlay::toolTip(markup->features().at(index), int(index) + 1);
        } else if (const FeatureId s = m_showSuggestions ? m_markup->suggestionAt(at) : FeatureId(); !s.isNull()) {
            text = MarkupOverlay::suggestionToolTip(markup->suggestions().at(markup->markup().indexOfSuggestion(s)));
        }
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
    }
    return QWidget::event(event);
}

void MarkCanvas::resizeEvent(QResizeEvent *)
{
    changeView([this](ViewTransform &v) { v.setViewportSize(size()); });
}

void MarkCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    const QPointF at = event->position();
    changeView([steps, at](ViewTransform &v) { v.zoomBy(std::pow(kZoomStep, steps), at); });
    event->accept();
}

bool MarkCanvas::isPanGesture(const QMouseEvent *event) const
{
    return event->button() == Qt::MiddleButton || m_spaceHeld || (!m_markupMode && m_tool->tool() == ViewerTool::Pan);
}

void MarkCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_lastMouse = event->position();
    if (overviewRect().contains(event->position().toPoint()) && event->button() == Qt::LeftButton) {
        const QRectF inset = overviewRect();
        const QPointF fraction((event->position().x() - inset.x()) / inset.width(),
                               (event->position().y() - inset.y()) / inset.height());
        const QSize image = m_document->imageSize();
        changeView([&](ViewTransform &v) {
            v.centerOn(QPointF(fraction.x() * image.width(), fraction.y() * image.height()));
        });
        return;
    }
    if (!m_document->isLoaded())
        return;
    if (isPanGesture(event)) {
        m_panning = true;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton && m_markupMode) {
        m_markupDragging = true;
        m_markup->press(m_view.viewToImage(event->position()), event->modifiers());
    } else if (event->button() == Qt::LeftButton) {
        m_toolDragging = true;
        m_tool->press(m_view.viewToImage(event->position()), event->modifiers());
    }
}

void MarkCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (m_panning) {
        const QPointF delta = position - m_lastMouse;
        changeView([delta](ViewTransform &v) { v.panBy(delta); });
    } else if (m_markupDragging) {
        m_markup->drag(m_view.viewToImage(position));
    } else if (m_toolDragging) {
        m_tool->drag(m_view.viewToImage(position));
    } else if (m_tool->isActive()) {
        m_tool->drag(m_view.viewToImage(position)); // rubber band between clicks
    }
    m_lastMouse = position;
    if (m_document->isViewable()) {
        m_cursorImage = m_view.viewToImage(position);
        updateStatus();
        // The loupe, the region's rubber band and the clarity brush follow the mouse.
        if (m_loupe || (m_markupMode && m_markup && m_markup->mode() != MarkupTool::Mode::Features))
            update();
    }
}

void MarkCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    if (m_markupDragging && event->button() == Qt::LeftButton) {
        m_markupDragging = false;
        if (m_markup)
            m_markup->release(m_view.viewToImage(event->position()));
    }
    if (m_toolDragging && event->button() == Qt::LeftButton) {
        m_toolDragging = false;
        m_tool->release(m_view.viewToImage(event->position()));
    }
}

void MarkCanvas::keyPressEvent(QKeyEvent *event)
{
    if (markupKey(event)) {
        event->accept();
        return;
    }
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 0.9 : 0.1;
    const QPointF page(width() * step, height() * step);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_1:
        actualPixels();
        break;
    case Qt::Key_0:
    case Qt::Key_F:
        fitToWindow();
        break;
    case Qt::Key_Left:
        changeView([&](ViewTransform &v) { v.panBy(QPointF(page.x(), 0)); });
        break;
    case Qt::Key_Right:
        changeView([&](ViewTransform &v) { v.panBy(QPointF(-page.x(), 0)); });
        break;
    case Qt::Key_Up:
        changeView([&](ViewTransform &v) { v.panBy(QPointF(0, page.y())); });
        break;
    case Qt::Key_Down:
        changeView([&](ViewTransform &v) { v.panBy(QPointF(0, -page.y())); });
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            setCursor(Qt::OpenHandCursor);
        }
        break;
    case Qt::Key_Escape:
        m_tool->cancel();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MarkCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        unsetCursor();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void MarkCanvas::leaveEvent(QEvent *)
{
    m_cursorImage.reset();
    updateStatus();
    if (m_loupe || m_markupMode)
        update();
}

} // namespace ridgeline
