#include "app/gui/caseworkdialog.h"

#include "app/presentation/casework/markcaseworkcontroller.h"
#include "app/presentation/sessioncontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

QTreeWidget *recordList(const char *objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(QLatin1String(objectName));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(false);
    list->setWordWrap(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

CaseworkDialog::CaseworkDialog(SessionController *session, const MarkId &mark, QWidget *parent)
    : QDialog(parent)
    , m_controller(new MarkCaseworkController(session, mark, this))
{
    setObjectName(QStringLiteral("caseworkDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Mark Casework"));
    setSizeGripEnabled(true);
    setStyleSheet(QStringLiteral("QFrame#caseworkHeader { background: #1d3557; border-radius: 6px; }"
                                 "QFrame#caseworkHeader QLabel { color: #f1faee; }"
                                 "QLabel#caseworkTitle { font-size: 15pt; font-weight: 700; }"
                                 "QLabel#caseworkWaiting { color: #1d3557; font-weight: 600; }"
                                 "QLabel#caseworkWithheld { background: #fff8e1; border: 1px solid #f0d58c; "
                                 "border-radius: 4px; padding: 6px; color: #5c4400; }"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseworkTabs"));
    m_tabs->addTab(buildAnalysisPage(), tr("&Analysis"));
    m_tabs->addTab(buildConclusionsPage(), tr("Co&nclusions"));
    m_tabs->addTab(buildChangesPage(), tr("Flagged C&hanges"));
    // The history stays in sight below the records: every stage change with who, when and why.
    auto *records = new QSplitter(Qt::Vertical);
    records->setObjectName(QStringLiteral("caseworkSplitter"));
    records->setChildrenCollapsible(false);
    records->addWidget(m_tabs);
    records->addWidget(buildHistoryPage());
    records->setStretchFactor(0, 3);
    records->setStretchFactor(1, 2);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("caseworkError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_statusBar = new QStatusBar;
    m_statusBar->setObjectName(QStringLiteral("caseworkStatus"));
    m_statusBar->setSizeGripEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_waiting = new QLabel);
    m_waiting->setObjectName(QStringLiteral("caseworkWaiting"));
    m_waiting->setWordWrap(true);
    layout->addWidget(m_withheld = new QLabel);
    m_withheld->setObjectName(QStringLiteral("caseworkWithheld"));
    m_withheld->setWordWrap(true);
    m_withheld->hide();
    layout->addWidget(m_error);
    layout->addWidget(records, 1);
    layout->addWidget(buildButtons());
    layout->addWidget(m_statusBar);

    connect(m_controller, &MarkCaseworkController::changed, this, &CaseworkDialog::showCasework);
    connect(m_controller, &MarkCaseworkController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_statusBar->showMessage(tr("Storing the step in the workspace…"));
        updateButtons();
    });
    connect(m_controller, &MarkCaseworkController::loadingChanged, this, &CaseworkDialog::updateButtons);
    connect(m_controller, &MarkCaseworkController::loadFailed, this,
            [this](const QString &message) { showFailure(message, false); });
    connect(m_controller, &MarkCaseworkController::stepFinished, this, [this](CaseworkStep, const QString &message) {
        m_error->hide();
        m_statusBar->showMessage(message, 20000);
        Q_EMIT stepFinished(message);
    });
    connect(m_controller, &MarkCaseworkController::stepFailed, this,
            [this](CaseworkStep, const QString &message, bool conflict) {
                showFailure(message, conflict);
                Q_EMIT stepFailed(message);
            });
    connect(m_controller, &MarkCaseworkController::exemplarsReady, this, [this] {
        if (m_controller->casework())
            fillConclusions(*m_controller->casework());
    });
    resize(960, 720);
    m_statusBar->showMessage(tr("Reading the casework…"));
    m_controller->reload();
}

const MarkId &CaseworkDialog::markId() const
{
    return m_controller->markId();
}

bool CaseworkDialog::event(QEvent *event)
{
    // A dialog has no main window to show status tips: they go to the dialog's own status bar.
    if (event->type() == QEvent::StatusTip) {
        const QString tip = static_cast<QStatusTipEvent *>(event)->tip();
        if (!tip.isEmpty())
            m_statusBar->showMessage(tip);
        return true;
    }
    return QDialog::event(event);
}

QWidget *CaseworkDialog::buildHeader()
{
    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("caseworkHeader"));
    m_title = new QLabel(tr("Reading the casework…"));
    m_title->setObjectName(QStringLiteral("caseworkTitle"));
    m_caseLine = new QLabel;
    m_stage = new QLabel;
    m_stage->setObjectName(QStringLiteral("caseworkStage"));
    m_stage->setAlignment(Qt::AlignCenter);
    m_stageSince = new QLabel;
    m_stageSince->setObjectName(QStringLiteral("caseworkStageSince"));
    m_stageSince->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_examiner = new QLabel;
    m_examiner->setObjectName(QStringLiteral("caseworkExaminer"));
    m_verifier = new QLabel;
    m_verifier->setObjectName(QStringLiteral("caseworkVerifier"));
    m_version = new QLabel;
    m_version->setObjectName(QStringLiteral("caseworkVersion"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_caseLine);
    auto *people = new QHBoxLayout;
    people->addWidget(m_examiner);
    people->addSpacing(18);
    people->addWidget(m_verifier);
    people->addSpacing(18);
    people->addWidget(m_version);
    people->addStretch(1);
    left->addLayout(people);
    auto *right = new QVBoxLayout;
    right->addWidget(m_stage, 0, Qt::AlignRight);
    right->addWidget(m_stageSince);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addLayout(left, 1);
    layout->addLayout(right);
    return header;
}

QWidget *CaseworkDialog::buildAnalysisPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_analysisEmpty = new QLabel;
    m_analysisEmpty->setObjectName(QStringLiteral("analysisEmpty"));
    m_analysisEmpty->setProperty("role", QStringLiteral("placeholder"));
    m_analysisEmpty->setWordWrap(true);
    layout->addWidget(m_analysisEmpty);
    m_analysisForm = new QWidget;
    auto *form = new QFormLayout(m_analysisForm);
    const QList<std::pair<const char *, QString>> fields{
        {"value", tr("Value decision:")},
        {"substrate", tr("Substrate:")},
        {"development", tr("Development method:")},
        {"distortion", tr("Distortion notes:")},
        {"notes", tr("Notes:")},
        {"examiner", tr("Committed by:")},
        {"committed", tr("Committed:")},
        {"snapshot", tr("Markup snapshot:")},
        {"hash", tr("Snapshot SHA-256:")},
        {"exposure", tr("Exemplar seen before commit:")},
        {"firstSeen", tr("Exemplars first seen:")},
    };
    for (const auto &[key, name] : fields) {
        auto *value = new QLabel;
        value->setObjectName(QStringLiteral("analysis_%1").arg(QLatin1String(key)));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(name);
        label->setProperty("role", QStringLiteral("fieldName"));
        form->addRow(label, value);
        m_analysisFields.insert(QLatin1String(key), value);
    }
    layout->addWidget(m_analysisForm);
    layout->addStretch(1);
    return page;
}

QWidget *CaseworkDialog::buildConclusionsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_conclusions = recordList("caseworkConclusions", {tr("Stage"), tr("Conclusion"), tr("By"),
                                                       tr("Exemplar impression"), tr("Recorded"), tr("Basis")});
    layout->addWidget(m_conclusions, 1);
    // The basis in full for the selected conclusion: a reason in words rarely fits a column.
    m_basis = new QLabel;
    m_basis->setObjectName(QStringLiteral("caseworkBasis"));
    m_basis->setWordWrap(true);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_basis);
    connect(m_conclusions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_basis->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
        m_basis->setVisible(item != nullptr);
    });
    m_resolution = new QLabel;
    m_resolution->setObjectName(QStringLiteral("caseworkResolution"));
    m_resolution->setWordWrap(true);
    m_resolution->setTextFormat(Qt::RichText);
    layout->addWidget(m_resolution);
    return page;
}

QWidget *CaseworkDialog::buildChangesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_changesNote = new QLabel;
    m_changesNote->setWordWrap(true);
    layout->addWidget(m_changesNote);
    m_changes = recordList("caseworkChanges",
                           {tr("Change"), tr("Feature"), tr("Type"), tr("Detail"), tr("After an exemplar was seen")});
    layout->addWidget(m_changes, 1);
    return page;
}

QWidget *CaseworkDialog::buildHistoryPage()
{
    m_history = recordList("caseworkHistory", {tr("When"), tr("Who"), tr("From"), tr("To"), tr("Why")});
    m_historyTitle = new QLabel(tr("H&istory"));
    m_historyTitle->setProperty("role", QStringLiteral("sectionTitle"));
    m_historyTitle->setBuddy(m_history);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    return page;
}

QWidget *CaseworkDialog::buildButtons()
{
    const QHash<CaseworkStep, QString> texts{
        {CaseworkStep::StartAnalysis, tr("&Start Analysis")},
        {CaseworkStep::CommitAnalysis, tr("Co&mmit Analysis…")},
        {CaseworkStep::BeginComparison, tr("&Begin Comparison…")},
        {CaseworkStep::RecordConclusion, tr("Record &Conclusion…")},
        {CaseworkStep::SubmitForVerification, tr("S&ubmit for Verification…")},
        {CaseworkStep::RecordVerification, tr("Record &Verification…")},
        {CaseworkStep::ResolveConflict, tr("Resolve Con&flict…")},
    };
    auto *row = new QHBoxLayout;
    for (CaseworkStep step : allCaseworkSteps()) {
        auto *button = new QPushButton(texts.value(step));
        button->setObjectName(QStringLiteral("caseworkStep%1").arg(int(step)));
        button->setStatusTip(caseworkStepDescription(step));
        button->setAutoDefault(false);
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, step] { takeStep(step); });
        m_buttons.insert(step, button);
        row->addWidget(button);
    }
    row->addStretch(1);
    m_viewer = new QPushButton(QIcon(QStringLiteral(":/icons/mark.svg")), tr("Open in Mark Viewer"));
    m_viewer->setObjectName(QStringLiteral("caseworkOpenViewer"));
    m_viewer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_viewer->setToolTip(tr("Open the mark to zoom, enhance and mark up its features (%1)")
                             .arg(m_viewer->shortcut().toString(QKeySequence::NativeText)));
    m_viewer->setStatusTip(tr("Open the mark to zoom, enhance and mark up its features"));
    m_viewer->setAutoDefault(false);
    m_viewer->setEnabled(false);
    connect(m_viewer, &QPushButton::clicked, this, [this] {
        if (m_controller->casework())
            Q_EMIT markViewerRequested(m_controller->casework()->mark);
    });
    row->addWidget(m_viewer);
    m_reload = new QPushButton(tr("&Reload"));
    m_reload->setObjectName(QStringLiteral("caseworkReload"));
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    m_reload->setToolTip(tr("Read the mark's casework from the workspace again (F5)"));
    m_reload->setStatusTip(tr("Read the mark's casework from the workspace again"));
    m_reload->setAutoDefault(false);
    connect(m_reload, &QPushButton::clicked, m_controller, &MarkCaseworkController::reload);
    row->addWidget(m_reload);
    auto *close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("caseworkClose"));
    close->setToolTip(tr("Close the casework panel (Esc)"));
    close->setStatusTip(tr("Close the casework panel; nothing is lost, every step is already stored"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    row->addWidget(close);
    auto *widget = new QWidget;
    widget->setLayout(row);
    row->setContentsMargins(0, 0, 0, 0);
    return widget;
}

void CaseworkDialog::showCasework()
{
    const std::optional<MarkCasework> &casework = m_controller->casework();
    if (!casework)
        return;
    fillHeader(*casework);
    fillAnalysis(*casework);
    fillConclusions(*casework);
    fillChanges(*casework);
    fillHistory(*casework);
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_tabs->setCurrentIndex(casework->conclusions.isEmpty() ? 0 : 1);
    }
    updateButtons();
    if (m_statusBar->currentMessage() == tr("Reading the casework…"))
        m_statusBar->clearMessage();
}

void CaseworkDialog::updateButtons()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const CaseworkStepOffer offer = m_controller->offer(it.key());
        QPushButton *button = it.value();
        button->setVisible(offer.offered);
        button->setEnabled(offer.enabled);
        const QString shortcut = button->shortcut().toString(QKeySequence::NativeText);
        QString tip = caseworkStepDescription(it.key());
        if (!shortcut.isEmpty())
            tip += QStringLiteral(" (%1)").arg(shortcut);
        button->setToolTip(offer.enabled || offer.why.isEmpty() ? tip
                                                                : tr("%1\nNot available: %2").arg(tip, offer.why));
    }
    m_reload->setEnabled(!m_controller->isLoading() && !m_controller->isBusy());
    const std::optional<MarkCasework> &casework = m_controller->casework();
    m_viewer->setEnabled(casework && !casework->mark.originalSha256.isEmpty());
}

void CaseworkDialog::showFailure(const QString &message, bool conflict)
{
    m_error->setText(conflict ? tr("Changed in another session: %1").arg(message) : message);
    m_error->show();
    m_statusBar->showMessage(message, 30000);
}

} // namespace ridgeline
