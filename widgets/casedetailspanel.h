#pragma once

#include "app/presentation/casedetails.h"
#include "app/presentation/casemediacontroller.h"

#include <QHash>
#include <QIcon>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QImage;
class QPushButton;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ridgeline {

class StatusBadge;

// Shows one case: a header with reference, offence and status, the case's fields, and tabs
// listing its marks, persons and documents. Also shows "nothing selected", "loading" and
// "could not load" states. Display only; the caller supplies the data.
class CaseDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailsPanel(QWidget *parent = nullptr);

    void showPlaceholder();
    void showLoading();
    void showDetails(const CaseDetails &details);
    void showError(const QString &message);

    // The thumbnail of the mark(s) whose original has this SHA-256 (raw 32 bytes).
    void setMarkThumbnail(const QByteArray &sha256, const QImage &image);
    // Proposed person links of the shown case; the Confirm/Reject buttons only when canDecide.
    void showPersonLinks(const QList<ridgeline::PersonLinkRow> &rows, bool canDecide);

    // The reference shown in the header (empty when no case is shown); for tests and accessibility.
    QString shownReference() const;
    QTreeWidget *marksList() const { return m_marks; }
    QTreeWidget *personsList() const { return m_persons; }
    QTreeWidget *documentsList() const { return m_documents; }
    QTreeWidget *personLinksList() const { return m_links; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The user asked to read a document (double-click or Enter in the Documents tab).
    void documentActivated(const ridgeline::Document &document);
    // The user asked to open a mark in the mark viewer (double-click or Enter in the Marks tab).
    void markActivated(const ridgeline::Mark &mark);
    void personLinkDecisionRequested(const QString &linkId, bool confirm);

private:
    QWidget *buildDetailsPage();
    QWidget *buildMessagePage(QLabel *label);
    void addField(QGridLayout *grid, int row, int column, const QString &name, QLabel *value);
    void fillMarks(const QList<Mark> &marks);
    void fillPersons(const QList<std::pair<Person, PersonRole>> &persons, const QHash<PersonId, int> &exemplars);
    void fillDocuments(const QList<Document> &documents);
    QWidget *buildPersonsPage();
    void decideSelectedLink(bool confirm);

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_loading;
    QLabel *m_error;
    QWidget *m_detailsPage = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_offence = nullptr;
    StatusBadge *m_badge = nullptr;
    QLabel *m_force = nullptr;
    QLabel *m_officer = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_revision = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_marks = nullptr;
    QTreeWidget *m_persons = nullptr;
    QTreeWidget *m_documents = nullptr;
    QGroupBox *m_linksBox = nullptr;
    QTreeWidget *m_links = nullptr;
    QPushButton *m_confirmLink = nullptr;
    QPushButton *m_rejectLink = nullptr;
    QList<Document> m_shownDocuments;
    QList<Mark> m_shownMarks;
    QIcon m_markIcon;                                      // shown until a mark's thumbnail arrives
    QMultiHash<QByteArray, QTreeWidgetItem *> m_markItems; // original SHA-256 -> its rows, for thumbnails
};

} // namespace ridgeline
