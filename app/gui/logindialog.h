#pragma once

#include "app/presentation/logincontroller.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace ridgeline {

// Sign-in form: workspace file (with Browse), user name and passphrase. The attempt runs in
// LoginController on a worker thread while a busy bar shows; the dialog accepts once a session is
// open (take it from the controller). The passphrase field is cleared after every attempt.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(LoginController *controller, QWidget *parent = nullptr);

    void setWorkspace(const QString &path);
    void setUserName(const QString &name);
    QString workspace() const;
    QString userName() const;
    QString errorText() const;

public Q_SLOTS:
    void submit();
    // Ignored while an attempt runs (it takes about half a second).
    void reject() override;

private:
    void browse();
    void setBusy(bool busy);
    void showFailure(LoginFailure failure, const QString &message);

    LoginController *m_controller;
    QLineEdit *m_workspace;
    QToolButton *m_browse;
    QLineEdit *m_user;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace ridgeline
