#include "app/gui/documentdialog.h"

#include "app/presentation/documents/documentpagesource.h"
#include "widgets/documentviewer/documentviewer.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ridgeline {

DocumentDialog::DocumentDialog(QWidget *parent)
    : QDialog(parent)
    , m_source(new DocumentPageSource(this))
    , m_viewer(new DocumentViewer(m_source))
{
    setObjectName(QStringLiteral("documentDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the document (Esc)"));
    buttons->button(QDialogButtonBox::Close)->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);
    resize(1100, 900);
}

void DocumentDialog::showDocument(const QByteArray &bytes, const QString &title)
{
    setWindowTitle(tr("%1 — Ridgeline").arg(title));
    m_source->open(bytes, title);
    m_viewer->setFocus();
}

} // namespace ridgeline
