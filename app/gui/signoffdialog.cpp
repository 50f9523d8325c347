#include "app/gui/signoffdialog.h"

#include "app/presentation/oversight/markrecordtext.h"
#include "app/presentation/oversight/signoffcontroller.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSizePolicy>
#include <QVBoxLayout>

namespace ridgeline {

SignOffDialog::SignOffDialog(SignOffController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_marks(new QListWidget)
    , m_digest(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Sign Off Case %1").arg(controller->caseReference()));
    auto *intro = new QLabel(tr("The marks checked below are signed off together as one revision of case %1, with "
                                "your own key. The revision is then frozen: a later change to any of them voids "
                                "this sign-off.")
                                 .arg(controller->caseReference()));
    intro->setWordWrap(true);

    m_marks->setObjectName(QStringLiteral("signOffMarks"));
    for (const CaseworkQueueEntry &entry : controller->candidates()) {
        auto *item = new QListWidgetItem(tr("%1 (%2): examined by %3, verified by %4")
                                             .arg(entry.exhibitReference, markKindDisplayName(entry.kind),
                                                  entry.examiner.isEmpty() ? QStringLiteral("—") : entry.examiner,
                                                  entry.verifier.isEmpty() ? tr("nobody (exempted)") : entry.verifier),
                                         m_marks);
        item->setData(Qt::UserRole, entry.markId.toString());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_marks->setMaximumHeight(qMax(80, int(controller->candidates().size()) * 26 + 12));

    m_digest->setObjectName(QStringLiteral("revisionDigest"));
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_digest->setWordWrap(true);
    m_digest->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_digest->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_digest->setToolTip(tr("SHA-256 of the canonical revision document of the checked marks: their originals, "
                            "analysis snapshots, markup and comparison revisions and conclusions. The signature "
                            "covers it with your name, your key and the time added."));
    m_passphrase->setObjectName(QStringLiteral("signOffPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Your passphrase, as when you sign in"));
    m_error->setObjectName(QStringLiteral("signOffError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a01c1c"));
    m_error->hide();

    auto *marksLabel = new QLabel(tr("&Marks at technical review:"));
    marksLabel->setBuddy(m_marks);
    auto *form = new QFormLayout;
    form->addRow(tr("Revision to be signed (SHA-256):"), m_digest);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_sign = buttons->button(QDialogButtonBox::Ok);
    m_sign->setText(tr("&Sign Off"));
    m_sign->setObjectName(QStringLiteral("signOffButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::sign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(marksLabel);
    layout->addWidget(m_marks);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_marks, &QListWidget::itemChanged, this, &SignOffDialog::choiceChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SignOffDialog::updateButtons);
    connect(controller, &SignOffController::documentChanged, this, &SignOffDialog::showDocument);
    connect(controller, &SignOffController::documentFailed, this, [this](const QString &message) {
        m_digest->setText(tr("not available"));
        m_error->setText(message);
        m_error->show();
        updateButtons();
    });
    connect(controller, &SignOffController::busyChanged, this, &SignOffDialog::updateButtons);
    connect(controller, &SignOffController::signOffFailed, this, [this](const QString &message, bool) {
        m_error->setText(message);
        m_error->show();
        m_passphrase->setFocus();
        updateButtons();
    });
    connect(controller, &SignOffController::signedOff, this, [this](const SignOffRecord &record) {
        Q_EMIT signedOff(record);
        accept();
    });
    resize(680, 380);
    m_passphrase->setFocus();
    choiceChanged();
}

void SignOffDialog::choiceChanged()
{
    QList<MarkId> chosen;
    for (int row = 0; row < m_marks->count(); ++row) {
        const QListWidgetItem *item = m_marks->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(MarkId::fromString(item->data(Qt::UserRole).toString()));
    }
    m_error->hide();
    m_controller->setChosen(chosen);
}

void SignOffDialog::showDocument()
{
    const QByteArray &sha = m_controller->documentSha256();
    if (m_controller->chosen().isEmpty())
        m_digest->setText(tr("check at least one mark"));
    else if (sha.isEmpty())
        m_digest->setText(tr("computing…"));
    else
        m_digest->setText(
            tr("%1\n(revision document of %2 bytes)").arg(groupedHex(sha)).arg(m_controller->documentSize()));
    updateButtons();
}

void SignOffDialog::updateButtons()
{
    m_sign->setEnabled(m_controller->canSign() && !m_passphrase->text().isEmpty());
    m_marks->setEnabled(!m_controller->isBusy());
    m_passphrase->setEnabled(!m_controller->isBusy());
}

void SignOffDialog::sign()
{
    if (!m_sign->isEnabled())
        return;
    // The passphrase leaves the field at once; the controller wipes its copy after use.
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_error->hide();
    m_controller->signOff(std::move(passphrase));
}

} // namespace ridgeline
