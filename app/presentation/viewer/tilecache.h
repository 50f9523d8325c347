#pragma once

#include "app/imaging/tiles/tilekey.h"

#include <QHash>
#include <QImage>
#include <QSet>

#include <list>

namespace ridgeline {

// Display tiles kept in memory under a byte budget, least recently used evicted first. Tiles
// marked pinned (the coarse levels the canvas falls back on) are never evicted and count towards
// the budget. UI thread only (the scheduler inserts finished tiles there).
class TileCache
{
public:
    using Key = imaging::TileKey;

    explicit TileCache(qint64 budgetBytes = 512LL * 1024 * 1024);

    qint64 budget() const { return m_budget; }
    void setBudget(qint64 bytes);
    qint64 bytes() const { return m_bytes; }
    qint64 peakBytes() const { return m_peak; }
    int count() const { return int(m_entries.size()); }

    bool contains(const Key &key) const { return m_index.contains(key); }
    // The tile, marked most recently used; a null image when absent.
    QImage tile(const Key &key);
    // Without touching the recency order (for tests and the overview).
    QImage peek(const Key &key) const;
    void insert(const Key &key, const QImage &tile, bool pinned = false);
    void remove(const Key &key);
    void clear();

    static qint64 costOf(const QImage &tile) { return tile.sizeInBytes(); }

private:
    struct Entry
    {
        Key key;
        QImage tile;
        bool pinned = false;
    };
    void evict();

    std::list<Entry> m_entries; // front = most recently used
    QHash<Key, std::list<Entry>::iterator> m_index;
    qint64 m_budget;
    qint64 m_bytes = 0;
    qint64 m_peak = 0;
};

} // namespace ridgeline
