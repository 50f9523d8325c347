#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace ridgeline {

class MarkCanvas;

// Keeps the zoom, rotation, mirror and place of several canvases in step (viewsync::follow does
// the arithmetic): moving one moves the others. Does not own the canvases. UI thread.
class CanvasSynchronizer : public QObject
{
    Q_OBJECT
public:
    explicit CanvasSynchronizer(QObject *parent = nullptr);

    void addCanvas(MarkCanvas *canvas);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

private:
    void follow(MarkCanvas *leader);

    QList<QPointer<MarkCanvas>> m_canvases;
    bool m_enabled = true;
    bool m_following = false; // the followers' own viewChanged must not lead in turn
};

} // namespace ridgeline
