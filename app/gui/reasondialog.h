#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ridgeline {

// Asks for the reason of a supervisor's step (return for rework, exemption from verification):
// the step is named on the OK button, which stays disabled until a reason is written. UI thread.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace ridgeline
