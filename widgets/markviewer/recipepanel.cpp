#include "widgets/markviewer/recipepanel.h"

#include "app/presentation/viewer/markdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ridgeline {

namespace {

QString engineText(const char *text)
{
    return text ? QCoreApplication::translate("ridgeline::imaging::Enhancement", text) : QString();
}

QToolButton *makeButton(const QString &icon, const QString &text, const QString &tip, const QString &name,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

QString pointsText(const QList<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts.append(QStringLiteral("%1,%2").arg(p.x()).arg(p.y()));
    return parts.join(QStringLiteral("; "));
}

QList<QPointF> parsePoints(const QString &text)
{
    QList<QPointF> points;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = part.split(QLatin1Char(','));
        if (xy.size() == 2)
            points.append(QPointF(xy[0].trimmed().toDouble(), xy[1].trimmed().toDouble()));
    }
    return points;
}

} // namespace

RecipePanel::RecipePanel(MarkDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_steps(new QListWidget(this))
    , m_add(makeButton(QStringLiteral("list-add"), tr("&Add step"), tr("Add an enhancement step at the end"),
                       QStringLiteral("addStepButton"), this))
    , m_remove(makeButton(QStringLiteral("list-remove"), tr("Remove"), tr("Remove the selected step"),
                          QStringLiteral("removeStepButton"), this))
    , m_up(makeButton(QStringLiteral("go-up"), tr("Up"), tr("Apply the selected step earlier"),
                      QStringLiteral("moveStepUpButton"), this))
    , m_down(makeButton(QStringLiteral("go-down"), tr("Down"), tr("Apply the selected step later"),
                        QStringLiteral("moveStepDownButton"), this))
    , m_editorHost(new QWidget(this))
    , m_editors(new QFormLayout(m_editorHost))
{
    setObjectName(QStringLiteral("recipePanel"));
    m_steps->setObjectName(QStringLiteral("recipeSteps"));
    m_steps->setAccessibleName(tr("Enhancement steps"));
    m_steps->setToolTip(tr("Steps are applied to the original in this order; untick a step to skip it"));
    auto *menu = new QMenu(m_add);
    for (const imaging::StepSpec &spec : imaging::enhancementSteps()) {
        QAction *action = menu->addAction(engineText(spec.label), this, [this, kind = spec.kind] { addStep(kind); });
        action->setToolTip(engineText(spec.description));
    }
    m_add->setMenu(menu);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editorHost);
    scroll->setWidgetResizable(true);
    scroll->setObjectName(QStringLiteral("stepParameters"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Parameters of the selected step:"), this));
    layout->addWidget(scroll, 2);

    connect(m_remove, &QToolButton::clicked, this, &RecipePanel::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_steps, &QListWidget::currentRowChanged, this, &RecipePanel::rebuildEditors);
    connect(m_steps, &QListWidget::itemChanged, this, &RecipePanel::stepItemChanged);
    connect(m_document, &MarkDocument::recipeChanged, this, &RecipePanel::refresh);
    refresh();
}

void RecipePanel::addStep(const QString &kind)
{
    imaging::Recipe recipe = m_document->recipe();
    recipe.steps.append(imaging::defaultStep(kind));
    const imaging::StepSpec *spec = imaging::findStepSpec(kind);
    applyRecipe(recipe, tr("Add “%1”").arg(spec ? engineText(spec->label) : kind));
    m_steps->setCurrentRow(int(recipe.steps.size()) - 1);
}

void RecipePanel::refresh()
{
    if (m_applying)
        return;
    const int row = m_steps->currentRow();
    const QSignalBlocker block(m_steps);
    m_steps->clear();
    const imaging::Recipe &recipe = m_document->recipe();
    for (int i = 0; i < recipe.steps.size(); ++i) {
        const imaging::StepSpec *spec = imaging::findStepSpec(recipe.steps[i].kind);
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(i + 1).arg(spec ? engineText(spec->label) : recipe.steps[i].kind), m_steps);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(recipe.steps[i].enabled ? Qt::Checked : Qt::Unchecked);
        if (spec)
            item->setToolTip(engineText(spec->description));
    }
    m_steps->setCurrentRow(std::min(row, int(recipe.steps.size()) - 1));
    m_editorStep = -1; // values may have changed (undo): rebuild
    rebuildEditors();
}

void RecipePanel::rebuildEditors()
{
    const int row = m_steps->currentRow();
    const imaging::Recipe &recipe = m_document->recipe();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < recipe.steps.size());
    // deleteLater: this may run inside a signal of one of these editors.
    while (m_editors->rowCount() > 0) {
        const QFormLayout::TakeRowResult taken = m_editors->takeRow(0);
        for (QLayoutItem *item : {taken.labelItem, taken.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    m_editorStep = row;
    if (row < 0 || row >= recipe.steps.size())
        return;
    const imaging::EnhancementStep &step = recipe.steps[row];
    const imaging::StepSpec *spec = imaging::findStepSpec(step.kind);
    if (!spec)
        return;
    for (int i = 0; i < spec->parameters.size(); ++i) {
        const imaging::ParameterSpec &p = spec->parameters[i];
        QString label = engineText(p.label);
        if (p.unit && *p.unit)
            label += QStringLiteral(" (%1)").arg(QString::fromUtf8(p.unit));
        m_editors->addRow(label, editorFor(row, i, p, imaging::stepParameter(step, p.name)));
    }
}

QWidget *RecipePanel::editorFor(int step, int index, const imaging::ParameterSpec &spec, const QVariant &value)
{
    const int mergeKey = (step + 1) * 1000 + index + 1;
    const QString name = spec.name;
    const QString objectName = QStringLiteral("parameter_%1").arg(name);
    switch (spec.type) {
    case imaging::ParameterType::Bool: {
        auto *box = new QCheckBox(m_editorHost);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, [=, this](bool on) { setParameter(step, name, on, 0); });
        box->setObjectName(objectName);
        return box;
    }
    case imaging::ParameterType::Choice: {
        auto *box = new QComboBox(m_editorHost);
        box->addItems(spec.choices);
        box->setCurrentText(value.toString());
        connect(box, &QComboBox::currentTextChanged, this,
                [=, this](const QString &t) { setParameter(step, name, t, 0); });
        box->setObjectName(objectName);
        return box;
    }
    case imaging::ParameterType::PointList: {
        auto *edit = new QLineEdit(pointsText(imaging::pointsFromVariant(value)), m_editorHost);
        edit->setPlaceholderText(tr("x,y; x,y; …"));
        edit->setToolTip(tr("Points in pixels, separated by semicolons"));
        connect(edit, &QLineEdit::editingFinished, this,
                [=, this] { setParameter(step, name, imaging::pointsToVariant(parsePoints(edit->text())), 0); });
        edit->setObjectName(objectName);
        return edit;
    }
    case imaging::ParameterType::Int:
    case imaging::ParameterType::Double:
        break;
    }
    // Numbers: a slider for quick dragging and a spin box for typing, kept in step.
    const bool isInt = spec.type == imaging::ParameterType::Int;
    const int decimals = isInt ? 0 : 2;
    const double factor = std::pow(10.0, decimals);
    auto *host = new QWidget(m_editorHost);
    auto *row = new QHBoxLayout(host);
    row->setContentsMargins(0, 0, 0, 0);
    auto *slider = new QSlider(Qt::Horizontal, host);
    slider->setRange(int(std::lround(spec.minimum * factor)), int(std::lround(spec.maximum * factor)));
    slider->setValue(int(std::lround(value.toDouble() * factor)));
    slider->setObjectName(objectName + QStringLiteral("_slider"));
    auto *spin = new QDoubleSpinBox(host);
    spin->setDecimals(decimals);
    spin->setRange(spec.minimum, spec.maximum);
    spin->setValue(value.toDouble());
    spin->setObjectName(objectName);
    row->addWidget(slider, 1);
    row->addWidget(spin);
    connect(slider, &QSlider::valueChanged, spin, [spin, factor](int v) { spin->setValue(v / factor); });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
        const QSignalBlocker block(slider);
        slider->setValue(int(std::lround(v * factor)));
        setParameter(step, name, isInt ? QVariant(int(std::lround(v))) : QVariant(v), mergeKey);
    });
    return host;
}

void RecipePanel::setParameter(int step, const QString &name, const QVariant &value, int mergeKey)
{
    imaging::Recipe recipe = m_document->recipe();
    if (step < 0 || step >= recipe.steps.size())
        return;
    recipe.steps[step].parameters.insert(name, value);
    applyRecipe(recipe, tr("Change %1").arg(name), mergeKey);
}

void RecipePanel::applyRecipe(const imaging::Recipe &recipe, const QString &text, int mergeKey)
{
    const auto kinds = [](const imaging::Recipe &r) {
        QStringList list;
        for (const imaging::EnhancementStep &step : r.steps)
            list.append(step.kind);
        return list;
    };
    const bool structural = kinds(recipe) != kinds(m_document->recipe());
    m_applying = true;
    const Status status = m_document->setRecipe(recipe, text, mergeKey);
    m_applying = false;
    if (!status) {
        setToolTip(status.error().message());
        QMetaObject::invokeMethod(this, &RecipePanel::refresh, Qt::QueuedConnection); // show what the document holds
        return;
    }
    // Adding, removing or moving needs a new list; parameter edits keep their editors (a slider
    // being dragged must survive its own change).
    if (structural)
        refresh();
}

void RecipePanel::removeSelected()
{
    const int row = m_steps->currentRow();
    imaging::Recipe recipe = m_document->recipe();
    if (row < 0 || row >= recipe.steps.size())
        return;
    recipe.steps.removeAt(row);
    applyRecipe(recipe, tr("Remove step"));
}

void RecipePanel::moveSelected(int delta)
{
    const int row = m_steps->currentRow();
    imaging::Recipe recipe = m_document->recipe();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= recipe.steps.size())
        return;
    recipe.steps.swapItemsAt(row, target);
    applyRecipe(recipe, tr("Move step"));
    m_steps->setCurrentRow(target);
}

void RecipePanel::stepItemChanged(QListWidgetItem *item)
{
    const int row = m_steps->row(item);
    imaging::Recipe recipe = m_document->recipe();
    if (row < 0 || row >= recipe.steps.size())
        return;
    recipe.steps[row].enabled = item->checkState() == Qt::Checked;
    applyRecipe(recipe, recipe.steps[row].enabled ? tr("Enable step") : tr("Disable step"));
}

} // namespace ridgeline
