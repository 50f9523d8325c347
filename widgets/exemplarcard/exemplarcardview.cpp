#include "widgets/exemplarcard/exemplarcardview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <cstdlib>
#include <utility>

namespace ridgeline {
namespace {

constexpr int kMargin = 4;
constexpr int kLabelHeight = 34;
constexpr int kOtherPerRow = 5;

constexpr bool isCardPosition(int position)
{
    return position >= 1 && position <= 14;
}

} // namespace

// One box of the card: painted, no focus of its own (the view is the tab stop and draws the focus
// frame on its current cell).
class ExemplarCardCell : public QWidget
{
public:
    ExemplarCardCell(ExemplarCardView *view, const ExemplarImpressionRecord *record, QString caption, QString mode)
        : QWidget(nullptr)
        , m_view(view)
        , m_filled(record != nullptr)
        , m_caption(std::move(caption))
        , m_mode(std::move(mode))
    {
        if (record)
            m_id = record->id;
        setFixedSize(ExemplarCardView::kCellWidth, ExemplarCardView::kCellHeight);
        setFocusPolicy(Qt::NoFocus);
        if (m_filled)
            setCursor(Qt::PointingHandCursor);
    }

    const ImpressionId &id() const { return m_id; }
    bool isFilled() const { return m_filled; }
    void setThumbnail(const QImage &image)
    {
        m_thumbnail = image;
        update();
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_view->cellPressed(this);
        QWidget::mousePressEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_view->cellDoubleClicked(this);
        QWidget::mouseDoubleClickEvent(event);
    }
    void paintEvent(QPaintEvent *) override;

private:
    ExemplarCardView *m_view;
    bool m_filled;
    QString m_caption;
    QString m_mode; // "rolled" / "plain", empty for an empty position
    ImpressionId m_id;
    QImage m_thumbnail;
};

void ExemplarCardCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &pal = palette();
    const bool current = m_filled && m_view->currentImpression() == m_id;
    const QRect box = rect().adjusted(1, 1, -1, -1);
    p.fillRect(box, current ? pal.color(QPalette::Highlight).lighter(170) : pal.color(QPalette::Base));
    QPen frame(current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), current ? 2 : 1);
    if (!m_filled)
        frame.setStyle(Qt::DashLine);
    p.setPen(frame);
    p.drawRect(box.adjusted(0, 0, -1, -1));

    const QRect imageArea(kMargin + 2, kMargin + 2, width() - 2 * (kMargin + 2),
                          height() - kLabelHeight - 2 * (kMargin + 2));
    if (m_filled && !m_thumbnail.isNull()) {
        const QSizeF logical = m_thumbnail.deviceIndependentSize();
        QSizeF fitted = logical.scaled(imageArea.size(), Qt::KeepAspectRatio);
        if (logical.width() <= imageArea.width() && logical.height() <= imageArea.height())
            fitted = logical; // never blown up past its own pixels
        QRectF target(QPointF(), fitted);
        target.moveCenter(QRectF(imageArea).center());
        p.drawImage(target, m_thumbnail);
    } else if (m_filled) {
        p.fillRect(imageArea, pal.color(QPalette::AlternateBase));
        p.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
        p.drawRect(imageArea.adjusted(0, 0, -1, -1));
    }

    const QRect label(kMargin, height() - kLabelHeight - kMargin, width() - 2 * kMargin, kLabelHeight);
    const QFontMetrics fm(font());
    if (m_mode.isEmpty()) { // an empty position: its name may take both lines
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(label, Qt::AlignCenter | Qt::TextWordWrap, m_caption);
    } else {
        const QRect firstLine(label.left(), label.top(), label.width(), label.height() / 2);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(firstLine, Qt::AlignCenter, fm.elidedText(m_caption, Qt::ElideRight, label.width()));
        p.setOpacity(0.65);
        p.drawText(firstLine.translated(0, label.height() / 2), Qt::AlignCenter,
                   fm.elidedText(m_mode, Qt::ElideRight, label.width()));
        p.setOpacity(1.0);
    }

    if (current && m_view->hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(3, 3, -3, -3);
        option.backgroundColor = pal.color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

ExemplarCardView::ExemplarCardView(QWidget *parent)
    : QWidget(parent)
    , m_outer(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("exemplarCardView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Tenprint card"));
    m_outer->setContentsMargins(0, 0, 0, 0);
    rebuild();
}

ExemplarCardView::~ExemplarCardView() = default;

void ExemplarCardView::setImpressions(const QList<ExemplarImpressionRecord> &impressions)
{
    m_impressions = impressions;
    QHash<ImpressionId, QImage> kept;
    bool currentListed = false;
    for (const ExemplarImpressionRecord &record : m_impressions) {
        if (auto it = m_thumbnails.constFind(record.id); it != m_thumbnails.cend())
            kept.insert(record.id, *it);
        currentListed = currentListed || record.id == m_current;
    }
    m_thumbnails = kept;
    rebuild();
    if (!currentListed && !m_current.isNull()) {
        m_current = {};
        setAccessibleDescription({});
        Q_EMIT currentImpressionChanged(m_current);
    }
}

void ExemplarCardView::setThumbnail(const ImpressionId &id, const QImage &image)
{
    ExemplarCardCell *cell = cellOf(id);
    if (!cell)
        return;
    m_thumbnails.insert(id, image);
    cell->setThumbnail(image);
}

void ExemplarCardView::setCurrentImpression(const ImpressionId &id)
{
    ExemplarCardCell *next = cellOf(id);
    const ImpressionId chosen = next ? id : ImpressionId();
    if (chosen == m_current)
        return;
    ExemplarCardCell *previous = cellOf(m_current);
    m_current = chosen;
    if (previous)
        previous->update();
    if (next)
        next->update();
    setAccessibleDescription(next ? next->accessibleName() : QString());
    Q_EMIT currentImpressionChanged(m_current);
}

void ExemplarCardView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(0, -1);
        return;
    case Qt::Key_Right:
        moveCurrent(0, 1);
        return;
    case Qt::Key_Up:
        moveCurrent(-1, 0);
        return;
    case Qt::Key_Down:
        moveCurrent(1, 0);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.isNull()) {
            Q_EMIT impressionActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event); // Return with nothing chosen reaches the dialog's default button
}

void ExemplarCardView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (ExemplarCardCell *cell = cellOf(m_current))
        cell->update();
}

void ExemplarCardView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    if (ExemplarCardCell *cell = cellOf(m_current))
        cell->update();
}

void ExemplarCardView::rebuild()
{
    m_rows.clear();
    m_named.clear();
    delete m_content;
    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_outer->addWidget(m_content);

    // The card's fixed boxes take the first impression of their position; the rest go to "Other".
    QHash<int, int> first;
    QList<Slot> other;
    for (int i = 0; i < m_impressions.size(); ++i) {
        const int position = m_impressions.at(i).fingerPosition;
        if (isCardPosition(position) && !first.contains(position))
            first.insert(position, i);
        else
            other.append({position, i});
    }
    auto slotsOf = [&first](int from, int to) {
        QList<Slot> row;
        for (int position = from; position <= to; ++position)
            row.append({position, first.value(position, -1)});
        return row;
    };
    addRow(tr("Right hand"), slotsOf(1, 5));
    addRow(tr("Left hand"), slotsOf(6, 10));
    addRow(tr("Plain impressions"), slotsOf(11, 14));
    for (int start = 0; start < other.size(); start += kOtherPerRow)
        addRow(start == 0 ? tr("Other") : QString(), other.mid(start, kOtherPerRow));
    layout->addStretch(1);
}

void ExemplarCardView::addRow(const QString &title, const QList<Slot> &slots)
{
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    if (!title.isEmpty()) {
        auto *heading = new QLabel(title, m_content);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        layout->addWidget(heading);
    }
    auto *rowLayout = new QHBoxLayout;
    rowLayout->setSpacing(6);
    QList<ExemplarCardCell *> row;
    for (const Slot &slot : slots) {
        ExemplarCardCell *cell = makeCell(slot);
        rowLayout->addWidget(cell);
        row.append(cell);
    }
    rowLayout->addStretch(1);
    layout->addLayout(rowLayout);
    m_rows.append(row);
}

ExemplarCardCell *ExemplarCardView::makeCell(const Slot &slot)
{
    const ExemplarImpressionRecord *record = slot.recordIndex >= 0 ? &m_impressions.at(slot.recordIndex) : nullptr;
    const QString caption =
        slot.position <= 14 ? fingerPositionDisplayName(slot.position) : tr("Position %1").arg(slot.position);
    const QString mode = record ? (record->rolled ? tr("rolled") : tr("plain")) : QString();
    auto *cell = new ExemplarCardCell(this, record, caption, mode);
    cell->setParent(m_content);
    // A second impression of a position (in "Other") is told from the first by its name.
    const int earlier = m_named[slot.position]++;
    cell->setObjectName(earlier == 0 ? QStringLiteral("exemplarCell_%1").arg(slot.position)
                                     : QStringLiteral("exemplarCell_%1_%2").arg(slot.position).arg(earlier));
    cell->setAccessibleName(cellAccessibleName(slot.position, record));
    if (record) {
        cell->setToolTip(cellToolTip(*record));
        cell->setThumbnail(m_thumbnails.value(record->id));
    } else {
        cell->setToolTip(tr("%1: no impression on file").arg(caption));
    }
    return cell;
}

QString ExemplarCardView::cellToolTip(const ExemplarImpressionRecord &r) const
{
    const QString finger = isCardPosition(r.fingerPosition) ? fingerPositionDisplayName(r.fingerPosition)
                                                            : tr("Position %1").arg(r.fingerPosition);
    return tr("%1, %2\n%3 ppi\nExhibit %4\n%5 × %6 pixels")
        .arg(finger, r.rolled ? tr("rolled") : tr("plain"))
        .arg(r.ppi, 0, 'f', 0)
        .arg(r.exhibitReference)
        .arg(r.size.width())
        .arg(r.size.height());
}

QString ExemplarCardView::cellAccessibleName(int position, const ExemplarImpressionRecord *record) const
{
    const QString finger = position <= 14 ? fingerPositionDisplayName(position) : tr("Position %1").arg(position);
    if (!record)
        return tr("%1, no impression").arg(finger);
    return tr("%1, %2, exhibit %3").arg(finger, record->rolled ? tr("rolled") : tr("plain"), record->exhibitReference);
}

void ExemplarCardView::cellPressed(ExemplarCardCell *cell)
{
    setFocus(Qt::MouseFocusReason);
    if (cell->isFilled())
        setCurrentImpression(cell->id());
}

void ExemplarCardView::cellDoubleClicked(ExemplarCardCell *cell)
{
    if (!cell->isFilled())
        return;
    setCurrentImpression(cell->id());
    Q_EMIT impressionActivated(cell->id());
}

void ExemplarCardView::moveCurrent(int rowStep, int columnStep)
{
    int row = -1;
    int column = -1;
    for (int r = 0; r < m_rows.size() && row < 0; ++r) {
        for (int c = 0; c < m_rows.at(r).size(); ++c) {
            if (m_rows.at(r).at(c)->isFilled() && m_rows.at(r).at(c)->id() == m_current) {
                row = r;
                column = c;
                break;
            }
        }
    }
    if (row < 0) { // nothing chosen yet: any arrow chooses the first filled cell
        for (const QList<ExemplarCardCell *> &cells : std::as_const(m_rows)) {
            for (ExemplarCardCell *cell : cells) {
                if (cell->isFilled()) {
                    setCurrentImpression(cell->id());
                    return;
                }
            }
        }
        return;
    }
    if (columnStep != 0) {
        const QList<ExemplarCardCell *> &cells = m_rows.at(row);
        for (int c = column + columnStep; c >= 0 && c < cells.size(); c += columnStep) {
            if (cells.at(c)->isFilled()) {
                setCurrentImpression(cells.at(c)->id());
                return;
            }
        }
        return;
    }
    for (int r = row + rowStep; r >= 0 && r < m_rows.size(); r += rowStep) {
        ExemplarCardCell *nearest = nullptr;
        int distance = 0;
        for (int c = 0; c < m_rows.at(r).size(); ++c) {
            ExemplarCardCell *cell = m_rows.at(r).at(c);
            if (cell->isFilled() && (!nearest || std::abs(c - column) < distance)) {
                nearest = cell;
                distance = std::abs(c - column);
            }
        }
        if (nearest) {
            setCurrentImpression(nearest->id());
            return;
        }
    }
}

ExemplarCardCell *ExemplarCardView::cellOf(const ImpressionId &id) const
{
    if (id.isNull())
        return nullptr;
    for (const QList<ExemplarCardCell *> &cells : m_rows) {
        for (ExemplarCardCell *cell : cells) {
            if (cell->isFilled() && cell->id() == id)
                return cell;
        }
    }
    return nullptr;
}

} // namespace ridgeline
