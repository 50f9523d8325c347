#include "widgets/inbox/inboxprogressdelegate.h"

#include "app/presentation/inbox/inboxmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ridgeline {

void InboxProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant progress = index.data(InboxModel::ProgressRole);
    if (!progress.isValid() || progress.toInt() < 0 || index.column() != int(InboxModel::Column::Status)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background (selection, alternate rows) as the style draws it, then the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int percent = std::clamp(progress.toInt(), 0, 100);
    const QRectF bar = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const QRectF chunk(bar.topLeft(), QSizeF(bar.width() * percent / 100.0, bar.height()));
    const QString text = index.data(Qt::DisplayRole).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath outline;
    outline.addRoundedRect(bar, 3, 3);
    painter->fillPath(outline, QColor(0xe9, 0xec, 0xef));
    painter->setClipPath(outline);
    painter->fillRect(chunk, chunkColour());
    painter->setClipping(false);
    painter->setPen(QColor(0xad, 0xb5, 0xbd));
    painter->drawPath(outline);
    // The text in white over the filled part and dark over the rest, readable at any percentage.
    painter->setFont(option.font);
    painter->setClipRect(chunk);
    painter->setPen(Qt::white);
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->setClipRect(QRectF(chunk.topRight(), bar.bottomRight()));
    painter->setPen(QColor(0x21, 0x25, 0x29));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace ridgeline
