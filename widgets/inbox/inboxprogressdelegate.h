#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace ridgeline {

// Paints a progress bar with "Importing 45%" in the status cell of Inbox rows that are being
// imported (InboxModel::ProgressRole >= 0); other cells paint as usual.
class InboxProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor chunkColour() { return QColor(0x2b, 0x5d, 0x8f); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ridgeline
