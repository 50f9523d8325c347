#include "widgets/searchresultsview.h"

#include "app/presentation/workspacesearch.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

// Two lines per hit: "reference · kind" in bold, then the snippet as rich text.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        prepare(doc, option, index);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(6, 4));
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = option.state & QStyle::State_Selected;
        context.palette.setColor(QPalette::Text,
                                 option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        prepare(doc, option, index);
        return QSize(int(doc.idealWidth()) + 12, int(doc.size().height()) + 8);
    }

private:
    static void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        doc.setDefaultFont(option.font);
        doc.setTextWidth(qMax(200, option.rect.width() - 12));
        doc.setHtml(QStringLiteral("<div style='font-weight:600'>%1</div><div>%2</div>")
                        .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                             index.data(SearchHitModel::SnippetHtmlRole).toString()));
    }
};

} // namespace

SearchResultsView::SearchResultsView(SearchHitModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_field(new QLineEdit)
    , m_summary(new QLabel)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("searchResultsView"));
    m_field->setObjectName(QStringLiteral("workspaceSearchField"));
    m_field->setPlaceholderText(tr("Find in workspace: references, names, places, document text"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Press Enter to search the whole workspace"));
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setProperty("role", QStringLiteral("placeholder"));
    m_summary->setText(tr("Type words to look for and press Enter."));
    m_list->setObjectName(QStringLiteral("searchResultsList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new SearchHitDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Double-click or press Enter on a hit to open its case"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_field, &QLineEdit::returnPressed, this, [this]() { Q_EMIT searchRequested(m_field->text()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const CaseId id = CaseId::fromString(index.data(SearchHitModel::CaseIdRole).toString());
        if (!id.isNull())
            Q_EMIT caseActivated(id);
    });
}

void SearchResultsView::showSearching(const QString &text)
{
    m_summary->setText(tr("Searching for “%1”…").arg(text));
}

void SearchResultsView::showFinished(const QString &text, int hitCount)
{
    m_summary->setText(hitCount == 0 ? tr("Nothing found for “%1”.").arg(text)
                                     : tr("%n hit(s) for “%1”", nullptr, hitCount).arg(text));
    if (hitCount > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void SearchResultsView::showFailed(const QString &message)
{
    m_summary->setText(message);
}

} // namespace ridgeline
