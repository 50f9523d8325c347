#pragma once

#include "app/core/casework.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QTableView;
class QTextBrowser;

namespace ridgeline {

class ReviewQueueController;
class SessionController;
class SignOffDialog;

// The supervisor's Review Queue (issue 7): the marks at technical review, in conflict or waiting
// for an exemption decision, with how long each has waited; the selected mark's full record side by
// side (left: the examiner's analysis snapshot with the changes flagged since; middle: the
// examiner's and the verifier's conclusions; right: the conflict history and resolution and the
// stage history) and the sign-offs of its case. Return for Rework, Exempt from Verification,
// Resolve Conflict and Sign Off Case run through the session on its thread. Deletes itself on
// close. UI thread.
class ReviewQueueWindow : public QMainWindow
{
    Q_OBJECT
public:
    ReviewQueueWindow(SessionController *session, QWidget *parent = nullptr);

    ReviewQueueController *controller() const { return m_controller; }
    QTableView *queueView() const { return m_queue; }
    QTableView *signOffsView() const { return m_signOffs; }
    QTextBrowser *analysisPanel() const { return m_analysis; }
    QTextBrowser *conclusionsPanel() const { return m_conclusions; }
    QTextBrowser *historyPanel() const { return m_history; }
    QLabel *recordTitle() const { return m_recordTitle; }
    // What the last step or sign-off did (stays until the next one; the status bar's tips do not hide it).
    QLabel *noticeLabel() const { return m_notice; }
    // The sign-off dialog opened last (null when none is open).
    SignOffDialog *signOffDialog() const;

    QAction *refreshAction;
    QAction *returnForReworkAction;
    QAction *exemptAction;
    QAction *resolveAction;
    QAction *signOffAction;

    // Opens the dialogs of the supervisor's steps on the selected mark (null when not offered).
    QDialog *askReturnForRework();
    QDialog *askExemption();
    QDialog *askResolution();
    SignOffDialog *openSignOff();

private:
    void buildActions();
    QWidget *buildRecord();
    void selectionChanged();
    void showReview();
    void clearReview(const QString &text);
    void updateActions();
    void signedOff(const SignOffRecord &record, const QByteArray &shownSha256);
    void showNotice(const QString &message, bool problem);

    SessionController *m_session;
    ReviewQueueController *m_controller;
    QTableView *m_queue = nullptr;
    QLabel *m_queueCount = nullptr;
    QLabel *m_recordTitle = nullptr;
    QLabel *m_notice = nullptr;
    QTextBrowser *m_analysis = nullptr;
    QTextBrowser *m_conclusions = nullptr;
    QTextBrowser *m_history = nullptr;
    QLabel *m_signOffsTitle = nullptr;
    QTableView *m_signOffs = nullptr;
    QPointer<SignOffDialog> m_signOffDialog;
};

} // namespace ridgeline
