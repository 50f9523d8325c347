#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ridgeline {

// Shows the status summary for a victim (victimStatusSummary: counts only, no names, no results,
// no exhibit details) read-only, with Copy (to the clipboard) and Save As (a UTF-8 text file).
// UI thread.
class VictimSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    VictimSummaryDialog(const QString &caseReference, const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

    // Writes the summary to path; the message line says what happened.
    bool saveTo(const QString &path);

private:
    void copy();
    void chooseFile();

    QString m_reference;
    QPlainTextEdit *m_text;
    QLabel *m_message;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace ridgeline
