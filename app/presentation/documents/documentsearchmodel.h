#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QRectF>
#include <QString>

#include <atomic>
#include <memory>

namespace ridgeline {

class DocumentPageSource;

// One place where the search text occurs. `rect` is in PDF points of `page` (origin top-left).
struct DocumentSearchHit
{
    int page = -1;
    QRectF rect;
    QString snippet; // the surrounding text, whitespace collapsed, for a results list
};

// Searches the text of every page of a DocumentPageSource (case-insensitive) on the source's
// worker thread, one page per task, starting at a given page and wrapping around, so the first
// hits near the reader arrive first and rendering is not held up by a long search. Hits are kept
// in page order; one of them is the current hit that next()/previous() move through, wrapping.
// Lives on the UI thread. One row per hit; DisplayRole "p. 3: ...snippet...".
class DocumentSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum ItemRole
    {
        PageRole = Qt::UserRole + 1, // int, 0-based
        RectRole,                    // QRectF in points
        SnippetRole,                 // QString
    };

    explicit DocumentSearchModel(DocumentPageSource *source, QObject *parent = nullptr);
    ~DocumentSearchModel() override;

    // Starts a new search (an earlier one is abandoned). The first hit on or after `fromPage`
    // becomes current as soon as it is found. Empty text clears.
    void search(const QString &text, int fromPage = 0);
    void clear();

    QString text() const { return m_text; }
    bool isSearching() const { return m_pagesDone < m_pagesTotal; }
    int pagesSearched() const { return m_pagesDone; }
    const QList<DocumentSearchHit> &hits() const { return m_hits; }
    QList<DocumentSearchHit> hitsOnPage(int page) const;
    int currentIndex() const { return m_current; }
    DocumentSearchHit currentHit() const;
    void setCurrentIndex(int index);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void next();
    void previous();

Q_SIGNALS:
    void searchStarted(const QString &text);
    void progressChanged(int pagesSearched, int pageCount);
    void searchFinished(int hitCount);
    void currentHitChanged(int index);
    void cleared();

private:
    void addPageHits(const QList<DocumentSearchHit> &pageHits);
    void cancelRunning();
    void moveCurrent(int index);

    DocumentPageSource *m_source;
    QString m_text;
    int m_fromPage = 0;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    int m_current = -1;
    bool m_followStartPage = true; // until the reader picks a hit
    QList<DocumentSearchHit> m_hits;
    std::shared_ptr<std::atomic_bool> m_cancelled; // of the running search
};

} // namespace ridgeline
