#pragma once

#include <QStyledItemDelegate>

namespace ridgeline {

// Paints one page of the thumbnail strip: the page image centred on the strip with a thin border
// and shadow, a frame in the highlight colour around the current page, and the page number below.
class PageThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ridgeline
