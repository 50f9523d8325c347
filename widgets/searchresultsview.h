#pragma once

#include "app/core/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace ridgeline {

class SearchHitModel;

// "Find in workspace": a search field and the hits of the last search (case reference, kind, and
// the snippet with the matched words bold). Shows the SearchHitModel it is given (not owned);
// emits the text to search for and the case of an activated hit. UI thread.
class SearchResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchResultsView(SearchHitModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    QListView *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }

    void showSearching(const QString &text);
    void showFinished(const QString &text, int hitCount);
    void showFailed(const QString &message);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void caseActivated(const ridgeline::CaseId &id);

private:
    SearchHitModel *m_model;
    QLineEdit *m_field;
    QLabel *m_summary;
    QListView *m_list;
};

} // namespace ridgeline
