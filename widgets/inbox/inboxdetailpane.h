#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ridgeline {

class InboxModel;

// The details of the selected Inbox row: status, ids (transmission UUID, package SHA-256), sender,
// times and, for a quarantined package, the reason in full. Two buttons state intent ("Open case",
// "Show quarantine folder"); the Inbox view turns them into signals.
class InboxDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit InboxDetailPane(QWidget *parent = nullptr);

    // Shows row `row` of `model` (source model rows); row -1 shows "nothing selected".
    void showRow(const InboxModel *model, int row);

    QLabel *reasonLabel() const { return m_reason; }
    QPushButton *openCaseButton() const { return m_openCase; }
    QPushButton *showQuarantineButton() const { return m_showQuarantine; }

Q_SIGNALS:
    void openCaseClicked();
    void showQuarantineClicked();

private:
    QLabel *addField(const QString &name, const QString &objectName);

    QLabel *m_placeholder;
    QWidget *m_content;
    QFormLayout *m_form;
    QLabel *m_status;
    QLabel *m_case;
    QLabel *m_sender;
    QLabel *m_examiner;
    QLabel *m_captured;
    QLabel *m_received;
    QLabel *m_since;
    QLabel *m_transmissionId;
    QLabel *m_packageHash;
    QLabel *m_reasonTitle;
    QLabel *m_reason;
    QPushButton *m_openCase;
    QPushButton *m_showQuarantine;
};

} // namespace ridgeline
