#include "app/gui/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ridgeline {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, std::chrono::seconds policyIdleLock,
                                     QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_idleLock(new QSpinBox)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), int(Language::System));
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->addItem(QStringLiteral("Cymraeg (Welsh)"), int(Language::Welsh));
    m_language->setCurrentIndex(m_language->findData(int(preferences.language)));
    auto *languageNote = new QLabel(tr("A new language is used from the next start of Ridgeline."));
    languageNote->setWordWrap(true);
    languageNote->setProperty("role", QStringLiteral("fieldName"));

    const auto policyMinutes = std::chrono::duration_cast<std::chrono::minutes>(policyIdleLock).count();
    m_idleLock->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLock->setRange(0, PreferencesStore::kMaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("As the workspace policy (%n min)", nullptr, int(policyMinutes)));
    m_idleLock->setValue(preferences.idleLockMinutes);
    m_idleLock->setToolTip(tr("Lock the workstation after this many minutes without input. The workspace "
                              "policy sets the longest time allowed; a shorter time here wins."));

    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    auto *security = new QGroupBox(tr("Security"));
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("&Lock when idle for:"), m_idleLock);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->addWidget(general);
    layout->addWidget(security);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = Language(m_language->currentData().toInt());
    p.idleLockMinutes = m_idleLock->value();
    return p;
}

} // namespace ridgeline
