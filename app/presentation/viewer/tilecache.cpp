#include "app/presentation/viewer/tilecache.h"

#include <algorithm>

namespace ridgeline {

TileCache::TileCache(qint64 budgetBytes)
    : m_budget(std::max<qint64>(budgetBytes, 0))
{}

void TileCache::setBudget(qint64 bytes)
{
    m_budget = std::max<qint64>(bytes, 0);
    evict();
}

QImage TileCache::tile(const Key &key)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return {};
    m_entries.splice(m_entries.begin(), m_entries, found.value());
    return m_entries.front().tile;
}

QImage TileCache::peek(const Key &key) const
{
    const auto found = m_index.constFind(key);
    return found == m_index.cend() ? QImage() : found.value()->tile;
}

void TileCache::insert(const Key &key, const QImage &tile, bool pinned)
{
    remove(key);
    m_entries.push_front(Entry{key, tile, pinned});
    m_index.insert(key, m_entries.begin());
    m_bytes += costOf(tile);
    evict();
    m_peak = std::max(m_peak, m_bytes);
}

void TileCache::remove(const Key &key)
{
    const auto found = m_index.find(key);
    if (found == m_index.end())
        return;
    m_bytes -= costOf(found.value()->tile);
    m_entries.erase(found.value());
    m_index.erase(found);
}

void TileCache::clear()
{
    m_entries.clear();
    m_index.clear();
    m_bytes = 0;
}

void TileCache::evict()
{
    auto it = m_entries.end();
    while (m_bytes > m_budget && it != m_entries.begin()) {
        --it;
        if (it->pinned)
            continue;
        m_bytes -= costOf(it->tile);
        m_index.remove(it->key);
        it = m_entries.erase(it);
    }
}

} // namespace ridgeline
