#include "app/presentation/documents/pagethumbnailmodel.h"

#include "app/presentation/documents/documentpagesource.h"
#include "app/presentation/futurewatch.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ridgeline {

namespace {
constexpr int kMaxThumbnails = 600;
} // namespace

PageThumbnailModel::PageThumbnailModel(DocumentPageSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_thumbnails(kMaxThumbnails)
{
    connect(m_source, &DocumentPageSource::stateChanged, this, &PageThumbnailModel::reset);
    reset();
}

void PageThumbnailModel::setThumbnailSize(int longSide)
{
    longSide = std::clamp(longSide, 16, 1024);
    if (longSide == m_longSide)
        return;
    m_longSide = longSide;
    reset();
}

void PageThumbnailModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_thumbnails.clear();
    m_pending.clear();
    m_rows = m_source->state() == DocumentPageSource::State::Ready ? m_source->pageCount() : 0;
    endResetModel();
}

int PageThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant PageThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(page + 1);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Page %1 of %2").arg(page + 1).arg(m_rows);
    case Qt::DecorationRole:
        if (const QImage *image = m_thumbnails.object(page))
            return *image;
        request(page);
        return placeholder(page);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignTop);
    case PageRole:
        return page;
    case ThumbnailReadyRole:
        return m_thumbnails.contains(page);
    default:
        return {};
    }
}

QImage PageThumbnailModel::placeholder(int page) const
{
    const QSizeF points = m_source->pageSize(page);
    const double longest = std::max(points.width(), points.height());
    QSize size(m_longSide * 3 / 4, m_longSide);
    if (longest > 0)
        size = QSize(std::max(1, int(points.width() * m_longSide / longest)),
                     std::max(1, int(points.height() * m_longSide / longest)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf8, 0xf9, 0xfa));
    QPainter painter(&image);
    painter.setPen(QColor(0xce, 0xd4, 0xda));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    return image;
}

void PageThumbnailModel::request(int page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    const int longSide = m_longSide;
    QFuture<QImage> future = m_source->runOnDocument(
        [page, longSide](const PdfDocument &document) {
            const QSizeF points = document.pageSize(page);
            const double longest = std::max(points.width(), points.height());
            if (longest <= 0)
                return QImage();
            Result<QImage> image = document.renderPage(page, 72.0 * longSide / longest);
            return image ? image.value() : QImage();
        },
        DocumentPageSource::TaskPriority::Thumbnail);
    auto *self = const_cast<PageThumbnailModel *>(this);
    const int generation = m_generation;
    whenFinished(self, future, [self, page, generation](const QImage &image) {
        if (generation != self->m_generation)
            return;
        self->m_pending.remove(page);
        if (image.isNull())
            return; // the placeholder stays; the page view reports the render error
        self->m_thumbnails.insert(page, new QImage(image));
        const QModelIndex changed = self->index(page);
        Q_EMIT self->dataChanged(changed, changed, {Qt::DecorationRole, ThumbnailReadyRole});
    });
}

} // namespace ridgeline
