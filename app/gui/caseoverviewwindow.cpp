#include "app/gui/caseoverviewwindow.h"

#include "app/gui/documentdialog.h"
#include "app/gui/reasondialog.h"
#include "app/gui/victimsummarydialog.h"
#include "app/presentation/oversight/caseoverviewcontroller.h"
#include "app/presentation/sessioncontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ridgeline {
namespace {

QString shortTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

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

QTreeWidget *makeList(const QStringList &headers, const char *name)
{
    auto *list = new QTreeWidget;
    list->setObjectName(QLatin1String(name));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
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

} // namespace

CaseOverviewWindow::CaseOverviewWindow(SessionController *session, const CaseId &caseId, QWidget *parent)
    : QMainWindow(parent)
    , refreshAction(nullptr)
    , addNoteAction(nullptr)
    , attachDocumentAction(nullptr)
    , victimSummaryAction(nullptr)
    , m_controller(new CaseOverviewController(session, caseId, this))
{
    setObjectName(QStringLiteral("caseOverviewWindow"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Case Overview — Ridgeline"));
    buildActions();

    m_exhibits = makeTable(m_controller->exhibits(), "overviewExhibits");
    m_signOffs = makeTable(m_controller->signOffs(), "overviewSignOffs");
    m_persons = makeList({tr("Name"), tr("Role"), tr("Date of birth"), tr("Identifiers")}, "overviewPersons");
    m_documents = makeList({tr("Title"), tr("Pages"), tr("Added")}, "overviewDocuments");
    m_notes = makeList({tr("When"), tr("Who"), tr("Note")}, "overviewNotes");
    m_notes->setWordWrap(true);
    // The exhibits and their results stay in sight above whatever else is read.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseOverviewTabs"));
    m_tabs->addTab(buildTimelinePage(), tr("&Timeline"));
    m_tabs->addTab(m_persons, tr("&Persons"));
    m_tabs->addTab(m_documents, tr("&Documents"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->addTab(m_signOffs, tr("&Sign-offs"));
    auto *exhibitsTitle = new QLabel(tr("E&xhibits and current results"));
    exhibitsTitle->setProperty("role", QStringLiteral("sectionTitle"));
    exhibitsTitle->setBuddy(m_exhibits);
    auto *exhibitsPage = new QWidget;
    auto *exhibitsLayout = new QVBoxLayout(exhibitsPage);
    exhibitsLayout->setContentsMargins(0, 0, 0, 0);
    exhibitsLayout->addWidget(exhibitsTitle);
    exhibitsLayout->addWidget(m_exhibits, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("caseOverviewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(exhibitsPage);
    split->addWidget(m_tabs);
    split->setSizes({220, 480});

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(buildHeader());
    layout->addWidget(split, 1);
    setCentralWidget(page);

    connect(m_documents, &QTreeWidget::itemActivated, this, &CaseOverviewWindow::openSelectedDocument);
    connect(m_controller, &CaseOverviewController::loading, this,
            [this]() { showMessage(tr("Reading the case…"), 0); });
    connect(m_controller, &CaseOverviewController::loaded, this, &CaseOverviewWindow::showLoaded);
    connect(m_controller, &CaseOverviewController::loadFailed, this, [this](const QString &message) {
        m_title->setText(tr("The case could not be read"));
        m_facts->setText(message);
        showMessage(message, 0);
    });
    connect(m_controller, &CaseOverviewController::noteAdded, this, [this](const QString &m) { showMessage(m); });
    connect(m_controller, &CaseOverviewController::documentAttached, this,
            [this](const QString &m) { showMessage(m); });
    connect(m_controller, &CaseOverviewController::actionFailed, this, [this](const QString &m) { showMessage(m, 0); });
    connect(m_controller, &CaseOverviewController::documentReady, this, &CaseOverviewWindow::showDocument);
    connect(m_controller, &CaseOverviewController::busyChanged, this, [this](bool busy) {
        addNoteAction->setEnabled(!busy && m_controller->canAddNotes());
        attachDocumentAction->setEnabled(!busy && m_controller->canAttachDocuments());
    });
    resize(1180, 760);
    m_controller->refresh();
}

VictimSummaryDialog *CaseOverviewWindow::victimSummaryDialog() const
{
    return m_summaryDialog;
}

DocumentDialog *CaseOverviewWindow::documentDialog() const
{
    return m_documentDialog;
}

void CaseOverviewWindow::buildActions()
{
    refreshAction = makeAction(this, "actionRefreshOverview", tr("&Refresh"), QKeySequence(Qt::Key_F5),
                               tr("Read the case from the workspace again"));
    addNoteAction = makeAction(this, "actionAddCaseNote", tr("Add Case &Note…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                               tr("Add a note to the case record, with your name and the time"));
    attachDocumentAction = makeAction(this, "actionAttachDocument", tr("&Attach Document…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                      tr("Attach a PDF (a statement, a form, a report) to the case"));
    victimSummaryAction = makeAction(this, "actionVictimSummary", tr("Status Summary for &Victim…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                     tr("A summary of how far the examination has gone, with no names, results or "
                                        "exhibit details, to pass to the victim"));
    addNoteAction->setEnabled(m_controller->canAddNotes());
    attachDocumentAction->setEnabled(m_controller->canAttachDocuments());
    victimSummaryAction->setEnabled(false);
    connect(refreshAction, &QAction::triggered, m_controller, &CaseOverviewController::refresh);
    connect(addNoteAction, &QAction::triggered, this, &CaseOverviewWindow::askForNote);
    connect(attachDocumentAction, &QAction::triggered, this, &CaseOverviewWindow::chooseDocument);
    connect(victimSummaryAction, &QAction::triggered, this, &CaseOverviewWindow::showVictimSummary);
    auto *bar = addToolBar(tr("Case Overview"));
    bar->setObjectName(QStringLiteral("caseOverviewToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(refreshAction);
    bar->addSeparator();
    bar->addAction(addNoteAction);
    bar->addAction(attachDocumentAction);
    bar->addSeparator();
    bar->addAction(victimSummaryAction);
}

QWidget *CaseOverviewWindow::buildHeader()
{
    m_title = new QLabel(tr("Reading the case…"));
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("overviewFacts"));
    m_facts->setWordWrap(true);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("overviewProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b45309"));
    m_problems->hide();
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_problems);
    return header;
}

QWidget *CaseOverviewWindow::buildTimelinePage()
{
    m_timeline = makeTable(m_controller->timeline(), "overviewTimeline");
    m_showReads = new QCheckBox(tr("Show &reads of evidence and records"));
    m_showReads->setObjectName(QStringLiteral("timelineShowReads"));
    m_showReads->setChecked(m_controller->timeline()->showsReads());
    m_showReads->setToolTip(tr("Each time someone opened an image, a document or a markup is on the record; "
                               "hide those to see the steps of the case"));
    m_timelineCount = new QLabel;
    connect(m_showReads, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->timeline()->setShowReads(on);
        showLoaded();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_showReads);
    row->addStretch(1);
    row->addWidget(m_timelineCount);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_timeline, 1);
    return page;
}

void CaseOverviewWindow::showLoaded()
{
    const auto &overview = m_controller->overview();
    if (!overview)
        return;
    const CaseRecord &c = overview->record;
    setWindowTitle(tr("Case Overview: %1 — Ridgeline").arg(c.reference.toString()));
    m_title->setText(tr("%1 — %2").arg(c.reference.toString(), c.offence));
    m_facts->setText(tr("%1 · Officer in case: %2 · Status: %3 · %n mark(s)", nullptr, int(overview->marks.size()))
                         .arg(c.force, c.officerInCase.isEmpty() ? tr("not recorded") : c.officerInCase,
                              caseStatusDisplayName(c.status)));
    m_problems->setText(overview->problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!overview->problems.isEmpty());
    const CaseTimelineModel *timeline = m_controller->timeline();
    m_timelineCount->setText(
        timeline->hiddenCount() > 0
            ? tr("%1 events, %2 reads hidden").arg(timeline->rowCount()).arg(timeline->hiddenCount())
            : tr("%1 events").arg(timeline->rowCount()));
    fillPersons();
    fillDocuments();
    fillNotes();
    victimSummaryAction->setEnabled(true);
    statusBar()->clearMessage();
}

void CaseOverviewWindow::fillPersons()
{
    m_persons->clear();
    for (const auto &[person, role] : m_controller->overview()->persons) {
        QStringList identifiers;
        for (const PersonIdentifier &id : person.identifiers)
            identifiers << QStringLiteral("%1 %2").arg(id.scheme, id.value);
        new QTreeWidgetItem(m_persons,
                            {person.displayName(), personRoleDisplayName(role),
                             person.dateOfBirth.isValid() ? person.dateOfBirth.toString(Qt::ISODate) : QString(),
                             identifiers.join(QStringLiteral(", "))});
    }
}

void CaseOverviewWindow::fillDocuments()
{
    m_documents->clear();
    const QList<Document> &documents = m_controller->overview()->documents;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const Document &d = documents.at(i);
        auto *item =
            new QTreeWidgetItem(m_documents, {d.title, QLocale().toString(d.pageCount), shortTime(d.addedUtc)});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(0, tr("Double-click or press Enter to read it"));
    }
}

void CaseOverviewWindow::fillNotes()
{
    m_notes->clear();
    const QList<CaseNoteEntry> &notes = m_controller->overview()->notes;
    for (auto it = notes.crbegin(); it != notes.crend(); ++it)
        new QTreeWidgetItem(m_notes, {shortTime(it->createdUtc), it->author, it->text});
}

void CaseOverviewWindow::openSelectedDocument()
{
    const QTreeWidgetItem *item = m_documents->currentItem();
    const auto &overview = m_controller->overview();
    if (!item || !overview)
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= overview->documents.size())
        return;
    showMessage(tr("Opening %1…").arg(overview->documents.at(index).title), 0);
    m_controller->openDocument(overview->documents.at(index));
}

void CaseOverviewWindow::showDocument(const Document &document, const QByteArray &bytes)
{
    if (!m_documentDialog) {
        m_documentDialog = new DocumentDialog(this);
        m_documentDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_documentDialog->showDocument(bytes, document.title);
    m_documentDialog->show();
    m_documentDialog->raise();
    statusBar()->clearMessage();
}

VictimSummaryDialog *CaseOverviewWindow::showVictimSummary()
{
    const auto &overview = m_controller->overview();
    if (!overview)
        return nullptr;
    if (m_summaryDialog)
        m_summaryDialog->close();
    m_summaryDialog = new VictimSummaryDialog(overview->record.reference.toString(),
                                              m_controller->victimSummary(QDate::currentDate()), this);
    m_summaryDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_summaryDialog->open();
    return m_summaryDialog;
}

void CaseOverviewWindow::askForNote()
{
    auto *dialog = new ReasonDialog(tr("Add Case Note"),
                                    tr("The note is added to the case record with your name and the time. It cannot "
                                       "be changed afterwards; add another note to correct it."),
                                    tr("Add Note"), this);
    dialog->setObjectName(QStringLiteral("caseNoteDialog"));
    dialog->reasonEdit()->setPlaceholderText(tr("The note"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { m_controller->addNote(dialog->reason()); });
    dialog->open();
}

void CaseOverviewWindow::chooseDocument()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach Document"), QString(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    showMessage(tr("Attaching %1…").arg(QFileInfo(path).fileName()), 0);
    m_controller->attachDocument(path);
}

void CaseOverviewWindow::showMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

} // namespace ridgeline
