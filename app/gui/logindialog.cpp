#include "app/gui/logindialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ridgeline {

LoginDialog::LoginDialog(LoginController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_workspace(new QLineEdit)
    , m_browse(new QToolButton)
    , m_user(new QLineEdit)
    , m_passphrase(new QLineEdit)
    , m_error(new QLabel)
    , m_busy(new QProgressBar)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Ridgeline"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ridgeline.svg")));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ridgeline.svg")).pixmap(56, 56));
    auto *title = new QLabel(tr("Ridgeline"));
    title->setObjectName(QStringLiteral("loginTitle"));
    auto *subtitle = new QLabel(tr("Forensic mark examination workstation. Sign in with your workspace "
                                   "user name and passphrase."));
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *banner = new QHBoxLayout;
    banner->setSpacing(14);
    banner->addWidget(icon, 0, Qt::AlignTop);
    banner->addLayout(titles, 1);

    m_workspace->setObjectName(QStringLiteral("workspacePath"));
    m_workspace->setToolTip(tr("The workspace database file (its key header lies beside it)"));
    m_workspace->setMinimumWidth(340);
    m_browse->setObjectName(QStringLiteral("browseWorkspace"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    m_browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_browse->setToolTip(tr("Choose the workspace file"));
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(m_browse);
    m_user->setObjectName(QStringLiteral("userName"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *workspaceLabel = new QLabel(tr("&Workspace:"));
    workspaceLabel->setBuddy(m_workspace);
    form->addRow(workspaceLabel, workspaceRow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("loginBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addLayout(banner);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_browse, &QToolButton::clicked, this, &LoginDialog::browse);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(controller, &LoginController::busyChanged, this, &LoginDialog::setBusy);
    connect(controller, &LoginController::failed, this, &LoginDialog::showFailure);
    connect(controller, &LoginController::signedIn, this, &QDialog::accept);
}

void LoginDialog::setWorkspace(const QString &path)
{
    m_workspace->setText(QDir::toNativeSeparators(path));
}

void LoginDialog::setUserName(const QString &name)
{
    m_user->setText(name);
    (name.isEmpty() ? m_user : m_passphrase)->setFocus();
}

QString LoginDialog::workspace() const
{
    return QDir::fromNativeSeparators(m_workspace->text().trimmed());
}

QString LoginDialog::userName() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LoginDialog::browse()
{
    const QString start = workspace().isEmpty() ? QDir::homePath() : workspace();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), start,
                                                      tr("Ridgeline workspaces (*.ridgeline);;All files (*)"));
    if (!path.isEmpty())
        setWorkspace(path);
}

void LoginDialog::submit()
{
    m_error->hide();
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_controller->signIn(workspace(), userName(), std::move(passphrase));
}

void LoginDialog::reject()
{
    if (!m_controller->isBusy())
        QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_workspace), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_signIn)})
        w->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Unlocking…") : tr("&Sign in"));
}

void LoginDialog::showFailure(LoginFailure failure, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    switch (failure) {
    case LoginFailure::MissingWorkspace:
    case LoginFailure::MissingKeyHeader:
    case LoginFailure::DamagedWorkspace:
        m_workspace->setFocus();
        m_workspace->selectAll();
        break;
    case LoginFailure::MissingUserName:
        m_user->setFocus();
        break;
    default:
        m_passphrase->setFocus();
        break;
    }
}

} // namespace ridgeline
