#include "widgets/markviewer/canvassynchronizer.h"

#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/viewsynchronizer.h"
#include "widgets/markviewer/markcanvas.h"

namespace ridgeline {

CanvasSynchronizer::CanvasSynchronizer(QObject *parent)
    : QObject(parent)
{}

void CanvasSynchronizer::addCanvas(MarkCanvas *canvas)
{
    m_canvases.append(canvas);
    connect(canvas, &MarkCanvas::viewChanged, this, [this, canvas] { follow(canvas); });
}

void CanvasSynchronizer::follow(MarkCanvas *leader)
{
    if (!m_enabled || m_following)
        return;
    m_following = true;
    for (const QPointer<MarkCanvas> &canvas : std::as_const(m_canvases)) {
        if (canvas && canvas != leader && canvas->document()->isViewable())
            canvas->setView(
                viewsync::follow(leader->view(), leader->document()->ppi(), canvas->view(), canvas->document()->ppi()));
    }
    m_following = false;
}

} // namespace ridgeline
