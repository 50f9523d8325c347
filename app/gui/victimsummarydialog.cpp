#include "app/gui/victimsummarydialog.h"

#include "app/presentation/oversight/victimsummary.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ridgeline {

VictimSummaryDialog::VictimSummaryDialog(const QString &caseReference, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_reference(caseReference)
    , m_text(new QPlainTextEdit(text))
    , m_message(new QLabel)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_save(new QPushButton(tr("Save &As…")))
{
    setObjectName(QStringLiteral("victimSummaryDialog"));
    setWindowTitle(tr("Status Summary for Victim: %1").arg(caseReference));
    auto *intro = new QLabel(tr("This summary names no one and gives no results or exhibit details, only how far "
                                "the examination has gone. Read it before you pass it on."));
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("victimSummaryText"));
    m_text->setReadOnly(true);
    m_message->setObjectName(QStringLiteral("victimSummaryMessage"));
    m_message->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("victimSummaryCopy"));
    m_copy->setToolTip(tr("Copy the summary to the clipboard"));
    m_save->setObjectName(QStringLiteral("victimSummarySave"));
    m_save->setToolTip(tr("Save the summary as a text file"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &VictimSummaryDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &VictimSummaryDialog::chooseFile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 380);
}

QString VictimSummaryDialog::text() const
{
    return m_text->toPlainText();
}

void VictimSummaryDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
    m_message->setText(tr("Copied to the clipboard."));
}

void VictimSummaryDialog::chooseFile()
{
    QString name = m_reference;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Status Summary"),
                                                      QDir::home().filePath(tr("%1 status summary.txt").arg(name)),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool VictimSummaryDialog::saveTo(const QString &path)
{
    if (Status saved = saveTextFile(path, text()); !saved) {
        m_message->setText(saved.error().message());
        return false;
    }
    m_message->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ridgeline
