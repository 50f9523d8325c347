#pragma once

#include "app/presentation/casedetails.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

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

    // The reference shown in the header (empty when no case is shown); for tests and accessibility.
    QString shownReference() const;

private:
    QWidget *buildDetailsPage();
    QWidget *buildMessagePage(QLabel *label);
    void addField(QGridLayout *grid, int row, int column, const QString &name, QLabel *value);
    void fillMarks(const QList<Mark> &marks);
    void fillPersons(const QList<std::pair<Person, PersonRole>> &persons);
    void fillDocuments(const QList<Document> &documents);

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
};

} // namespace ridgeline
