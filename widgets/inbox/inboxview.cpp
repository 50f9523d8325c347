#include "widgets/inbox/inboxview.h"

#include "app/presentation/inbox/inboxfilterproxymodel.h"
#include "app/presentation/inbox/inboxmodel.h"
#include "app/presentation/inbox/inboxstatusicon.h"
#include "widgets/inbox/inboxdetailpane.h"
#include "widgets/inbox/inboxprogressdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ridgeline {

namespace {
constexpr int kTickMs = 30'000;
} // namespace

InboxView::InboxView(InboxModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new InboxFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new InboxDetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxView"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("inboxStatusFilter"));
    m_filter->setToolTip(tr("Show only transmissions with this status"));
    m_filter->addItem(tr("All statuses"), -1);
    for (InboxState state : {InboxState::Importing, InboxState::Queued, InboxState::Received, InboxState::Verified,
                             InboxState::Imported, InboxState::Quarantined})
        m_filter->addItem(QIcon(QPixmap::fromImage(inboxStateIcon(state, 32))), inboxStateDisplayName(state),
                          int(state));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_filter->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt : std::optional<InboxState>(InboxState(state)));
    });
    m_count->setObjectName(QStringLiteral("inboxCountLabel"));
    m_count->setProperty("role", QStringLiteral("fieldName"));

    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new InboxProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(InboxModel::Column::Received), Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setIconSize(QSize(16, 16));
    const QList<int> widths = {140, 235, 145, 130, 120, 120, 105};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));

    m_openCase = new QAction(tr("Open case"), this);
    m_openCase->setObjectName(QStringLiteral("inboxOpenCaseAction"));
    m_openCase->setToolTip(tr("Open the case this transmission was filed into"));
    m_showQuarantine = new QAction(tr("Show quarantine folder"), this);
    m_showQuarantine->setObjectName(QStringLiteral("inboxShowQuarantineAction"));
    m_showQuarantine->setToolTip(tr("Show the folder holding the quarantined package and its reason file"));
    connect(m_openCase, &QAction::triggered, this, &InboxView::requestOpenCase);
    connect(m_showQuarantine, &QAction::triggered, this, &InboxView::requestShowQuarantine);
    connect(m_details, &InboxDetailPane::openCaseClicked, this, &InboxView::requestOpenCase);
    connect(m_details, &InboxDetailPane::showQuarantineClicked, this, &InboxView::requestShowQuarantine);
    connect(m_table, &QTableView::customContextMenuRequested, this, &InboxView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_openCase->isEnabled())
            requestOpenCase();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::onCurrentChanged);

    // A new list of transmissions resets the model; keep the reader's selection across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_beforeReset = currentTransmission(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_beforeReset.isNull())
            selectTransmission(m_beforeReset);
        onCurrentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { onCurrentChanged(); });

    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, m_model, &InboxModel::tick);
    m_tick->start();

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Status:"), this);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_splitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({1040, 340});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    updateCount();
    updateActions();
}

int InboxView::currentSourceRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

TransmissionId InboxView::currentTransmission() const
{
    const Transmission *transmission = m_model->transmissionAt(currentSourceRow());
    return transmission ? transmission->id : TransmissionId();
}

bool InboxView::selectTransmission(const TransmissionId &id)
{
    const int row = m_model->rowOfTransmission(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QByteArray InboxView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void InboxView::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void InboxView::onCurrentChanged()
{
    const int row = currentSourceRow();
    m_details->showRow(m_model, row);
    updateActions();
    const TransmissionId id = currentTransmission();
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentTransmissionChanged(id);
}

void InboxView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // Worded without a plural so that it reads right before any translation is loaded.
    const QLocale locale;
    m_count->setText(shown == total
                         ? tr("Transmissions: %1").arg(locale.toString(total))
                         : tr("Showing %1 of %2 transmissions").arg(locale.toString(shown), locale.toString(total)));
}

void InboxView::updateActions()
{
    const Transmission *transmission = m_model->transmissionAt(currentSourceRow());
    m_openCase->setEnabled(transmission && transmission->status == TransmissionStatus::Imported &&
                           !transmission->caseReference.isEmpty());
    m_showQuarantine->setEnabled(transmission && transmission->status == TransmissionStatus::Quarantined);
}

void InboxView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_openCase);
    menu.addAction(m_showQuarantine);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void InboxView::requestOpenCase()
{
    updateActions();
    const Transmission *transmission = m_model->transmissionAt(currentSourceRow());
    if (transmission && m_openCase->isEnabled())
        Q_EMIT openCaseRequested(transmission->id, transmission->caseReference);
}

void InboxView::requestShowQuarantine()
{
    updateActions();
    const Transmission *transmission = m_model->transmissionAt(currentSourceRow());
    if (transmission && m_showQuarantine->isEnabled())
        Q_EMIT showQuarantineFolderRequested(transmission->id);
}

} // namespace ridgeline
