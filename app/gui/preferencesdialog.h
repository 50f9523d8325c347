#pragma once

#include "app/presentation/preferences.h"

#include <QDialog>

#include <chrono>

class QComboBox;
class QSpinBox;

namespace ridgeline {

// Edits a Preferences value: language, idle-lock minutes and the memory each mark viewer keeps
// for image tiles. The caller stores the result and applies it. UI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // policyIdleLock: the workspace policy's limit, shown so the user sees what "0" means.
    PreferencesDialog(const Preferences &preferences, std::chrono::seconds policyIdleLock, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QComboBox *m_language;
    QSpinBox *m_idleLock;
    QSpinBox *m_tileCache;
};

} // namespace ridgeline
