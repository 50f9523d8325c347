#include "app/gui/exemplarsearchdialog.h"

#include "app/presentation/exemplarsearchcontroller.h"
#include "widgets/exemplarsearchpanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ridgeline {

ExemplarSearchDialog::ExemplarSearchDialog(ExemplarSearchController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_panel(new ExemplarSearchPanel(controller->model()))
{
    setObjectName(QStringLiteral("exemplarSearchDialog"));
    setWindowTitle(tr("Exemplar Search"));
    setModal(false);
    resize(980, 460);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window (a running search is cancelled)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ExemplarSearchDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);

    connect(controller, &ExemplarSearchController::started, m_panel, &ExemplarSearchPanel::showStarted);
    connect(controller, &ExemplarSearchController::progressChanged, m_panel, &ExemplarSearchPanel::showProgress);
    connect(controller, &ExemplarSearchController::finished, m_panel, &ExemplarSearchPanel::showFinished);
    connect(controller, &ExemplarSearchController::failed, m_panel, &ExemplarSearchPanel::showFailed);
    connect(m_panel, &ExemplarSearchPanel::cancelRequested, controller, &ExemplarSearchController::cancel);
}

void ExemplarSearchDialog::reject()
{
    m_controller->cancel();
    QDialog::reject();
}

} // namespace ridgeline
