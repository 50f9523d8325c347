#include "app/presentation/viewer/enhancementpreview.h"

#include "app/presentation/futurewatch.h"

#include <QtConcurrent>

#include <algorithm>

namespace ridgeline {

namespace {

bool hasEnabledStep(const imaging::Recipe &recipe)
{
    return std::any_of(recipe.steps.cbegin(), recipe.steps.cend(),
                       [](const imaging::EnhancementStep &step) { return step.enabled; });
}

struct PreviewResult
{
    Result<QImage> image = QImage();
    QRectF imageRect;
};

} // namespace

EnhancementPreview::EnhancementPreview(QObject *parent)
    : QObject(parent)
{}

EnhancementPreview::~EnhancementPreview()
{
    if (m_cancel)
        m_cancel->store(true);
}

void EnhancementPreview::setSource(const QImage &original, double ppi)
{
    m_source = original;
    m_ppi = ppi;
    schedule();
}

void EnhancementPreview::setRecipe(const imaging::Recipe &recipe)
{
    if (recipe == m_recipe)
        return;
    m_recipe = recipe;
    schedule();
}

void EnhancementPreview::setRegion(const QRectF &imageRect, double zoom)
{
    if (imageRect == m_region && qFuzzyCompare(zoom, m_zoom))
        return;
    m_region = imageRect;
    m_zoom = zoom;
    if (hasEnabledStep(m_recipe))
        schedule();
}

void EnhancementPreview::schedule()
{
    if (m_source.isNull() || !hasEnabledStep(m_recipe)) {
        if (m_cancel)
            m_cancel->store(true);
        m_dirty = false;
        if (!m_image.isNull()) {
            m_image = QImage();
            Q_EMIT previewChanged();
        }
        return;
    }
    if (m_running) {
        // The running computation is out of date: stop it and compute the latest state next.
        m_cancel->store(true);
        m_dirty = true;
        return;
    }
    startNext();
}

void EnhancementPreview::startNext()
{
    m_running = true;
    m_dirty = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ++m_computations;
    const bool geometry = imaging::recipeChangesGeometry(m_recipe);
    const QRect region = geometry ? QRect() : m_region.toAlignedRect().intersected(m_source.rect());
    // A geometry step moves pixels: preview the whole result at screen-ish resolution instead.
    const double scale = geometry ? std::min(1.0, 2048.0 / std::max(m_source.width(), m_source.height()))
                                  : std::clamp(m_zoom, 0.01, 1.0);
    imaging::ApplyOptions options;
    options.sourcePpi = m_ppi;
    auto future = QtConcurrent::run([source = m_source, recipe = m_recipe, region, scale, options, geometry,
                                     cancel = m_cancel]() {
        PreviewResult result;
        result.image = imaging::previewRecipe(source, region, scale, recipe, options, cancel.get());
        if (result.image && !result.image->isNull()) {
            QImage &image = result.image.value();
            result.imageRect = geometry ? QRectF(0, 0, image.width() / scale, image.height() / scale) : QRectF(region);
            // Display conversion here, not on the UI thread: the canvas draws RGB32 scaled and turned
            // on the raster engine's direct path, where grey would be converted span by span.
            if (image.format() != QImage::Format_RGB32)
                image = image.convertToFormat(QImage::Format_RGB32);
        }
        return result;
    });
    whenFinished(this, future, [this](const PreviewResult &result) {
        m_running = false;
        if (m_dirty) {
            startNext();
            return;
        }
        if (!result.image) {
            if (result.image.error().code() != ErrorCode::Cancelled)
                Q_EMIT failed(result.image.error().message());
            return;
        }
        m_image = result.image.value();
        m_imageRect = result.imageRect;
        Q_EMIT previewChanged();
    });
}

} // namespace ridgeline
