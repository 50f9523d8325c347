#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>

namespace ridgeline {

class DocumentPageSource;

// One row per page of a DocumentPageSource, for a thumbnail strip. DecorationRole is a QImage
// whose longer side is thumbnailSize() pixels: a blank page-shaped placeholder at first, replaced
// (dataChanged) once the real thumbnail has rendered on the source's worker thread. Thumbnails are
// rendered lazily, only for rows a view asks for, and a bounded number are kept.
// Lives on the UI thread.
class PageThumbnailModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum ItemRole
    {
        PageRole = Qt::UserRole + 1, // int, 0-based
        ThumbnailReadyRole,          // bool: DecorationRole is the rendered page, not the placeholder
    };

    explicit PageThumbnailModel(DocumentPageSource *source, QObject *parent = nullptr);

    int thumbnailSize() const { return m_longSide; }
    void setThumbnailSize(int longSide);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reset();
    QImage placeholder(int page) const;
    void request(int page) const;

    DocumentPageSource *m_source;
    int m_longSide = 128;
    int m_rows = 0;
    int m_generation = 0;
    // Filled lazily from data(), which is const for the views' sake.
    mutable QCache<int, QImage> m_thumbnails;
    mutable QSet<int> m_pending;
};

} // namespace ridgeline
