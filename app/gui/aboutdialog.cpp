#include "app/gui/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ridgeline {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Ridgeline"));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ridgeline.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>Ridgeline %1</h2>").arg(QStringLiteral(RIDGELINE_VERSION)));
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *text = new QLabel(tr("A workstation for forensic mark examination and case work: receive scene marks, "
                               "analyse, compare and verify them under ACE-V, and keep every record in an "
                               "encrypted workspace with a tamper-evident audit trail."));
    text->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(text);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(titles, 1);

    auto *libraries = new QTreeWidget;
    libraries->setObjectName(QStringLiteral("licenceList"));
    libraries->setHeaderLabels({tr("Library"), tr("Used for"), tr("Licence")});
    libraries->setRootIsDecorated(false);
    libraries->setAlternatingRowColors(true);
    libraries->setSelectionMode(QAbstractItemView::NoSelection);
    libraries->setFocusPolicy(Qt::NoFocus);
    libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const struct
    {
        QString name;
        QString use;
        QString licence;
    } rows[] = {
        {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())), tr("Window, translations, threads"),
         QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("OpenCV"), tr("Image decoding and enhancement"), QStringLiteral("Apache-2.0")},
        {QStringLiteral("SQLCipher"), tr("Encrypted workspace database"), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("libsodium"), tr("Key derivation, key wrapping, signatures"), QStringLiteral("ISC")},
        {QStringLiteral("Poppler"), tr("PDF documents"), QStringLiteral("GPL-2.0-or-later")},
    };
    for (const auto &row : rows)
        new QTreeWidgetItem(libraries, {row.name, row.use, row.licence});
    libraries->setMinimumHeight(150);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Built on these libraries:")));
    layout->addWidget(libraries, 1);
    layout->addWidget(buttons);
    resize(600, 400);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace ridgeline
