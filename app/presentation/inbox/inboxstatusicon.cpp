#include "app/presentation/inbox/inboxstatusicon.h"

#include <QPainter>
#include <QPainterPath>

namespace ridgeline {

QColor inboxStateColour(InboxState state)
{
    switch (state) {
    case InboxState::Importing:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case InboxState::Queued:
        return QColor(0x86, 0x8e, 0x96); // light grey
    case InboxState::Received:
        return QColor(0x5f, 0x67, 0x6e); // neutral grey
    case InboxState::Verified:
        return QColor(0x00, 0x72, 0xb2); // blue
    case InboxState::Imported:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case InboxState::Quarantined:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    }
    return Qt::black;
}

QImage inboxStateIcon(InboxState state, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.scale(size / 16.0, size / 16.0);
    const QColor colour = inboxStateColour(state);
    QPen pen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QRectF circle(1.5, 1.5, 13, 13);
    QPainterPath tick;
    tick.moveTo(4.6, 8.2);
    tick.lineTo(7.0, 10.6);
    tick.lineTo(11.4, 5.6);
    switch (state) {
    case InboxState::Importing:
        painter.setPen(QPen(colour.lighter(150), 1.8));
        painter.drawEllipse(circle);
        painter.setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(circle, 90 * 16, -250 * 16);
        break;
    case InboxState::Queued: // a clock: waiting its turn
        painter.setPen(pen);
        painter.drawEllipse(circle);
        painter.drawLine(QPointF(8, 8), QPointF(8, 4.4));
        painter.drawLine(QPointF(8, 8), QPointF(10.6, 9.6));
        break;
    case InboxState::Received:
        painter.setPen(pen);
        painter.drawEllipse(circle);
        painter.drawLine(QPointF(8, 4.2), QPointF(8, 11));
        painter.drawLine(QPointF(5.2, 8.4), QPointF(8, 11.2));
        painter.drawLine(QPointF(10.8, 8.4), QPointF(8, 11.2));
        break;
    case InboxState::Verified:
        painter.setPen(pen);
        painter.drawEllipse(circle);
        painter.drawPath(tick);
        break;
    case InboxState::Imported:
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(circle.adjusted(-0.5, -0.5, 0.5, 0.5));
        painter.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    case InboxState::Quarantined: {
        QPainterPath triangle;
        triangle.moveTo(8, 1.2);
        triangle.lineTo(15.2, 14.6);
        triangle.lineTo(0.8, 14.6);
        triangle.closeSubpath();
        painter.setPen(QPen(colour, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(colour);
        painter.drawPath(triangle);
        painter.setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(8, 5.6), QPointF(8, 9.8));
        painter.drawPoint(QPointF(8, 12.4));
        break;
    }
    }
    return image;
}

} // namespace ridgeline
