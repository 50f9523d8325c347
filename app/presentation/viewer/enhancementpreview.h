#pragma once

#include "app/imaging/enhance/recipe.h"

#include <QImage>
#include <QObject>
#include <QRectF>

#include <atomic>
#include <memory>

namespace ridgeline {

// Live preview of a recipe on the visible area, computed on the global pool. At most one
// computation runs; a change while it runs cancels it and the latest state is computed next, so a
// slider dragged fast never queues work and the UI thread never waits. UI thread.
class EnhancementPreview : public QObject
{
    Q_OBJECT
public:
    explicit EnhancementPreview(QObject *parent = nullptr);
    ~EnhancementPreview() override;

    void setSource(const QImage &original, double ppi);
    void setRecipe(const imaging::Recipe &recipe);
    // The visible area (image coordinates) and the view's zoom; the preview is computed at
    // min(zoom, 1) so it has about one pixel per screen pixel.
    void setRegion(const QRectF &imageRect, double zoom);

    // Null when there is nothing to show (no enabled step, or not computed yet).
    const QImage &image() const { return m_image; }
    // Where image() lies, in image coordinates of the original.
    QRectF imageRect() const { return m_imageRect; }
    bool isBusy() const { return m_running; }
    int computations() const { return m_computations; }

Q_SIGNALS:
    void previewChanged();
    void failed(const QString &message);

private:
    void schedule();
    void startNext();

    QImage m_source;
    double m_ppi = 0.0;
    imaging::Recipe m_recipe;
    QRectF m_region;
    double m_zoom = 1.0;
    QImage m_image;
    QRectF m_imageRect;
    bool m_running = false;
    bool m_dirty = false;
    int m_computations = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace ridgeline
