#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace ridgeline {

class DocumentSearchModel;

// The find bar of the document viewer: a text field, previous / next buttons, "3 of 12" and a
// close button. Enter (or F3) goes to the next hit, Shift+Enter (Shift+F3) to the previous one,
// Escape closes. A search starts from the page the reader is on (fromPageProvider). Does not own
// the model.
class DocumentSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentSearchBar(DocumentSearchModel *model, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // The page a new search starts at; the viewer passes its current page.
    void setStartPage(int page) { m_startPage = page; }

public Q_SLOTS:
    // Shows the bar, focuses the field and selects its text.
    void activate();
    void findNext();
    void findPrevious();
    void close();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Starts a search when the text differs from the model's; true when it did.
    bool searchIfChanged();
    void updateStatus();

    DocumentSearchModel *m_model;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QToolButton *m_close;
    QTimer *m_typing;
    int m_startPage = 0;
};

} // namespace ridgeline
