#include "widgets/casebrowser.h"

#include "app/presentation/casefilterproxymodel.h"
#include "app/presentation/caselistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ridgeline {

namespace {

// Draws a colour decoration (the status colour) as a small round dot instead of a square.
class DotDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant decoration = index.data(Qt::DecorationRole);
        if (decoration.typeId() != QMetaType::QColor)
            return;
        const QColor colour = decoration.value<QColor>();
        QIcon &icon = m_dots[colour.rgba()];
        if (icon.isNull()) {
            QPixmap pixmap(QSize(12, 12) * 2);
            pixmap.setDevicePixelRatio(2);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(QRectF(2, 2, 8, 8));
            icon = QIcon(pixmap);
        }
        option->icon = icon;
        option->decorationSize = QSize(12, 12);
    }

private:
    mutable QHash<QRgb, QIcon> m_dots;
};

} // namespace

CaseBrowser::CaseBrowser(CaseFilterProxyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("caseBrowser"));

    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search reference, force, offence, officer…"));
    m_search->setToolTip(tr("Show only cases whose reference, force, offence, officer or status contain every "
                            "word typed here"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    m_status->setObjectName(QStringLiteral("caseStatusFilter"));
    m_status->setToolTip(tr("Show only cases with this status"));
    m_status->addItem(tr("All statuses"), -1);
    for (CaseStatus status : {CaseStatus::Open, CaseStatus::UnderExamination, CaseStatus::AwaitingReview,
                              CaseStatus::SignedOff, CaseStatus::Closed})
        m_status->addItem(caseStatusDisplayName(status), int(status));

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(CaseListModel::Column::Updated), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Cases"));
    m_table->setItemDelegateForColumn(int(CaseListModel::Column::Status), new DotDelegate(m_table));

    m_count->setObjectName(QStringLiteral("caseCountLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, model, &CaseFilterProxyModel::setFilterText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_status->itemData(index).toInt();
        m_model->setStatusFilter(value < 0 ? std::nullopt : std::optional<CaseStatus>(CaseStatus(value)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { Q_EMIT currentCaseChanged(currentCase()); });
    // A reset (a refreshed list) drops the selection without a signal: select the same case again.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() { m_beforeReset = currentCase(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        updateCount();
        fitColumnsOnce();
        if (!m_beforeReset.isNull() && !selectCase(m_beforeReset))
            Q_EMIT currentCaseChanged({});
        m_beforeReset = {};
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &CaseBrowser::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CaseBrowser::updateCount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CaseBrowser::updateCount);
    connect(model, &CaseFilterProxyModel::filterChanged, this, &CaseBrowser::updateCount);
    updateCount();
}

CaseId CaseBrowser::currentCase() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return CaseId::fromString(rows.constFirst().data(CaseListModel::CaseIdRole).toString());
}

void CaseBrowser::fitColumnsOnce()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_table->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int columns = m_model->columnCount();
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + em / 2, 18 * em));
        total += m_table->columnWidth(column);
    }
    // Too wide for the view: take the excess from the free-text columns rather than scroll.
    const int excess = total - m_table->viewport()->width();
    if (excess > 0) {
        const int offence = int(CaseListModel::Column::Offence);
        const int officer = int(CaseListModel::Column::Officer);
        const int force = int(CaseListModel::Column::Force);
        for (int column : {offence, officer, force})
            m_table->setColumnWidth(column, std::max(6 * em, m_table->columnWidth(column) - (excess + 2) / 3));
    }
}

bool CaseBrowser::selectCase(const CaseId &id)
{
    const QString wanted = id.toString();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(CaseListModel::CaseIdRole).toString() == wanted) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void CaseBrowser::selectFirstIfNone()
{
    if (!currentCase().isNull() || m_model->rowCount() == 0)
        return;
    m_table->selectRow(0);
}

QByteArray CaseBrowser::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void CaseBrowser::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_columnsFitted = true;
}

void CaseBrowser::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->sourceModel() ? m_model->sourceModel()->rowCount() : 0;
    // The status bar gives the total; this line only speaks up while a filter hides cases.
    m_count->setVisible(shown != total);
    m_count->setText(tr("%1 of %n case(s) shown", nullptr, total).arg(shown));
}

} // namespace ridgeline
