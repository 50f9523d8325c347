#include "widgets/casedetailspanel.h"

#include "widgets/statusbadge.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

QString formatTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString documentKindName(DocumentKind kind)
{
    // The same source texts as app/core/domain.cpp, so they share its translations.
    switch (kind) {
    case DocumentKind::Statement:
        return QCoreApplication::translate("ridgeline::Domain", "Statement");
    case DocumentKind::Form:
        return QCoreApplication::translate("ridgeline::Domain", "Form");
    case DocumentKind::LabReport:
        return QCoreApplication::translate("ridgeline::Domain", "Laboratory report");
    case DocumentKind::Other:
        break;
    }
    return QCoreApplication::translate("ridgeline::Domain", "Other document");
}

QTreeWidget *makeList(const QStringList &headers, const QString &objectName)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

QLabel *makeValue()
{
    auto *label = new QLabel;
    label->setProperty("role", QStringLiteral("fieldValue"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CaseDetailsPanel::CaseDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a case in the list to see its details.")))
    , m_loading(new QLabel(tr("Loading the case…")))
    , m_error(new QLabel)
    , m_markIcon(QStringLiteral(":/icons/mark.svg"))
{
    setObjectName(QStringLiteral("caseDetails"));
    m_placeholder->setProperty("role", QStringLiteral("placeholder"));
    m_loading->setProperty("role", QStringLiteral("placeholder"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_stack->addWidget(buildMessagePage(m_placeholder));
    m_stack->addWidget(buildMessagePage(m_loading));
    m_stack->addWidget(buildMessagePage(m_error));
    m_detailsPage = buildDetailsPage();
    m_stack->addWidget(m_detailsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPlaceholder();
}

QWidget *CaseDetailsPanel::buildMessagePage(QLabel *label)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

void CaseDetailsPanel::addField(QGridLayout *grid, int row, int column, const QString &name, QLabel *value)
{
    auto *label = new QLabel(name);
    label->setProperty("role", QStringLiteral("fieldName"));
    label->setBuddy(value);
    grid->addWidget(label, row * 2, column);
    grid->addWidget(value, row * 2 + 1, column);
}

QWidget *CaseDetailsPanel::buildDetailsPage()
{
    auto *page = new QWidget;

    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("detailsHeader"));
    m_reference = new QLabel;
    m_reference->setObjectName(QStringLiteral("detailsReference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offence = new QLabel;
    m_offence->setObjectName(QStringLiteral("detailsOffence"));
    m_badge = new StatusBadge;
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ridgeline.svg")).pixmap(44, 44));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_reference);
    titles->addWidget(m_offence);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(14, 12, 14, 12);
    headerLayout->setSpacing(12);
    headerLayout->addWidget(icon);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_badge, 0, Qt::AlignTop);

    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("detailsCard"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(14, 12, 14, 12);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(2);
    m_force = makeValue();
    m_officer = makeValue();
    m_created = makeValue();
    m_updated = makeValue();
    m_revision = makeValue();
    m_summary = makeValue();
    m_summary->setProperty("role", QString());
    addField(grid, 0, 0, tr("Force"), m_force);
    addField(grid, 0, 1, tr("Officer in case"), m_officer);
    addField(grid, 0, 2, tr("Revision"), m_revision);
    addField(grid, 1, 0, tr("Created"), m_created);
    addField(grid, 1, 1, tr("Last updated"), m_updated);
    grid->setRowMinimumHeight(2 * 2, 8);
    auto *summaryName = new QLabel(tr("Summary"));
    summaryName->setProperty("role", QStringLiteral("fieldName"));
    grid->addWidget(summaryName, 5, 0, 1, 3);
    grid->addWidget(m_summary, 6, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_marks = makeList({tr("Exhibit"), tr("Kind"), tr("ACE-V stage"), tr("Resolution"), tr("Place")},
                       QStringLiteral("marksList"));
    m_marks->setIconSize(QSize(CaseMediaController::kThumbnailSize, CaseMediaController::kThumbnailSize));
    // Every row has an icon of iconSize (the mark symbol, then its thumbnail), so rows are uniform and
    // a thumbnail arriving does not make the view measure every row again.
    m_marks->setUniformRowHeights(true);
    // Sized to the text once per case (fillMarks), not on every change: with ResizeToContents each
    // arriving thumbnail made the header measure every cell of every row again.
    m_marks->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_marks->setToolTip(tr("Double-click or press Enter to open the mark in the mark viewer"));
    connect(m_marks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_marks->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_shownMarks.size())
            Q_EMIT markActivated(m_shownMarks.at(index));
    });
    m_persons =
        makeList({tr("Name"), tr("Role in case"), tr("Exemplars"), tr("Date of birth"), tr("Force"), tr("Identifiers")},
                 QStringLiteral("personsList"));
    m_documents = makeList({tr("Title"), tr("Kind"), tr("Pages"), tr("Added")}, QStringLiteral("documentsList"));
    m_documents->setToolTip(tr("Double-click or press Enter to read the document"));
    connect(m_documents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_shownDocuments.size())
            Q_EMIT documentActivated(m_shownDocuments.at(index));
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(m_marks, QIcon(QStringLiteral(":/icons/mark.svg")), QString());
    m_tabs->addTab(buildPersonsPage(), QIcon(QStringLiteral(":/icons/person.svg")), QString());
    m_tabs->addTab(m_documents, QIcon(QStringLiteral(":/icons/document.svg")), QString());

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(card);
    layout->addWidget(m_tabs, 1);
    return page;
}

void CaseDetailsPanel::showPlaceholder()
{
    m_reference->clear();
    m_stack->setCurrentIndex(0);
}

void CaseDetailsPanel::showLoading()
{
    m_stack->setCurrentIndex(1);
}

void CaseDetailsPanel::showError(const QString &message)
{
    m_reference->clear();
    m_error->setText(message);
    m_stack->setCurrentIndex(2);
}

QString CaseDetailsPanel::shownReference() const
{
    return m_stack->currentWidget() == m_detailsPage ? m_reference->text() : QString();
}

void CaseDetailsPanel::showDetails(const CaseDetails &details)
{
    const CaseRecord &record = details.record;
    m_reference->setText(record.reference.toString());
    m_offence->setText(record.offence);
    m_badge->setStatus(record.status);
    m_force->setText(record.force);
    m_officer->setText(record.officerInCase);
    m_created->setText(formatTime(record.createdUtc));
    m_updated->setText(formatTime(record.updatedUtc));
    m_revision->setText(QLocale().toString(record.revision));
    m_summary->setText(record.summary.isEmpty() ? tr("No summary recorded.") : record.summary);
    fillMarks(details.marks);
    fillPersons(details.persons, details.exemplarCounts);
    showPersonLinks({}, false);
    fillDocuments(details.documents);
    m_stack->setCurrentWidget(m_detailsPage);
}

void CaseDetailsPanel::fillMarks(const QList<Mark> &marks)
{
    // A case from a large transmission holds hundreds of marks: the rows are built apart and
    // handed to the view in one insertion, so the view lays itself out once, not once per row.
    m_marks->clear();
    m_markItems.clear();
    m_shownMarks = marks;
    QList<QTreeWidgetItem *> items;
    items.reserve(marks.size());
    for (const Mark &mark : marks) {
        const QString resolution =
            mark.calibration.isCalibrated() ? tr("%L1 ppi").arg(mark.calibration.ppi, 0, 'f', 0) : tr("Not calibrated");
        auto *item = new QTreeWidgetItem({mark.exhibitReference, markKindDisplayName(mark.kind),
                                          markStateDisplayName(mark.state), resolution, mark.provenance.place});
        item->setIcon(0, m_markIcon);
        item->setData(0, Qt::UserRole, mark.originalSha256);
        const QString origin = tr("Recovered by %1; received %2")
                                   .arg(mark.provenance.sceneExaminer.isEmpty() ? tr("an unrecorded examiner")
                                                                                : mark.provenance.sceneExaminer,
                                        formatTime(mark.receivedUtc));
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, origin);
        m_markItems.insert(mark.originalSha256, item);
        items.append(item);
    }
    m_marks->addTopLevelItems(items);
    for (int column = 0; column + 1 < m_marks->columnCount(); ++column)
        m_marks->resizeColumnToContents(column);
    m_tabs->setTabText(0, tr("&Marks (%1)").arg(marks.size()));
}

void CaseDetailsPanel::fillPersons(const QList<std::pair<Person, PersonRole>> &persons,
                                   const QHash<PersonId, int> &exemplars)
{
    m_persons->clear();
    for (const auto &[person, role] : persons) {
        QStringList identifiers;
        for (const PersonIdentifier &id : person.identifiers)
            identifiers << QStringLiteral("%1 %2").arg(id.scheme, id.value);
        auto *item = new QTreeWidgetItem(
            m_persons,
            {person.displayName(), personRoleDisplayName(role),
             exemplars.value(person.id) > 0 ? tr("%n impression(s)", nullptr, exemplars.value(person.id)) : tr("None"),
             person.dateOfBirth.isValid() ? QLocale().toString(person.dateOfBirth, QLocale::ShortFormat) : QString(),
             person.force, identifiers.join(QStringLiteral(", "))});
        item->setIcon(0, QIcon(QStringLiteral(":/icons/person.svg")));
    }
    m_tabs->setTabText(1, tr("&Persons (%1)").arg(persons.size()));
}

void CaseDetailsPanel::fillDocuments(const QList<Document> &documents)
{
    m_documents->clear();
    m_shownDocuments = documents;
    for (const Document &document : documents) {
        auto *item =
            new QTreeWidgetItem(m_documents, {document.title, documentKindName(document.kind),
                                              QLocale().toString(document.pageCount), formatTime(document.addedUtc)});
        item->setIcon(0, QIcon(QStringLiteral(":/icons/document.svg")));
        item->setData(0, Qt::UserRole, int(m_documents->topLevelItemCount() - 1));
    }
    m_tabs->setTabText(2, tr("&Documents (%1)").arg(documents.size()));
}

QWidget *CaseDetailsPanel::buildPersonsPage()
{
    m_links = makeList({tr("Person in this case"), tr("May be the same as"), tr("Match"), tr("Why")},
                       QStringLiteral("personLinksList"));
    m_links->setToolTip(tr("Records of other forces that may be the same person; they are never merged silently"));
    m_confirmLink = new QPushButton(tr("&Confirm link"));
    m_confirmLink->setObjectName(QStringLiteral("confirmLinkButton"));
    m_confirmLink->setToolTip(tr("Record that both records are the same person"));
    m_rejectLink = new QPushButton(tr("&Reject link"));
    m_rejectLink->setObjectName(QStringLiteral("rejectLinkButton"));
    m_rejectLink->setToolTip(tr("Record that the records are different people"));
    connect(m_confirmLink, &QPushButton::clicked, this, [this]() { decideSelectedLink(true); });
    connect(m_rejectLink, &QPushButton::clicked, this, [this]() { decideSelectedLink(false); });
    connect(m_links, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_confirmLink->setEnabled(current != nullptr);
        m_rejectLink->setEnabled(current != nullptr);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_confirmLink);
    buttons->addWidget(m_rejectLink);
    m_linksBox = new QGroupBox(tr("Person links proposed for review"));
    m_linksBox->setObjectName(QStringLiteral("personLinksBox"));
    auto *boxLayout = new QVBoxLayout(m_linksBox);
    boxLayout->addWidget(m_links);
    boxLayout->addLayout(buttons);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_persons, 2);
    layout->addWidget(m_linksBox, 1);
    m_linksBox->hide();
    return page;
}

void CaseDetailsPanel::showPersonLinks(const QList<PersonLinkRow> &rows, bool canDecide)
{
    m_links->clear();
    for (const PersonLinkRow &row : rows) {
        const QString other = row.otherRecordName.isEmpty() ? tr("A record in another case") : row.otherRecordName;
        auto *item = new QTreeWidgetItem(m_links, {row.personName, other,
                                                   QStringLiteral("%1 %").arg(qRound(row.link.score * 100)),
                                                   row.link.reasons.join(QStringLiteral("; "))});
        item->setData(0, Qt::UserRole, row.link.id);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/person.svg")));
    }
    m_confirmLink->setVisible(canDecide);
    m_rejectLink->setVisible(canDecide);
    m_confirmLink->setEnabled(false);
    m_rejectLink->setEnabled(false);
    m_linksBox->setVisible(!rows.isEmpty());
}

void CaseDetailsPanel::decideSelectedLink(bool confirm)
{
    if (QTreeWidgetItem *item = m_links->currentItem())
        Q_EMIT personLinkDecisionRequested(item->data(0, Qt::UserRole).toString(), confirm);
}

void CaseDetailsPanel::setMarkThumbnail(const QByteArray &sha256, const QImage &image)
{
    const QList<QTreeWidgetItem *> rows = m_markItems.values(sha256);
    if (rows.isEmpty())
        return;
    const QIcon icon(QPixmap::fromImage(image));
    for (QTreeWidgetItem *item : rows)
        item->setIcon(0, icon);
}

} // namespace ridgeline
