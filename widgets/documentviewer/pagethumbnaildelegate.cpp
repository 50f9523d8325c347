#include "widgets/documentviewer/pagethumbnaildelegate.h"

#include <QImage>
#include <QPainter>

namespace ridgeline {

namespace {
constexpr int kMargin = 8;
constexpr int kLabelGap = 4;
} // namespace

QSize PageThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    const int width = option.rect.width() > 0 ? option.rect.width() : image.width() + 2 * kMargin;
    return QSize(width, image.height() + 2 * kMargin + kLabelGap + option.fontMetrics.height());
}

void PageThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    const bool current = option.state & QStyle::State_Selected;
    const QRect cell = option.rect;
    const QRect page(cell.left() + (cell.width() - image.width()) / 2, cell.top() + kMargin, image.width(),
                     image.height());
    painter->save();
    painter->fillRect(page.translated(1, 2), QColor(0, 0, 0, 40));
    painter->drawImage(page, image);
    const QColor highlight = option.palette.color(QPalette::Highlight);
    if (current) {
        painter->setPen(QPen(highlight, 3));
        painter->drawRect(page.adjusted(-2, -2, 1, 1));
    } else {
        painter->setPen(QColor(0xad, 0xb5, 0xbd));
        painter->drawRect(page.adjusted(0, 0, -1, -1));
    }
    const QRect label(cell.left(), page.bottom() + kLabelGap, cell.width(), option.fontMetrics.height());
    QFont font = option.font;
    font.setBold(current);
    painter->setFont(font);
    painter->setPen(current ? highlight : option.palette.color(QPalette::Text));
    painter->drawText(label, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace ridgeline
