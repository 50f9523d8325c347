#include "widgets/comparison/overlaycanvas.h"

#include "widgets/markviewer/markcanvas.h"

#include <QApplication>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace ridgeline {

namespace {

constexpr double kMaxFramePixels = 40e6; // far above any screen; a bound on hostile sizes

} // namespace

OverlayCanvas::OverlayCanvas(MarkCanvas *exemplarCanvas, QWidget *parent)
    : QWidget(parent)
    , m_canvas(exemplarCanvas)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setAccessibleName(tr("Overlay of the mark on the exemplar"));
    m_flicker.setInterval(500);
    connect(&m_flicker, &QTimer::timeout, this, [this] {
        m_flickerMark = !m_flickerMark;
        update();
    });
    connect(&m_preparing, &QFutureWatcherBase::finished, this, [this] {
        Result<imaging::OverlayRenderer> prepared = m_preparing.result();
        if (!prepared) {
            m_error = prepared.error().message();
            update();
            return;
        }
        m_renderer = prepared.value();
        m_error.clear();
        update();
        Q_EMIT ready();
    });
    connect(exemplarCanvas, &MarkCanvas::viewChanged, this, qOverload<>(&QWidget::update));
}

OverlayCanvas::~OverlayCanvas()
{
    m_preparing.waitForFinished();
}

void OverlayCanvas::prepare(const QImage &mark, const QImage &exemplar)
{
    m_renderer = {};
    m_preparing.setFuture(
        QtConcurrent::run([mark, exemplar] { return imaging::OverlayRenderer::create(mark, exemplar); }));
    update();
}

void OverlayCanvas::setAlignment(const std::optional<QTransform> &markToExemplar)
{
    m_alignment = markToExemplar;
    update();
}

void OverlayCanvas::setMode(Mode mode)
{
    m_mode = mode;
    m_flickerMark = true;
    if (mode == Mode::Flicker)
        m_flicker.start();
    else
        m_flicker.stop();
    update();
}

void OverlayCanvas::setBlend(double alpha)
{
    m_blend = std::clamp(alpha, 0.0, 1.0);
    update();
}

bool OverlayCanvas::event(QEvent *event)
{
    // Navigation goes to the exemplar's canvas (same size, hidden behind this pane), so the view
    // of the exemplar is the one truth and linked panes follow it.
    switch (event->type()) {
    case QEvent::Wheel:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (m_canvas && m_canvas->size() == size()) {
            QApplication::sendEvent(m_canvas, event);
            return true;
        }
        break;
    case QEvent::Resize:
        if (m_canvas && m_canvas->isHidden())
            m_canvas->resize(size());
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void OverlayCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(160));
    m_lastRendered = false;
    const auto message = [&](const QString &text) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
    };
    if (!m_alignment) {
        message(tr("Align the mark and the exemplar first (Comparison > Align), from three or more "
                   "corresponding pairs or the matcher's pairs."));
        return;
    }
    if (!m_error.isEmpty()) {
        message(tr("The overlay cannot be shown: %1").arg(m_error));
        return;
    }
    if (m_renderer.isNull() || !m_canvas) {
        message(tr("Preparing the overlay…"));
        return;
    }
    ViewTransform view = m_canvas->view();
    view.setViewportSize(size());
    const QRectF visible = view.visibleImageRect();
    if (visible.isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    QSize out(std::max(1, int(std::ceil(visible.width() * view.zoom() * dpr))),
              std::max(1, int(std::ceil(visible.height() * view.zoom() * dpr))));
    if (double(out.width()) * out.height() > kMaxFramePixels) {
        const double shrink = std::sqrt(kMaxFramePixels / (double(out.width()) * out.height()));
        out = QSize(std::max(1, int(out.width() * shrink)), std::max(1, int(out.height() * shrink)));
    }
    imaging::OverlayOptions options;
    switch (m_mode) {
    case Mode::Blend:
        options.alpha = m_blend;
        break;
    case Mode::Difference:
        options.mode = imaging::OverlayMode::Difference;
        break;
    case Mode::Colour:
        options.mode = imaging::OverlayMode::Colour;
        break;
    case Mode::Flicker:
        options.alpha = m_flickerMark ? 1.0 : 0.0;
        break;
    }
    const imaging::OverlayView overlayView{*m_alignment, visible, out};
    if (Status s = m_renderer.renderInto(m_frame, overlayView, options); !s) {
        message(tr("The overlay cannot be shown: %1").arg(s.error().message()));
        return;
    }
    m_frame.setDevicePixelRatio(1.0);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, view.zoom() < 1.0 || view.rotation() != 0.0);
    painter.setTransform(view.transform());
    painter.drawImage(visible, m_frame);
    painter.resetTransform();
    m_lastRendered = true;
    ++m_frames;
    if (m_mode == Mode::Flicker) {
        painter.setPen(Qt::white);
        painter.fillRect(QRect(8, 8, 150, 24), QColor(0, 0, 0, 160));
        painter.drawText(QRect(8, 8, 150, 24), Qt::AlignCenter, m_flickerMark ? tr("Mark") : tr("Exemplar"));
    }
}

} // namespace ridgeline
