#include "widgets/comparison/comparisonview.h"

#include "app/core/markupcomparisondocument.h"
#include "app/core/markupdocument.h"
#include "app/presentation/viewer/correspondencetool.h"
#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markuptool.h"
#include "app/presentation/viewer/viewsynchronizer.h"
#include "widgets/markviewer/markcanvas.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSplitter>
#include <QStackedWidget>

namespace ridgeline {

namespace {

const QColor kPairColour(20, 90, 200);
const QColor kSelectedColour(255, 200, 0);
const QColor kPendingColour(230, 0, 200);
const QColor kToolColour(255, 140, 0);
const QColor kNonCorrespondenceColour(220, 30, 30);
const QColor kUnclearColour(120, 120, 120);

void drawLabel(QPainter &painter, QPointF at, const QString &text, const QColor &fill, const QColor &textColour)
{
    const QFontMetrics metrics(painter.font());
    QRectF box(at + QPointF(9, -9 - metrics.height()),
               QSizeF(metrics.horizontalAdvance(text) + 8, metrics.height() + 2));
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(textColour);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

// Drawn over one canvas (a transparent child, so it paints after the canvas and its markup).
class ComparisonView::Decorations : public QWidget
{
public:
    Decorations(ComparisonView *view, ComparisonSide side, MarkCanvas *canvas)
        : QWidget(canvas)
        , m_view(view)
        , m_side(side)
        , m_canvas(canvas)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        CorrespondenceTool *tool = m_view->tool();
        if (!tool || !m_canvas->document()->isViewable())
            return;
        const MarkupComparisonDocument *comparison = tool->comparison();
        const MarkupDocument *markup = tool->markupTool(m_side)->document();
        const ViewTransform &view = m_canvas->view();
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setClipRect(event->rect());
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const QRectF band = QRectF(rect()).adjusted(-40, -40, 40, 40);

        for (const ComparisonAnnotation &a : comparison->annotations()) {
            if (a.side != m_side)
                continue;
            const bool unclear = a.kind == ComparisonAnnotationKind::Unclear;
            const QColor colour = unclear ? kUnclearColour : kNonCorrespondenceColour;
            QPolygonF polygon;
            for (const QPointF &p : a.points)
                polygon << view.imageToView(p);
            painter.setPen(QPen(colour, 2, unclear ? Qt::DashLine : Qt::SolidLine));
            if (polygon.size() >= 3) {
                painter.setBrush(QBrush(colour, unclear ? Qt::BDiagPattern : Qt::DiagCrossPattern));
                painter.drawPolygon(polygon);
            } else if (!polygon.isEmpty()) {
                const QPointF c = polygon.first();
                painter.drawLine(c + QPointF(-7, -7), c + QPointF(7, 7));
                painter.drawLine(c + QPointF(-7, 7), c + QPointF(7, -7));
            }
            if (!polygon.isEmpty())
                drawLabel(painter, polygon.boundingRect().center(), unclear ? QStringLiteral("?") : QStringLiteral("≠"),
                          colour, Qt::white);
        }
        if (!tool->draftPoints().isEmpty() && tool->draftSide() == m_side) {
            QPolygonF draft;
            for (const QPointF &p : tool->draftPoints())
                draft << view.imageToView(p);
            painter.setPen(QPen(kPendingColour, 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(draft);
            for (const QPointF &p : std::as_const(draft))
                painter.drawEllipse(p, 3, 3);
        }
        if (m_view->showsToolPairs()) {
            painter.setBrush(Qt::NoBrush);
            int n = 0;
            for (const ToolPair &pair : m_view->toolPairs()) {
                ++n;
                const QPointF at = view.imageToView(m_side == ComparisonSide::Left ? pair.mark : pair.exemplar);
                if (!band.contains(at))
                    continue;
                painter.setPen(QPen(kToolColour, 1.5, Qt::DashLine));
                painter.drawPolygon(
                    QPolygonF{at + QPointF(0, -8), at + QPointF(8, 0), at + QPointF(0, 8), at + QPointF(-8, 0)});
                drawLabel(painter, at + QPointF(0, 18), QStringLiteral("T%1").arg(n), kToolColour, Qt::black);
            }
        }
        for (const Correspondence &pair : comparison->pairs()) {
            const MarkupFeature *f = markup->markup().feature(m_side == ComparisonSide::Left ? pair.left : pair.right);
            if (!f)
                continue;
            const QPointF at = view.imageToView(f->position);
            if (!band.contains(at))
                continue;
            const bool selected = pair.number == tool->selectedPair();
            if (selected) {
                painter.setPen(QPen(kSelectedColour, 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(at, 13, 13);
            }
            drawLabel(painter, at, QString::number(pair.number), selected ? kSelectedColour : kPairColour,
                      selected ? Qt::black : Qt::white);
        }
        const FeatureId pending = tool->pending(m_side);
        if (!pending.isNull())
            if (const MarkupFeature *f = markup->markup().feature(pending)) {
                painter.setPen(QPen(kPendingColour, 2.5, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(view.imageToView(f->position), 14, 14);
            }
    }

private:
    ComparisonView *m_view;
    ComparisonSide m_side;
    MarkCanvas *m_canvas;
};

// The connecting lines, drawn over both panes.
class ComparisonView::Lines : public QWidget
{
public:
    explicit Lines(ComparisonView *view)
        : QWidget(view)
        , m_view(view)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        CorrespondenceTool *tool = m_view->tool();
        if (!tool || m_view->showsOverlay())
            return;
        const MarkCanvas *left = m_view->canvas(ComparisonSide::Left);
        const MarkCanvas *right = m_view->canvas(ComparisonSide::Right);
        if (!left->document()->isViewable() || !right->document()->isViewable())
            return;
        const QRectF leftRect(left->mapTo(m_view, QPoint(0, 0)), left->size());
        const QRectF rightRect(right->mapTo(m_view, QPoint(0, 0)), right->size());
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const MarkupDocument *leftMarkup = tool->markupTool(ComparisonSide::Left)->document();
        const MarkupDocument *rightMarkup = tool->markupTool(ComparisonSide::Right)->document();
        if (m_view->showsLines()) {
            for (const Correspondence &pair : tool->comparison()->pairs()) {
                const MarkupFeature *a = leftMarkup->markup().feature(pair.left);
                const MarkupFeature *b = rightMarkup->markup().feature(pair.right);
                if (!a || !b)
                    continue;
                const QPointF from = m_view->toView(ComparisonSide::Left, a->position);
                const QPointF to = m_view->toView(ComparisonSide::Right, b->position);
                if (!leftRect.contains(from) || !rightRect.contains(to))
                    continue;
                const bool selected = pair.number == tool->selectedPair();
                painter.setPen(QPen(selected ? kSelectedColour : QColor(40, 120, 255, 170), selected ? 2.5 : 1.2));
                painter.drawLine(from, to);
            }
        }
        if (m_view->showsToolPairs() && m_view->showsLines()) {
            painter.setPen(QPen(QColor(255, 140, 0, 150), 1, Qt::DashLine));
            for (const ToolPair &pair : m_view->toolPairs()) {
                const QPointF from = m_view->toView(ComparisonSide::Left, pair.mark);
                const QPointF to = m_view->toView(ComparisonSide::Right, pair.exemplar);
                if (leftRect.contains(from) && rightRect.contains(to))
                    painter.drawLine(from, to);
            }
        }
    }

private:
    ComparisonView *m_view;
};

ComparisonView::ComparisonView(MarkDocument *mark, MarkDocument *exemplar, CorrespondenceTool *tool,
                               qint64 cacheBudgetBytes, QWidget *parent)
    : QWidget(parent)
    , m_tool(tool)
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_left = new MarkCanvas(mark, cacheBudgetBytes / 2, m_splitter);
    m_left->setAccessibleName(tr("Mark"));
    m_rightStack = new QStackedWidget(m_splitter);
    m_right = new MarkCanvas(exemplar, cacheBudgetBytes / 2, m_rightStack);
    m_right->setAccessibleName(tr("Exemplar"));
    m_overlay = new OverlayCanvas(m_right, m_rightStack);
    m_rightStack->addWidget(m_right);
    m_rightStack->addWidget(m_overlay);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_rightStack);
    m_splitter->setSizes({1, 1});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_left->setMarkupTool(tool->markupTool(ComparisonSide::Left));
    m_right->setMarkupTool(tool->markupTool(ComparisonSide::Right));
    m_leftDecorations = new Decorations(this, ComparisonSide::Left, m_left);
    m_rightDecorations = new Decorations(this, ComparisonSide::Right, m_right);
    m_linesWidget = new Lines(this);
    m_linesWidget->raise();

    for (MarkCanvas *canvas : {m_left, m_right}) {
        canvas->installEventFilter(this);
        connect(canvas, &MarkCanvas::viewChanged, this, [this, canvas] {
            follow(canvas);
            m_linesWidget->update();
        });
    }
    m_overlay->installEventFilter(this);
    connect(tool, &CorrespondenceTool::changed, this, &ComparisonView::decorate);
    connect(tool, &CorrespondenceTool::failed, this, &ComparisonView::statusMessage);
    MarkupComparisonDocument *c = tool->comparison();
    connect(c, &MarkupComparisonDocument::pairsChanged, this, &ComparisonView::decorate);
    connect(c, &MarkupComparisonDocument::annotationsChanged, this, &ComparisonView::decorate);
    connect(c, &MarkupComparisonDocument::comparisonReset, this, [this] {
        alignmentChanged();
        decorate();
    });
    connect(c, &MarkupComparisonDocument::alignmentChanged, this, &ComparisonView::alignmentChanged);
    for (ComparisonSide side : {ComparisonSide::Left, ComparisonSide::Right}) {
        MarkupDocument *markup = tool->markupTool(side)->document();
        connect(markup, &MarkupDocument::featureChanged, this, &ComparisonView::decorate);
        connect(markup, &MarkupDocument::featureRemoved, this, &ComparisonView::decorate);
        connect(markup, &MarkupDocument::featureAdded, this, &ComparisonView::decorate);
    }
    const auto prepareOverlay = [this] {
        if (m_left->document()->isLoaded() && m_right->document()->isLoaded() && !m_overlay->isReady())
            m_overlay->prepare(m_left->document()->image(), m_right->document()->image());
    };
    connect(mark, &MarkDocument::loaded, this, prepareOverlay);
    connect(exemplar, &MarkDocument::loaded, this, prepareOverlay);
    prepareOverlay();
    alignmentChanged();
}

ComparisonView::~ComparisonView() = default;

CorrespondenceTool *ComparisonView::tool() const
{
    return m_tool.data();
}

MarkupComparisonDocument *ComparisonView::comparison() const
{
    return m_tool ? m_tool->comparison() : nullptr;
}

void ComparisonView::setInteraction(Interaction interaction)
{
    m_interaction = interaction;
    m_pressed = false;
    for (MarkCanvas *canvas : {m_left, m_right})
        canvas->setMarkupMode(interaction == Interaction::Markup);
    setCursor(interaction == Interaction::Correspond ? Qt::CrossCursor : Qt::ArrowCursor);
    for (MarkCanvas *canvas : {m_left, m_right})
        canvas->setCursor(interaction == Interaction::Correspond ? Qt::CrossCursor : Qt::ArrowCursor);
    decorate();
}

void ComparisonView::setLinked(bool linked)
{
    m_linked = linked;
    if (linked)
        follow(m_active == ComparisonSide::Left ? m_left : m_right);
}

void ComparisonView::setShowLines(bool show)
{
    m_lines = show;
    m_linesWidget->update();
}

void ComparisonView::setShowToolPairs(bool show)
{
    m_showToolPairs = show;
    decorate();
}

void ComparisonView::setToolPairs(const QList<ToolPair> &pairs)
{
    m_toolPairs = pairs;
    decorate();
}

bool ComparisonView::showsOverlay() const
{
    return m_rightStack->currentWidget() == m_overlay;
}

void ComparisonView::setShowOverlay(bool show)
{
    m_rightStack->setCurrentWidget(show ? static_cast<QWidget *>(m_overlay) : m_right);
    if (show)
        m_overlay->setFocus(Qt::OtherFocusReason);
    m_linesWidget->update();
}

QPointF ComparisonView::toView(ComparisonSide side, QPointF imagePoint) const
{
    const MarkCanvas *canvas = side == ComparisonSide::Left ? m_left : m_right;
    const QWidget *shown =
        side == ComparisonSide::Right && showsOverlay() ? static_cast<const QWidget *>(m_overlay) : canvas;
    return canvas->view().imageToView(imagePoint) + QPointF(shown->mapTo(this, QPoint(0, 0)));
}

void ComparisonView::centreOnPair(int number)
{
    const MarkupComparisonDocument *c = comparison();
    const std::optional<Correspondence> pair = c ? c->pair(number) : std::nullopt;
    if (!pair)
        return;
    const bool wasLinked = m_linked;
    m_linked = false; // centre each on its own feature, not one through the other
    for (ComparisonSide side : {ComparisonSide::Left, ComparisonSide::Right}) {
        const MarkupFeature *f = m_tool->markupTool(side)->document()->markup().feature(
            side == ComparisonSide::Left ? pair->left : pair->right);
        if (!f)
            continue;
        MarkCanvas *canvas = side == ComparisonSide::Left ? m_left : m_right;
        ViewTransform view = canvas->view();
        view.centerOn(f->position);
        canvas->setView(view);
    }
    m_linked = wasLinked;
}

void ComparisonView::follow(MarkCanvas *leader)
{
    if (!m_linked || m_following)
        return;
    MarkCanvas *follower = leader == m_left ? m_right : m_left;
    if (!leader->document()->isViewable() || !follower->document()->isViewable())
        return;
    m_following = true;
    const MarkupComparisonDocument *c = comparison();
    if (c && c->alignment()) {
        const QTransform markToExemplar = c->alignment()->transform();
        follower->setView(viewsync::followMapped(leader->view(), follower->view(),
                                                 leader == m_left ? markToExemplar : markToExemplar.inverted()));
    } else {
        follower->setView(
            viewsync::follow(leader->view(), leader->document()->ppi(), follower->view(), follower->document()->ppi()));
    }
    m_following = false;
}

void ComparisonView::alignmentChanged()
{
    const MarkupComparisonDocument *c = comparison();
    m_overlay->setAlignment(c && c->alignment() ? std::optional<QTransform>(c->alignment()->transform())
                                                : std::nullopt);
    if (m_linked)
        follow(m_active == ComparisonSide::Left ? m_left : m_right);
}

void ComparisonView::setActive(ComparisonSide side)
{
    if (side == m_active)
        return;
    m_active = side;
    Q_EMIT activeSideChanged(side);
}

void ComparisonView::decorate()
{
    m_leftDecorations->update();
    m_rightDecorations->update();
    m_linesWidget->update();
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_linesWidget->setGeometry(rect());
    m_linesWidget->raise();
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    const ComparisonSide side = watched == m_left ? ComparisonSide::Left : ComparisonSide::Right;
    if (watched == m_overlay) {
        if (event->type() == QEvent::FocusIn)
            setActive(ComparisonSide::Right);
        return false;
    }
    if (watched != m_left && watched != m_right)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        (side == ComparisonSide::Left ? m_leftDecorations : m_rightDecorations)
            ->setGeometry(static_cast<QWidget *>(watched)->rect());
        m_linesWidget->update();
        break;
    case QEvent::FocusIn:
    case QEvent::MouseButtonPress:
        setActive(side);
        break;
    default:
        break;
    }
    if (m_interaction == Interaction::Correspond && correspondEvent(side, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool ComparisonView::correspondEvent(ComparisonSide side, QEvent *event)
{
    MarkCanvas *canvas = side == ComparisonSide::Left ? m_left : m_right;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        canvas->setFocus(Qt::MouseFocusReason);
        m_pressAt = mouse->position();
        m_pressed = true;
        return true;
    }
    case QEvent::MouseMove:
        return m_pressed && (static_cast<QMouseEvent *>(event)->buttons() & Qt::LeftButton);
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !m_pressed)
            return false;
        m_pressed = false;
        if (QLineF(m_pressAt, mouse->position()).length() <= MarkupTool::kDragThreshold &&
            canvas->document()->isViewable())
            m_tool->click(side, canvas->view().viewToImage(mouse->position()));
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_tool->finish();
        return true;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_tool->finish();
            return true;
        case Qt::Key_Escape:
            m_tool->cancel();
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            m_tool->removeSelected();
            return true;
        default:
            return false;
        }
    }
    default:
        return false;
    }
}

} // namespace ridgeline
