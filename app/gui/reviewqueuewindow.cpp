#include "app/gui/reviewqueuewindow.h"

#include "app/gui/reasondialog.h"
#include "app/gui/resolveconflictdialog.h"
#include "app/gui/signoffdialog.h"
#include "app/presentation/oversight/reviewqueuecontroller.h"
#include "app/presentation/oversight/signoffcontroller.h"
#include "app/presentation/sessioncontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace ridgeline {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *name)
{
    auto *view = new QTableView;
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QAction *makeAction(QObject *owner, const char *name, const QString &text, const QKeySequence &shortcut,
                    const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                     shortcut.toString(QKeySequence::NativeText)));
    return action;
}

QLabel *caption(const QString &text)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("sectionTitle"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QWidget *panel(const QString &title, QTextBrowser *browser)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption(title));
    layout->addWidget(browser, 1);
    return page;
}

QTextBrowser *browser(const char *name)
{
    auto *view = new QTextBrowser;
    view->setObjectName(QLatin1String(name));
    view->setOpenLinks(false);
    return view;
}

} // namespace

ReviewQueueWindow::ReviewQueueWindow(SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , refreshAction(nullptr)
    , returnForReworkAction(nullptr)
    , exemptAction(nullptr)
    , resolveAction(nullptr)
    , signOffAction(nullptr)
    , m_session(session)
    , m_controller(new ReviewQueueController(session, this))
{
    setObjectName(QStringLiteral("reviewQueueWindow"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Review Queue — Ridgeline"));
    buildActions();

    m_queue = makeTable(m_controller->model(), "reviewQueueTable");
    m_queueCount = new QLabel;
    auto *queuePage = new QWidget;
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    auto *queueHeader = new QHBoxLayout;
    queueHeader->addWidget(caption(tr("Marks waiting for a supervisor")));
    queueHeader->addStretch(1);
    queueHeader->addWidget(m_queueCount);
    queueLayout->addLayout(queueHeader);
    queueLayout->addWidget(m_queue, 1);

    m_signOffs = makeTable(m_controller->signOffModel(), "reviewSignOffs");
    m_signOffsTitle = caption(tr("Sign-offs of the case"));
    auto *signOffPage = new QWidget;
    auto *signOffLayout = new QVBoxLayout(signOffPage);
    signOffLayout->setContentsMargins(0, 0, 0, 0);
    signOffLayout->addWidget(m_signOffsTitle);
    signOffLayout->addWidget(m_signOffs, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("reviewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(queuePage);
    split->addWidget(buildRecord());
    split->addWidget(signOffPage);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 1);
    split->setSizes({230, 560, 110}); // about six marks of the queue, the record, two sign-offs
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(split);
    setCentralWidget(page);

    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueueWindow::selectionChanged);
    connect(m_controller, &ReviewQueueController::queueLoaded, this, [this](int count) {
        m_queueCount->setText(tr("%n mark(s)", nullptr, count));
        // The model was reset: keep the mark under review selected while it is still listed.
        const int row = m_controller->model()->rowOfMark(m_controller->selected());
        if (row >= 0)
            m_queue->selectRow(row);
        else if (m_controller->selected().isNull() && count > 0)
            m_queue->selectRow(0);
        updateActions();
    });
    connect(m_controller, &ReviewQueueController::queueFailed, this, [this](const QString &m) { showNotice(m, true); });
    connect(m_controller, &ReviewQueueController::reviewLoading, this,
            [this]() { m_recordTitle->setText(tr("Reading the record…")); });
    connect(m_controller, &ReviewQueueController::reviewLoaded, this, &ReviewQueueWindow::showReview);
    connect(m_controller, &ReviewQueueController::reviewCleared, this,
            [this]() { clearReview(tr("Select a mark in the queue to see its full record.")); });
    connect(m_controller, &ReviewQueueController::reviewFailed, this, [this](const QString &m) { clearReview(m); });
    connect(m_controller, &ReviewQueueController::busyChanged, this, &ReviewQueueWindow::updateActions);
    connect(m_controller, &ReviewQueueController::stepDone, this, [this](const QString &m) { showNotice(m, false); });
    connect(m_controller, &ReviewQueueController::stepFailed, this, [this](const QString &m) { showNotice(m, true); });
    clearReview(tr("Select a mark in the queue to see its full record."));
    resize(1400, 900);
    m_controller->refresh();
}

SignOffDialog *ReviewQueueWindow::signOffDialog() const
{
    return m_signOffDialog;
}

void ReviewQueueWindow::buildActions()
{
    refreshAction = makeAction(this, "actionRefreshQueue", tr("&Refresh"), QKeySequence(Qt::Key_F5),
                               tr("Read the review queue and the selected record again"));
    returnForReworkAction =
        makeAction(this, "actionReturnForRework", tr("Return for Re&work…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                   tr("Send the selected mark back to its examiner's comparison, with the reason"));
    exemptAction = makeAction(this, "actionExemptFromVerification", tr("&Exempt from Verification…"),
                              QKeySequence(Qt::CTRL | Qt::Key_E),
                              tr("Move the selected concluded mark to technical review without a verification, "
                                 "under a recorded policy exemption"));
    resolveAction = makeAction(this, "actionResolveConflict", tr("Resolve &Conflict…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                               tr("Record what was re-examined, the outcome and the conclusion that stands"));
    signOffAction =
        makeAction(this, "actionSignOffCase", tr("&Sign Off Case…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                   tr("Sign the marks of the selected mark's case at technical review with your own key"));
    connect(refreshAction, &QAction::triggered, m_controller, &ReviewQueueController::reload);
    connect(returnForReworkAction, &QAction::triggered, this, &ReviewQueueWindow::askReturnForRework);
    connect(exemptAction, &QAction::triggered, this, &ReviewQueueWindow::askExemption);
    connect(resolveAction, &QAction::triggered, this, &ReviewQueueWindow::askResolution);
    connect(signOffAction, &QAction::triggered, this, &ReviewQueueWindow::openSignOff);
    auto *bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("reviewToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(refreshAction);
    bar->addSeparator();
    bar->addAction(returnForReworkAction);
    bar->addAction(exemptAction);
    bar->addAction(resolveAction);
    bar->addSeparator();
    bar->addAction(signOffAction);
    updateActions();
}

QWidget *ReviewQueueWindow::buildRecord()
{
    m_recordTitle = new QLabel;
    m_recordTitle->setObjectName(QStringLiteral("reviewRecordTitle"));
    QFont big = m_recordTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_recordTitle->setFont(big);
    m_recordTitle->setWordWrap(true);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_analysis = browser("reviewAnalysis");
    m_conclusions = browser("reviewConclusions");
    m_history = browser("reviewHistory");
    auto *sides = new QSplitter(Qt::Horizontal);
    sides->setObjectName(QStringLiteral("reviewRecordSplitter"));
    sides->setChildrenCollapsible(false);
    sides->addWidget(panel(tr("Analysis and changes since"), m_analysis));
    sides->addWidget(panel(tr("Conclusions"), m_conclusions));
    sides->addWidget(panel(tr("Conflicts and history"), m_history));
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_recordTitle);
    layout->addWidget(sides, 1);
    return page;
}

void ReviewQueueWindow::selectionChanged()
{
    const QModelIndex current = m_queue->currentIndex();
    const CaseworkQueueEntry *entry = current.isValid() ? m_controller->model()->entryAt(current.row()) : nullptr;
    if (!entry)
        return; // a reset of the queue; the record stays as shown until another mark is chosen
    if (entry->markId != m_controller->selected())
        m_controller->select(entry->markId);
}

void ReviewQueueWindow::showReview()
{
    const MarkReview &review = *m_controller->review();
    const MarkCasework &work = review.casework;
    const QLocale locale;
    m_recordTitle->setText(tr("%1 (%2) of case %3: %4, version %5")
                               .arg(work.mark.exhibitReference, markKindDisplayName(work.mark.kind), work.caseReference,
                                    markStateDisplayName(work.mark.state))
                               .arg(work.version));
    QString problems;
    for (const QString &problem : review.problems)
        problems += QStringLiteral("<p style=\"color:#b45309\">%1</p>").arg(problem.toHtmlEscaped());
    m_analysis->setHtml(analysisHtml(work, locale));
    m_conclusions->setHtml(conclusionsHtml(work, review.exemplars, locale));
    m_history->setHtml(problems + conflictHtml(work, review.exemplars, locale) + historyHtml(work, locale));
    m_signOffsTitle->setText(tr("Sign-offs of case %1").arg(work.caseReference));
    updateActions();
}

void ReviewQueueWindow::clearReview(const QString &text)
{
    m_recordTitle->setText(text);
    m_analysis->clear();
    m_conclusions->clear();
    m_history->clear();
    m_signOffsTitle->setText(tr("Sign-offs of the case"));
    updateActions();
}

void ReviewQueueWindow::updateActions()
{
    const bool idle = !m_controller->isBusy();
    returnForReworkAction->setEnabled(idle && m_controller->canReturnForRework());
    exemptAction->setEnabled(idle && m_controller->canExempt());
    resolveAction->setEnabled(idle && m_controller->canResolve());
    signOffAction->setEnabled(idle && !m_controller->signOffCandidates().isEmpty());
}

QDialog *ReviewQueueWindow::askReturnForRework()
{
    if (!m_controller->canReturnForRework())
        return nullptr;
    const QString exhibit = m_controller->review()->casework.mark.exhibitReference;
    auto *dialog =
        new ReasonDialog(tr("Return %1 for Rework").arg(exhibit),
                         tr("%1 goes back to its examiner's comparison. Say what needs another look.").arg(exhibit),
                         tr("Return for Rework"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { m_controller->returnForRework(dialog->reason()); });
    dialog->open();
    return dialog;
}

QDialog *ReviewQueueWindow::askExemption()
{
    if (!m_controller->canExempt())
        return nullptr;
    const QString exhibit = m_controller->review()->casework.mark.exhibitReference;
    auto *dialog = new ReasonDialog(
        tr("Exempt %1 from Verification").arg(exhibit),
        tr("%1 moves to technical review without a second examiner's verification. Name the policy that allows it.")
            .arg(exhibit),
        tr("Exempt from Verification"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog]() { m_controller->exemptFromVerification(dialog->reason()); });
    dialog->open();
    return dialog;
}

QDialog *ReviewQueueWindow::askResolution()
{
    if (!m_controller->canResolve())
        return nullptr;
    const MarkReview &review = *m_controller->review();
    auto *dialog = new ResolveConflictDialog(review.casework, review.exemplars, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        m_controller->resolveConflict(dialog->reexamined(), dialog->outcome(), dialog->finalConclusion());
    });
    dialog->open();
    return dialog;
}

SignOffDialog *ReviewQueueWindow::openSignOff()
{
    const QList<CaseworkQueueEntry> candidates = m_controller->signOffCandidates();
    if (candidates.isEmpty()) {
        showNotice(tr("No mark of this case is at technical review; there is nothing to sign off."), true);
        return nullptr;
    }
    const MarkCasework &work = m_controller->review()->casework;
    auto *controller = new SignOffController(m_session, work.mark.caseId, work.caseReference, candidates);
    m_signOffDialog = new SignOffDialog(controller, this);
    controller->setParent(m_signOffDialog);
    m_signOffDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signOffDialog, &SignOffDialog::signedOff, this,
            [this, controller](const SignOffRecord &record) { signedOff(record, controller->documentSha256()); });
    m_signOffDialog->open();
    return m_signOffDialog;
}

void ReviewQueueWindow::signedOff(const SignOffRecord &record, const QByteArray &shownSha256)
{
    const QString message =
        tr("Case %1 signed off as revision %2 with key %3.")
            .arg(m_controller->review() ? m_controller->review()->casework.caseReference : QString())
            .arg(record.revision)
            .arg(record.keyFingerprint());
    if (SignOffController::signsShownRevision(record.document, shownSha256))
        showNotice(message, false);
    else
        showNotice(message + QLatin1Char(' ') +
                       tr("The case changed while the dialog was open: what was signed is not the revision shown. "
                          "Check revision %1 before relying on it.")
                           .arg(record.revision),
                   true);
    m_controller->reload();
}

void ReviewQueueWindow::showNotice(const QString &message, bool problem)
{
    m_notice->setText(message);
    m_notice->setStyleSheet(problem ? QStringLiteral("color: #a01c1c") : QStringLiteral("color: #1d6b2f"));
    m_notice->setVisible(!message.isEmpty());
    statusBar()->showMessage(message, 15000);
}

} // namespace ridgeline
