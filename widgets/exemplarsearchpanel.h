#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ridgeline {

class ExemplarCandidateModel;

// The ranked exemplar candidates for a mark: progress with Cancel while the search runs, then a
// sortable table (rank, person, finger, score, paired minutiae, tool-derived statistics) and a
// standing note that the figures are the tool's, not an examiner's conclusion. Display only; the
// caller connects it to an ExemplarSearchController.
class ExemplarSearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExemplarSearchPanel(ExemplarCandidateModel *model, QWidget *parent = nullptr);

    void showStarted(const QString &probe);
    void showProgress(const QString &stage, qint64 done, qint64 total);
    void showFinished(const QString &summary);
    void showFailed(const QString &message);

    QTableView *table() const { return m_table; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void setRunning(bool running);

    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    QSortFilterProxyModel *m_sorted;
};

} // namespace ridgeline
