#pragma once

#include "app/core/markup.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace ridgeline {

class MarkupFeatureModel;
class MarkupTool;

// The side panel's feature list (issue 6): the type the markup tool places next, a table of the
// features (MarkupFeatureModel) and Remove. Its selection and the canvas's are one, the tool's:
// choosing a row selects the feature on the canvas and a click on the canvas selects its row.
// Delete in the table removes the selected feature. Owns neither the model nor the tool. UI thread.
class FeatureListPanel : public QWidget
{
    Q_OBJECT
public:
    FeatureListPanel(MarkupFeatureModel *model, MarkupTool *tool, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *typeBox() const { return m_type; }
    // "Shift+E" for a type: the key that chooses it on the canvas while the markup tool is active.
    static QKeySequence typeShortcut(FeatureType type);

private:
    void selectRowOf(const FeatureId &id);
    void rowSelected();

    MarkupFeatureModel *m_model;
    MarkupTool *m_tool;
    QComboBox *m_type;
    QTableView *m_table;
    QPushButton *m_remove;
    bool m_removing = false;
};

} // namespace ridgeline
