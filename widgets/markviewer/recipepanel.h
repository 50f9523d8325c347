#pragma once

#include "app/imaging/enhance/recipe.h"

#include <QWidget>

class QFormLayout;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace ridgeline {

class MarkDocument;

// The enhancement recipe of the open mark: its steps in order (tick to enable), add / remove /
// move, and editors for the selected step's parameters generated from the engine's parameter
// registry. Every edit is an intent on the document (one undo step; a slider drag merges into
// one); the preview is computed elsewhere, off the UI thread, so editing never waits. UI thread.
class RecipePanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecipePanel(MarkDocument *document, QWidget *parent = nullptr);

    QListWidget *stepList() const { return m_steps; }
    // Appends a step of `kind` with default parameters and selects it.
    void addStep(const QString &kind);

private:
    void refresh();
    void rebuildEditors();
    void applyRecipe(const imaging::Recipe &recipe, const QString &text, int mergeKey = 0);
    void setParameter(int step, const QString &name, const QVariant &value, int mergeKey);
    void removeSelected();
    void moveSelected(int delta);
    void stepItemChanged(QListWidgetItem *item);
    QWidget *editorFor(int step, int index, const imaging::ParameterSpec &spec, const QVariant &value);

    MarkDocument *m_document;
    QListWidget *m_steps;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QWidget *m_editorHost;
    QFormLayout *m_editors;
    int m_editorStep = -1;
    QString m_editorKind;
    bool m_applying = false;
};

} // namespace ridgeline
