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
    , m_tileCache(new QSpinBox)
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

    m_tileCache->setObjectName(QStringLiteral("tileCacheSpin"));
    m_tileCache->setRange(PreferencesStore::kMinTileCacheMegabytes, PreferencesStore::kMaxTileCacheMegabytes);
    m_tileCache->setSingleStep(64);
    m_tileCache->setSuffix(tr(" MB"));
    m_tileCache->setValue(preferences.tileCacheMegabytes);
    m_tileCache->setToolTip(tr("How much memory each open mark viewer may use to keep the parts of the image it has "
                               "already shown, so that going back to them is instant."));
    m_tileCache->setStatusTip(tr("Memory each mark viewer keeps for parts of the image already shown"));
    m_tileCache->setWhatsThis(
        tr("<p>Each open mark viewer keeps the parts of the image it has already drawn, at every zoom, up to this "
           "amount of memory. Panning back or zooming to them is then instant; the parts seen longest ago make "
           "room first and are drawn again from the original when needed.</p>"
           "<p>More memory helps when you work through very large images such as scene photographs; less leaves "
           "more for other programs. The mark itself is never changed. A new amount applies at once to the viewers "
           "already open.</p>"));

    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    auto *security = new QGroupBox(tr("Security"));
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("&Lock when idle for:"), m_idleLock);
    auto *viewer = new QGroupBox(tr("Mark viewer"));
    auto *viewerForm = new QFormLayout(viewer);
    viewerForm->addRow(tr("&Memory for each viewer:"), m_tileCache);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->addWidget(general);
    layout->addWidget(security);
    layout->addWidget(viewer);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = Language(m_language->currentData().toInt());
    p.idleLockMinutes = m_idleLock->value();
    p.tileCacheMegabytes = m_tileCache->value();
    return p;
}

} // namespace ridgeline
