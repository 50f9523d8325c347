#pragma once

#include "app/core/casework.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ridgeline {

class SignOffController;

// Sign Off Case (issue 7): lists the case's marks at technical review with check boxes, shows the
// SHA-256 of the canonical revision document the checked marks would be signed with (read again on
// every change), and asks for the supervisor's passphrase. Signing runs through the controller on
// the session's thread; the passphrase leaves the field as soon as it is used and is wiped after.
// Stays open with the reason when the session refuses (a wrong passphrase, a mark changed
// meanwhile); emits signedOff and accepts when it worked. Does not own the controller. UI thread.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    SignOffDialog(SignOffController *controller, QWidget *parent = nullptr);

    QListWidget *marksList() const { return m_marks; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *signButton() const { return m_sign; }
    QLabel *digestLabel() const { return m_digest; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void signedOff(const ridgeline::SignOffRecord &record);

private:
    void choiceChanged();
    void showDocument();
    void sign();
    void updateButtons();

    SignOffController *m_controller;
    QListWidget *m_marks;
    QLabel *m_digest;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QPushButton *m_sign = nullptr;
};

} // namespace ridgeline
