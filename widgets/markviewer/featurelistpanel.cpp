#include "widgets/markviewer/featurelistpanel.h"

#include "app/core/markupdocument.h"
#include "app/presentation/viewer/markupfeaturemodel.h"
#include "app/presentation/viewer/markuptool.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ridgeline {

namespace {
void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

FeatureListPanel::FeatureListPanel(MarkupFeatureModel *model, MarkupFeatureModel *suggestions, MarkupTool *tool,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_suggestions(suggestions)
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
    setUpTable(m_table, model);
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

    createNonePresent();
    createSuggestions();

    auto *form = new QFormLayout;
    form->addRow(tr("&Mark:"), m_type);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_nonePresent);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_absent);
    layout->addWidget(m_suggestionBox, 1);
}

MarkupDocument *FeatureListPanel::document() const
{
    return m_model->document();
}

void FeatureListPanel::createNonePresent()
{
    m_nonePresent = new QToolButton(this);
    m_nonePresent->setObjectName(QStringLiteral("nonePresentButton"));
    m_nonePresent->setText(tr("N&one Present"));
    m_nonePresent->setToolTip(tr("Record that the image shows no feature of a type (for example no deltas); "
                                 "refused while such a feature is marked"));
    m_nonePresent->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_nonePresent);
    menu->setObjectName(QStringLiteral("nonePresentMenu"));
    for (FeatureType type : kFeatureTypes) {
        QAction *action = menu->addAction(featureTypeNonePresentText(type));
        action->setObjectName(QStringLiteral("nonePresent-%1").arg(featureTypeKey(type)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, type](bool on) { setNonePresent(type, on); });
        m_nonePresentActions.insert(type, action);
    }
    m_nonePresent->setMenu(menu);
    m_absent = new QLabel(this);
    m_absent->setObjectName(QStringLiteral("nonePresentLabel"));
    m_absent->setWordWrap(true);
    connect(document(), &MarkupDocument::nonePresentChanged, this, &FeatureListPanel::showNonePresent);
    connect(document(), &MarkupDocument::markupReset, this, &FeatureListPanel::showNonePresent);
    showNonePresent();
}

void FeatureListPanel::setNonePresent(FeatureType type, bool nonePresent)
{
    const Status done = document()->setNonePresent(type, nonePresent);
    showNonePresent(); // a refusal puts the check back as the document has it
    report(done);
}

void FeatureListPanel::showNonePresent()
{
    QStringList recorded;
    for (FeatureType type : kFeatureTypes) {
        const bool absent = document()->isNonePresent(type);
        m_nonePresentActions.value(type)->setChecked(absent);
        if (absent)
            recorded.append(featureTypeNonePresentText(type));
    }
    m_absent->setText(recorded.isEmpty() ? QString() : tr("Recorded: %1").arg(recorded.join(tr("; "))));
    m_absent->setVisible(!recorded.isEmpty());
}

void FeatureListPanel::createSuggestions()
{
    m_suggestionBox = new QGroupBox(this);
    m_suggestionBox->setObjectName(QStringLiteral("suggestionBox"));
    m_suggestionTable = new QTableView(m_suggestionBox);
    m_suggestionTable->setObjectName(QStringLiteral("suggestionTable"));
    m_suggestionTable->setAccessibleName(tr("Suggested features, not yet reviewed"));
    setUpTable(m_suggestionTable, m_suggestions);
    connect(m_suggestionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeatureListPanel::suggestionChosen);
    connect(m_suggestions, &QAbstractItemModel::modelReset, this, &FeatureListPanel::suggestionsChanged);
    connect(m_tool, &MarkupTool::suggestionSelected, this, &FeatureListPanel::selectSuggestionRowOf);

    m_accept = new QPushButton(tr("&Accept"), m_suggestionBox);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_accept->setToolTip(tr("Make the selected suggestion a feature of the markup, reviewed by you"));
    m_reject = new QPushButton(tr("Re&ject"), m_suggestionBox);
    m_reject->setObjectName(QStringLiteral("rejectSuggestion"));
    m_reject->setToolTip(tr("Drop the selected suggestion"));
    m_acceptAll = new QPushButton(tr("Accept A&ll"), m_suggestionBox);
    m_acceptAll->setObjectName(QStringLiteral("acceptAllSuggestions"));
    m_acceptAll->setToolTip(tr("Make every suggestion a feature of the markup, reviewed by you"));
    m_rejectAll = new QPushButton(tr("Reject All"), m_suggestionBox);
    m_rejectAll->setObjectName(QStringLiteral("rejectAllSuggestions"));
    m_rejectAll->setToolTip(tr("Drop every suggestion"));
    connect(m_accept, &QPushButton::clicked, this, [this] { reviewSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { reviewSelected(false); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { report(document()->acceptAllSuggestions()); });
    connect(m_rejectAll, &QPushButton::clicked, this, [this] { report(document()->rejectAllSuggestions()); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_accept, m_reject, m_acceptAll, m_rejectAll})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_suggestionBox);
    layout->addWidget(m_suggestionTable, 1);
    layout->addLayout(buttons);
    suggestionsChanged();
}

void FeatureListPanel::suggestionsChanged()
{
    const int count = m_suggestions->rowCount();
    m_suggestionBox->setTitle(tr("Suggestions (%1)").arg(count));
    m_suggestionBox->setVisible(count > 0);
    m_acceptAll->setEnabled(count > 0);
    m_rejectAll->setEnabled(count > 0);
    // A reset drops the view's selection: the tool's selected suggestion keeps its row.
    selectSuggestionRowOf(m_tool->selectedSuggestion());
}

FeatureId FeatureListPanel::selectedSuggestion() const
{
    const QModelIndexList rows = m_suggestionTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? FeatureId() : m_suggestions->featureId(rows.first().row());
}

void FeatureListPanel::selectSuggestionRowOf(const FeatureId &id)
{
    const int row = m_suggestions->rowOf(id);
    QItemSelectionModel *selection = m_suggestionTable->selectionModel();
    m_followingTool = true; // chosen on the canvas: the view stays where the examiner is
    if (row < 0)
        selection->clearSelection();
    else if (selection->selectedRows().value(0).row() != row)
        selection->setCurrentIndex(m_suggestions->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_followingTool = false;
    if (row >= 0)
        m_suggestionTable->scrollTo(m_suggestions->index(row, 0));
    m_accept->setEnabled(row >= 0);
    m_reject->setEnabled(row >= 0);
}

void FeatureListPanel::suggestionChosen()
{
    const FeatureId id = selectedSuggestion();
    m_accept->setEnabled(!id.isNull());
    m_reject->setEnabled(!id.isNull());
    if (m_followingTool)
        return;
    m_tool->selectSuggestion(id);
    if (!id.isNull())
        Q_EMIT suggestionSelected(
            id,
            m_suggestions->index(m_suggestions->rowOf(id), 0).data(MarkupFeatureModel::ImagePositionRole).toPointF());
}

void FeatureListPanel::reviewSelected(bool accept)
{
    const FeatureId id = selectedSuggestion();
    if (id.isNull())
        return;
    const int row = m_suggestions->rowOf(id);
    const Status done = accept ? document()->acceptSuggestion(id) : document()->rejectSuggestion(id);
    report(done);
    // The next suggestion is chosen (and shown), so the list is gone through with one button.
    const int count = m_suggestions->rowCount();
    if (done && count > 0)
        m_suggestionTable->selectionModel()->setCurrentIndex(m_suggestions->index(std::min(row, count - 1), 0),
                                                             QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
}

void FeatureListPanel::report(const Status &status)
{
    if (!status)
        Q_EMIT failed(status.error().message());
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
