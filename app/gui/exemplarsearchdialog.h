#pragma once

#include <QDialog>

namespace ridgeline {

class ExemplarSearchController;
class ExemplarSearchPanel;

// A window beside the case view with the exemplar search of one mark: progress, Cancel, the ranked
// candidates. Non-modal, so the examiner can keep working while it runs.
class ExemplarSearchDialog : public QDialog
{
    Q_OBJECT
public:
    ExemplarSearchDialog(ExemplarSearchController *controller, QWidget *parent = nullptr);

    ExemplarSearchPanel *panel() const { return m_panel; }

protected:
    void reject() override; // Close while running cancels the search first

private:
    ExemplarSearchController *m_controller;
    ExemplarSearchPanel *m_panel;
};

} // namespace ridgeline
