#include "widgets/markviewer/featurelistpanel.h"

#include "app/presentation/viewer/markupfeaturemodel.h"
#include "app/presentation/viewer/markuptool.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ridgeline {

FeatureListPanel::FeatureListPanel(MarkupFeatureModel *model, MarkupTool *tool, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tool(tool)
    , m_type(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove Feature"), this))
{
    setObjectName(QStringLiteral("featureListPanel"));
    m_type->setObjectName(QStringLiteral("markupTypeBox"));
    m_type->setToolTip(tr("What a click on the image marks while the markup tool (K) is active; "
                          "on the image, Shift and the letter choose it"));
    for (FeatureType type : kFeatureTypes)
        m_type->addItem(
            tr("%1 (%2)").arg(featureTypeDisplayName(type), typeShortcut(type).toString(QKeySequence::NativeText)),
            QVariant::fromValue(type));
    m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(tool->featureType())));
    connect(m_type, &QComboBox::activated, this,
            [this] { m_tool->setFeatureType(m_type->currentData().value<FeatureType>()); });
    connect(m_tool, &MarkupTool::featureTypeChanged, this,
            [this](FeatureType type) { m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(type))); });

    m_table->setObjectName(QStringLiteral("featureTable"));
    // A single-selection view selects a neighbour of a removed current row; the tool's selection
    // decides instead. Connected before setModel() so it runs before the view's own handler.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removing = true; });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_removing = false;
        selectRowOf(m_tool->selected());
    });
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Marked features"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeatureListPanel::rowSelected);
    connect(m_tool, &MarkupTool::selectionChanged, this, &FeatureListPanel::selectRowOf);
    // Rows come and go with undo and redo: keep the tool's selection on its row.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { selectRowOf(m_tool->selected()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { selectRowOf(m_tool->selected()); });

    m_remove->setObjectName(QStringLiteral("removeFeature"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, m_tool, &MarkupTool::removeSelected);
    auto *remove = new QAction(tr("Remove Feature"), m_table);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, m_tool, &MarkupTool::removeSelected);
    m_table->addAction(remove);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mark:"), m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
}

QKeySequence FeatureListPanel::typeShortcut(FeatureType type)
{
    return QKeySequence(Qt::SHIFT | Qt::Key(featureTypeInfo(type).shortcut));
}

void FeatureListPanel::selectRowOf(const FeatureId &id)
{
    m_remove->setEnabled(!id.isNull());
    const int row = m_model->rowOf(id);
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->selectedRows().value(0);
    if (row < 0) {
        if (current.isValid())
            selection->clearSelection();
        return;
    }
    if (current.row() == row)
        return;
    selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

void FeatureListPanel::rowSelected()
{
    if (m_removing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_tool->select(rows.isEmpty() ? FeatureId() : m_model->featureId(rows.first().row()));
}

} // namespace ridgeline
