#include "app/gui/worklistview.h"

#include "app/presentation/casework/worklistcontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ridgeline {

WorklistView::WorklistView(WorklistController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_refresh(new QToolButton)
{
    setObjectName(QStringLiteral("worklistView"));
    WorklistModel *model = controller->model();
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(WorklistModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The model's order (longest in its stage first) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setToolTip(tr("Double-click a mark or press Enter to open its casework"));

    auto *title = new QLabel(tr("My worklist"));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    m_summary->setText(tr("Reading your worklist…"));
    m_refresh->setObjectName(QStringLiteral("worklistRefresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(WorklistModel::MarkIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT markActivated(MarkId::fromString(id));
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &WorklistView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &WorklistView::restoreSelection);
    connect(controller, &WorklistController::loaded, this, [this](int count) {
        m_summary->setText(
            count == 0
                ? tr("Nothing waits for you: no mark is assigned to you, waiting for your "
                     "verification or waiting to be taken.")
                : tr("Waiting for you: %1. The mark longest in its stage comes first.").arg(QLocale().toString(count)));
        m_table->resizeColumnsToContents();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(controller, &WorklistController::failed, m_summary, &QLabel::setText);
}

std::optional<MarkId> WorklistView::currentMark() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return MarkId::fromString(current.siblingAtColumn(0).data(WorklistModel::MarkIdRole).toString());
}

void WorklistView::setRefreshAction(QAction *action)
{
    // The window's refresh (View menu, F5) reads the case list and this list again; the button
    // names what the user sees here.
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(action->icon());
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    m_refresh->setToolTip(keys.isEmpty() ? tr("Read your worklist again")
                                         : tr("Read your worklist again (%1)").arg(keys));
    m_refresh->setStatusTip(tr("Read your worklist and the case list from the workspace again"));
    connect(m_refresh, &QToolButton::clicked, action, &QAction::trigger);
    m_refresh->show();
}

void WorklistView::rememberSelection()
{
    m_selected = currentMark();
}

void WorklistView::restoreSelection()
{
    const int row = m_selected ? m_controller->model()->rowOfMark(*m_selected) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace ridgeline
