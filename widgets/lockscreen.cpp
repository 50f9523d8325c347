#include "widgets/lockscreen.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ridgeline {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_who(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_unlock(new QPushButton(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Unlock")))
    , m_logout(new QPushButton(QIcon(QStringLiteral(":/icons/logout.svg")), tr("Log &out")))
    , m_busy(new QProgressBar)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground);

    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("lockCard"));
    // A fixed width lets the wrapped message take the height it needs.
    card->setFixedWidth(480);
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("Workstation locked"));
    title->setObjectName(QStringLiteral("lockTitle"));
    m_who->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_logout->setObjectName(QStringLiteral("lockLogoutButton"));
    m_logout->setToolTip(tr("Close the workspace without unlocking; another user can then sign in"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_logout);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(m_who);
    top->addLayout(texts, 1);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 22, 24, 22);
    cardLayout->setSpacing(12);
    cardLayout->addLayout(top);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_busy);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(buttons);

    // Centred with stretches rather than an alignment flag: an aligned widget gets its plain size
    // hint, which ignores the height the wrapped message needs.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(m_logout, &QPushButton::clicked, this, &LockScreen::logoutRequested);
}

void LockScreen::setUser(const QString &displayName, const QString &userName)
{
    m_who->setText(tr("The workspace is locked for %1 (%2). Enter your passphrase to continue.")
                       .arg(displayName.isEmpty() ? userName : displayName, userName));
}

void LockScreen::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (busy)
        m_error->hide();
    else
        m_passphrase->setFocus();
}

void LockScreen::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LockScreen::reset()
{
    m_passphrase->clear();
    setError({});
    setBusy(false);
    m_passphrase->setFocus();
}

QByteArray LockScreen::takePassphrase()
{
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    return passphrase;
}

} // namespace ridgeline
