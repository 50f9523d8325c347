#pragma once

#include "app/imaging/overlay.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace ridgeline {

class MarkCanvas;

// The comparison view's overlay pane (issue 6): shows the mark warped onto the exemplar through
// the alignment, combined with it (imaging::OverlayRenderer: blend, difference, colour) or
// flickering between the two, in place of the exemplar's canvas and under that canvas's view
// (zoom, place, rotation, mirror): its input is passed on to the exemplar canvas, hidden behind
// it, so navigating the overlay navigates the exemplar and linked panes follow. Only the visible
// part is rendered, at screen resolution, so a frame costs the same at any zoom. The renderer is
// prepared off the UI thread (tens of ms on 4000 x 4000 images). UI thread.
class OverlayCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Blend,
        Difference,
        Colour,
        Flicker, // alternates the mark and the exemplar every flickerInterval()
    };

    OverlayCanvas(MarkCanvas *exemplarCanvas, QWidget *parent = nullptr);
    ~OverlayCanvas() override;

    // Prepares the renderer from the two decoded images (mark, exemplar) on the global pool;
    // ready() follows. A new call replaces the previous one.
    void prepare(const QImage &mark, const QImage &exemplar);
    bool isReady() const { return !m_renderer.isNull(); }
    const imaging::OverlayRenderer &renderer() const { return m_renderer; }

    // The mark -> exemplar transform; nullopt: not aligned (the pane says so).
    void setAlignment(const std::optional<QTransform> &markToExemplar);
    const std::optional<QTransform> &alignment() const { return m_alignment; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    double blend() const { return m_blend; } // Blend: 0 = exemplar only, 1 = mark only
    void setBlend(double alpha);
    int flickerInterval() const { return m_flicker.interval(); }
    void setFlickerInterval(int ms) { m_flicker.setInterval(ms); }
    // Flicker: whether the mark (true) or the exemplar is shown now.
    bool flickerShowsMark() const { return m_flickerMark; }

    // What the last paint did: a frame rendered (true), or only a message.
    bool lastPaintRendered() const { return m_lastRendered; }
    int framesPainted() const { return m_frames; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void ready();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QPointer<MarkCanvas> m_canvas;
    imaging::OverlayRenderer m_renderer;
    QFutureWatcher<Result<imaging::OverlayRenderer>> m_preparing;
    std::optional<QTransform> m_alignment;
    Mode m_mode = Mode::Blend;
    double m_blend = 0.5;
    QTimer m_flicker;
    bool m_flickerMark = true;
    QImage m_frame; // reused between paints
    bool m_lastRendered = false;
    int m_frames = 0;
    QString m_error;
};

} // namespace ridgeline
