#pragma once

#include "app/core/ids.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace ridgeline {

class InboxDetailPane;
class InboxFilterProxyModel;
class InboxModel;

// The Inbox: every transmission with its status, sender, case and times, packages being imported
// with a progress bar, a status filter, and the selected row's details (ids, the reason in full
// for a quarantined package). Shows the InboxModel it is given (not owned) through its own filter
// proxy and refreshes "time since capture" every 30 s. Actions are emitted as signals for the
// main window to carry out. UI thread.
class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(InboxModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_filter; }
    InboxDetailPane *detailPane() const { return m_details; }
    InboxFilterProxyModel *proxy() const { return m_proxy; }
    QAction *openCaseAction() const { return m_openCase; }
    QAction *showQuarantineAction() const { return m_showQuarantine; }

    TransmissionId currentTransmission() const;
    bool selectTransmission(const TransmissionId &id);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentTransmissionChanged(const ridgeline::TransmissionId &id);
    void openCaseRequested(const ridgeline::TransmissionId &id, const QString &caseReference);
    void showQuarantineFolderRequested(const ridgeline::TransmissionId &id);

private:
    void onCurrentChanged();
    void updateCount();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void requestOpenCase();
    void requestShowQuarantine();
    int currentSourceRow() const;

    InboxModel *m_model;
    InboxFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    InboxDetailPane *m_details;
    QSplitter *m_splitter;
    QAction *m_openCase;
    QAction *m_showQuarantine;
    QTimer *m_tick;
    TransmissionId m_beforeReset;
    TransmissionId m_current; // last announced by currentTransmissionChanged
};

} // namespace ridgeline
