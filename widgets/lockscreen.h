#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ridgeline {

// What the window shows instead of its content while the session is locked: who is signed in, a
// passphrase field, Unlock and Log out. The passphrase is handed over once with takePassphrase()
// and the field is cleared at the same time.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setUser(const QString &displayName, const QString &userName);
    void setBusy(bool busy);
    void setError(const QString &message);
    // Clears the field and message and puts the focus in the field.
    void reset();
    QByteArray takePassphrase();

Q_SIGNALS:
    void unlockRequested();
    void logoutRequested();

private:
    QLabel *m_who;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QPushButton *m_logout;
    QProgressBar *m_busy;
    QLabel *m_error;
};

} // namespace ridgeline
