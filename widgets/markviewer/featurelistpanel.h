#pragma once

#include "app/core/markup.h"

#include <QMap>
#include <QWidget>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace ridgeline {

class MarkupDocument;
class MarkupFeatureModel;
class MarkupTool;

// The side panel's feature list (issue 6): the type the markup tool places next, a table of the
// features (MarkupFeatureModel) and Remove. Its selection and the canvas's are one, the tool's:
// choosing a row selects the feature on the canvas and a click on the canvas selects its row.
// Delete in the table removes the selected feature.
//
// "None Present" records, per feature type, that the image shows none of it (a checkable menu;
// what is recorded is listed under the table). The engine's suggestions, when there are any, are
// listed apart ("Suggestions (N)", a second MarkupFeatureModel of Layer::Suggestions) with Accept,
// Reject, Accept All and Reject All; the chosen suggestion is the tool's selectedSuggestion(), so
// a suggestion picked on the canvas is chosen in the list and one chosen in the list is
// highlighted on the canvas (and suggestionSelected() asks for it to be shown). Every button
// states an intent to the MarkupDocument (one undo step each); a refusal is reported through
// failed() with the document's reason and the panel shows the document's state again. Owns neither
// the models nor the tool. UI thread.
class FeatureListPanel : public QWidget
{
    Q_OBJECT
public:
    // `features` and `suggestions` are models of the same document (Layer::Features and
    // Layer::Suggestions).
    FeatureListPanel(MarkupFeatureModel *features, MarkupFeatureModel *suggestions, MarkupTool *tool,
                     QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *typeBox() const { return m_type; }
    QToolButton *nonePresentButton() const { return m_nonePresent; }
    QAction *nonePresentAction(FeatureType type) const { return m_nonePresentActions.value(type); }
    QLabel *nonePresentLabel() const { return m_absent; }
    QGroupBox *suggestionBox() const { return m_suggestionBox; }
    QTableView *suggestionTable() const { return m_suggestionTable; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QPushButton *rejectAllButton() const { return m_rejectAll; }
    // "Shift+E" for a type: the key that chooses it on the canvas while the markup tool is active.
    static QKeySequence typeShortcut(FeatureType type);

Q_SIGNALS:
    // A suggestion was chosen in the list; imagePosition in pixels of the original (the window
    // centres the canvas there).
    void suggestionSelected(const ridgeline::FeatureId &id, QPointF imagePosition);
    // An intent was refused; the message says what and why.
    void failed(const QString &message);

private:
    MarkupDocument *document() const;
    void createNonePresent();
    void createSuggestions();
    void selectRowOf(const FeatureId &id);
    void rowSelected();
    void setNonePresent(FeatureType type, bool nonePresent);
    void showNonePresent();
    void suggestionsChanged();
    void suggestionChosen();
    void selectSuggestionRowOf(const FeatureId &id);
    FeatureId selectedSuggestion() const;
    void reviewSelected(bool accept);
    void report(const Status &status);

    MarkupFeatureModel *m_model;
    MarkupFeatureModel *m_suggestions;
    MarkupTool *m_tool;
    QComboBox *m_type;
    QTableView *m_table;
    QPushButton *m_remove;
    QToolButton *m_nonePresent = nullptr;
    QMap<FeatureType, QAction *> m_nonePresentActions;
    QLabel *m_absent = nullptr;
    QGroupBox *m_suggestionBox = nullptr;
    QTableView *m_suggestionTable = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_rejectAll = nullptr;
    bool m_followingTool = false; // the suggestion list's selection is being set from the tool's
    bool m_removing = false;
};

} // namespace ridgeline
